import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { AdministrativeUnit } from '../reference/administrative-unit.type';
import { ServiceDelivery } from './service-delivery.type';
import { ServiceDeliveryService } from './service-delivery.service';

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitServiceDeliveryResolver {
  @FieldResolver(() => ServiceDelivery, { description: 'One-stop service delivery of dossiers received in this unit and all its sub-units in the year; satisfaction from surveys of agencies located there.' })
  serviceDelivery(
    @Root() unit: AdministrativeUnit,
    @Arg('year', () => Int, { description: 'Calendar year (năm).' }) year: number,
    @Ctx() ctx: HubContext,
  ): Promise<ServiceDelivery> {
    return new ServiceDeliveryService(ctx).forUnit(unit.code, year);
  }
}
