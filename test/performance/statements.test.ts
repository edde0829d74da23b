import { STATEMENT_COUNTER_PATH, SUBGRAPHS, type CountedStatement, type SubgraphName } from '@par/platform';
import { postGraphQL, tokenFor } from '@par/platform/testing';
import { discoverFixtures, SCENARIOS, type Fixtures, type Role, type Scenario } from '../../bench/scenarios';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * No N+1 anywhere in the contract: every operation's SQL statements are counted in each subgraph
 * process (SQL_STATEMENT_COUNTER, a test-only switch) and the gateway's fetches to it (its
 * /metrics). A page of 100 must cost what a page of 10 costs, and a subgraph may spend at most two
 * statements per fetch per level of the operation's selection (e.g. a page and its total).
 */
jest.setTimeout(120_000);

/**
 * Levels of each operation's selection at which a subgraph loads rows: for the root subgraph the
 * root field, then each depth of nested fields reading another table; for a subgraph reached
 * through `_entities`, one (the fields it adds to the entities). Subgraphs not named: one.
 */
const LEVELS: Record<string, Partial<Record<SubgraphName, number>>> = {
  ParScorecard: { institutions: 3 }, // plan → targets → leadAgencies, institutions' own measurements
  AgencyProfile: { institutions: 2 }, // agency → unit, parent, parIndex
  DistrictComparison: { institutions: 3 }, // unit → children → peoplesCommittee (+ parIndex)
  ProcedureCatalogue: { institutions: 2 }, // page (+ total) → implementingAgency
  CivilServantSearch: { 'civil-servants': 3 }, // page (+ total) → rank, evaluation, trainings → course
  PersonnelRecord: { 'civil-servants': 2 }, // record → its PII (+ the audit row of the PII read)
  DossierTrend: {}, // one grouped aggregate
  OnTimeByDistrict: {}, // one grouped aggregate (with the unit history)
  LowestOnlineDepartments: {}, // one grouped aggregate; names from institutions
  TrainingCoverageByDepartment: {},
  BudgetExecutionByDepartment: {},
  SatisfactionBySector: {},
};

interface Cost {
  statements: number;
  fetches: number;
  sql: string[];
}

let hub: TestHub;
let fixtures: Fixtures;
const tokens: Partial<Record<Role, string>> = {};

const post = (query: string, variables: Record<string, unknown>, role: Role) => postGraphQL(hub.gatewayUrl, query, variables, tokens[role]);

async function statementsSinceLastRead(s: SubgraphName): Promise<string[]> {
  const res = await fetch(new URL(STATEMENT_COUNTER_PATH, hub.subgraphUrls[s]));
  return ((await res.json()) as { statements: CountedStatement[] }).statements.map((st) => st.sql);
}

async function gatewayFetches(): Promise<Record<string, number>> {
  const text = await (await fetch(new URL('/metrics', hub.gatewayUrl))).text();
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/^par_subgraph_fetch_duration_seconds_count\{([^}]*)\} (\d+)/gm)) {
    const subgraph = /subgraph="([^"]+)"/.exec(m[1])?.[1];
    if (subgraph) out[subgraph] = (out[subgraph] ?? 0) + Number(m[2]);
  }
  return out;
}

/** Runs one operation through the gateway and returns what it cost in each subgraph. */
async function measure(scenario: Scenario, variables: Record<string, unknown>): Promise<{ data: any; cost: Record<SubgraphName, Cost> }> {
  await Promise.all(SUBGRAPHS.map(statementsSinceLastRead));
  const before = await gatewayFetches();
  const res = await post(scenario.query, variables, scenario.role);
  expect(res.errors).toBeUndefined();
  const after = await gatewayFetches();
  const sql = await Promise.all(SUBGRAPHS.map(statementsSinceLastRead));
  const cost = Object.fromEntries(
    SUBGRAPHS.map((s, i) => [s, { statements: sql[i].length, fetches: (after[s] ?? 0) - (before[s] ?? 0), sql: sql[i] }]),
  ) as Record<SubgraphName, Cost>;
  return { data: res.data, cost };
}

const summary = (cost: Record<SubgraphName, Cost>) =>
  Object.fromEntries(SUBGRAPHS.map((s) => [s, `${cost[s].statements} statements / ${cost[s].fetches} fetches`]));

function expectWithinBudget(name: string, cost: Record<SubgraphName, Cost>): void {
  for (const s of SUBGRAPHS) {
    const budget = 2 * cost[s].fetches * (LEVELS[name][s] ?? 1);
    // The statements are in the message so that a failure shows the repeated query at once.
    if (cost[s].statements > budget) throw new Error(`${name}: ${s} issued ${cost[s].statements} statements for ${cost[s].fetches} fetches (budget ${budget}):\n${cost[s].sql.join('\n')}`);
  }
}

beforeAll(async () => {
  // Statements are a subgraph's cost: the gateway's response cache would answer the repeat from memory.
  hub = await startTestHub({ scale: 0.02, env: { SQL_STATEMENT_COUNTER: 'true', GATEWAY_CACHE: 'off' } });
  tokens.analyst = await tokenFor({ roles: ['analyst'] });
  tokens.leadershipPii = await tokenFor({ roles: ['leadership'], scope: 'pii:read' });
  fixtures = await discoverFixtures(post);
});
afterAll(async () => {
  await hub?.stop();
});

describe.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (name, scenario) => {
  it('stays within two statements per subgraph fetch per level', async () => {
    // The first run warms caches that are not per request (none should be SQL, but be fair).
    await measure(scenario, scenario.variables(fixtures, 0));
    const { cost } = await measure(scenario, scenario.variables(fixtures, 1));
    expect(SUBGRAPHS.some((s) => cost[s].statements > 0)).toBe(true);
    expectWithinBudget(name, cost);
  });

  if (scenario.paged) {
    it('issues the same statements for first: 10 and first: 100', async () => {
      // No search filter: the sample data has well over 100 rows, so the larger page is really larger.
      const vars = (first: number) => ({ ...scenario.variables(fixtures, 0), filter: null, first });
      const small = await measure(scenario, vars(10));
      const large = await measure(scenario, vars(100));
      const connection = Object.values(large.data as Record<string, { edges: unknown[] }>)[0];
      expect(connection.edges).toHaveLength(100);
      expect(summary(large.cost)).toEqual(summary(small.cost));
      expectWithinBudget(name, large.cost);
    });
  }
});
