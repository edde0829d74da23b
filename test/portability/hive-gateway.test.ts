import fs from 'node:fs';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { postGraphQL, tokenFor, type GraphQLResponse } from '@par/platform/testing';
import { PLAN, startContractHub, tokens, type ContractHub } from '../contract/support';
import { startHiveGateway, type RunningHiveGateway } from './hive-gateway';

/**
 * The committed supergraph is not Apollo Gateway's alone: Hive Gateway serves it over the same
 * subgraphs, and every contract operation answers through it exactly as through the hub's own
 * gateway (same token, same variables, same data, no errors). Queries go to both gateways in front
 * of one hub. A write cannot be sent twice to one database and answer the same, so mutations go to
 * two hubs seeded alike: ours in front of one, Hive's in front of the other.
 */
const YEAR = 2020;
const SEED = 851;
const OPERATIONS = parse(fs.readFileSync(require.resolve('@par/operations/operations.graphql'), 'utf8')).definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
);

let hub: ContractHub;
let twin: ContractHub;
let hive: RunningHiveGateway;
let hiveOnTwin: RunningHiveGateway;

beforeAll(async () => {
  [hub, twin] = await Promise.all([
    startContractHub({ scale: 0.01, seed: SEED, env: { GATEWAY_CACHE: 'off' } }),
    startContractHub({ scale: 0.01, seed: SEED }),
  ]);
  [hive, hiveOnTwin] = await Promise.all([startHiveGateway(hub.subgraphUrls), startHiveGateway(twin.subgraphUrls)]);
}, 180_000);
afterAll(async () => {
  await Promise.all([hive?.close(), hiveOnTwin?.close()]);
  await Promise.all([hub?.close(), twin?.close()]);
});

interface Request {
  variables: Record<string, unknown>;
  token: string;
}
const editor = (subgraph: string) => tokenFor({ roles: ['editor'], subgraph, sub: `portability-${subgraph}` });
const one = async <T = any>(subgraph: Parameters<ContractHub['sql']>[0], text: string, params: unknown[] = []) => (await hub.sql<T>(subgraph, text, params))[0];

/** Each contract operation's variables, picked from the data like a user would; a new operation without one fails the test. */
const REQUESTS: Record<string, () => Promise<Request>> = {
  ParScorecard: async () => ({ variables: { plan: PLAN, year: YEAR }, token: await tokens.leadership() }),
  AgencyProfile: async () => {
    const busiest = await one(
      'egov-services',
      `SELECT agency_id AS id FROM dossier WHERE received_year = $1 GROUP BY agency_id ORDER BY count(*) DESC, agency_id LIMIT 1`,
      [YEAR],
    );
    return { variables: { id: busiest.id, year: YEAR }, token: await tokens.leadership() };
  },
  DistrictComparison: async () => ({ variables: { province: '35', year: YEAR, asOf: `${YEAR}-12-31` }, token: await tokens.analyst() }),
  ProcedureCatalogue: async () => ({ variables: { filter: { search: 'khai sinh' }, first: 20, year: YEAR }, token: await tokens.analyst() }),
  CivilServantSearch: async () => ({ variables: { filter: { search: 'nguyen van' }, first: 20, year: YEAR }, token: await tokens.leadershipPii() }),
  PersonnelRecord: async () => {
    const person = await one(
      'civil-servants',
      `SELECT cs.id FROM civil_servant cs WHERE EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id) ORDER BY cs.id LIMIT 1`,
    );
    return { variables: { id: person.id }, token: await tokens.leadershipPii() };
  },
  DossierTrend: async () => ({ variables: { filter: { yearFrom: 2016, yearTo: YEAR }, groupBy: ['YEAR', 'CHANNEL'] }, token: await tokens.analyst() }),
  RecordTrainingCompletion: async () => {
    const r = await one(
      'civil-servants',
      `SELECT cs.id AS person, co.id AS course, to_char(greatest(co.ends_on, cs.hired_on), 'YYYY-MM-DD') AS day
         FROM civil_servant cs CROSS JOIN training_course co
        WHERE cs.left_on IS NULL AND co.ends_on <= current_date
          AND NOT EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id AND tc.course_id = co.id)
        ORDER BY cs.id, co.id LIMIT 1`,
    );
    return { variables: { input: { civilServantId: r.person, courseId: r.course, completedOn: r.day } }, token: await editor('civil-servants') };
  },
  ReceiveDossier: async () => {
    const p = await one('egov-services', `SELECT p.code, p.agency_id FROM procedure_ref p JOIN agency_ref a ON a.id = p.agency_id ORDER BY p.code LIMIT 1`);
    const input = {
      procedureCode: p.code,
      agencyId: p.agency_id,
      channel: 'ONLINE',
      applicantKind: 'CITIZEN',
      applicantName: 'Trần Thị Kiểm Thử',
      receivedAt: new Date().toISOString(),
    };
    return { variables: { input }, token: await editor('egov-services') };
  },
  RecordParAssessment: async () => {
    const dept = await one('institutions', `SELECT id FROM agency WHERE kind = 'DEPARTMENT' ORDER BY code LIMIT 1`);
    return { variables: { input: { agencyId: dept.id, year: 2021, selfScore: 84.5, appraisedScore: 80.25 } }, token: await editor('institutions') };
  },
  RecordBudgetSettlement: async () => {
    const e = await one(
      'public-finance',
      `SELECT e.agency_id, e.fiscal_year::int AS year, e.category FROM budget_line e WHERE e.stage = 'ESTIMATE'
          AND NOT EXISTS (SELECT 1 FROM budget_line s WHERE s.stage = 'SETTLEMENT' AND s.agency_id = e.agency_id AND s.fiscal_year = e.fiscal_year AND s.category = e.category)
        ORDER BY e.agency_id, e.fiscal_year, e.category LIMIT 1`,
    );
    return {
      variables: { input: { agencyId: e.agency_id, year: e.year, category: e.category, amount: '9007199254740993' } },
      token: await editor('public-finance'),
    };
  },
};

/** What the database makes up for a written record (a generated id) is the only part of a write's answer that may differ. */
function withoutGeneratedId(res: GraphQLResponse): GraphQLResponse {
  const data = Object.fromEntries(Object.entries(res.data ?? {}).map(([field, value]) => [field, value && { ...(value as object), id: '<generated>' }]));
  return { ...res, data };
}

test('every contract operation has a request here', () => {
  expect(Object.keys(REQUESTS).sort()).toEqual(OPERATIONS.map((op) => op.name!.value).sort());
});

describe.each(OPERATIONS.filter((op) => op.operation === 'query').map((op) => [op.name!.value, op] as const))('%s', (name, op) => {
  test('answers the same through Hive Gateway as through the hub gateway', async () => {
    const { variables, token } = await REQUESTS[name]();
    const query = print(op);
    const ours = await postGraphQL(hub.gatewayUrl, query, variables, token);
    const theirs = await postGraphQL(hive.url, query, variables, token);
    expect(ours.errors).toBeUndefined();
    expect(ours.data).toBeTruthy();
    expect(theirs).toEqual(ours);
  });
});

describe.each(OPERATIONS.filter((op) => op.operation === 'mutation').map((op) => [op.name!.value, op] as const))('%s', (name, op) => {
  test('writes and answers the same through Hive Gateway (on a hub seeded alike) as through the hub gateway', async () => {
    const { variables, token } = await REQUESTS[name]();
    const query = print(op);
    const ours = await postGraphQL(hub.gatewayUrl, query, variables, token);
    const theirs = await postGraphQL(hiveOnTwin.url, query, variables, token);
    expect(ours.errors).toBeUndefined();
    expect(withoutGeneratedId(theirs)).toEqual(withoutGeneratedId(ours));
  });
});
