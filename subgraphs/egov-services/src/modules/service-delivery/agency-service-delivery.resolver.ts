import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { Agency } from '../reference/agency.type';
import { ServiceDelivery } from './service-delivery.type';
import { ServiceDeliveryService } from './service-delivery.service';

/** Aggregate service statistics are public (DESIGN §7): a portal shows them without a login. */
@Resolver(() => Agency)
export class AgencyServiceDeliveryResolver {
  @FieldResolver(() => ServiceDelivery, { description: 'One-stop service delivery of dossiers received or resolved by this agency itself in the year (kết quả giải quyết TTHC).' })
  serviceDelivery(
    @Root() agency: Agency,
    @Arg('year', () => Int, { description: 'Calendar year (năm).' }) year: number,
    @Ctx() ctx: HubContext,
  ): Promise<ServiceDelivery> {
    return new ServiceDeliveryService(ctx).forAgency(agency.id, year);
  }
}
