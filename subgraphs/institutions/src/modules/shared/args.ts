import { badInput, foldSearch, likeContains, UUID_PATTERN as UUID } from '@par/platform';

export const isUuid = (s: unknown): s is string => typeof s === 'string' && UUID.test(s);

export function assertUuid(id: string, arg: string, what = 'an id'): string {
  if (!isUuid(id)) throw badInput(arg, `is not ${what} (a UUID)`);
  return id.toLowerCase();
}

export function assertYear(year: number, arg: string, min = 1945, max = 2100): number {
  if (!Number.isInteger(year) || year < min || year > max) throw badInput(arg, `must be a year between ${min} and ${max}`);
  return year;
}

/** Folds a free-text search term, refusing absurd lengths; null when nothing is left to search for. */
export function searchPattern(term: string | null | undefined, arg = 'filter.search'): string | null {
  if (term === null || term === undefined) return null;
  if (term.length > 200) throw badInput(arg, 'is longer than 200 characters');
  const folded = foldSearch(term);
  return folded ? likeContains(folded) : null;
}
