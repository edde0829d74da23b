import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../context';
import { sqlRows } from '../../db/query';
import { decodeCursor, pageSize, toConnection } from '../pagination';
import type { EvidenceConnection, Measurement } from './measurement.type';
import { measureId, type MeasureSpec } from './measure-kind';
import { scopeKey, type MeasureScope } from './measure-scope';

/** A measured ratio before display rounding; null from an owner means "no data for that year". */
export interface Ratio {
  numerator: number;
  denominator: number;
}

/** One figure asked: a measure (as its owner read it) in a year and scope. */
export interface MeasureKey<M extends MeasureSpec = MeasureSpec> {
  measure: M;
  scope: MeasureScope;
}

/**
 * What an indicator owner implements (DESIGN §6): the measure kinds whose data it holds, and which
 * rows lie behind each figure. It never sees a target code: the plan names a kind and parameters
 * for each target. Batching, rounding, verdicts, projections and evidence paging are the
 * platform's, written once.
 */
export interface IndicatorMeasures<M extends MeasureSpec = MeasureSpec> {
  /** The measure with its parameters validated (see `measureKinds`, which throws `InvalidMeasureError` for a kind or parameters it refuses); null: nothing to measure. */
  read(spec: MeasureSpec): M | null;
  /** Every key asked in one request at once; a null entry is a year without data (never zero). */
  measureMany(em: EntityManager, keys: readonly MeasureKey<M>[]): Promise<Array<Ratio | null>>;
  /**
   * SQL listing the records behind one measure's figure, with `$1` year, `$2` agency id, `$3` unit
   * code: columns `id text, kind text, label text, day date, numerator int, denominator int`.
   * Its sums must equal the figure's numerator and denominator.
   */
  evidenceSql(measure: M): string | null;
}

/** Displayed values carry two decimals (the stated precision of `Measurement.value` and `Projection`); the verdicts use the exact values. */
export const MEASUREMENT_DECIMALS = 2;

/** A value as the API shows it: rounded to `MEASUREMENT_DECIMALS`. */
export function displayedValue(v: number): number {
  const scale = 10 ** MEASUREMENT_DECIMALS;
  return Math.round(v * scale) / scale;
}

export function toMeasurement(r: Ratio | null, key: MeasureKey): Measurement | null {
  if (!r || !r.denominator) return null;
  return {
    numerator: r.numerator,
    denominator: r.denominator,
    value: displayedValue((100 * r.numerator) / r.denominator),
    measure: key.measure,
    scope: key.scope,
  };
}

export const exactValue = (m: Measurement | null) => (m && m.numerator != null && m.denominator ? (100 * m.numerator) / m.denominator : null);

/**
 * One request's measurements: every measure, year and scope asked in a tick goes to the owner as one
 * batch; targets with one kind and equal parameters are measured once. No measure (a target naming
 * none), or a kind this owner does not implement, is no measurement.
 */
export async function loadMeasurement<M extends MeasureSpec>(
  ctx: HubContext,
  owner: IndicatorMeasures<M>,
  spec: MeasureSpec | null,
  scope: MeasureScope,
): Promise<Measurement | null> {
  const measure = spec && owner.read(spec);
  if (!measure) return null;
  return ctx.loaders
    .get<MeasureKey<M>, Measurement | null>(
      'indicator.measurement',
      async (keys) => (await owner.measureMany(ctx.em, keys)).map((r, i) => toMeasurement(r, keys[i])),
      (k) => `${measureId(k.measure)}|${scopeKey(k.scope)}`,
    )
    .load({ measure, scope });
}

interface EvidenceRow {
  id: string;
  kind: string;
  label: string;
  day: string;
  numerator: number;
  denominator: number;
}

/** A page of the records behind a measurement, keyed by (date, id), with the sums over every page. */
export async function evidencePage<M extends MeasureSpec>(
  ctx: HubContext,
  owner: IndicatorMeasures<M>,
  m: Measurement,
  args: { first: number; after?: string | null; counted?: boolean | null },
): Promise<EvidenceConnection> {
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, 2);
  // `m.measure` is the owner's own reading (set by `toMeasurement` in this subgraph).
  const sql = m.measure ? owner.evidenceSql(m.measure as M) : null;
  if (!sql || !m.scope) return { ...toConnection([], first, 0, () => [], after !== null), numerator: 0, denominator: 0 };
  const counted = args.counted ?? null;
  const params = [m.scope.year, m.scope.agencyId, m.scope.unitCode, counted, after?.[0] ?? null, after?.[1] ?? null, first + 1];
  const rows = await sqlRows<EvidenceRow & { total: number; num: number; den: number }>(
    ctx.em,
    `WITH ev AS (SELECT e.id::text AS id, e.kind::text AS kind, e.label::text AS label, e.day::date AS day,
                        e.numerator::int AS numerator, e.denominator::int AS denominator
                 FROM (${sql}) e),
          hit AS (SELECT * FROM ev WHERE $4::boolean IS NULL OR (numerator > 0) = $4::boolean),
          sums AS (SELECT count(*)::int AS total, coalesce(sum(numerator), 0)::int AS num, coalesce(sum(denominator), 0)::int AS den FROM hit)
     SELECT s.total, s.num, s.den, p.id, p.kind, p.label, to_char(p.day, 'YYYY-MM-DD') AS day, p.numerator, p.denominator
     FROM sums s LEFT JOIN LATERAL (
       SELECT * FROM hit WHERE $5::date IS NULL OR (day, id) > ($5::date, $6::text) ORDER BY day, id LIMIT $7
     ) p ON true`,
    params,
  );
  const head = rows[0] ?? { total: 0, num: 0, den: 0 };
  const found = rows.filter((r) => r.id !== null);
  const page = toConnection(
    found,
    first,
    head.total,
    (r) => [r.day, r.id],
    after !== null,
    (r) => ({
      id: r.id,
      kind: r.kind,
      label: r.label,
      date: r.day,
      counted: r.numerator > 0,
      numerator: r.numerator,
      denominator: r.denominator,
    }),
  );
  return { ...page, numerator: head.num, denominator: head.den };
}
