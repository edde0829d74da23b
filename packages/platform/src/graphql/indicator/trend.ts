import { meetsTarget } from './verdict';

/** One measured year of a target: the exact ratio (not the rounded display value). */
export interface YearValue {
  year: number;
  value: number;
}

/** What a trend says about a `by` target: its value in the due year and the yearly change still needed. */
export interface ProjectionShape {
  dueYear: number;
  value: number;
  meets: boolean;
  requiredYearlyChange: number | null;
}

/** Ordinary least squares of value on year; null with fewer than two distinct years. */
export function leastSquares(points: readonly YearValue[]): { slope: number; intercept: number } | null {
  if (points.length < 2) return null;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.year, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.year - mx) ** 2, 0);
  if (sxx === 0) return null;
  const slope = points.reduce((s, p) => s + (p.year - mx) * (p.value - my), 0) / sxx;
  return { slope, intercept: my - slope * mx };
}

/**
 * The trend of the measured years extrapolated to the due year. `requiredYearlyChange` is what the
 * latest measured value must gain each year to reach the target by then (null once no year is left).
 * Percent values cannot leave 0–100, so a projection is clamped there.
 */
export function project(points: readonly YearValue[], dueYear: number, comparator: string, target: number, unit: string): ProjectionShape | null {
  const fit = leastSquares(points);
  if (!fit) return null;
  let value = fit.intercept + fit.slope * dueYear;
  if (unit === 'percent') value = Math.min(100, Math.max(0, value));
  const last = points.reduce((a, b) => (b.year > a.year ? b : a));
  const yearsLeft = dueYear - last.year;
  return {
    dueYear,
    value,
    meets: meetsTarget(value, comparator, target) === true,
    requiredYearlyChange: yearsLeft > 0 ? (target - last.value) / yearsLeft : null,
  };
}
