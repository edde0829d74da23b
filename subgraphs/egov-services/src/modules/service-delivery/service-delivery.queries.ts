import { defineQuery } from '@par/platform';
import { z } from 'zod';

/** The instant figures are taken at: the end of the year asked, or today within the current year. */
const AS_OF_DAY = `least(make_date($2, 12, 31), current_date)`;
const AS_OF_ENDS = `((${AS_OF_DAY} + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;

/**
 * Builds the one statement that computes service delivery for many scopes at once. `scope` is a
 * CTE `scope(key, …)`; `summary` the yearly dossier summary at the scope's grain (per agency or per
 * unit); `dossierOn` joins a dossier (or a row of that summary) `d` to its scope row `s`;
 * `surveysFrom` reaches the scope's surveys `v`. Receipts count in the year received, resolutions
 * in the year resolved, both read from the summary. Dossiers overdue and still in progress depend
 * on the instant and on supplement pauses: for a year that has ended they are read from their
 * summary (kept by triggers, Migration20261201140000), for the current year from the dossiers not
 * closed by now (one covering index range, the table untouched).
 */
function deliverySql(scope: string, summary: string, dossierOn: string, surveysFrom: string): string {
  return `${scope},
  rc AS (SELECT s.key, sum(d.received)::int AS received, coalesce(sum(d.received) FILTER (WHERE d.channel = 'ONLINE'), 0)::int AS online,
                sum(d.resolved)::int AS resolved, sum(d.resolved_on_time)::int AS on_time
           FROM scope s JOIN ${summary} d ON ${dossierOn} AND d.year = $2 GROUP BY s.key),
  summarised AS (SELECT coalesce((SELECT year FROM dossier_overdue_through), -1) >= $2 AS yes),
  open_then AS (SELECT d.id, d.agency_id, d.unit_code FROM dossier d
                 WHERE NOT (SELECT yes FROM summarised)
                   AND coalesce(d.closed_at, 'infinity'::timestamptz) >= ${AS_OF_ENDS} AND d.received_at < ${AS_OF_ENDS} AND d.due_on < ${AS_OF_DAY}
                   AND NOT EXISTS (SELECT 1 FROM supplement_request r WHERE r.dossier_id = d.id AND r.opened_at < ${AS_OF_ENDS}
                                     AND (r.closed_at IS NULL OR r.closed_at >= ${AS_OF_ENDS}))),
  od AS (SELECT s.key, count(*)::int AS overdue FROM scope s JOIN open_then d ON ${dossierOn} GROUP BY s.key
         UNION ALL
         SELECT s.key, sum(d.overdue)::int FROM scope s JOIN dossier_overdue_rollup d ON ${dossierOn} AND d.year = $2
          WHERE (SELECT yes FROM summarised) GROUP BY s.key),
  sv AS (SELECT s.key, sum(v.responses) AS responses, sum(v.satisfied) AS satisfied
           FROM ${surveysFrom} WHERE v.year = $2 GROUP BY s.key)
  SELECT k.key::text AS key,
         coalesce(rc.received, 0) AS received, coalesce(rc.online, 0) AS "receivedOnline",
         coalesce(rc.resolved, 0) AS resolved, coalesce(rc.on_time, 0) AS "resolvedOnTime",
         coalesce(od.overdue, 0) AS "overdueInProgress",
         round(100.0 * rc.on_time / nullif(rc.resolved, 0), 2)::float8 AS "onTimeRate",
         round(100.0 * rc.online / nullif(rc.received, 0), 2)::float8 AS "onlineRate",
         round(100.0 * sv.satisfied / nullif(sv.responses, 0), 2)::float8 AS "satisfactionRate"
    FROM (SELECT DISTINCT key FROM scope) k
    LEFT JOIN rc ON rc.key = k.key
    LEFT JOIN od ON od.key = k.key LEFT JOIN sv ON sv.key = k.key`;
}

const COUNT = z.int().min(0);
const RATE = z.number().min(0).max(100).nullable();
const deliveryRow = <K extends z.ZodType<string>>(key: K) =>
  z.object({
    key,
    received: COUNT,
    receivedOnline: COUNT,
    resolved: COUNT,
    resolvedOnTime: COUNT,
    overdueInProgress: COUNT,
    onTimeRate: RATE,
    onlineRate: RATE,
    satisfactionRate: RATE,
  });

/** Service delivery of the agencies $1 (uuid[], each with its subordinates' data) in the year $2; a row per key. */
export const AGENCY_SERVICE_DELIVERY = defineQuery(
  'agencyServiceDelivery',
  deliverySql(
    'WITH scope(key, agency_id) AS (SELECT DISTINCT k, k FROM unnest($1::uuid[]) k)',
    'dossier_agency_year_rollup',
    'd.agency_id = s.agency_id',
    'scope s JOIN satisfaction_survey v ON v.agency_id = s.agency_id',
  ),
  deliveryRow(z.uuid()),
);

/**
 * Service delivery of the units $1 (text[]) in the year $2, a row per key: a unit's figures include every
 * sub-unit (a district with its communes), through the unit reference copy.
 */
export const UNIT_SERVICE_DELIVERY = defineQuery(
  'unitServiceDelivery',
  deliverySql(
    `WITH RECURSIVE scope(key, unit_code) AS (
     SELECT DISTINCT k, k FROM unnest($1::text[]) k
     UNION SELECT s.key, u.code FROM unit_ref u JOIN scope s ON u.parent_code = s.unit_code)`,
    'dossier_unit_year_rollup',
    'd.unit_code = s.unit_code',
    'scope s JOIN agency_ref a ON a.unit_code = s.unit_code JOIN satisfaction_survey v ON v.agency_id = a.id',
  ),
  deliveryRow(z.string().min(1)),
);
