import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { UnitService } from '../administrative-unit/administrative-unit.service';
import { Agency } from './agency.type';
import { AgencyService, assertAgencyId } from './agency.service';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true, description: 'One agency by id; null when no agency has that id.' })
  agency(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<Agency | null> {
    return new AgencyService(ctx).byId(assertAgencyId(id));
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency this one reports to (cơ quan cấp trên).' })
  parent(@Root() agency: Agency, @Ctx() ctx: HubContext): Promise<Agency | null> | null {
    return agency.parentId ? new AgencyService(ctx).byId(agency.parentId) : null;
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The administrative unit the agency serves (địa bàn).' })
  administrativeUnit(@Root() agency: Agency, @Ctx() ctx: HubContext): Promise<AdministrativeUnit | null> {
    return new UnitService(ctx).current(agency.unitCode);
  }
}

/** Federation: other subgraphs hand us `{ id }` and get the agency back, all ids in one query. */
export const resolveAgencyReference = (ref: { id: string }, ctx: HubContext) => new AgencyService(ctx).byId(ref.id);
