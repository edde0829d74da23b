import { sqlRows, type HubContext, UUID_PATTERN as UUID } from '@par/platform';
import type { ServiceDelivery } from './service-delivery.type';

/**
 * Builds the one statement that computes service delivery for many scopes at once. `scope` is a
 * CTE `scope(key, …)`; `dossierOn` joins a dossier `d` to its scope row `s`; `surveysFrom` reaches
 * the scope's surveys `v`. Receipts count in the year received, resolutions in the year resolved.
 */
function deliverySql(scope: string, dossierOn: string, surveysFrom: string): string {
  return `${scope},
  as_of AS (SELECT least(make_date($2, 12, 31), current_date) AS day,
                   ((least(make_date($2, 12, 31), current_date) + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS ends),
  rc AS (SELECT s.key, count(*)::int AS received, count(*) FILTER (WHERE d.channel = 'ONLINE')::int AS online
           FROM scope s JOIN dossier d ON ${dossierOn} AND d.received_year = $2 GROUP BY s.key),
  rs AS (SELECT s.key, count(*)::int AS resolved, count(*) FILTER (WHERE d.resolved_on <= d.due_on)::int AS on_time
           FROM scope s JOIN dossier d ON ${dossierOn} AND d.resolved_year = $2 GROUP BY s.key),
  od AS (SELECT s.key, count(*)::int AS overdue
           FROM scope s JOIN dossier d ON ${dossierOn} AND d.received_year <= $2, as_of
          WHERE d.received_at < as_of.ends AND d.due_on < as_of.day AND (d.closed_at IS NULL OR d.closed_at >= as_of.ends)
            AND NOT EXISTS (SELECT 1 FROM supplement_request r WHERE r.dossier_id = d.id AND r.opened_at < as_of.ends
                              AND (r.closed_at IS NULL OR r.closed_at >= as_of.ends))
          GROUP BY s.key),
  sv AS (SELECT s.key, sum(v.responses) AS responses, sum(v.satisfied) AS satisfied
           FROM ${surveysFrom} WHERE v.year = $2 GROUP BY s.key)
  SELECT k.key::text AS key,
         coalesce(rc.received, 0) AS received, coalesce(rc.online, 0) AS "receivedOnline",
         coalesce(rs.resolved, 0) AS resolved, coalesce(rs.on_time, 0) AS "resolvedOnTime",
         coalesce(od.overdue, 0) AS "overdueInProgress",
         round(100.0 * rs.on_time / nullif(rs.resolved, 0), 2)::float8 AS "onTimeRate",
         round(100.0 * rc.online / nullif(rc.received, 0), 2)::float8 AS "onlineRate",
         round(100.0 * sv.satisfied / nullif(sv.responses, 0), 2)::float8 AS "satisfactionRate"
    FROM (SELECT DISTINCT key FROM scope) k
    LEFT JOIN rc ON rc.key = k.key LEFT JOIN rs ON rs.key = k.key
    LEFT JOIN od ON od.key = k.key LEFT JOIN sv ON sv.key = k.key`;
}

const AGENCY_SQL = deliverySql(
  'WITH scope(key, agency_id) AS (SELECT DISTINCT k, k FROM unnest($1::uuid[]) k)',
  'd.agency_id = s.agency_id',
  'scope s JOIN satisfaction_survey v ON v.agency_id = s.agency_id',
);

// A unit's figures include every sub-unit (a district with its communes), through the unit reference copy.
const UNIT_SQL = deliverySql(
  `WITH RECURSIVE scope(key, unit_code) AS (
     SELECT DISTINCT k, k FROM unnest($1::text[]) k
     UNION SELECT s.key, u.code FROM unit_ref u JOIN scope s ON u.parent_code = s.unit_code)`,
  'd.unit_code = s.unit_code',
  'scope s JOIN agency_ref a ON a.unit_code = s.unit_code JOIN satisfaction_survey v ON v.agency_id = a.id',
);

type Row = ServiceDelivery & { key: string };

const EMPTY: ServiceDelivery = { received: 0, receivedOnline: 0, resolved: 0, resolvedOnTime: 0, overdueInProgress: 0, onTimeRate: null, onlineRate: null, satisfactionRate: null };

/** Service delivery of agencies and units: one SQL statement per year per request, whatever the number of parents. */
export class ServiceDeliveryService {
  constructor(private readonly ctx: HubContext) {}

  forAgency(agencyId: string, year: number): Promise<ServiceDelivery> {
    // An id that is no UUID names no agency here; refusing it keeps one bad key from failing the whole batch.
    if (!UUID.test(agencyId)) return Promise.resolve({ ...EMPTY });
    return this.load('agency', AGENCY_SQL, agencyId.toLowerCase(), year);
  }

  forUnit(unitCode: string, year: number): Promise<ServiceDelivery> {
    return this.load('unit', UNIT_SQL, unitCode, year);
  }

  private load(kind: string, sql: string, key: string, year: number): Promise<ServiceDelivery> {
    return this.ctx.loaders
      .get<string, ServiceDelivery>(`serviceDelivery.${kind}.${year}`, async (keys) => {
        const rows = await sqlRows<Row>(this.ctx.em, sql, [keys, year]);
        const byKey = new Map(rows.map((r) => [r.key, r]));
        return keys.map((k) => byKey.get(k)!);
      })
      .load(key);
  }
}
