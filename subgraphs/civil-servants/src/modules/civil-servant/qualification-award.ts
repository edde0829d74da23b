import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRows } from '@par/platform';

export type QualificationDimension = 'EDUCATION' | 'POLITICAL_THEORY' | 'STATE_MANAGEMENT';

/**
 * Dates the levels a record gains, so that standards can be judged on the day of an appointment
 * rather than by today's record. A level already awarded keeps its first date.
 */
export async function recordAwards(tx: EntityManager, personId: string, on: string, levels: Partial<Record<QualificationDimension, string | null | undefined>>): Promise<void> {
  const given = Object.entries(levels).filter((e): e is [QualificationDimension, string] => e[1] != null);
  if (!given.length) return;
  await sqlRows(
    tx,
    `INSERT INTO qualification_award (civil_servant_id, dimension, level, awarded_on)
     SELECT $1::uuid, d, l, $4::date FROM unnest($2::text[], $3::text[]) AS t(d, l)
     ON CONFLICT (civil_servant_id, dimension, level) DO NOTHING`,
    [personId, given.map(([d]) => d), given.map(([, l]) => l), on],
  );
}
