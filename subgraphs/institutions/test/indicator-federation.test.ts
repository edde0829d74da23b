import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import gql from 'graphql-tag';
import { reformPlan } from '@par/sample-data';
import { startTestSubgraph, postGraphQL, type TestSubgraph } from '@par/platform/testing';
import institutions from '../src/subgraph';

/**
 * Institutions' half of DESIGN §6 through a real gateway: the owners of WorkforceIndicator and
 * EgovIndicator are stood in for by a minimal subgraph declaring exactly the agreed signatures,
 * which records the representations institutions hands over. (The four real subgraphs together
 * are tested from the repository's test/ folder.)
 */
const OWNER = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])
  type WorkforceIndicator @key(fields: "code") {
    code: ID!
    targetValue: Float @external
    targetComparator: String @external
    measurement(year: Int!, agencyId: ID, unitCode: ID): Measurement
    met(year: Int!, agencyId: ID, unitCode: ID): Boolean @requires(fields: "targetValue targetComparator")
  }
  type EgovIndicator @key(fields: "code") {
    code: ID!
    targetValue: Float @external
    targetComparator: String @external
    measurement(year: Int!, agencyId: ID, unitCode: ID): Measurement
    met(year: Int!, agencyId: ID, unitCode: ID): Boolean @requires(fields: "targetValue targetComparator")
  }
  type Measurement @shareable { value: Float numerator: Int denominator: Int }
  type Query { ownerPing: Int }
`;

type Rep = { __typename: string; code: string; targetValue?: number; targetComparator?: string };
const received: Rep[] = [];
/** Every owned target measures 50 (1 of 2) in 2020 and has no data in other years. */
const COMPARE: Record<string, (v: number, t: number) => boolean> = { GT: (v, t) => v > t, GTE: (v, t) => v >= t, LT: (v, t) => v < t, LTE: (v, t) => v <= t, EQ: (v, t) => v === t };
const measuredType = {
  __resolveReference: (r: Rep) => {
    received.push(r);
    return r;
  },
  measurement: (_r: Rep, a: { year: number }) => (a.year === 2020 ? { value: 50, numerator: 1, denominator: 2 } : null),
  met: (r: Rep, a: { year: number }) => (a.year === 2020 ? COMPARE[r.targetComparator!](50, r.targetValue!) : null),
};

let sg: TestSubgraph;
let owner: ApolloServer;
let gateway: ApolloServer;
let gatewayUrl: string;

beforeAll(async () => {
  sg = await startTestSubgraph(institutions, { seed: { scale: 0.01 } });
  owner = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: OWNER, resolvers: { WorkforceIndicator: measuredType, EgovIndicator: measuredType } as never }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url: ownerUrl } = await startStandaloneServer(owner, { listen: { port: 0, host: '127.0.0.1' } });
  gateway = new ApolloServer({
    gateway: new ApolloGateway({ supergraphSdl: new IntrospectAndCompose({ subgraphs: [{ name: 'institutions', url: sg.url }, { name: 'owner', url: ownerUrl }] }) }),
  });
  ({ url: gatewayUrl } = await startStandaloneServer(gateway, { listen: { port: 0, host: '127.0.0.1' } }));
});
afterAll(async () => {
  await gateway?.stop();
  await owner?.stop();
  await sg?.stop();
});

test('one query measures every target by its owner; institutions hands each owner the target value and comparator', async () => {
  const plan = reformPlan();
  const r = await postGraphQL(gatewayUrl, `query($plan: ID!, $year: Int!) { reformPlan(code: $plan) { targets { code value comparator
    indicator { code measurement(year: $year) { value numerator denominator } met(year: $year) } } } }`, { plan: plan.code, year: 2020 });
  expect(r.errors).toBeUndefined();
  const targets = r.data.reformPlan.targets;
  expect(targets.map((t: any) => t.code)).toEqual(plan.targets.map((t) => t.code));
  for (const t of plan.targets) {
    const got = targets.find((x: any) => x.code === t.code);
    expect(got.indicator.code).toBe(t.code);
    if (t.subgraph === 'institutions') {
      expect(got.indicator.measurement.denominator).toBeGreaterThan(0);
    } else {
      expect(got.indicator.measurement).toEqual({ value: 50, numerator: 1, denominator: 2 });
      expect(got.indicator.met).toBe(COMPARE[t.comparator](50, t.value));
      const typename = t.subgraph === 'civil-servants' ? 'WorkforceIndicator' : 'EgovIndicator';
      expect(received).toContainEqual({ __typename: typename, code: t.code, targetValue: t.value, targetComparator: t.comparator });
    }
  }
  // One representation per owned target: the gateway batches, institutions answers once per target.
  expect(received).toHaveLength(plan.targets.filter((t) => t.subgraph !== 'institutions').length);
});

test('targetValue and targetComparator are not part of the API', async () => {
  const r = await postGraphQL(gatewayUrl, `{ __type(name: "WorkforceIndicator") { fields { name } } }`);
  expect(r.data.__type.fields.map((f: any) => f.name).sort()).toEqual(['code', 'measurement', 'met']);
  const asked = await postGraphQL(gatewayUrl, `{ reformPlan(code: "x") { targets { indicator { ... on WorkforceIndicator { targetValue } } } } }`);
  expect(asked.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
});
