import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from '../errors';

export const MAX_PAGE_SIZE = 100;
/**
 * Most groups a statistics query returns; past it the query is refused (BAD_USER_INPUT naming
 * groupBy), so the gateway's cost model can count a statistics list as at most this long.
 */
export const MAX_STATISTICS_GROUPS = 5000;

/** Refuses statistics with more groups than MAX_STATISTICS_GROUPS (query them with LIMIT MAX_STATISTICS_GROUPS + 1). */
export function assertGroupCount<T>(rows: T[], field = 'groupBy'): T[] {
  if (rows.length > MAX_STATISTICS_GROUPS) {
    throw badInput(field, `more than ${MAX_STATISTICS_GROUPS} groups; filter, or group by fewer dimensions`);
  }
  return rows;
}

@ObjectType({ description: 'Where a page of a Relay connection stands in the whole list.' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/** `first`/`after` arguments of every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Items per page, 1 to ${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor`).' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface ConnectionShape<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: Array<Edge<T>>;
}

/** A Relay connection type for `node`: `<Name>Connection` with `<Name>Edge`. */
export function Connection<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay connection).` })
  class ConnectionType {
    @Field(() => Int, { description: 'Number of items matching the filter, over all pages.' })
    totalCount!: number;

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => [EdgeType], { description: 'The items of this page.' })
    edges!: EdgeType[];
  }
  return ConnectionType;
}

/** Validates `first`: a page above the maximum is refused, never silently cut. */
export function pageSize(first: number | null | undefined, max = MAX_PAGE_SIZE, arg = 'first'): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(arg, `must be between 1 and ${max} (got ${n})`);
  return n;
}

/** Cursors are base64url JSON of the sort key: opaque to clients, stable across pages. */
export function encodeCursor(key: ReadonlyArray<string | number | null>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number, arg = 'after'): Array<string | number | null> | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) throw new Error();
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(key) || key.length !== arity || !key.every((v) => v === null || ['string', 'number'].includes(typeof v))) {
      throw new Error();
    }
    return key;
  } catch {
    throw badInput(arg, 'is not a cursor returned by this connection');
  }
}

/**
 * Builds a page from rows fetched with `LIMIT first + 1`: the extra row only tells whether
 * another page follows.
 */
export function toConnection<R, T = R>(
  rows: R[],
  first: number,
  totalCount: number,
  keyOf: (r: R) => ReadonlyArray<string | number | null>,
  hadCursor: boolean,
  map: (r: R) => T = (r) => r as unknown as T,
): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((r) => ({ cursor: encodeCursor(keyOf(r)), node: map(r) }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
