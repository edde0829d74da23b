/**
 * RFC 4180 CSV: fields with a comma, semicolon, quote, CR or LF are quoted, quotes doubled, lines
 * end in CRLF. Semicolons too, because spreadsheets in the Vietnamese (and most European) locales
 * split on `;`. Text that a spreadsheet would run as a formula (=, +, -, @ first once leading
 * whitespace is skipped, or a leading tab or CR, and not a number) gets a leading apostrophe, so
 * an exported name cannot become a formula on an analyst's machine.
 */
export const UTF8_BOM = '\uFEFF';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[\t\r]|^\s*[=+\-@]/.test(text) && !NUMBER.test(text.trim())) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
