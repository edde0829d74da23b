import labels from './headers.vi.json';

export type HeaderLanguage = 'keys' | 'vi';

const byPath: Record<string, string> = labels.byPath;
const byField: Record<string, string> = labels.byField;

/**
 * A column's header: its response path, or with `vi` the Vietnamese label where one is known.
 * A nested field is named by its whole path only (`agency.name`), so two columns never share a
 * label; a column without a label keeps its path rather than guessing.
 */
export function headerOf(keys: string[], language: HeaderLanguage): string {
  const path = keys.join('.');
  if (language !== 'vi') return path;
  return byPath[path] ?? (keys.length === 1 ? byField[path] : undefined) ?? path;
}
