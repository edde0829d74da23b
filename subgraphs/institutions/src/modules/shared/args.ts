import { badInput, foldSearch, likeContains } from '@par/platform';

/** Folds a free-text search term, refusing absurd lengths; null when nothing is left to search for. */
export function searchPattern(term: string | null | undefined, arg = 'filter.search'): string | null {
  if (term === null || term === undefined) return null;
  if (term.length > 200) throw badInput(arg, 'is longer than 200 characters');
  const folded = foldSearch(term);
  return folded ? likeContains(folded) : null;
}
