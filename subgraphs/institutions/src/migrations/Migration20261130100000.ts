import { Migration } from '@mikro-orm/migrations';

/**
 * A unit version's GraphQL id is its code and first day (`AdministrativeUnit.id`): clients cache
 * versions by it, so two versions of one code must never share a first day (nor two be in force
 * since before the earliest list).
 */
export class Migration20261130100000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE UNIQUE INDEX unit_version_version_id_idx ON unit_version (code, coalesce(valid_from, '-infinity'::date))`);
  }

  async down(): Promise<void> {
    this.addSql('DROP INDEX unit_version_version_id_idx');
  }
}
