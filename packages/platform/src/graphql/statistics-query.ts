import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRows } from '../db/query';
import { badInput } from '../errors';
import { assertYearRange, type YearRange } from '../validate';
import { isIsoDate } from './scalars';
import { assertGroupCount, MAX_STATISTICS_GROUPS, type ConnectionShape } from './pagination';
import { compareYears, groupPage, orderByClause, toGroupConnection, type OrderItem, type StatisticsCompareTo } from './statistics';

/**
 * The one statistics engine of the hub: an owner describes its facts (one row per counted thing or
 * per summary row, with a `year` and, where dated, a `day`), its dimensions and its measures; this
 * groups them in SQL with the shared grammar (groupBy, orderBy any dimension or measure, a filter on
 * the figures, paging with a total, compareTo with difference and ratio). Measures are sums of
 * fact columns, or ratios of two sums, so every group adds up to the ungrouped totals and a ratio
 * over an empty denominator is null, never 0.
 */

export type MeasureKind = 'count' | 'amount' | 'percent' | 'mean';

export interface StatisticsMeasure {
  /** GraphQL field name; sorted and filtered by its UPPER_SNAKE name. */
  name: string;
  kind: MeasureKind;
  description: string;
  /** count/amount: the SQL expression over the facts (`ev`) summed. */
  sum?: string;
  /** percent/mean: two count/amount measures by name; percent is ×100. */
  of?: { numerator: string; denominator: string };
  /** A sum only other measures divide (a weighted total): not a field, not sortable. */
  hidden?: boolean;
}

export interface StatisticsDimension {
  /** The groupBy enum value, e.g. AGENCY. */
  name: string;
  /** SQL over the facts (`ev`). */
  column: string;
  /** GraphQL field name of the group's value. */
  alias: string;
  /** Whether the value is a number (years); otherwise text. */
  numeric?: boolean;
}

export interface StatisticsSpec {
  dimensions: StatisticsDimension[];
  measures: StatisticsMeasure[];
}

/** Calendar grains every owner with dated facts offers, from the facts' `day` column. */
export const TIME_DIMENSIONS = {
  YEAR: { name: 'YEAR', column: 'year', alias: 'year', numeric: true },
  QUARTER: { name: 'QUARTER', column: `to_char(day, 'YYYY-"Q"Q')`, alias: 'quarter' },
  MONTH: { name: 'MONTH', column: `to_char(day, 'YYYY-MM')`, alias: 'month' },
} satisfies Record<string, StatisticsDimension>;

/** UPPER_SNAKE name of a camelCase field: onTimeRate → ON_TIME_RATE. */
export const sortName = (field: string) => field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** The sort (and figure filter) names of a spec: every dimension, every measure, and each measure's *_CHANGE. */
export function statisticsFieldNames(spec: StatisticsSpec): string[] {
  const measures = spec.measures.filter((m) => !m.hidden).map((m) => sortName(m.name));
  return [...spec.dimensions.map((d) => d.name), ...measures, ...measures.map((m) => `${m}_CHANGE`)];
}

export interface FigureBound {
  field: string;
  min?: number | null;
  max?: number | null;
}

export interface StatisticsRequest {
  groupBy: readonly string[];
  orderBy?: ReadonlyArray<OrderItem<string>> | null;
  /** Keeps groups whose figure lies within the bounds (inclusive); a null figure never does. */
  having?: readonly FigureBound[] | null;
  compareTo?: StatisticsCompareTo | null;
  /** Years counted, already validated. */
  yearFrom: number;
  yearTo: number;
}

export interface StatisticsFacts {
  /**
   * CTEs ending in one named `ev` (the facts, with an int `year`), without the leading WITH. Only
   * the years counted and compared need to be there: `inYears(column)` is the condition.
   */
  ctes: (inYears: (column: string) => string) => string;
  params: unknown[];
  /** Whether the CTEs are recursive (unit history). */
  recursive?: boolean;
}

export interface StatisticFigures {
  [measure: string]: number | string | null;
}
/** One group: its dimensions by alias (null when not grouped by), its figures by name, and `change`. */
export interface StatisticRow {
  [field: string]: unknown;
  change: { yearFrom: number; yearTo: number; from: StatisticFigures; to: StatisticFigures; difference: StatisticFigures; ratio: StatisticFigures } | null;
}

const q = (s: string) => `"${s}"`;

function measureSql(spec: StatisticsSpec, p: string): string[] {
  const byName = new Map(spec.measures.map((m) => [m.name, m]));
  return spec.measures.map((m) => {
    if (m.sum) return `${q(`${p}${m.name}`)}`;
    const n = q(`${p}${m.of!.numerator}`);
    const d = q(`${p}${m.of!.denominator}`);
    if (!byName.has(m.of!.numerator) || !byName.has(m.of!.denominator)) throw new Error(`measure ${m.name}: unknown parts`);
    const scale = m.kind === 'percent' ? '100.0' : '1.0';
    return `round(${scale} * ${n} / nullif(${d}, 0), 2)::float8 AS ${q(`${p}${m.name}`)}`;
  });
}

/** Text and parameters of one statement answering the request; limit and offset are appended. */
export function statisticsSql(
  spec: StatisticsSpec,
  facts: StatisticsFacts,
  req: StatisticsRequest,
  limit: number,
  offset: number,
): { text: string; params: unknown[] } {
  const compared = compareYears(req.compareTo);
  const groupBy = [...new Set(req.groupBy)];
  const dims = groupBy.map((g) => {
    const d = spec.dimensions.find((x) => x.name === g);
    if (!d) throw badInput('groupBy', `cannot group by ${g}`);
    return d;
  });
  if (compared && groupBy.some((g) => g in TIME_DIMENSIONS))
    throw badInput('compareTo', 'compares years within each group: do not also group by YEAR, QUARTER or MONTH');
  const params = [...facts.params];
  const $ = (v: unknown) => `$${params.push(v)}`;
  const from = $(req.yearFrom);
  const to = $(req.yearTo);
  const cf = $(compared?.[0] ?? null);
  const ct = $(compared?.[1] ?? null);
  const inYears = (c: string) => `(${c} BETWEEN ${from}::int AND ${to}::int OR ${c} IN (${cf}::int, ${ct}::int))`;

  const sums = spec.measures.filter((m) => m.sum);
  const sumsOf = (cond: string, p: string) => sums.map((m) => `coalesce(sum(${m.sum}) FILTER (WHERE ${cond}), 0) AS ${q(`${p}${m.name}`)}`);
  const select = spec.dimensions.map((d) => (dims.includes(d) ? `${d.column} AS ${q(d.alias)}` : `NULL AS ${q(d.alias)}`));
  const columns: Record<string, string> = {};
  for (const d of dims) columns[d.name] = q(d.alias);
  for (const m of spec.measures.filter((x) => !x.hidden)) {
    columns[sortName(m.name)] = q(m.name);
    if (compared) columns[`${sortName(m.name)}_CHANGE`] = q(`d_${m.name}`);
  }
  const check = (field: string, where: string) => {
    if (field in columns) return;
    const change = field.endsWith('_CHANGE') && field.replace(/_CHANGE$/, '') in columns;
    throw badInput(
      where,
      `${field} ${change ? 'needs compareTo' : spec.dimensions.some((d) => d.name === field) ? 'is a dimension not in groupBy' : 'is not a figure of these statistics'}`,
    );
  };
  (req.orderBy ?? []).forEach((o, i) => check(o.field, `orderBy[${i}].field`));
  const having = (req.having ?? []).map((h, i) => {
    check(h.field, `having[${i}].field`);
    if (h.min == null && h.max == null) throw badInput(`having[${i}]`, 'give min, max or both');
    for (const k of ['min', 'max'] as const) if (h[k] != null && !Number.isFinite(h[k])) throw badInput(`having[${i}].${k}`, 'must be a number');
    const c = columns[h.field];
    return [h.min != null ? `${c} >= ${$(h.min)}::numeric` : null, h.max != null ? `${c} <= ${$(h.max)}::numeric` : null].filter(Boolean).join(' AND ');
  });
  const order = orderByClause(
    req.orderBy,
    columns,
    dims.map((d) => q(d.alias)),
  );
  const group = dims.length ? `GROUP BY ${dims.map((d) => d.column).join(', ')}` : '';
  const change = compared
    ? spec.measures.flatMap((m) => [
        `(${q(`t_${m.name}`)} - ${q(`f_${m.name}`)})::float8 AS ${q(`d_${m.name}`)}`,
        `round(${q(`t_${m.name}`)}::numeric / nullif(${q(`f_${m.name}`)}::numeric, 0), 4)::float8 AS ${q(`r_${m.name}`)}`,
      ])
    : [];
  const text = `WITH ${facts.recursive ? 'RECURSIVE ' : ''}${facts.ctes(inYears)},
  g AS (SELECT ${select.join(', ')}, ${[...sumsOf(`year BETWEEN ${from}::int AND ${to}::int`, ''), ...sumsOf(`year = ${cf}::int`, 'f_'), ...sumsOf(`year = ${ct}::int`, 't_')].join(', ')}
          FROM ev ${group}),
  s AS (SELECT ${[...spec.dimensions.map((d) => q(d.alias)), ...['', 'f_', 't_'].flatMap((p) => measureSql(spec, p))].join(', ')} FROM g),
  h AS (SELECT s.*${change.length ? `, ${change.join(', ')}` : ''} FROM s)
  SELECT h.*, count(*) OVER ()::int AS total_count FROM h ${having.length ? `WHERE ${having.join(' AND ')}` : ''}
  ${order} LIMIT ${$(limit)} OFFSET ${$(offset)}`;
  return { text, params };
}

type Raw = Record<string, unknown>;

function figuresOf(spec: StatisticsSpec, r: Raw, p: string): StatisticFigures {
  const out: StatisticFigures = {};
  for (const m of spec.measures) {
    const v = r[`${p}${m.name}`];
    // Amounts stay exact decimal text (Money); counts are numbers.
    out[m.name] = v === null || v === undefined ? null : m.kind === 'amount' ? String(v) : Number(v);
  }
  return out;
}
function changeOf(spec: StatisticsSpec, r: Raw, p: 'd_' | 'r_'): StatisticFigures {
  return Object.fromEntries(spec.measures.map((m) => [m.name, r[`${p}${m.name}`] == null ? null : Number(r[`${p}${m.name}`])]));
}

/** Runs the request; rows carry every dimension (null when not grouped by), every measure and `change`. */
export async function runStatistics(
  em: EntityManager,
  spec: StatisticsSpec,
  facts: StatisticsFacts,
  req: StatisticsRequest,
  limit: number,
  offset: number,
): Promise<{ rows: StatisticRow[]; total: number }> {
  const compared = compareYears(req.compareTo);
  const { text, params } = statisticsSql(spec, facts, req, limit, offset);
  const raw = await sqlRows<Raw>(em, text, params);
  const rows = raw.map((r) => {
    const row: StatisticRow = { ...figuresOf(spec, r, ''), change: null };
    for (const d of spec.dimensions) row[d.alias] = r[d.alias] == null ? null : d.numeric ? Number(r[d.alias]) : String(r[d.alias]);
    if (compared) {
      row.change = {
        yearFrom: compared[0],
        yearTo: compared[1],
        from: figuresOf(spec, r, 'f_'),
        to: figuresOf(spec, r, 't_'),
        difference: changeOf(spec, r, 'd_'),
        ratio: changeOf(spec, r, 'r_'),
      };
    }
    return row;
  });
  return { rows, total: Number(raw[0]?.total_count ?? 0) };
}

/** Every group (at most MAX_STATISTICS_GROUPS, else refused), sorted. */
export async function statisticsList(em: EntityManager, spec: StatisticsSpec, facts: StatisticsFacts, req: StatisticsRequest): Promise<StatisticRow[]> {
  const { rows } = await runStatistics(em, spec, facts, req, MAX_STATISTICS_GROUPS + 1, 0);
  // The gateway's cost counts these groups as at most MAX_STATISTICS_GROUPS: keep that true.
  return assertGroupCount(rows);
}

/** One page of the sorted groups, with how many there are in all. */
export async function statisticsPage(
  em: EntityManager,
  spec: StatisticsSpec,
  facts: StatisticsFacts,
  req: StatisticsRequest,
  paging: { first?: number | null; after?: string | null },
): Promise<ConnectionShape<StatisticRow>> {
  const page = groupPage(paging.first, paging.after);
  let { rows, total } = await runStatistics(em, spec, facts, req, page.limit, page.offset);
  if (!rows.length && page.offset > 0) total = (await runStatistics(em, spec, facts, req, 1, 0)).total;
  return toGroupConnection(rows, page, total);
}

/** Years a statistics filter may name; an open end counts every year. */
export const STATISTICS_YEARS = { min: 1900, max: 9999 } as const satisfies YearRange;

/** The years counted from a filter's yearFrom/yearTo, validated (open ends: every year). */
export function statisticsYears(filter: { yearFrom?: number | null; yearTo?: number | null } | null | undefined): { yearFrom: number; yearTo: number } {
  const [yearFrom, yearTo] = assertYearRange(filter?.yearFrom ?? STATISTICS_YEARS.min, filter?.yearTo ?? STATISTICS_YEARS.max, {
    range: STATISTICS_YEARS,
    fields: { from: 'filter.yearFrom', to: 'filter.yearTo' },
  });
  return { yearFrom, yearTo };
}

/** Agency kind names of a filter (AgencyKind values), or null for all. */
export function agencyKindsOf(kinds: readonly string[] | null | undefined): string[] | null {
  if (!kinds?.length) return null;
  if (kinds.some((k) => !/^[A-Z_]{1,40}$/.test(k))) throw badInput('filter.agencyKinds', 'names AgencyKind values such as DEPARTMENT');
  return [...kinds];
}

/**
 * The day whose unit hierarchy places groups in districts and communes: the one asked, else
 * 31 December of the last year counted, else of the later compared year, else today.
 */
export function placeDay(
  asOf: string | null | undefined,
  filter: { yearTo?: number | null } | null | undefined,
  compareTo: StatisticsCompareTo | null | undefined,
): string {
  if (asOf != null) {
    if (!isIsoDate(asOf)) throw badInput('asOf', 'must be a date YYYY-MM-DD');
    return asOf;
  }
  if (filter?.yearTo) return `${filter.yearTo}-12-31`;
  const compared = compareYears(compareTo);
  return compared ? `${compared[1]}-12-31` : new Date().toISOString().slice(0, 10);
}
