import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { AgencyKind } from '../agency/agency.entity';
import { AgencyService } from '../agency/agency.service';
import { Agency } from '../agency/agency.type';
import { ParAssessmentInput } from './par-index.inputs';
import { ParIndexService } from './par-index.service';
import { ParAssessment, ParIndexComponent, ParIndexRankingEntry, ParIndexResult } from './par-index.type';

@Resolver(() => Agency)
export class AgencyParIndexResolver {
  @Authorized('analyst')
  @FieldResolver(() => ParIndexResult, { nullable: true, description: "The agency's PAR Index (Chỉ số CCHC) for a year; null when not assessed that year." })
  parIndex(@Root() agency: Agency, @Arg('year', () => Int, { description: 'Year assessed.' }) year: number, @Ctx() ctx: HubContext) {
    return new ParIndexService(ctx).forAgency(agency.id, year);
  }
}

@Resolver(() => ParIndexResult)
export class ParIndexResultResolver {
  @FieldResolver(() => [ParIndexComponent], { description: 'Points per index area; empty when no breakdown was recorded.' })
  components(@Root() r: ParIndexResult, @Ctx() ctx: HubContext) {
    return new ParIndexService(ctx).components(r.agencyId, r.year);
  }
}

@Resolver(() => ParIndexRankingEntry)
export class ParIndexRankingResolver {
  @Authorized('analyst')
  @Query(() => [ParIndexRankingEntry], { description: 'PAR Index ranking of a year: departments and district People\'s Committees, each ranked among its kind, best first.' })
  parIndexRanking(
    @Arg('year', () => Int, { description: 'Year assessed.' }) year: number,
    @Arg('kind', () => AgencyKind, { nullable: true, description: 'Only this kind (DEPARTMENT or DISTRICT_PEOPLES_COMMITTEE); both when omitted.' }) kind: AgencyKind | null,
    @Ctx() ctx: HubContext,
  ) {
    return new ParIndexService(ctx).ranking(year, kind);
  }

  @FieldResolver(() => Agency, { description: 'The agency ranked.' })
  agency(@Root() r: ParIndexRankingEntry, @Ctx() ctx: HubContext) {
    return new AgencyService(ctx).byId(r.agencyId);
  }
}

@Resolver(() => ParAssessment)
export class ParAssessmentResolver {
  @Authorized('editor')
  @Mutation(() => ParAssessment, { description: "Records an agency's PAR Index assessment for a year (editors of institutions; an agency-scoped editor only for its agency). Audit-logged." })
  recordParAssessment(@Arg('input', () => ParAssessmentInput, { description: 'The assessment.' }) input: ParAssessmentInput, @Ctx() ctx: HubContext) {
    return new ParIndexService(ctx).record(input);
  }

  // The agency and year are the assessment's identity (one per agency a year), as the audit log names it.
  @FieldResolver(() => ID, { description: 'This assessment: the agency\'s id and the year (`<agencyId>:<year>`), as the audit log names it.' })
  id(@Root() r: ParAssessment): string {
    return `${r.agencyId}:${r.year}`;
  }

  @FieldResolver(() => Agency, { description: 'Agency assessed.' })
  agency(@Root() r: ParAssessment, @Ctx() ctx: HubContext) {
    return new AgencyService(ctx).byId(r.agencyId);
  }
}
