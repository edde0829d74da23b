import fs from 'node:fs';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { REPO_ROOT } from '@par/platform';
import type { RunningGateway } from '@par/gateway';
import { startContractHub, type ContractHub } from '../contract/support';
import type { Case, CaseContext, Step } from './cases/case';
import { civilServantsCases } from './cases/civil-servants';
import { egovServicesCases } from './cases/egov-services';
import { institutionsCases } from './cases/institutions';
import { publicFinanceCases } from './cases/public-finance';
import { ask, extraGateway, REDIS_URL } from './support';

/**
 * For every mutation of the supergraph (read from supergraph.graphql, so a mutation without a case
 * fails here): a read its write changes, cached before the write, is fresh right after it: not a
 * hit, equal to what an uncached gateway answers, and different from before (so the write did
 * change it). Once with the in-memory cache (the gateway hears the write as it passes through),
 * once with Redis (the write through one gateway, the read through another).
 */
let hub: ContractHub;
let memory: RunningGateway;
let second: RunningGateway;
let uncached: RunningGateway;

beforeAll(async () => {
  // The subgraphs announce their writes to Redis; the in-memory gateway does not listen to it.
  hub = await startContractHub({ scale: 0.01, env: { REDIS_URL } });
  [memory, second, uncached] = await Promise.all([
    extraGatewayOf({ REDIS_URL: '' }),
    extraGatewayOf({}),
    extraGatewayOf({ REDIS_URL: '', GATEWAY_CACHE: 'off' }),
  ]);
}, 180_000);
afterAll(async () => {
  await Promise.all([memory, second, uncached].map((g) => g?.close()));
  await hub?.close();
});

const extraGatewayOf = (env: NodeJS.ProcessEnv) => extraGateway(hub, env);

/** Mutation name → owning subgraph, from the committed supergraph. */
function supergraphMutations(): Map<string, string> {
  const doc = parse(fs.readFileSync(`${REPO_ROOT}/supergraph.graphql`, 'utf8'));
  const type = doc.definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Mutation');
  const owners = new Map<string, string>();
  for (const f of type?.fields ?? []) {
    const join = f.directives?.find((d) => d.name.value === 'join__field');
    const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
    owners.set(f.name.value, graph?.kind === Kind.ENUM ? graph.value.toLowerCase().replace(/_/g, '-') : '?');
  }
  return owners;
}

const CASES_BY_SUBGRAPH: Record<string, Record<string, Case>> = {
  institutions: institutionsCases,
  'civil-servants': civilServantsCases,
  'public-finance': publicFinanceCases,
  'egov-services': egovServicesCases,
};
const CASES: Record<string, Case> = Object.assign({}, ...Object.values(CASES_BY_SUBGRAPH));
const MUTATIONS = supergraphMutations();

test('every mutation of the supergraph has a case, filed under its owning subgraph, and every case names a mutation', () => {
  expect(MUTATIONS.size).toBeGreaterThan(0);
  const misplaced = [...MUTATIONS].filter(([m, owner]) => !CASES_BY_SUBGRAPH[owner]?.[m]).map(([m, owner]) => `${m} (${owner})`);
  expect(misplaced).toEqual([]);
  expect(Object.keys(CASES).filter((m) => !MUTATIONS.has(m))).toEqual([]);
});

const MODES = [
  { mode: 'in-memory cache, write and read through one gateway', writer: () => memory.url, reader: () => memory.url },
  { mode: 'Redis, write through one gateway and read through another', writer: () => hub.gatewayUrl, reader: () => second.url },
];

describe.each(MODES)('$mode', ({ writer, reader }) => {
  // Every mutation of the supergraph, not only those with a case: one without fails here.
  test.each([...MUTATIONS.keys()])('%s: a read it changes, cached before the write, is fresh right after it', async (mutation) => {
    const c = CASES[mutation];
    if (!c) throw new Error(`no case for mutation ${mutation}: add one to test/cache/cases/${MUTATIONS.get(mutation)}.ts`);
    const ctx: CaseContext = {
      sql: hub.sql,
      async setup(step) {
        const res = await ask(writer(), step.query, step.variables, step.token);
        if (res.errors?.length) throw new Error(`setup write failed: ${JSON.stringify(res.errors)}`);
        return res.data;
      },
    };
    const { write, read } = await c.prepare(ctx);
    const readThrough = (url: string) => ask(url, read.query, read.variables, read.token);

    const before = await readThrough(reader());
    expect(before.errors).toBeUndefined();
    const again = await readThrough(reader());
    expect(again.cache).toBe('hit');
    expect(again.data).toEqual(before.data);

    const written = await send(writer(), write);
    expect(written.errors).toBeUndefined();
    expect(written.data[mutation]).toBeTruthy();

    const after = await readThrough(reader());
    expect(after.errors).toBeUndefined();
    expect(after.cache).toBe('miss');
    const truth = await readThrough(uncached.url);
    expect(truth.errors).toBeUndefined();
    expect(after.data).toEqual(truth.data);
    expect(after.data).not.toEqual(before.data);
    // The fresh answer is kept in turn.
    expect((await readThrough(reader())).cache).toBe('hit');
  });
});

const send = (url: string, step: Step) => ask(url, step.query, step.variables, step.token);
