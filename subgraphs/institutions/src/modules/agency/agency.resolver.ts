import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertUuidArg, DateScalar, isUuid, PageArgs } from '@par/platform';
import type { HubContext } from '@par/platform';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { UnitService } from '../administrative-unit/administrative-unit.service';
import { Agency, AgencyConnection, AgencyName } from './agency.type';
import { AgencyFilter, AgencyOrder } from './agency.inputs';
import { AgencyService } from './agency.service';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true, description: 'One agency by id; null when no agency has that id.' })
  agency(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<Agency | null> {
    return new AgencyService(ctx).byId(assertUuidArg(id, 'id'));
  }

  @Query(() => AgencyConnection, { description: 'Agencies matching a filter, one keyset page at a time.' })
  agencies(
    @Arg('filter', () => AgencyFilter, { nullable: true, description: 'Conditions the agencies must meet.' }) filter: AgencyFilter | null,
    @Arg('orderBy', () => AgencyOrder, { defaultValue: AgencyOrder.NAME, description: 'Sort order.' }) orderBy: AgencyOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: HubContext,
  ) {
    return new AgencyService(ctx).list(filter, orderBy, page.first, page.after ?? null);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency this one reports to (cơ quan cấp trên).' })
  parent(@Root() agency: Agency, @Ctx() ctx: HubContext): Promise<Agency | null> | null {
    return agency.parentId ? new AgencyService(ctx).byId(agency.parentId) : null;
  }

  @FieldResolver(() => String, { description: 'Official Vietnamese name (tên cơ quan): the latest, or the one in use on `asOf`.' })
  name(
    @Root() agency: Agency,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day whose name is wanted (before the agency existed: its first name; after it ended: its last).' }) asOf: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<string> | string {
    return asOf ? new AgencyService(ctx).nameOn(agency, asOf) : agency.name;
  }

  @FieldResolver(() => [AgencyName], { description: 'Every name the agency had, oldest first (tên gọi qua các thời kỳ).' })
  names(@Root() agency: Agency, @Ctx() ctx: HubContext): Promise<AgencyName[]> {
    return new AgencyService(ctx).names(agency.id);
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The administrative unit the agency serves (địa bàn), as on its last day for an agency that ended.' })
  administrativeUnit(@Root() agency: Agency, @Ctx() ctx: HubContext): Promise<AdministrativeUnit | null> {
    return new UnitService(ctx).byCode(agency.unitCode, agency.dissolvedOn);
  }
}

/** Federation: other subgraphs hand us `{ id }` and get the agency back, all ids in one query. */
// An id that is no UUID names no agency: null, rather than failing the whole batch's uuid[] cast.
export const resolveAgencyReference = (ref: { id: string }, ctx: HubContext) => (isUuid(ref.id) ? new AgencyService(ctx).byId(ref.id) : null);
