import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { AdministrativeUnit } from '../reference/administrative-unit.type';
import { UnitWorkforce } from './workforce.type';
import { WorkforceService } from './workforce.service';

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitWorkforceResolver {
  @Authorized('analyst')
  @FieldResolver(() => UnitWorkforce, { nullable: true, description: 'Workforce of the unit and all its sub-units in a year, by workplace.' })
  workforce(@Root() unit: AdministrativeUnit, @Arg('year', () => Int, { description: 'Year; staff counted as on 31 December.' }) year: number, @Ctx() ctx: HubContext): Promise<UnitWorkforce> {
    return new WorkforceService(ctx).forUnit(unit.code, year);
  }
}
