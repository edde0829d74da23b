import { assertUuidArg, audit, badInput, byKeys, decodeCursor, groupByKeys, pageSize, queryRows, toConnection, type ConnectionShape, type HubContext } from '@par/platform';
import { DOSSIER_PAGES_BY_AGENCY, DOSSIERS_BY_IDS, SUPPLEMENT_REQUESTS_BY_DOSSIERS } from './dossier.queries';
import type { DossierFilter } from './dossier.inputs';
import type { Dossier, SupplementRequest } from './dossier.type';

/** Dossier reads: by id, an agency's pages (batched over agencies), supplement requests, PII audit. */
export class DossierService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<Dossier | null> {
    return this.ctx.loaders
      .get<string, Dossier | null>('dossier.byId', async (ids) => {
        const rows = await queryRows(this.ctx.em, DOSSIERS_BY_IDS, [ids]);
        return byKeys(ids, rows, (r) => r.id);
      })
      .load(assertUuidArg(id, 'id'));
  }

  /**
   * One statement for every agency of the request: a LATERAL keyset page per agency (newest
   * first), with each agency's total beside it.
   */
  forAgency(agencyId: string, first: number | null | undefined, after: string | null | undefined, filter: DossierFilter | null | undefined): Promise<ConnectionShape<Dossier>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || typeof cursor[1] !== 'string' || Number.isNaN(Date.parse(cursor[0])))) {
      throw badInput('after', 'is not a cursor returned by this connection');
    }
    const params = [filter?.year ?? null, filter?.status ?? null, filter?.channel ?? null, filter?.procedureCode ?? null, cursor?.[0] ?? null, cursor?.[1] ?? null, size + 1];
    const name = `dossier.forAgency.${JSON.stringify(params)}`;
    return this.ctx.loaders
      .get<string, ConnectionShape<Dossier>>(name, async (agencyIds) => {
        const rows = await queryRows(this.ctx.em, DOSSIER_PAGES_BY_AGENCY, [agencyIds, ...params]);
        return groupByKeys(agencyIds, rows, (r) => r.key).map((group) => {
          const items = group.filter((r) => r.id !== null);
          return toConnection(items, size, group[0]?.total ?? 0, (r) => [String(r.receivedAt), r.id], cursor !== null);
        });
      })
      .load(assertUuidArg(agencyId, 'id'));
  }

  supplementRequests(dossierId: string): Promise<SupplementRequest[]> {
    return this.ctx.loaders
      .get<string, SupplementRequest[]>('dossier.supplementRequests', async (ids) => {
        const rows = await queryRows(this.ctx.em, SUPPLEMENT_REQUESTS_BY_DOSSIERS, [ids]);
        return groupByKeys(ids, rows, (r) => r.dossierId);
      })
      .load(dossierId);
  }

  /** Every read of applicant identity is audited: one row per field per request, naming the dossiers. */
  auditPiiRead(field: string, dossierId: string): Promise<true> {
    return this.ctx.loaders
      .get<string, true>(`dossier.pii.${field}`, async (ids) => {
        await audit(this.ctx.em, {
          caller: this.ctx.caller,
          requestId: this.ctx.requestId,
          action: 'PII_READ',
          operation: `Dossier.${field}`,
          objectType: 'Dossier',
          objectIds: [...ids],
        });
        return ids.map(() => true as const);
      })
      .load(dossierId);
  }
}
