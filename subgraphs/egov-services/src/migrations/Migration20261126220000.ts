import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes that the statistics queries' plans use at province size (EXPLAIN on scale-1 data; see
 * bench/README.md): a year's figures per unit read index-only in unit order (no sort spilling to
 * disk), overdue dossiers still in progress on a date are found among the few not closed by then
 * instead of by scanning every dossier, and the targets counting dossiers of a procedure kind
 * resolved in a year read index-only. IF NOT EXISTS: an operator may have added them by hand.
 */
export class Migration20261126220000 extends Migration {
  async up(): Promise<void> {
    this.addSql('CREATE INDEX IF NOT EXISTS dossier_received_unit_idx ON dossier (received_year, unit_code) INCLUDE (channel)');
    this.addSql(
      'CREATE INDEX IF NOT EXISTS dossier_resolved_unit_idx ON dossier (resolved_year, unit_code) INCLUDE (resolved_on, due_on) WHERE resolved_year IS NOT NULL',
    );
    this.addSql('CREATE INDEX IF NOT EXISTS dossier_closed_idx ON dossier (closed_at)');
    this.addSql(
      'CREATE INDEX IF NOT EXISTS dossier_resolved_procedure_idx ON dossier (resolved_year, procedure_code) INCLUDE (channel, agency_id, unit_code) WHERE resolved_year IS NOT NULL',
    );
  }
}
