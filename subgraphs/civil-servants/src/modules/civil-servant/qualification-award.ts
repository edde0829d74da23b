import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows } from '@par/platform';
import { AWARD_QUALIFICATIONS } from './qualification-award.writes';

export type QualificationDimension = 'EDUCATION' | 'POLITICAL_THEORY' | 'STATE_MANAGEMENT';

/**
 * Dates the levels a record gains, so that standards can be judged on the day of an appointment
 * rather than by today's record. A level already awarded keeps its first date.
 */
export async function recordAwards(tx: EntityManager, personId: string, on: string, levels: Partial<Record<QualificationDimension, string | null | undefined>>): Promise<void> {
  const given = Object.entries(levels).filter((e): e is [QualificationDimension, string] => e[1] != null);
  if (!given.length) return;
  await queryRows(tx, AWARD_QUALIFICATIONS, [personId, given.map(([d]) => d), given.map(([, l]) => l), on]);
}
