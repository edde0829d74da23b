import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { badInput } from '../errors';
import { decodeCursor, encodeCursor, pageSize, type ConnectionShape } from './pagination';

/**
 * The grammar every statistics query of the hub shares (groupBy, filter, orderBy, paging,
 * compareTo): the parts that do not depend on what is counted live here once.
 */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Order of a sort (thứ tự sắp xếp); empty values (null rates) always come last.',
  valuesConfig: { ASC: { description: 'Smallest first (tăng dần).' }, DESC: { description: 'Largest first (giảm dần).' } },
});

@InputType({ description: 'Two years whose figures each group compares (so sánh hai năm): the change is yearTo minus yearFrom.' })
export class StatisticsCompareTo {
  @Field(() => Int, { description: 'The earlier year (năm gốc).' })
  yearFrom!: number;

  @Field(() => Int, { description: 'The later year (năm so sánh).' })
  yearTo!: number;
}

/** Validates compareTo; returns the two years or null when not asked. */
export function compareYears(c: StatisticsCompareTo | null | undefined): [number, number] | null {
  if (!c) return null;
  for (const k of ['yearFrom', 'yearTo'] as const) {
    if (!Number.isInteger(c[k]) || c[k] < 1900 || c[k] > 9999) throw badInput(`compareTo.${k}`, 'must be a year between 1900 and 9999');
  }
  if (c.yearFrom === c.yearTo) throw badInput('compareTo.yearTo', 'must differ from yearFrom');
  return [c.yearFrom, c.yearTo];
}

export interface OrderItem<F extends string> {
  field: F;
  direction?: SortDirection | null;
}

/**
 * ORDER BY text for `orderBy` over named columns (only names from `columns` reach the SQL), then
 * the group key so pages are stable; nulls last both ways, so an empty rate never tops a ranking.
 */
export function orderByClause<F extends string>(orderBy: ReadonlyArray<OrderItem<F>> | null | undefined, columns: Record<F, string>, tieBreak: string[]): string {
  const seen = new Set<F>();
  const parts: string[] = [];
  for (const [i, o] of (orderBy ?? []).entries()) {
    if (!(o.field in columns)) throw badInput(`orderBy[${i}].field`, `cannot sort by ${o.field}`);
    if (seen.has(o.field)) continue;
    seen.add(o.field);
    parts.push(`${columns[o.field]} ${o.direction === SortDirection.DESC ? 'DESC' : 'ASC'} NULLS LAST`);
  }
  parts.push(...tieBreak.map((c) => `${c} ASC NULLS LAST`));
  return parts.length ? `ORDER BY ${parts.join(', ')}` : '';
}

/**
 * Paging of statistics groups: groups are computed, so a cursor is the position in the stable
 * order (orderBy, then the group key). Returns LIMIT/OFFSET for the SQL.
 */
export function groupPage(first: number | null | undefined, after: string | null | undefined): { limit: number; offset: number; first: number } {
  const n = pageSize(first);
  const key = decodeCursor(after, 1);
  const offset = key === null ? 0 : Number(key[0]) + 1;
  if (!Number.isInteger(offset) || offset < 0) throw badInput('after', 'is not a cursor returned by this connection');
  return { limit: n + 1, offset, first: n };
}

/** A page of groups from rows fetched with groupPage's LIMIT/OFFSET. */
export function toGroupConnection<T>(rows: T[], page: { first: number; offset: number }, totalCount: number): ConnectionShape<T> {
  const edges = rows.slice(0, page.first).map((node, i) => ({ cursor: encodeCursor([page.offset + i]), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
