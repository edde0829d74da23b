import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { badInput, DateScalar, type HubContext } from '@par/platform';
import { AdministrativeUnit } from './administrative-unit.type';
import { UnitService } from './administrative-unit.service';
import { UnitChange, UnitSuccession } from './unit-change.type';
import { UnitHistoryService } from './unit-history.service';

@Resolver(() => UnitSuccession)
export class UnitSuccessionResolver {
  @Query(() => [UnitChange], {
    description: 'Changes to administrative units effective between two days (inclusive), confirmed or not; `confirmed: false` lists what the acts\' texts do not confirm.',
  })
  administrativeUnitChanges(
    @Arg('from', () => DateScalar, { nullable: true, description: 'First effective day.' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Last effective day.' }) to: string | null,
    @Arg('confirmed', () => Boolean, { nullable: true, description: 'Only confirmed (true) or unconfirmed (false) changes.' }) confirmed: boolean | null,
    @Ctx() ctx: HubContext,
  ): Promise<UnitChange[]> {
    if (from && to && from > to) throw badInput('to', 'is before `from`');
    return new UnitHistoryService(ctx).list({ from, to, confirmed });
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The unit on the other side of the link, as it was on its side of the change.' })
  unit(@Root() link: UnitSuccession, @Ctx() ctx: HubContext): Promise<AdministrativeUnit | null> {
    return new UnitService(ctx).byCode(link.unitCode, link.unitAsOf);
  }

  @FieldResolver(() => UnitChange, { description: 'The change that made the link.' })
  change(@Root() link: UnitSuccession, @Ctx() ctx: HubContext): Promise<UnitChange | null> {
    return new UnitHistoryService(ctx).changeById(link.changeId);
  }
}
