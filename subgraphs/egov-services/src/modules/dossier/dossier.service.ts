import { assertUuidArg, audit, badInput, byKeys, decodeCursor, groupByKeys, pageSize, sqlRows, toConnection, type ConnectionShape, type HubContext } from '@par/platform';
import type { DossierFilter } from './dossier.inputs';
import type { Dossier, SupplementRequest } from './dossier.type';

/** Instants leave SQL as ISO 8601 UTC text with microseconds, exact enough for keyset cursors. */
const isoInstant = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export const DOSSIER_COLUMNS = `d.id, d.status, d.channel, d.applicant_kind AS "applicantKind", ${isoInstant('d.received_at')} AS "receivedAt",
  to_char(d.due_on, 'YYYY-MM-DD') AS "dueAt", d.paused_days AS "pausedWorkingDays", ${isoInstant('d.resolved_at')} AS "resolvedAt",
  ${isoInstant('d.closed_at')} AS "closedAt", d.outcome, d.close_reason AS "closeReason", d.unit_code AS "unitCode",
  d.procedure_code AS "procedureCode", d.agency_id AS "agencyId", d.applicant_name AS "applicantName",
  d.applicant_id_number AS "applicantIdNumber"`;

type PageRow = Dossier & { key: string; total: number };

/** Dossier reads: by id, an agency's pages (batched over agencies), supplement requests, PII audit. */
export class DossierService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<Dossier | null> {
    return this.ctx.loaders
      .get<string, Dossier | null>('dossier.byId', async (ids) => {
        const rows = await sqlRows<Dossier>(this.ctx.em, `SELECT ${DOSSIER_COLUMNS} FROM dossier d WHERE d.id = ANY($1::uuid[])`, [ids]);
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
        const where = `d.agency_id = a.id AND ($2::int IS NULL OR d.received_year = $2) AND ($3::text IS NULL OR d.status = $3)
          AND ($4::text IS NULL OR d.channel = $4) AND ($5::text IS NULL OR d.procedure_code = $5)`;
        const rows = await sqlRows<PageRow>(
          this.ctx.em,
          `SELECT a.id::text AS key, t.total, p.*
             FROM unnest($1::uuid[]) a(id)
             CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM dossier d WHERE ${where}) t
             LEFT JOIN LATERAL (SELECT ${DOSSIER_COLUMNS} FROM dossier d
                                 WHERE ${where} AND ($6::timestamptz IS NULL OR (d.received_at, d.id) < ($6::timestamptz, $7::uuid))
                                 ORDER BY d.received_at DESC, d.id DESC LIMIT $8) p ON true`,
          [agencyIds, ...params],
        );
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
        const rows = await sqlRows<SupplementRequest>(
          this.ctx.em,
          `SELECT id::text, dossier_id AS "dossierId", reason, ${isoInstant('opened_at')} AS "openedAt", ${isoInstant('closed_at')} AS "closedAt", paused_days AS "pausedWorkingDays"
             FROM supplement_request WHERE dossier_id = ANY($1::uuid[]) ORDER BY opened_at`,
          [ids],
        );
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
