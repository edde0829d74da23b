import { EntitySchema } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { databaseNameOf, databaseUrl, isReadOnlySql, sqlRows, type HubContext, type SubgraphDefinition } from '@par/platform';
import { startTestSubgraph, type TestSubgraph } from '@par/platform/testing';
import { startStreamingPair, type StreamingPair } from './support/streaming-replica';

/**
 * Read replicas for real (issue 21): a primary and a streaming replica from PostgreSQL's own
 * binaries, a subgraph configured with DATABASE_REPLICA_URLS. Where a read went is told by what it
 * can see: the replica's replay is paused, so a row written on the primary since is visible only to
 * reads that went to the primary; `pg_is_in_recovery()` tells the raw-SQL path's server directly.
 */
class CreateNotes extends Migration {
  async up(): Promise<void> {
    this.addSql('CREATE TABLE note (id serial PRIMARY KEY, text text NOT NULL)');
  }
}
interface NoteRow {
  id: number;
  text: string;
}
const NoteEntity = new EntitySchema<NoteRow>({
  name: 'Note',
  tableName: 'note',
  properties: { id: { type: 'number', primary: true, autoincrement: true }, text: { type: 'string' } },
});

const noteTexts = async (ctx: HubContext) => (await ctx.em.fork().find(NoteEntity, {}, { orderBy: { id: 'asc' } })).map((n) => n.text);
const inRecovery = async (ctx: HubContext) => (await sqlRows<{ r: boolean }>(ctx.em, 'SELECT pg_is_in_recovery() AS r'))[0].r;

@ObjectType({ description: 'What a request saw after it wrote.' })
class AfterWrite {
  @Field({ description: 'The text written.' })
  text!: string;
}

@Resolver(() => AfterWrite)
class NoteResolver {
  @Query(() => [String], { description: 'Every note, through the ORM.' })
  notes(@Ctx() ctx: HubContext): Promise<string[]> {
    return noteTexts(ctx);
  }

  @Query(() => Boolean, { description: 'pg_is_in_recovery() of the server raw SQL reads from.' })
  sqlReadsInRecovery(@Ctx() ctx: HubContext): Promise<boolean> {
    return inRecovery(ctx);
  }

  @Query(() => [String], { description: 'A query that writes (as a personal-data read writes its audit row), then reads.' })
  async noteFromQuery(@Arg('text') text: string, @Ctx() ctx: HubContext): Promise<string[]> {
    await sqlRows(ctx.em, 'INSERT INTO note (text) VALUES ($1)', [text]);
    return [...(await noteTexts(ctx)), `recovery:${await inRecovery(ctx)}`];
  }

  @Mutation(() => AfterWrite, { description: 'Writes a note through the ORM.' })
  async addNote(@Arg('text') text: string, @Ctx() ctx: HubContext): Promise<AfterWrite> {
    ctx.em.create(NoteEntity, { text } as NoteRow);
    await ctx.em.flush();
    return { text };
  }

  @FieldResolver(() => [String], { description: 'Every note, read after the mutation committed.' })
  notesNow(@Ctx() ctx: HubContext): Promise<string[]> {
    return noteTexts(ctx);
  }

  @FieldResolver(() => Boolean, { description: 'pg_is_in_recovery() of raw SQL after the mutation.' })
  sqlInRecovery(@Ctx() ctx: HubContext): Promise<boolean> {
    return inRecovery(ctx);
  }
}

const def: SubgraphDefinition = {
  name: 'institutions',
  resolvers: [NoteResolver],
  entities: [NoteEntity],
  migrations: [{ name: 'CreateNotes', class: CreateNotes }],
};

let pair: StreamingPair;
let subgraph: TestSubgraph | undefined;
let database: string;

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await subgraph!.request<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}
/** Writes on the primary behind the hub's back, as another pod of the same subgraph would. */
const writeOnPrimary = (text: string) =>
  pair.query({ ...pair.primary, url: databaseUrl(pair.primary.url, database) }, 'INSERT INTO note (text) VALUES ($1)', [text]);

beforeAll(async () => {
  pair = await startStreamingPair();
  subgraph = await startTestSubgraph(def, {
    // A failed replica is tried again on the next read after 0.1 s, so every read below meets the dead one.
    env: {
      DATABASE_URL: pair.primary.url,
      DATABASE_REPLICA_URLS: `postgres://ignored@127.0.0.1:${pair.replica.port}/postgres`,
      DATABASE_REPLICA_RETRY_S: '0.1',
    },
  });
  database = databaseNameOf('institutions', subgraph.prefix);
  await pair.caughtUp();
}, 120_000);

afterAll(async () => {
  await subgraph?.stop().catch(() => undefined);
  await pair?.stop();
});

test('reads go to the replica: with its replay paused, a row written on the primary since is not seen', async () => {
  expect(await ok<{ sqlReadsInRecovery: boolean }>('{ sqlReadsInRecovery }')).toEqual({ sqlReadsInRecovery: true });
  await writeOnPrimary('before');
  await pair.caughtUp();
  expect(await ok('{ notes }')).toEqual({ notes: ['before'] });

  await pair.query(pair.replica, 'SELECT pg_wal_replay_pause()');
  await writeOnPrimary('while paused');
  expect(await ok('{ notes }')).toEqual({ notes: ['before'] });
});

test('a mutation writes on the primary and reads its own write back from it in the same request, fields after the commit included', async () => {
  const { addNote } = await ok<{ addNote: { notesNow: string[]; sqlInRecovery: boolean } }>(
    'mutation($t: String!) { addNote(text: $t) { notesNow sqlInRecovery } }',
    { t: 'mutated' },
  );
  expect(addNote).toEqual({ notesNow: ['before', 'while paused', 'mutated'], sqlInRecovery: false });
  // The next request reads from the replica again, still paused.
  expect(await ok('{ notes }')).toEqual({ notes: ['before'] });
});

test('a query that writes reads from the primary from then on', async () => {
  const { noteFromQuery } = await ok<{ noteFromQuery: string[] }>('query($t: String!) { noteFromQuery(text: $t) }', { t: 'from query' });
  expect(noteFromQuery).toEqual(['before', 'while paused', 'mutated', 'from query', 'recovery:false']);
  await pair.query(pair.replica, 'SELECT pg_wal_replay_resume()');
  await pair.caughtUp();
  expect(await ok('{ notes }')).toEqual({ notes: ['before', 'while paused', 'mutated', 'from query'] });
});

test('with the replica killed (-9), reads fail over to the primary and the service stays ready', async () => {
  pair.replica.kill9();
  await writeOnPrimary('after the crash');
  for (let i = 0; i < 3; i++) {
    expect(await ok('{ sqlReadsInRecovery }')).toEqual({ sqlReadsInRecovery: false });
    expect(await ok('{ notes }')).toEqual({ notes: ['before', 'while paused', 'mutated', 'from query', 'after the crash'] });
    await new Promise((r) => setTimeout(r, 150));
  }
  const ready = await fetch(subgraph!.url.replace('/graphql', '/readyz'));
  expect(ready.status).toBe(200);
  expect(((await ready.json()) as { replicas?: unknown }).replicas).toMatchObject({ configured: 1 });
  const { addNote } = await ok<{ addNote: { notesNow: string[] } }>('mutation { addNote(text: "still writable") { notesNow } }');
  expect(addNote.notesNow.at(-1)).toBe('still writable');
});

test('raw SQL counts as a read only when it cannot write', () => {
  for (const sql of ['SELECT 1', ' with t as (select 1) select * from t', '/* x */ SELECT count(*) FROM note', 'VALUES (1)'])
    expect(isReadOnlySql(sql)).toBe(true);
  for (const sql of [
    'INSERT INTO note VALUES (1)',
    'WITH d AS (DELETE FROM note RETURNING *) SELECT * FROM d',
    'SELECT * FROM note FOR UPDATE',
    "SELECT nextval('note_id_seq')",
    'SET LOCAL statement_timeout = 1',
    'SELECT pg_advisory_xact_lock(1)',
  ])
    expect(isReadOnlySql(sql)).toBe(false);
});
