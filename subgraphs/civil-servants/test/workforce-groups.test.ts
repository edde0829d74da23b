import { Client } from 'pg';
import { MAX_STATISTICS_GROUPS } from '@par/platform';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import civilServants from '../src/subgraph';

/**
 * workforceStatistics refuses more groups than MAX_STATISTICS_GROUPS (issue 16), as
 * dossierStatistics does: the gateway's cost model counts on that bound. Summary rows of one more
 * agency than the bound make grouping by AGENCY exceed it; one fewer still answers.
 */
let sg: TestSubgraph;
let db: Client;

const Q = `query($groupBy: [WorkforceDimension!]!) { workforceStatistics(year: 2031, groupBy: $groupBy) { headcount } }`;

beforeAll(async () => {
  sg = await startTestSubgraph(civilServants);
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

async function summaryRows(agencies: number) {
  await db.query('DELETE FROM staff_year_summary WHERE year = 2031');
  await db.query(
    `INSERT INTO staff_year_summary (year, agency_id, unit_code, category, rank_code, qualification, headcount, trained, trained_2y, legal_and_ethics,
       skills, ethics_and_specialised, title_trained, manager, manager_trained, electronic, fits, in_position)
     SELECT 2031, md5(i::text)::uuid, '35', 'CIVIL_SERVANT', NULL, 'BACHELOR', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0 FROM generate_series(1, $1::int) i`,
    [agencies],
  );
}

it('more groups than the maximum is BAD_USER_INPUT naming groupBy, quickly', async () => {
  const analyst = await tokenFor({ roles: ['analyst'] });
  await summaryRows(MAX_STATISTICS_GROUPS + 1);
  const started = Date.now();
  const r = await sg.request(Q, { groupBy: ['AGENCY'] }, analyst);
  expect(Date.now() - started).toBeLessThan(1000);
  expect(r.data).toBeNull();
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupBy' });
  expect(r.errors?.[0].message).toContain(`more than ${MAX_STATISTICS_GROUPS} groups`);
  // The same data without the grouping is one total.
  const total = await sg.request(Q, { groupBy: [] }, analyst);
  expect(total.errors).toBeUndefined();
  expect(total.data.workforceStatistics).toEqual([{ headcount: MAX_STATISTICS_GROUPS + 1 }]);
});

it('exactly the maximum still answers every group', async () => {
  const analyst = await tokenFor({ roles: ['analyst'] });
  await summaryRows(MAX_STATISTICS_GROUPS);
  const r = await sg.request(Q, { groupBy: ['AGENCY'] }, analyst);
  expect(r.errors).toBeUndefined();
  expect(r.data.workforceStatistics).toHaveLength(MAX_STATISTICS_GROUPS);
});
