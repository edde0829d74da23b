import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { EntitySchema } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { parse } from 'graphql';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  buildSubgraphSchema, Connection, CREATE_AUDIT_LOG, decodeCursor, PageArgs, pageSize, sqlRows, subgraphSdl, toConnection,
  type HubContext, type SubgraphDefinition,
} from '@par/platform';
import { startTestSubgraph, type TestSubgraph } from '@par/platform/testing';
import { startGateway, type RunningGateway } from '@par/gateway';

/**
 * A small real subgraph for the gateway's own limits (cost with list sizes, page size, execution
 * timeout): it has nested connections and a deliberately slow field, which the department
 * subgraphs rightly do not. It runs on PostgreSQL like them and sits behind the real gateway.
 */
class CreateFixture extends Migration {
  async up(): Promise<void> {
    for (const sql of CREATE_AUDIT_LOG) this.addSql(sql);
    this.addSql('CREATE TABLE fixture_item (id int PRIMARY KEY, name text NOT NULL)');
    this.addSql(`INSERT INTO fixture_item SELECT i, 'mục ' || i FROM generate_series(1, 300) i`);
  }
}
const ItemEntity = new EntitySchema({ name: 'FixtureItem', tableName: 'fixture_item', properties: { id: { type: 'number', primary: true }, name: { type: 'string' } } });

@ObjectType({ description: 'A fixture item.' })
export class FixtureItem {
  @Field(() => ID, { description: 'Id.' })
  id!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => [String], { description: 'A plain list.' })
  tags!: string[];
}
const FixtureItemConnection = Connection(FixtureItem);

async function page(ctx: HubContext, args: PageArgs) {
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, 1)?.[0] ?? 0;
  const rows = await sqlRows<{ id: number; name: string }>(ctx.em, 'SELECT id, name FROM fixture_item WHERE id > $2 ORDER BY id LIMIT $1', [first + 1, Number(after)]);
  const total = (await sqlRows<{ n: number }>(ctx.em, 'SELECT count(*)::int AS n FROM fixture_item'))[0].n;
  return toConnection(rows, first, total, (r) => [r.id], false, (r) => ({ id: String(r.id), name: r.name, tags: ['a', 'b'] }));
}

/** How many times `fixtureSlow` ran (the subgraph runs in the test's process): tests count executions, not seconds. */
let slowCalls = 0;
export const fixtureSlowCalls = () => slowCalls;

@Resolver(() => FixtureItem)
export class FixtureResolver {
  @Query(() => FixtureItemConnection, { description: 'Items.' })
  fixtureItems(@Args() args: PageArgs, @Ctx() ctx: HubContext) {
    return page(ctx, args);
  }

  @FieldResolver(() => FixtureItemConnection, { description: 'Nested items.' })
  related(@Root() _item: FixtureItem, @Args() args: PageArgs, @Ctx() ctx: HubContext) {
    return page(ctx, args);
  }

  @Authorized('analyst')
  @Query(() => String, { description: 'Answers after `ms` milliseconds (pg_sleep).' })
  async fixtureSlow(@Arg('ms', () => Int) ms: number, @Ctx() ctx: HubContext): Promise<string> {
    slowCalls++;
    await sqlRows(ctx.em, 'SELECT pg_sleep($1::float / 1000)', [Math.min(ms, 10_000)]);
    return 'done';
  }

  @Authorized('analyst')
  @Query(() => Int, { description: 'Count of items; needs the analyst role.' })
  async fixtureCount(@Ctx() ctx: HubContext): Promise<number> {
    return (await sqlRows<{ n: number }>(ctx.em, 'SELECT count(*)::int AS n FROM fixture_item'))[0].n;
  }
}

export const fixtureDef: SubgraphDefinition = {
  name: 'institutions',
  resolvers: [FixtureResolver],
  entities: [ItemEntity],
  migrations: [{ name: 'CreateFixture', class: CreateFixture }],
};

export interface FixtureHub {
  subgraph: TestSubgraph;
  supergraphPath: string;
  startGateway(env?: NodeJS.ProcessEnv): Promise<RunningGateway>;
  stop(): Promise<void>;
}

/** The fixture subgraph, its supergraph on disk, and gateways over it with chosen settings. */
export async function startFixtureHub(): Promise<FixtureHub> {
  const subgraph = await startTestSubgraph(fixtureDef);
  const sdl = subgraphSdl(await buildSubgraphSchema(fixtureDef));
  const composed = composeServices([{ name: 'institutions', url: subgraph.url, typeDefs: parse(sdl) }]);
  if (composed.errors?.length) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-fixture-'));
  const supergraphPath = path.join(dir, 'supergraph.graphql');
  fs.writeFileSync(supergraphPath, composed.supergraphSdl!);
  const gateways: RunningGateway[] = [];
  return {
    subgraph,
    supergraphPath,
    async startGateway(env = {}) {
      const g = await startGateway({ env: { ...subgraph.env, SUPERGRAPH_PATH: supergraphPath, INSTITUTIONS_URL: subgraph.url, ...env }, port: 0 });
      gateways.push(g);
      return g;
    },
    async stop() {
      await Promise.all(gateways.map((g) => g.close()));
      await subgraph.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
