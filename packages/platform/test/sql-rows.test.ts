import { Migration } from '@mikro-orm/migrations';
import { EntitySchema } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { defineQuery, queryRows, sqlRows, toKnexBindings, type SubgraphDefinition } from '../src';
import { startTestSubgraph, type TestSubgraph } from '../src/testing';

/**
 * sqlRows through public APIs only (MikroORM's getKnex, knex's raw): `$n` parameters in any order and
 * repeated, native arrays, a literal `?`, and writes inside a transaction that roll back with it.
 */
class CreateProbe extends Migration {
  async up(): Promise<void> {
    this.addSql('CREATE TABLE sql_probe (id int PRIMARY KEY, tags jsonb NOT NULL)');
  }
}
const Probe = new EntitySchema({ name: 'SqlProbe', tableName: 'sql_probe', properties: { id: { type: 'number', primary: true } } });

@Resolver()
class PingResolver {
  @Query(() => String, { description: 'Liveness of the test subgraph.' })
  ping(): string {
    return 'pong';
  }
}

const def: SubgraphDefinition = {
  name: 'institutions',
  resolvers: [PingResolver],
  entities: [Probe],
  migrations: [{ name: 'CreateProbe', class: CreateProbe }],
};
let sg: TestSubgraph;
let em: EntityManager;

beforeAll(async () => {
  sg = await startTestSubgraph(def);
  em = sg.orm.em.fork() as EntityManager;
  await sqlRows(em, `INSERT INTO sql_probe (id, tags) VALUES (1, '{"a": 1}'), (2, '{"b": 2}'), (3, '{"a": 3}')`);
}, 60_000);
afterAll(() => sg?.stop());

test('$n become knex bindings in the order used; a literal ? is escaped; a missing parameter is an error', () => {
  expect(toKnexBindings('SELECT $2, $1, $2 WHERE x ? $1', ['one', 'two'])).toEqual({
    sql: 'SELECT ?, ?, ? WHERE x \\? ?',
    bindings: ['two', 'one', 'two', 'one'],
  });
  expect(toKnexBindings('SELECT $1', [undefined]).bindings).toEqual([null]);
  expect(() => toKnexBindings('SELECT $3', [1])).toThrow('$3 has no parameter');
});

test('arrays, repeated and reordered parameters and the jsonb ? operator reach PostgreSQL as written', async () => {
  const rows = await sqlRows<{ id: number }>(
    em,
    'SELECT id FROM sql_probe WHERE id = ANY($2::int[]) AND tags ? $1 AND id >= $3 AND id <= $3 + 10 ORDER BY id',
    ['a', [1, 2, 3], 1],
  );
  expect(rows).toEqual([{ id: 1 }, { id: 3 }]);
});

test('inside em.transactional() a write is seen by the next statement and rolls back with the transaction', async () => {
  await expect(
    em.transactional(async (tx) => {
      await sqlRows(tx, `INSERT INTO sql_probe (id, tags) VALUES ($1, '{}')`, [4]);
      expect(await sqlRows(tx, 'SELECT count(*)::int AS n FROM sql_probe')).toEqual([{ n: 4 }]);
      throw new Error('roll back');
    }),
  ).rejects.toThrow('roll back');
  expect(await sqlRows(em, 'SELECT count(*)::int AS n FROM sql_probe')).toEqual([{ n: 3 }]);
});

test('a typed query returns its rows checked against their schema; a row that does not match is an error naming the query and the column', async () => {
  const byId = defineQuery(
    'probeById',
    'SELECT id, tags FROM sql_probe WHERE id = ANY($1::int[]) ORDER BY id',
    z.object({ id: z.number().int(), tags: z.record(z.string(), z.number()) }),
  );
  expect(await queryRows(em, byId, [[1, 2]])).toEqual([
    { id: 1, tags: { a: 1 } },
    { id: 2, tags: { b: 2 } },
  ]);
  const renamed = defineQuery('probeRenamed', 'SELECT id AS ident FROM sql_probe WHERE id = $1', z.object({ id: z.number() }));
  await expect(queryRows(em, renamed, [1])).rejects.toThrow(/query probeRenamed: row 0 does not match its schema at id/);
});
