import { isUuid, queryRows, type HubContext, type TypedQuery } from '@par/platform';
import { AGENCY_SERVICE_DELIVERY, UNIT_SERVICE_DELIVERY } from './service-delivery.queries';
import type { ServiceDelivery } from './service-delivery.type';

const EMPTY: ServiceDelivery = { received: 0, receivedOnline: 0, resolved: 0, resolvedOnTime: 0, overdueInProgress: 0, onTimeRate: null, onlineRate: null, satisfactionRate: null };

/** Service delivery of agencies and units: one SQL statement per year per request, whatever the number of parents. */
export class ServiceDeliveryService {
  constructor(private readonly ctx: HubContext) {}

  forAgency(agencyId: string, year: number): Promise<ServiceDelivery> {
    // An id that is no UUID names no agency here; refusing it keeps one bad key from failing the whole batch.
    if (!isUuid(agencyId)) return Promise.resolve({ ...EMPTY });
    return this.load('agency', AGENCY_SERVICE_DELIVERY, agencyId.toLowerCase(), year);
  }

  forUnit(unitCode: string, year: number): Promise<ServiceDelivery> {
    return this.load('unit', UNIT_SERVICE_DELIVERY, unitCode, year);
  }

  private load(kind: string, query: TypedQuery<ServiceDelivery & { key: string }>, key: string, year: number): Promise<ServiceDelivery> {
    return this.ctx.loaders
      .get<string, ServiceDelivery>(`serviceDelivery.${kind}.${year}`, async (keys) => {
        const rows = await queryRows(this.ctx.em, query, [keys, year]);
        const byKey = new Map(rows.map((r) => [r.key, r]));
        return keys.map((k) => byKey.get(k)!);
      })
      .load(key);
  }
}
