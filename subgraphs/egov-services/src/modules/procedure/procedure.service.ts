import { byKeys, queryRows, type HubContext } from '@par/platform';
import type { ProcedureDossierStats } from './dossier-stats.type';
import type { OnlineService } from './online-service.type';
import { ONLINE_SERVICES_BY_PROCEDURES, PROCEDURE_DOSSIER_STATS } from './procedure.queries';

/** Public procedure figures, each batched over every procedure of a catalogue page. */
export class ProcedureEgovService {
  constructor(private readonly ctx: HubContext) {}

  onlineService(code: string): Promise<OnlineService | null> {
    return this.ctx.loaders
      .get<string, OnlineService | null>('procedure.onlineService', async (codes) => {
        const rows = await queryRows(this.ctx.em, ONLINE_SERVICES_BY_PROCEDURES, [codes]);
        return byKeys(codes, rows, (r) => r.procedureCode);
      })
      .load(code);
  }

  dossierStats(code: string, year: number): Promise<ProcedureDossierStats> {
    return this.ctx.loaders
      .get<string, ProcedureDossierStats>(`procedure.dossierStats.${year}`, async (codes) => {
        const rows = await queryRows(this.ctx.em, PROCEDURE_DOSSIER_STATS, [codes, year]);
        return byKeys(codes, rows, (r) => r.code) as ProcedureDossierStats[];
      })
      .load(code);
  }
}
