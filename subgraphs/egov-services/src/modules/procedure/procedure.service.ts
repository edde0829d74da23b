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
          `WITH k AS (SELECT DISTINCT unnest($1::text[]) AS code),
           rc AS (SELECT procedure_code AS code, count(*)::int AS received, count(*) FILTER (WHERE channel = 'ONLINE')::int AS online
                    FROM dossier WHERE procedure_code = ANY($1::text[]) AND received_year = $2 GROUP BY 1),
           rs AS (SELECT procedure_code AS code, count(*)::int AS resolved, count(*) FILTER (WHERE resolved_on <= due_on)::int AS on_time
                    FROM dossier WHERE procedure_code = ANY($1::text[]) AND resolved_year = $2 GROUP BY 1)
           SELECT k.code, coalesce(rc.received, 0) AS received, coalesce(rc.online, 0) AS "receivedOnline",
                  coalesce(rs.resolved, 0) AS resolved, coalesce(rs.on_time, 0) AS "resolvedOnTime",
                  round(100.0 * rs.on_time / nullif(rs.resolved, 0), 2)::float8 AS "onTimeRate",
                  round(100.0 * rc.online / nullif(rc.received, 0), 2)::float8 AS "onlineRate"
             FROM k LEFT JOIN rc ON rc.code = k.code LEFT JOIN rs ON rs.code = k.code`,
          [codes, year],
        );
        return byKeys(codes, rows, (r) => r.code) as ProcedureDossierStats[];
      })
      .load(code);
  }
}
