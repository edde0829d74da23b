import { Migration } from '@mikro-orm/migrations';
import { UNIT_VERSION_REF_DDL } from '@par/platform';

/**
 * Dated copy of the unit history (`unit_version_ref`), as egov-services keeps: staff and training
 * statistics by district or commune place workplaces as the units stood on the day asked. Codes
 * without dated versions (a database seeded before this table) keep `unit_ref`'s one hierarchy.
 */
export class Migration20261201100000 extends Migration {
  async up(): Promise<void> {
    for (const sql of UNIT_VERSION_REF_DDL) this.addSql(sql);
  }
}
