import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { DateScalar, type HubContext } from '@par/platform';
import { Agency } from '../agency/agency.type';
import { AgencyService } from '../agency/agency.service';
import { AdministrativeUnit } from './administrative-unit.type';
import { UnitLevel } from './administrative-unit.entity';
import { assertUnitCode, UnitService } from './administrative-unit.service';

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitResolver {
  @Query(() => AdministrativeUnit, {
    nullable: true,
    description: 'One unit by national code, as in force on `asOf` (default today; a unit no longer in force shows its last version). Null for an unknown code.',
  })
  administrativeUnit(
    @Arg('code', () => ID) code: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date the unit is seen as of.' }) asOf: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<AdministrativeUnit | null> {
    return new UnitService(ctx).byCode(assertUnitCode(code), asOf);
  }

  @Query(() => [AdministrativeUnit], {
    description: 'Units in force on `asOf` (default today), optionally of one level and/or directly under one parent unit.',
  })
  administrativeUnits(
    @Arg('level', () => UnitLevel, { nullable: true, description: 'Only units of this tier.' }) level: UnitLevel | null,
    @Arg('parentCode', () => ID, { nullable: true, description: 'Only direct sub-units of the unit with this national code.' }) parentCode: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date the units are seen as of.' }) asOf: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<AdministrativeUnit[]> {
    return new UnitService(ctx).list({ level, parentCode: parentCode == null ? null : assertUnitCode(parentCode, 'parentCode'), asOf });
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The unit this one belongs to.' })
  parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: HubContext) {
    return unit.parentCode ? new UnitService(ctx).byCode(unit.parentCode, unit.validTo ?? null) : null;
  }

  @FieldResolver(() => [AdministrativeUnit], { description: 'Sub-units in force on `asOf` (default today).' })
  children(
    @Root() unit: AdministrativeUnit,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date the sub-units are seen as of.' }) asOf: string | null,
    @Ctx() ctx: HubContext,
  ) {
    return new UnitService(ctx).children(unit.code, asOf);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The unit this one was merged into, if it was.' })
  successor(@Root() unit: AdministrativeUnit, @Ctx() ctx: HubContext) {
    return unit.successorCode ? new UnitService(ctx).current(unit.successorCode) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The People\'s Committee (Ủy ban nhân dân) governing this unit.' })
  peoplesCommittee(@Root() unit: AdministrativeUnit, @Ctx() ctx: HubContext): Promise<Agency | null> {
    return new AgencyService(ctx).peoplesCommitteeOf(unit.code);
  }
}

export const resolveUnitReference = (ref: { code: string }, ctx: HubContext) => new UnitService(ctx).current(ref.code);
