import 'reflect-metadata';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Directive, ObjectType, Query, Resolver } from 'type-graphql';
import { reformPlan } from '@par/sample-data';
import {
  buildFederatedSchema,
  canonicalJson,
  IndicatorContract,
  indicatorResolver,
  LoaderRegistry,
  measurementEvidenceResolver,
  OwnedIndicator,
  OWNED_INDICATOR_KEY,
  type IndicatorMeasures,
  type IndicatorWithTerms,
} from '@par/platform';
import { startTestSubgraph, postGraphQL, type TestSubgraph } from '@par/platform/testing';
import institutions from '../src/subgraph';

/**
 * Institutions' half of DESIGN §6 through a real gateway: the owners of WorkforceIndicator and
 * EgovIndicator are stood in for by a minimal subgraph built from the platform's indicator contract
 * (so it declares exactly the agreed signatures), which records the representations institutions
 * hands over. Every owned target measures 1 of 2 in 2020 and nothing in other years. (The four
 * real subgraphs together are tested from the repository's test/ folder.)
 */
@ObjectType('WorkforceIndicator', { implements: IndicatorContract })
@Directive(OWNED_INDICATOR_KEY)
class StandInWorkforceIndicator extends OwnedIndicator {}

@ObjectType('EgovIndicator', { implements: IndicatorContract })
@Directive(OWNED_INDICATOR_KEY)
class StandInEgovIndicator extends OwnedIndicator {}

@Resolver()
class PingResolver {
  @Query(() => Number, { nullable: true })
  ownerPing(): number {
    return 1;
  }
}

// Implements every kind: what it is handed is checked below.
const halfIn2020: IndicatorMeasures = {
  read: (spec) => spec,
  measureMany: async (_em, keys) => keys.map((k) => (k.scope.year === 2020 ? { numerator: 1, denominator: 2 } : null)),
  evidenceSql: () => null,
};

type Rep = IndicatorWithTerms & { __typename: string };
const received: Rep[] = [];
const COMPARE: Record<string, (v: number, t: number) => boolean> = { GT: (v, t) => v > t, GTE: (v, t) => v >= t, LT: (v, t) => v < t, LTE: (v, t) => v <= t, EQ: (v, t) => v === t };
const recordReference = (r: Record<string, unknown>) => {
  received.push(r as unknown as Rep);
  return r;
};

let sg: TestSubgraph;
let owner: ApolloServer;
let gateway: ApolloServer;
let gatewayUrl: string;

beforeAll(async () => {
  sg = await startTestSubgraph(institutions, { seed: { scale: 0.01 } });
  const schema = await buildFederatedSchema({
    resolvers: [
      PingResolver,
      indicatorResolver(StandInWorkforceIndicator, halfIn2020),
      indicatorResolver(StandInEgovIndicator, halfIn2020),
      measurementEvidenceResolver(halfIn2020),
    ],
    orphanedTypes: [StandInWorkforceIndicator, StandInEgovIndicator],
    referenceResolvers: { WorkforceIndicator: recordReference, EgovIndicator: recordReference },
  });
  // The platform's resolvers use only the request's loaders; the stand-in has no database.
  owner = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url: ownerUrl } = await startStandaloneServer(owner, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ loaders: new LoaderRegistry() }) as never,
  });
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
    indicator { code measurement(year: $year) { value numerator denominator } met(year: $year) status(year: $year) } } } }`, { plan: plan.code, year: 2020 });
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
      const meets = COMPARE[t.comparator](50, t.value);
      expect(got.indicator.met).toBe(meets);
      // One measured year: met, missed in or after the due year, else too early to project.
      const due = t.annual ? 2020 : t.dueYear!;
      expect({ code: t.code, status: got.indicator.status }).toEqual({ code: t.code, status: meets ? 'MET' : due <= 2020 ? 'NOT_MET' : 'NOT_DUE' });
      const typename = t.subgraph === 'civil-servants' ? 'WorkforceIndicator' : 'EgovIndicator';
      expect(received).toContainEqual({
        __typename: typename, code: t.code, targetValue: t.value, targetComparator: t.comparator,
        targetUnit: t.unit, targetDueYear: t.dueYear ?? null, targetAnnual: t.annual, targetFirstYear: plan.periodStart,
        measureKind: t.measureKind, measureParams: canonicalJson(t.measureParams),
      });
    }
  }
  // One representation per owned target: the gateway batches, institutions answers once per target.
  expect(received).toHaveLength(plan.targets.filter((t) => t.subgraph !== 'institutions').length);
});

test('the target terms handed to owners are not part of the API', async () => {
  const r = await postGraphQL(gatewayUrl, `{ __type(name: "WorkforceIndicator") { fields(includeDeprecated: true) { name } } }`);
  expect(r.data.__type.fields.map((f: any) => f.name).sort()).toEqual(['code', 'measurement', 'met', 'projection', 'status']);
  const asked = await postGraphQL(gatewayUrl, `{ reformPlan(code: "x") { targets { indicator { ... on WorkforceIndicator { targetValue } } } } }`);
  expect(asked.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
});
