import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT } from '@par/platform';
import { tokenFor } from '@par/platform/testing';
import type { RunningGateway } from '@par/gateway';
import { splitEntitiesAnswer } from '../../gateway/src/batch/entity-batch';
import { databaseUrl } from '../contract/support';
import { startTestHub, type TestHub } from '../support/hub';
import { ask, delta, extraGateway, subgraphRequests, type Answer } from './support';

/**
 * Cross-request entity batching, against the real subgraphs: operations running at once that need
 * the same entity fetch with the same token share one subgraph call, and each still gets exactly
 * its own answer. Tried: many agencies at once (merged, answers equal the unbatched gateway's),
 * different callers (never merged), a personal-data reader (never merged), and an answer with
 * errors cut back to the member whose entity they concern.
 */
let hub: TestHub;
let batched: RunningGateway;
let plain: RunningGateway;
let agencies: string[];

const AGENCY_PROFILE = fs
  .readFileSync(path.join(REPO_ROOT, 'packages/operations/operations.graphql'), 'utf8')
  .match(/query AgencyProfile[\s\S]*?\n}\n/)![0];

beforeAll(async () => {
  hub = await startTestHub({ scale: 0.01 });
  // One batch at a time at the subgraph, so what arrives meanwhile is gathered into the next.
  batched = await extraGateway(hub, { REDIS_URL: '', GATEWAY_CACHE: 'off', GATEWAY_DEDUPE: 'off', GATEWAY_BATCH: 'on', GATEWAY_BATCH_IN_FLIGHT: '1' });
  plain = await extraGateway(hub, { REDIS_URL: '', GATEWAY_CACHE: 'off', GATEWAY_DEDUPE: 'off', GATEWAY_BATCH: 'off' });
  const c = new Client({ connectionString: databaseUrl('institutions', hub.prefix) });
  await c.connect();
  agencies = (await c.query(`SELECT id FROM agency WHERE kind = 'DEPARTMENT' ORDER BY code LIMIT 8`)).rows.map((r) => r.id);
  await c.end();
}, 180_000);
afterAll(async () => {
  await Promise.all([batched, plain].map((g) => g?.close()));
  await hub?.stop();
});

/**
 * Holds civil-servants' staff summary locked so every workforce fetch waits at the subgraph until
 * released, and releases it only once institutions has been asked by every operation and a moment
 * has passed for its answers (so each operation has reached its civil-servants fetch).
 */
async function whileWorkforceWaits<T>(fire: () => Promise<T>): Promise<T> {
  const lock = new Client({ connectionString: databaseUrl('civil-servants', hub.prefix) });
  await lock.connect();
  try {
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE staff_group_year IN ACCESS EXCLUSIVE MODE');
    const before = (await subgraphRequests(hub)).institutions;
    const pending = fire();
    for (let i = 0; i < 400; i++) {
      const { rows } = await lock.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      if (rows[0].n > 0 && (await subgraphRequests(hub)).institutions - before >= agencies.length) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    // Institutions counts a request as it starts: its last answers still have to reach the gateway.
    await new Promise((r) => setTimeout(r, 1500));
    await lock.query('COMMIT');
    return await pending;
  } finally {
    await lock.end();
  }
}

const profiles = (url: string, tokens: string[]): Promise<Answer[]> => Promise.all(agencies.map((id, i) => ask(url, AGENCY_PROFILE, { id, year: 2020 }, tokens[i % tokens.length])));

test('agency profiles asked at once with one token share civil-servants calls, and each answer equals the unbatched one', async () => {
  const token = await tokenFor({ roles: ['leadership'] });
  const unbatched = await subgraphRequests(hub);
  const expected = await profiles(plain.url, [token]);
  // Unbatched, each profile costs each subgraph one call.
  expect(delta(unbatched, await subgraphRequests(hub))).toEqual(Object.fromEntries(['institutions', 'civil-servants', 'public-finance', 'egov-services'].map((s) => [s, agencies.length])));
  expect(expected.every((a) => a.errors === undefined && a.data.agency.id)).toBe(true);
  const before = await subgraphRequests(hub);
  const answers = await whileWorkforceWaits(() => profiles(batched.url, [token]));
  const calls = delta(before, await subgraphRequests(hub));
  answers.forEach((a, i) => expect(a).toEqual(expected[i]));
  // The first agency's fetch is held at the lock while the other operations reach theirs and gather
  // behind it: one more call, or a few when some arrive only as the lock is released — never one each.
  expect(calls['civil-servants']).toBeGreaterThanOrEqual(2);
  expect(calls['civil-servants']).toBeLessThan(agencies.length);
  expect(calls.institutions).toBe(agencies.length);
});

test('different callers, even with the same claims, are never merged', async () => {
  const tokens = await Promise.all(agencies.map((_, i) => tokenFor({ roles: ['leadership'], sub: `leader-${i}` })));
  const before = await subgraphRequests(hub);
  const answers = await whileWorkforceWaits(() => profiles(batched.url, tokens));
  expect(answers.every((a) => a.errors === undefined)).toBe(true);
  expect(delta(before, await subgraphRequests(hub))['civil-servants']).toBe(agencies.length);
});

test('a caller with the personal-data scope is never merged (each personal read is audited on its own)', async () => {
  const token = await tokenFor({ roles: ['leadership'], scope: 'pii:read' });
  const before = await subgraphRequests(hub);
  const answers = await whileWorkforceWaits(() => profiles(batched.url, [token]));
  expect(answers.every((a) => a.errors === undefined)).toBe(true);
  expect(delta(before, await subgraphRequests(hub))['civil-servants']).toBe(agencies.length);
});

test("a merged answer's errors go to the member whose entity they concern, renumbered; errors about no entity go to all", () => {
  const answer = {
    data: { _entities: [{ a: 1 }, null, { a: 3 }, { a: 4 }] },
    errors: [
      { message: 'second entity failed', path: ['_entities', 1, 'workforce'] },
      { message: 'fourth entity failed', path: ['_entities', 3] },
      { message: 'the whole call warned' },
    ],
  };
  const [first, second] = splitEntitiesAnswer(answer, [2, 2])!;
  expect(first).toEqual({
    data: { _entities: [{ a: 1 }, null] },
    errors: [{ message: 'second entity failed', path: ['_entities', 1, 'workforce'] }, { message: 'the whole call warned' }],
  });
  expect(second).toEqual({
    data: { _entities: [{ a: 3 }, { a: 4 }] },
    errors: [{ message: 'fourth entity failed', path: ['_entities', 1] }, { message: 'the whole call warned' }],
  });
  // An answer that is not one entity per representation cannot be cut: the members ask one by one.
  expect(splitEntitiesAnswer({ data: { _entities: [{ a: 1 }] } }, [1, 1])).toBeNull();
  expect(splitEntitiesAnswer({ data: null, errors: [{ message: 'refused' }] }, [1, 1])).toBeNull();
});
