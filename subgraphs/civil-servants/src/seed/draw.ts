import type { Random } from './catalogue';

/** Small helpers over a uniform stream; every draw goes through `r.next()`, so output is reproducible. */
export const chance = (r: Random, p: number) => r.next() < p;
export const int = (r: Random, min: number, max: number) => min + Math.floor(r.next() * (max - min + 1));
export const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r.next() * list.length)];

/** Picks from weighted options: `[[value, weight], …]`. */
export function weighted<T>(r: Random, options: ReadonlyArray<readonly [T, number]>): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let x = r.next() * total;
  for (const [v, w] of options) if ((x -= w) < 0) return v;
  return options[options.length - 1][0];
}

/** A count with expectation `mean`: the fraction becomes a coin toss, so small scales still get people. */
export const stochasticRound = (r: Random, mean: number) => Math.floor(mean) + (chance(r, mean - Math.floor(mean)) ? 1 : 0);

/** Linear trend over the seeded years: `from` in the first year, `to` in the last. */
export const trend = (from: number, to: number, year: number, [first, last]: [number, number]) =>
  from + ((to - from) * (year - first)) / Math.max(1, last - first);

export const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
export const dayIn = (r: Random, year: number, fromMonth = 1, toMonth = 12) => iso(year, int(r, fromMonth, toMonth), int(r, 1, 28));

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  return iso(Math.floor(total / 12), (total % 12) + 1, Math.min(d, 28));
}

/** A version-4-shaped UUID from the stream (not crypto: reproducibility is the point). */
export function uuid(r: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(r.next() * 4)];
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
