/**
 * Accent- and case-folding of Vietnamese text, for accent-insensitive search ("so noi vu" finds "Sở
 * Nội vụ"). The services fold in SQL the same way; tests use this to predict what a search matches.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // đ is a letter of its own, not d with a mark, so decomposition leaves it.
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
