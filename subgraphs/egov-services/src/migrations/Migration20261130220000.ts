import { Migration } from '@mikro-orm/migrations';

/**
 * Dossiers overdue and still in progress at an instant exclude those waiting for a supplement
 * then: the requests open at that instant are found by their closing time, as the dossiers are
 * (`dossier_closed_idx`), instead of by reading every request ever made.
 */
export class Migration20261130220000 extends Migration {
  async up(): Promise<void> {
    this.addSql('CREATE INDEX IF NOT EXISTS supplement_request_closed_idx ON supplement_request (closed_at)');
  }
}
