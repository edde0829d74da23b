import { defineQuery } from '@par/platform';
import { z } from 'zod';

/**
 * Every measure and scope in one statement: each of `measures` (the SQL of a measure kind with its
 * parameters, its `$1`–`$3` already bound to the scope's columns) runs once per scope as a lateral
 * subquery; the scopes are years $1 (int[]), agencies $2 (uuid[]) and units $3 (text[]). Only scopes
 * with something to measure in a year that has begun give a row; `m` is the measure's index.
 */
export function institutionsMeasurement(measures: readonly string[]) {
  return defineQuery(
    'institutionsMeasurement',
    `SELECT s.idx::int AS idx, m.m, m.numerator, m.denominator
       FROM unnest($1::int[], $2::uuid[], $3::text[]) WITH ORDINALITY AS s(year, agency_id, unit_code, idx)
       CROSS JOIN LATERAL (${measures.map((x, i) => `SELECT ${i}::int AS m, numerator, denominator FROM (${x}) x`).join(' UNION ALL ')}) m
       WHERE m.denominator > 0 AND make_date(s.year, 1, 1) <= current_date`,
    z.object({ idx: z.number().int(), m: z.number().int(), numerator: z.number().int(), denominator: z.number().int() }),
  );
}
