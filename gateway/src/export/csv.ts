/**
 * RFC 4180 CSV: fields with a comma, semicolon, quote, CR or LF are quoted, quotes doubled, lines
 * end in CRLF. Semicolons too, because spreadsheets in the Vietnamese (and most European) locales
 * split on `;`. Text that a spreadsheet would run as a formula (=, +, -, @ first once leading
 * whitespace is skipped, or a leading tab or CR, and not a number) gets a leading apostrophe, so
 * an exported name cannot become a formula on an analyst's machine.
 *
 * Locale `vi` is what a spreadsheet set to Vietnamese reads: `;` between fields and a decimal
 * comma in numbers. Only numbers change; text (codes such as `1.000100`) is written as it is.
 */
export const UTF8_BOM = '\uFEFF';

export type CsvLocale = 'default' | 'vi';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function csvField(value: unknown, locale: CsvLocale = 'default'): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'number' && locale === 'vi') text = text.replace('.', ',');
  if (typeof value !== 'number' && /^[\t\r]|^\s*[=+\-@]/.test(text) && !NUMBER.test(text.trim())) text = `'${text}`;
  // With `;` between fields a comma is plain text (and the decimal comma must stay unquoted).
  return (locale === 'vi' ? /[";\r\n]/ : /[",;\r\n]/).test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: unknown[], locale: CsvLocale = 'default'): string {
  return `${values.map((v) => csvField(v, locale)).join(locale === 'vi' ? ';' : ',')}\r\n`;
}
