/** The scorecard as text for people: Vietnamese labels and number formats, full descriptions wrapped, not cut. */
import { TARGET_STATUS_LABELS, TARGET_STATUS_ORDER, TARGET_UNAVAILABLE_LABEL } from '@par/operations';

export type Status = 'MET' | 'NOT_MET' | 'ON_TRACK' | 'AT_RISK' | 'NOT_DUE' | 'NO_DATA';

export interface ScorecardTarget {
  code: string;
  area: string;
  description: string;
  comparator: string;
  value: number;
  unit: string;
  dueYear: number | null;
  annual: boolean;
  note: string | null;
  /** Null while the department that measures it does not answer (the gateway names it in an error). */
  indicator: {
    measurement: { value: number | null; numerator: number | null; denominator: number | null } | null;
    status: Status;
    projection: { dueYear: number; value: number; meets: boolean; requiredYearlyChange: number | null } | null;
  } | null;
}

export interface ScorecardPlan {
  code: string;
  title: string;
  targets: ScorecardTarget[];
}

const STATUS_ORDER: Status[] = TARGET_STATUS_ORDER;
const STATUS_VI: Record<Status, string> = TARGET_STATUS_LABELS.vi;

const AREA_VI: Record<string, string> = {
  INSTITUTIONS: 'Cải cách thể chế',
  PROCEDURES: 'Cải cách TTHC',
  ORGANISATION: 'Tổ chức bộ máy',
  CIVIL_SERVICE: 'Đội ngũ CBCCVC',
  PUBLIC_FINANCE: 'Tài chính công',
  MODERNISATION: 'Hiện đại hóa hành chính',
  STEERING: 'Chỉ đạo, điều hành',
};
const COMPARATOR: Record<string, string> = { GT: '>', GTE: '≥', LT: '<', LTE: '≤', EQ: '=' };
const LOWER_IS_BETTER = new Set(['LT', 'LTE']);

const vi1 = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const viInt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** `86,6 %`, `11.161`: Vietnamese decimal comma and thousands dot. */
export const formatNumber = (v: number) => (Number.isInteger(v) ? viInt.format(v) : vi1.format(v));
export const formatValue = (v: number, unit: string) => (unit === 'percent' ? `${vi1.format(v)} %` : `${formatNumber(v)} ${unit}`);
const formatChange = (v: number, unit: string) => `${v >= 0 ? '+' : '−'}${vi1.format(Math.abs(v))}${unit === 'percent' ? ' điểm %' : ` ${unit}`}/năm`;

/** Words wrapped at `width` characters (NFC: one code point per Vietnamese letter), each line indented. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.normalize('NFC').split(/\s+/).filter(Boolean)) {
    if (line && [...line].length + 1 + [...word].length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

function targetBlock(t: ScorecardTarget, year: number, width: number): string[] {
  const { measurement: m = null, status = null, projection: p = null } = t.indicator ?? {};
  const goal = `${COMPARATOR[t.comparator] ?? t.comparator} ${formatValue(t.value, t.unit)}${t.annual ? ' hằng năm' : t.dueYear ? ` đến năm ${t.dueYear}` : ''}`;
  const lines = [
    `${t.code} · ${AREA_VI[t.area] ?? t.area} · [${status ? STATUS_VI[status] : TARGET_UNAVAILABLE_LABEL.vi}]`,
    ...wrap(t.description, width - 4, '    '),
  ];
  const measured = !t.indicator
    ? TARGET_UNAVAILABLE_LABEL.vi.toLowerCase()
    : m?.value == null
      ? 'chưa có số liệu'
      : `${formatValue(m.value, t.unit)} (${formatNumber(m.numerator ?? 0)}/${formatNumber(m.denominator ?? 0)})`;
  lines.push(`    Mục tiêu: ${goal} · Kết quả: ${measured}`);
  // From the due year on the year's own figure is the verdict: a trend beside it would only contradict it.
  if (p && year < p.dueYear) {
    // A change the other way (the latest value already at or past the target) is nothing still needed.
    const c = p.requiredYearlyChange;
    const towards = c !== null && (t.comparator === 'EQ' ? c !== 0 : LOWER_IS_BETTER.has(t.comparator) ? c < 0 : c > 0);
    const needed = towards ? `; cần ${formatChange(c, t.unit)}` : '';
    lines.push(`    Xu hướng đến ${p.dueYear}: ${formatValue(p.value, t.unit)} (${p.meets ? 'đạt' : 'không đạt'}${needed})`);
  }
  if (t.note) lines.push(...wrap(`Cách hiểu: ${t.note}`, width - 4, '    '));
  return lines;
}

/** Counts per status, in `STATUS_ORDER`, with the plan's total. */
function statusSummary(targets: ScorecardTarget[]): string {
  const counts = STATUS_ORDER.map((s) => `${STATUS_VI[s]} ${targets.filter((t) => t.indicator?.status === s).length}`);
  const unavailable = targets.filter((t) => !t.indicator).length;
  if (unavailable) counts.push(`${TARGET_UNAVAILABLE_LABEL.vi} ${unavailable}`);
  return `Tổng ${targets.length} chỉ tiêu: ${counts.join(' · ')}`;
}

/** `missing`: the subgraphs that did not answer, named so a reader knows whose figures are absent. */
export function renderScorecard(plan: ScorecardPlan, year: number, scope: string | null, width = 100, missing: string[] = []): string {
  return [
    `${plan.title} (${plan.code})`,
    `Năm ${year}${scope ? ` · phạm vi: ${scope}` : ' · toàn tỉnh'}`,
    ...(missing.length ? [`Không lấy được số liệu từ: ${missing.join(', ')} (các chỉ tiêu của đơn vị này ghi "${TARGET_UNAVAILABLE_LABEL.vi}")`] : []),
    statusSummary(plan.targets),
    '',
    ...plan.targets.flatMap((t) => [...targetBlock(t, year, width), '']),
    statusSummary(plan.targets),
    `Chỉ tiêu có thời hạn được đánh giá theo xu hướng (bình phương tối thiểu từ năm đầu kế hoạch) trước năm đến hạn; không bị tính là "không đạt" trước hạn.`,
  ].join('\n');
}
