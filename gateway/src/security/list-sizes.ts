import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, MAX_STATISTICS_GROUPS } from '@par/platform';

/**
 * The bound the cost model knows for each unpaged list (gateway/data/list-sizes.json): a fixed
 * size, a size per year of a year range, or — for statistics — the product of the grouped
 * dimensions' cardinalities, each narrowed by the filter that pins it, capped at the groups the
 * statistics return at most (MAX_STATISTICS_GROUPS, enforced by the subgraphs).
 */
export interface DimensionBound {
  size: number;
  /** A filter argument that, when given, leaves one value of the dimension. */
  one?: string;
  /** A list filter: the dimension has at most as many values as the list. */
  in?: string;
  /** Two arguments (from, to) bounding the years the dimension spans. */
  years?: [string, string];
}
export interface ListBound {
  size?: number;
  /**
   * For a list nested in itself (a unit's children's children…): the most items the whole subtree
   * can hold, so nesting multiplies up to this total rather than size × size.
   */
  tree?: number;
  years?: [string, string];
  groups?: { argument: string; dimensions: Record<string, DimensionBound> };
}
export interface ListSizes {
  maxGroups: number;
  fields: Record<string, ListBound>;
}

const DEFAULT_LIST_SIZES = path.join(__dirname, '..', '..', 'data', 'list-sizes.json');

export function loadListSizes(file: string = DEFAULT_LIST_SIZES): ListSizes {
  let parsed: ListSizes;
  try {
    parsed = { maxGroups: MAX_STATISTICS_GROUPS, ...(JSON.parse(fs.readFileSync(file, 'utf8')) as Omit<ListSizes, 'maxGroups'>) };
  } catch (err) {
    throw new ConfigError(`COST_LIST_SIZES: ${file} cannot be read as JSON (${(err as Error).message})`);
  }
  if (!Number.isInteger(parsed.maxGroups) || parsed.maxGroups < 1 || typeof parsed.fields !== 'object') {
    throw new ConfigError(`COST_LIST_SIZES: ${file} needs fields`);
  }
  return parsed;
}

const valueAt = (args: Record<string, unknown>, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), args);

function yearsSpanned(args: Record<string, unknown>, [from, to]: [string, string]): number | null {
  const a = valueAt(args, from);
  const b = valueAt(args, to);
  return typeof a === 'number' && typeof b === 'number' ? Math.max(0, b - a + 1) : null;
}

/** The most items the list can hold for these (coerced) arguments; null when the file does not know it. */
export function listBound(sizes: ListSizes, coordinate: string, args: Record<string, unknown>): number | null {
  const bound = sizes.fields[coordinate];
  if (!bound) return null;
  if (bound.groups) {
    const dims = valueAt(args, bound.groups.argument);
    let groups = 1;
    for (const dim of new Set(Array.isArray(dims) ? dims.map(String) : [])) {
      const d = bound.groups.dimensions[dim];
      if (!d) return sizes.maxGroups;
      let n = d.size;
      if (d.one && valueAt(args, d.one) != null) n = 1;
      const list = d.in ? valueAt(args, d.in) : undefined;
      if (Array.isArray(list)) n = Math.min(n, list.length);
      const span = d.years ? yearsSpanned(args, d.years) : null;
      if (span !== null) n = Math.min(n, span);
      groups *= n;
    }
    return Math.min(groups, sizes.maxGroups);
  }
  const span = bound.years ? yearsSpanned(args, bound.years) : null;
  return (bound.size ?? 1) * (span ?? 1);
}
