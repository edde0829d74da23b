import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE } from '@par/platform';
import type { HubContext } from '@par/platform';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { UnitService } from '../administrative-unit/administrative-unit.service';
import { Agency, AgencyConnection } from './agency.type';
import { AgencyFilter, AgencyOrder } from './agency.inputs';
import { AgencyService, assertAgencyId } from './agency.service';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true, description: 'One agency by id; null when no agency has that id.' })
  agency(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<Agency | null> {
    return new AgencyService(ctx).byId(assertAgencyId(id));
  }

  @Query(() => AgencyConnection, { description: 'Agencies matching a filter, one keyset page at a time.' })
  agencies(
    @Arg('filter', () => AgencyFilter, { nullable: true, description: 'Conditions the agencies must meet.' }) filter: AgencyFilter | null,
    @Arg('orderBy', () => AgencyOrder, { defaultValue: AgencyOrder.NAME, description: 'Sort order.' }) orderBy: AgencyOrder,
    @Arg('first', () => Int, { defaultValue: 20, description: `Items per page, 1 to ${MAX_PAGE_SIZE}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor`).' }) after: string | null,
    @Ctx() ctx: HubContext,
  ) {
    return new AgencyService(ctx).list(filter, orderBy, first, after);
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
