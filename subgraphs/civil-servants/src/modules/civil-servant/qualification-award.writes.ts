import { defineQuery } from '@par/platform';
import { z } from 'zod';

/**
 * Dates levels a person gains: $1 the person (uuid), $2 dimensions and $3 levels (text[], pairwise),
 * $4 the day. A level already awarded keeps its first date, which an entity insert cannot say.
 * Returns no rows.
 */
export const AWARD_QUALIFICATIONS = defineQuery(
  'awardQualifications',
  `INSERT INTO qualification_award (civil_servant_id, dimension, level, awarded_on)
     SELECT $1::uuid, d, l, $4::date FROM unnest($2::text[], $3::text[]) AS t(d, l)
     ON CONFLICT (civil_servant_id, dimension, level) DO NOTHING`,
  z.never(),
);
