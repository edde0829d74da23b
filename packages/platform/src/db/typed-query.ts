import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { sqlRows } from './query';

/**
 * A read's typed home when no entity fits (joins, aggregates, reference copies): the SQL and a zod
 * schema of its rows, kept together in the feature's `*.queries.ts`. `queryRows` checks every row
 * against the schema, so a renamed column or a changed type is an error naming the query and the
 * column, not an `undefined` that travels on into an answer.
 */
export interface TypedQuery<R> {
  readonly name: string;
  readonly sql: string;
  readonly row: z.ZodType<R>;
}

/** The row type of a query, for the services that hand its rows on. */
export type RowOf<Q> = Q extends TypedQuery<infer R> ? R : never;

export function defineQuery<R>(name: string, sql: string, row: z.ZodType<R>): TypedQuery<R> {
  return { name, sql, row };
}

export async function queryRows<R>(em: EntityManager, query: TypedQuery<R>, params: unknown[] = []): Promise<R[]> {
  const rows = await sqlRows<unknown>(em, query.sql, params);
  return rows.map((raw, i) => {
    const parsed = query.row.safeParse(raw);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new Error(`query ${query.name}: row ${i} does not match its schema at ${issue.path.join('.') || '(row)'}: ${issue.message}`);
  });
}
