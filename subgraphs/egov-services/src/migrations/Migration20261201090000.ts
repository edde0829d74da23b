import { Migration } from '@mikro-orm/migrations';

/**
 * Dated copy of the unit history (`unit_version_ref`): `unit_ref` holds one hierarchy, so a
 * commune merged in 2019 cannot be placed in the district it belongs to on another day. Statistics
 * by district or commune read the versions in force on the day asked and follow a unit that ended
 * to its successor. Codes without dated versions (a database seeded before this table) keep
 * `unit_ref`'s single hierarchy.
 */
export class Migration20261201090000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE TABLE IF NOT EXISTS unit_version_ref (
      code varchar(10) NOT NULL,
      valid_from date,
      valid_to date,
      parent_code varchar(10),
      level text NOT NULL CHECK (level IN ('PROVINCE','DISTRICT','COMMUNE')),
      successor_code varchar(10),
      CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
    )`);
    this.addSql('CREATE INDEX IF NOT EXISTS unit_version_ref_code_idx ON unit_version_ref (code, valid_to)');
  }
}
