import { byKeys, sqlRows, type HubContext } from '@par/platform';
import type { ProcedureDossierStats } from './dossier-stats.type';
import type { OnlineService } from './online-service.type';

/** Public procedure figures, each batched over every procedure of a catalogue page. */
export class ProcedureEgovService {
  constructor(private readonly ctx: HubContext) {}

  onlineService(code: string): Promise<OnlineService | null> {
    return this.ctx.loaders
      .get<string, OnlineService | null>('procedure.onlineService', async (codes) => {
        const rows = await sqlRows<OnlineService>(
          this.ctx.em,
          `SELECT o.procedure_code AS "procedureCode", to_char(o.launched_on, 'YYYY-MM-DD') AS "launchedOn", o.fully_online AS "fullyOnline",
                  h.history[array_length(h.history, 1)]->>'level' AS level,
                  to_jsonb(h.history) AS "levelHistory"
             FROM online_service o
             JOIN LATERAL (SELECT array_agg(jsonb_build_object('level', l.level, 'since', to_char(l.since, 'YYYY-MM-DD')) ORDER BY l.since) AS history
                             FROM online_service_level l WHERE l.procedure_code = o.procedure_code) h ON h.history IS NOT NULL
            WHERE o.procedure_code = ANY($1::text[])`,
          [codes],
        );
        return byKeys(codes, rows, (r) => r.procedureCode, (r) => ({ ...r, level: Number(r.level) }));
      })
      .load(code);
  }

  dossierStats(code: string, year: number): Promise<ProcedureDossierStats> {
    return this.ctx.loaders
      .get<string, ProcedureDossierStats>(`procedure.dossierStats.${year}`, async (codes) => {
        const rows = await sqlRows<ProcedureDossierStats & { code: string }>(
          this.ctx.em,
          // From the yearly dossier summary: receipts in the year received, resolutions in the year resolved.
          `WITH k AS (SELECT DISTINCT unnest($1::text[]) AS code),
           y AS (SELECT procedure_code AS code, sum(received)::int AS received, coalesce(sum(received) FILTER (WHERE channel = 'ONLINE'), 0)::int AS online,
                        sum(resolved)::int AS resolved, sum(resolved_on_time)::int AS on_time
                   FROM dossier_year_rollup WHERE procedure_code = ANY($1::text[]) AND year = $2 GROUP BY 1)
           SELECT k.code, coalesce(y.received, 0) AS received, coalesce(y.online, 0) AS "receivedOnline",
                  coalesce(y.resolved, 0) AS resolved, coalesce(y.on_time, 0) AS "resolvedOnTime",
                  round(100.0 * y.on_time / nullif(y.resolved, 0), 2)::float8 AS "onTimeRate",
                  round(100.0 * y.online / nullif(y.received, 0), 2)::float8 AS "onlineRate"
             FROM k LEFT JOIN y ON y.code = k.code`,
          [codes, year],
        );
        return byKeys(codes, rows, (r) => r.code) as ProcedureDossierStats[];
      })
      .load(code);
  }
}
