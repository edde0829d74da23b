import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Whether an entity's table holds no row: what a subgraph's `isEmpty` asks at every start. One
 * row looked up, never `count(*)`, which reads the whole table (15 M dossiers at scale 10) and
 * would cost each start seconds on large data.
 */
export async function hasNoRows(em: EntityManager, entity: { name: string }): Promise<boolean> {
  const table = em.getMetadata().get(entity.name).tableName;
  const rows = await em.getConnection().execute<Array<{ one: number }>>(`SELECT 1 AS one FROM "${table}" LIMIT 1`);
  return rows.length === 0;
}
