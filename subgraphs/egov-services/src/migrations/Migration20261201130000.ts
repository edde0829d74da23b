import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes on `dossier` that only the readers now served by the summaries used: service delivery by
 * unit and agency, procedure figures and the plan's online shares all read `dossier_year_rollup`
 * or its coarser folds. Each one cost every dossier write a B-tree insertion and the seed a full
 * build (about a minute per index at ten provinces' data). Kept: the primary key, an agency's
 * dossier pages (`dossier_agency_received_idx`), the evidence of a procedure kind's dossiers
 * (`dossier_procedure_resolved_idx`), a unit's dossiers, dossiers by day (BRIN) and the dossiers
 * open at an instant (`dossier_open_until_idx`).
 */
export class Migration20261201130000 extends Migration {
  async up(): Promise<void> {
    for (const name of [
      'dossier_received_unit_idx',
      'dossier_resolved_unit_idx',
      'dossier_resolved_procedure_idx',
      'dossier_agency_resolved_idx',
      'dossier_procedure_received_idx',
    ]) {
      this.addSql(`DROP INDEX IF EXISTS ${name}`);
    }
  }
}
