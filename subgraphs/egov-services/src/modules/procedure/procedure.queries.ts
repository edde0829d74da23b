import { defineQuery } from '@par/platform';
import { z } from 'zod';

const LEVEL = z.int().min(1).max(4);

/** The online services of the procedures $1 (text[]) that have a level, with their levels oldest first. */
export const ONLINE_SERVICES_BY_PROCEDURES = defineQuery(
  'onlineServicesByProcedures',
  `SELECT o.procedure_code AS "procedureCode", to_char(o.launched_on, 'YYYY-MM-DD') AS "launchedOn", o.fully_online AS "fullyOnline",
                  h.history[array_length(h.history, 1)]->>'level' AS level,
                  to_jsonb(h.history) AS "levelHistory"
             FROM online_service o
             JOIN LATERAL (SELECT array_agg(jsonb_build_object('level', l.level, 'since', to_char(l.since, 'YYYY-MM-DD')) ORDER BY l.since) AS history
                             FROM online_service_level l WHERE l.procedure_code = o.procedure_code) h ON h.history IS NOT NULL
            WHERE o.procedure_code = ANY($1::text[])`,
  z.object({
    procedureCode: z.string().min(1),
    launchedOn: z.iso.date(),
    fullyOnline: z.boolean(),
    // `->>` gives the current level as text.
    level: z
      .string()
      .regex(/^[1-4]$/)
      .transform(Number),
    levelHistory: z.array(z.object({ level: LEVEL, since: z.iso.date() })).min(1),
  }),
);

/** Dossier figures of the procedures $1 (text[]) in the year $2, from the yearly dossier summary; a row per distinct code. */
export const PROCEDURE_DOSSIER_STATS = defineQuery(
  'procedureDossierStats',
  // Receipts in the year received, resolutions in the year resolved.
  `WITH k AS (SELECT DISTINCT unnest($1::text[]) AS code),
           y AS (SELECT procedure_code AS code, sum(received)::int AS received, coalesce(sum(received) FILTER (WHERE channel = 'ONLINE'), 0)::int AS online,
                        sum(resolved)::int AS resolved, sum(resolved_on_time)::int AS on_time
                   FROM dossier_year_rollup WHERE procedure_code = ANY($1::text[]) AND year = $2 GROUP BY 1)
           SELECT k.code, coalesce(y.received, 0) AS received, coalesce(y.online, 0) AS "receivedOnline",
                  coalesce(y.resolved, 0) AS resolved, coalesce(y.on_time, 0) AS "resolvedOnTime",
                  round(100.0 * y.on_time / nullif(y.resolved, 0), 2)::float8 AS "onTimeRate",
                  round(100.0 * y.online / nullif(y.received, 0), 2)::float8 AS "onlineRate"
             FROM k LEFT JOIN y ON y.code = k.code`,
  z.object({
    code: z.string(),
    received: z.int().min(0),
    receivedOnline: z.int().min(0),
    resolved: z.int().min(0),
    resolvedOnTime: z.int().min(0),
    onTimeRate: z.number().nullable(),
    onlineRate: z.number().nullable(),
  }),
);
