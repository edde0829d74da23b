import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { REPO_ROOT, SUBGRAPHS, type SubgraphDefinition, type SubgraphName } from '@par/platform';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import civilServants from '../../subgraphs/civil-servants/src/subgraph';
import egovServices from '../../subgraphs/egov-services/src/subgraph';
import institutions from '../../subgraphs/institutions/src/subgraph';
import publicFinance from '../../subgraphs/public-finance/src/subgraph';

/**
 * `_entities` is a root field anyone on a subgraph's network can call (issue 16). Every entity type
 * of every subgraph (read from its schema.graphql) with malformed representations: a missing key,
 * keys of the wrong type, huge arrays, an unknown __typename, injection strings. Each answer is a
 * clear GraphQL answer, never a 500 nor an internal error, and the subgraph still serves afterwards.
 */
const DEFS: Record<SubgraphName, SubgraphDefinition> = {
  institutions, 'civil-servants': civilServants, 'public-finance': publicFinance, 'egov-services': egovServices,
};
const running = {} as Record<SubgraphName, TestSubgraph>;
let token: string;

beforeAll(async () => {
  token = await tokenFor({ roles: ['leadership'], scope: 'pii:read' });
  const started = await Promise.all(SUBGRAPHS.map((s) => startTestSubgraph(DEFS[s])));
  SUBGRAPHS.forEach((s, i) => (running[s] = started[i]));
}, 180_000);
afterAll(async () => {
  await Promise.all(Object.values(running).map((s) => s.stop()));
});

/** Entity types of a subgraph and their key fields (first @key). */
function entities(s: SubgraphName): Array<{ type: string; keys: string[] }> {
  const doc = parse(fs.readFileSync(path.join(REPO_ROOT, 'subgraphs', s, 'schema.graphql'), 'utf8'));
  return doc.definitions
    .filter((d): d is ObjectTypeDefinitionNode => (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && !!d.directives?.some((x) => x.name.value === 'key'))
    .map((d) => {
      const key = d.directives!.find((x) => x.name.value === 'key')!;
      const fields = (key.arguments!.find((a) => a.name.value === 'fields')!.value as { value: string }).value;
      return { type: d.name.value, keys: fields.replace(/[{}]/g, ' ').split(/\s+/).filter(Boolean) };
    });
}

const INJECTIONS = [`' OR 1=1 --`, `"; DROP TABLE audit_log; --`, '\\x00', '${7*7}', '../../etc/passwd', 'a'.repeat(10_000), '00000000-0000-0000-0000-000000000000\' OR \'1\'=\'1'];

function malformed(type: string, keys: string[]): Array<[string, unknown[]]> {
  const withKeys = (v: unknown) => ({ __typename: type, ...Object.fromEntries(keys.map((k) => [k, v])) });
  return [
    ['missing key', [{ __typename: type }]],
    ['number key', [withKeys(12345)]],
    ['object key', [withKeys({ $ne: null })]],
    ['array key', [withKeys(Array.from({ length: 10_000 }, (_, i) => i))]],
    ['null key', [withKeys(null)]],
    ['boolean key', [withKeys(true)]],
    ['unknown __typename', [{ __typename: 'NoSuchType', id: '1' }]],
    ['no __typename', [{ id: '1', code: '1' }]],
    ['not an object', [1, 'x', null, []]],
    ['injection strings', INJECTIONS.map((v) => withKeys(v))],
    ['huge batch', Array.from({ length: 5_000 }, (_, i) => withKeys(`${i}`))],
  ];
}

const QUERY = `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`;

describe.each(SUBGRAPHS)('%s', (s) => {
  const types = entities(s);
  it('has entity types to try', () => expect(types.length).toBeGreaterThan(0));
  it.each(types.map((t) => [t.type, t.keys] as const))('%s: malformed representations get a clear answer, no 500, no internal error', async (type, keys) => {
    for (const [what, representations] of malformed(type, keys)) {
      const started = Date.now();
      const res = await fetch(running[s].url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, variables: { r: representations } }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
      const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NONE');
      expect({ what, status: res.status < 500, internal: codes.filter((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'NONE') }).toEqual({ what, status: true, internal: [] });
      if (['missing key', 'unknown __typename', 'not an object', 'no __typename'].includes(what)) expect({ what, errors: codes.length > 0 }).toEqual({ what, errors: true });
      // A guard against a hang or a runaway, not a benchmark: the machine running the tests may be busy.
      expect(Date.now() - started).toBeLessThan(20_000);
    }
    const health = await fetch(running[s].url.replace('/graphql', '/readyz'));
    expect(health.status).toBe(200);
  });
});
