import { Migration } from '@mikro-orm/migrations';

/**
 * A plan target names the measure its owner computes it by (a kind the owner implements and the
 * kind's parameters), so measures are plan data, not code keyed by target codes. Targets loaded
 * before carry none and measure nothing until the plan is loaded again (`npm run seed`).
 */
export class Migration20261130110000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`ALTER TABLE plan_target
      ADD COLUMN measure_kind text CHECK (measure_kind ~ '^[a-z][a-z0-9_]{0,63}$'),
      ADD COLUMN measure_params jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(measure_params) = 'object')`);
  }

  async down(): Promise<void> {
    this.addSql('ALTER TABLE plan_target DROP COLUMN measure_kind, DROP COLUMN measure_params');
  }
}
