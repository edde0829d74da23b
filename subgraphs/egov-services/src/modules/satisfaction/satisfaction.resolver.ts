import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { Agency } from '../reference/agency.type';
import { SatisfactionSurveyInput } from './satisfaction.inputs';
import { SatisfactionSurvey } from './satisfaction.type';
import { SatisfactionService } from './satisfaction.service';

@Resolver(() => SatisfactionSurvey)
export class SatisfactionSurveyResolver {
  @Authorized('editor')
  @Mutation(() => SatisfactionSurvey, { description: "Record an agency's satisfaction survey for a year (kết quả khảo sát sự hài lòng); replaces an earlier one of the same kind." })
  recordSatisfactionSurvey(@Arg('input', () => SatisfactionSurveyInput, { description: 'What to record.' }) input: SatisfactionSurveyInput, @Ctx() ctx: HubContext): Promise<SatisfactionSurvey> {
    return new SatisfactionService(ctx).record(input);
  }
}

/** Survey results are aggregates (no respondent data), public like the other service statistics. */
@Resolver(() => Agency)
export class AgencySatisfactionResolver {
  @FieldResolver(() => [SatisfactionSurvey], { description: "The agency's satisfaction surveys of the year, one per kind." })
  satisfactionSurveys(@Root() agency: Agency, @Arg('year', () => Int, { description: 'Year (năm).' }) year: number, @Ctx() ctx: HubContext): Promise<SatisfactionSurvey[]> {
    return new SatisfactionService(ctx).forAgency(agency.id, year);
  }
}
