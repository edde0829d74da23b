import { Migration } from '@mikro-orm/migrations';
import { CREATE_IDEMPOTENCY_KEY } from '@par/platform';

/** Idempotency keys of creating mutations, so a retried request returns the first answer instead of writing twice. */
export class Migration20261126210000 extends Migration {
  async up(): Promise<void> {
    for (const sql of CREATE_IDEMPOTENCY_KEY) this.addSql(sql);
  }
}
