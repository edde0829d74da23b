import { Client } from 'pg';
import { createLogger, runSeed } from '@par/platform';
import { startTestSubgraph, type TestSubgraph } from '@par/platform/testing';
import egovServices from '../src/subgraph';
import { seedFromCatalogue } from '../src/seed/load';
import { CATALOGUE, testApplicantName, testRandom } from './fixtures';

/** Issue 18: satisfaction by sector, agency and year with the hub's grammar, checked against the survey rows. */
let sg: TestSubgraph;
let db: Client;

beforeAll(async () => {
  sg = await startTestSubgraph(egovServices);
  await runSeed((ctx) => seedFromCatalogue(ctx, CATALOGUE, testRandom(ctx.seed), testApplicantName), {
    url: sg.databaseUrl,
    scale: 0.01,
    seed: 851,
    log: createLogger('egov-seed', 'silent'),
  });
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

const FIGURES = 'surveys responses satisfied satisfactionRate accessIndex procedureIndex civilServantIndex resultIndex feedbackIndex';
const LIST = `query($filter: SatisfactionStatisticsFilter, $groupBy: [SatisfactionDimension!]!, $orderBy: [SatisfactionStatisticsOrder!], $compareTo: StatisticsCompareTo) {
  satisfactionStatistics(filter: $filter, groupBy: $groupBy, orderBy: $orderBy, compareTo: $compareTo) {
    year surveyKind agencyId agencyKind districtCode ${FIGURES} change { from { satisfactionRate } to { satisfactionRate } difference { satisfactionRate responses } } } }`;

type Group = Record<string, number | string | null> & {
  change: { from: Record<string, number>; to: Record<string, number>; difference: Record<string, number> } | null;
};

async function list(variables: Record<string, unknown>): Promise<Group[]> {
  const res = await sg.request(LIST, variables);
  expect(res.errors).toBeUndefined();
  return res.data.satisfactionStatistics;
}

/** Per key from satisfaction_survey itself: respondents, satisfied and the respondent-weighted civil-servant index. */
async function direct(key: string, where: string) {
  const { rows } = await db.query(
    `SELECT ${key} AS k, count(*)::int AS n, sum(responses)::int AS r, sum(satisfied)::int AS s, sum(civil_servant_index * responses) / sum(responses) AS cs
       FROM satisfaction_survey s JOIN agency_ref a ON a.id = s.agency_id WHERE ${where} GROUP BY 1`,
  );
  return new Map(rows.map((r) => [String(r.k), { surveys: r.n, responses: r.r, satisfied: r.s, civilServantIndex: Number(r.cs) }]));
}

test('satisfaction by sector in 2020: each sector equals its surveys; the sectors add up to the total', async () => {
  const filter = { yearFrom: 2020, yearTo: 2020 };
  const groups = await list({ groupBy: ['SURVEY_KIND'], filter, orderBy: [{ field: 'SATISFACTION_RATE', direction: 'DESC' }] });
  const want = await direct('s.kind', 's.year = 2020');
  expect(groups.length).toBe(want.size);
  expect(groups.length).toBeGreaterThan(1);
  for (const g of groups) {
    const w = want.get(String(g.surveyKind))!;
    expect([g.surveys, g.responses, g.satisfied]).toEqual([w.surveys, w.responses, w.satisfied]);
    expect(g.satisfactionRate).toBeCloseTo((100 * w.satisfied) / w.responses, 2);
    expect(g.civilServantIndex).toBeCloseTo(w.civilServantIndex, 2);
  }
  const rates = groups.map((g) => g.satisfactionRate as number);
  expect(rates).toEqual([...rates].sort((a, b) => b - a));
  const [total] = await list({ groupBy: [], filter });
  expect(groups.reduce((s, g) => s + (g.responses as number), 0)).toBe(total.responses);
  expect(groups.reduce((s, g) => s + (g.satisfied as number), 0)).toBe(total.satisfied);
});

test('satisfaction by agency kind, 2019 against 2020, and by district', async () => {
  const groups = await list({ groupBy: ['AGENCY_KIND'], compareTo: { yearFrom: 2019, yearTo: 2020 } });
  const [f, t] = [await direct('a.kind', 's.year = 2019'), await direct('a.kind', 's.year = 2020')];
  for (const g of groups) {
    const [wf, wt] = [f.get(String(g.agencyKind)), t.get(String(g.agencyKind))];
    if (wf) expect(g.change!.from.satisfactionRate).toBeCloseTo((100 * wf.satisfied) / wf.responses, 2);
    if (wt) expect(g.change!.to.satisfactionRate).toBeCloseTo((100 * wt.satisfied) / wt.responses, 2);
    expect(g.change!.difference.responses).toBe((wt?.responses ?? 0) - (wf?.responses ?? 0));
  }
  const byDistrict = await list({ groupBy: ['DISTRICT'], filter: { yearFrom: 2020, yearTo: 2020 } });
  const [total] = await list({ groupBy: [], filter: { yearFrom: 2020, yearTo: 2020 } });
  expect(byDistrict.reduce((s, g) => s + (g.responses as number), 0)).toBe(total.responses);
});
