import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { figuresStatement, type TargetSql } from './indicator.sql';

// bigint sums reach JavaScript as text; null when the year has nothing to measure.
const SUM = z
  .string()
  .regex(/^-?\d+$/)
  .nullable();

/** The figures of `measures` for every scope of the arrays $1–$3, one statement (indicator.sql.ts). */
export const figuresQuery = (measures: readonly TargetSql[]) =>
  defineQuery('egovIndicatorFigures', figuresStatement(measures), z.object({ i: z.int().min(1), m: z.int().min(0), numerator: SUM, denominator: SUM }));
