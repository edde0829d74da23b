import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { EvaluationRating } from '../civil-servant/civil-servant.enums';

/** The ratings of the (person, year) pairs given as $1 (uuid[]) and $2 (int[]). */
export const EVALUATIONS_OF_PERSON_YEARS = defineQuery(
  'evaluationsOfPersonYears',
  `SELECT e.civil_servant_id AS "civilServantId", e.year, e.rating
               FROM unnest($1::uuid[], $2::int[]) AS k(id, year)
               JOIN evaluation e ON e.civil_servant_id = k.id AND e.year = k.year`,
  z.object({ civilServantId: z.guid(), year: z.number().int(), rating: z.enum(EvaluationRating) }),
);
