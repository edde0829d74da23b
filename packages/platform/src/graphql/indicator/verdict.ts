import { project, type ProjectionShape, type YearValue } from './trend';

/** Percent values are computed as floats; a hair's difference must not flip a verdict. */
const EPSILON = 1e-9;

/** Whether a value meets the target per its comparator; null when either side is unknown. */
export function meetsTarget(value: number | null | undefined, comparator: string | null | undefined, target: number | null | undefined): boolean | null {
  if (value === null || value === undefined || target === null || target === undefined || !comparator) return null;
  switch (comparator.toUpperCase()) {
    case 'GT':
      return value > target + EPSILON;
    case 'GTE':
      return value >= target - EPSILON;
    case 'LT':
      return value < target - EPSILON;
    case 'LTE':
      return value <= target + EPSILON;
    case 'EQ':
      return Math.abs(value - target) <= EPSILON;
    default:
      return null;
  }
}

export type TargetStatusValue = 'MET' | 'NOT_MET' | 'ON_TRACK' | 'AT_RISK' | 'NOT_DUE' | 'NO_DATA';

/** The part of a plan target a verdict needs; owners receive it in the indicator's key. */
export interface TargetTerms {
  value: number | null;
  comparator: string | null;
  unit: string | null;
  dueYear: number | null;
  annual: boolean | null;
  firstYear: number | null;
}

/**
 * The verdict for `year` from the exact yearly values of the plan's first year up to `year`
 * (missing years absent). A `by` target is never "missed" before its due year: its trend decides.
 */
export function judge(terms: TargetTerms, year: number, history: readonly YearValue[]): { status: TargetStatusValue; projection: ProjectionShape | null } {
  const projection = projectionOf(terms, year, history);
  const current = history.find((h) => h.year === year);
  if (!current) return { status: 'NO_DATA', projection };
  if (meetsTarget(current.value, terms.comparator, terms.value)) return { status: 'MET', projection };
  if (terms.annual || terms.dueYear === null || year >= terms.dueYear) return { status: 'NOT_MET', projection };
  if (!projection) return { status: 'NOT_DUE', projection };
  return { status: projection.meets ? 'ON_TRACK' : 'AT_RISK', projection };
}

/** The trend to the due year; none for annual targets or with fewer than two measured years. */
export function projectionOf(terms: TargetTerms, year: number, history: readonly YearValue[]): ProjectionShape | null {
  if (terms.annual || terms.dueYear === null || terms.value === null || !terms.comparator) return null;
  const points = history.filter((h) => h.year <= year && (terms.firstYear === null || h.year >= terms.firstYear));
  return project(points, terms.dueYear, terms.comparator, terms.value, terms.unit ?? '');
}
