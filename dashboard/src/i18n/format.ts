/** Numbers and dates as Vietnamese readers write them (1.234,5; 31/12/2020), whatever the language. */
const LOCALE = 'vi-VN';
const numberFormats = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number | null | undefined, fractionDigits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  let f = numberFormats.get(fractionDigits);
  if (!f) numberFormats.set(fractionDigits, (f = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: fractionDigits })));
  return f.format(value);
}

const compact = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumFractionDigits: 1 });

/** Large figures on a chart's axis, as 42 T (tỷ) or 3 Tr (triệu). */
export function formatCompact(value: number): string {
  return compact.format(value);
}

export function formatMoney(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return formatNumber(Number(value), 0);
}

const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  return dateFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

const COMPARATOR: Record<string, string> = { GT: '>', GTE: '≥', LT: '<', LTE: '≤', EQ: '=' };

export function formatTarget(comparator: string, value: number, unit: string): string {
  return `${COMPARATOR[comparator] ?? comparator} ${formatNumber(value)}${unit === 'percent' ? ' %' : ` ${unit}`}`;
}

export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  return `${formatNumber(value)}${unit === 'percent' ? ' %' : ''}`;
}
