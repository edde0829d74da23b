import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertUnitCode, DateScalar, type HubContext } from '@par/platform';
import { Agency } from '../agency/agency.type';
import { AgencyService } from '../agency/agency.service';
import { AdministrativeUnit } from './administrative-unit.type';
import { UnitLevel } from './administrative-unit.entity';
import { UnitService } from './administrative-unit.service';
import { UnitChange, UnitSuccession } from './unit-change.type';
import { UnitHistoryService } from './unit-history.service';

const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitResolver {
  @Query(() => AdministrativeUnit, {
    nullable: true,
    description: 'One unit by national code, as in force on `asOf` (default today; a unit no longer in force shows its last version, with `validTo` and its successors). Null for an unknown code.',
  })
  administrativeUnit(
    @Arg('code', () => ID) code: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Date the unit is seen as of.' }) asOf: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<AdministrativeUnit | null> {
    return new UnitService(ctx).byCode(assertUnitCode(code, 'code'), asOf);
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

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description: 'The unit that carries this one on after it ended (the one it went into whole, else the one that took the rest), as on its first day; every successor is in `successors`.',
  })
  successor(@Root() unit: AdministrativeUnit, @Ctx() ctx: HubContext) {
    return unit.successorCode && unit.validTo ? new UnitService(ctx).byCode(unit.successorCode, dayAfter(unit.validTo)) : null;
  }

  @FieldResolver(() => [UnitSuccession], { description: 'Every unit this version went into when it ended, with the share and whether the act confirms it.' })
  successors(@Root() unit: AdministrativeUnit, @Ctx() ctx: HubContext): Promise<UnitSuccession[]> {
    return new UnitHistoryService(ctx).successorsOf(unit);
  }

  @FieldResolver(() => [UnitSuccession], { description: 'Every unit this version was formed from when it began (thành lập trên cơ sở …).' })
  predecessors(@Root() unit: AdministrativeUnit, @Ctx() ctx: HubContext): Promise<UnitSuccession[]> {
    return new UnitHistoryService(ctx).predecessorsOf(unit);
  }

  @FieldResolver(() => [UnitChange], { description: 'Changes that began, ended or touched this version, confirmed or not.' })
  changes(@Root() unit: AdministrativeUnit, @Ctx() ctx: HubContext): Promise<UnitChange[]> {
    return new UnitHistoryService(ctx).changesOf(unit);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The People\'s Committee (Ủy ban nhân dân) governing this version of the unit; null when none did (a code reused for a new unit).' })
  peoplesCommittee(@Root() unit: AdministrativeUnit, @Ctx() ctx: HubContext): Promise<Agency | null> {
    return new AgencyService(ctx).peoplesCommitteeOf(unit);
  }
}

export const resolveUnitReference = (ref: { code: string }, ctx: HubContext) => new UnitService(ctx).current(ref.code);
