import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createLogger, rebuildRollups, REPO_ROOT, runImport, runSeed } from '@par/platform';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import egovServices from '../src/subgraph';
import { satisfactionSurveysImporter } from '../src/import/satisfaction-surveys.importer';
import { seedFromCatalogue } from '../src/seed/load';
import { AGENCY, CATALOGUE, testApplicantName, testRandom } from './fixtures';
import { AGENCY_SUMMARY, expectSummaryEqualsFacts, localYear, MONTH_SUMMARY, OVERDUE_SUMMARY, SUMMARY, UNIT_SUMMARY } from './summary-facts';

/**
 * The yearly dossier summary against the dossiers themselves, counted here in plain terms
 * (local UTC+7 years, the recorded outcome) independently of the summary's own SQL: after the
 * seed, after random lifecycle writes through the API (some at once), after an import, after a
 * transaction killed between its statements, and after a rebuild of a damaged summary.
 */
jest.setTimeout(120_000);

let sg: TestSubgraph;
let db: Client;
let editor: string;

beforeAll(async () => {
  sg = await startTestSubgraph(egovServices);
  await runSeed((ctx) => seedFromCatalogue(ctx, CATALOGUE, testRandom(ctx.seed), testApplicantName), { url: sg.databaseUrl, scale: 0.01, seed: 851, log: createLogger('egov-seed', 'silent') });
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
  editor = await tokenFor({ roles: ['editor'], subgraph: 'egov-services' });
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

/** A small deterministic generator, so a failure can be replayed. */
function lcg(seed: number) {
  let x = seed >>> 0;
  const next = () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] };
}

const FIELDS = 'id status';
const mutation = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${FIELDS} } }`;
const RECEIVE = mutation('receiveDossier', 'ReceiveDossierInput');
const REQUEST = mutation('requestSupplement', 'RequestSupplementInput');
const RESUME = mutation('resumeDossier', 'ResumeDossierInput');
const RESOLVE = mutation('resolveDossier', 'ResolveDossierInput');
const REFUSE = mutation('refuseDossier', 'CloseDossierInput');
const WITHDRAW = mutation('withdrawDossier', 'CloseDossierInput');

const RECEIVERS = CATALOGUE.agencies.filter((a) => a.kind !== 'PUBLIC_SERVICE_UNIT').map((a) => a.id);
const PROCEDURES = CATALOGUE.procedures.map((p) => p.code);
const CHANNELS = ['IN_PERSON', 'ONLINE', 'POST'] as const;

/** One random lifecycle write through the API; returns the operation and whether it was accepted. */
async function randomWrite(r: ReturnType<typeof lcg>): Promise<[string, boolean]> {
  const u = r.next();
  if (u < 0.35) {
    // Received at a random instant of the past two years, or now.
    const receivedAt = r.next() < 0.3 ? undefined : new Date(Date.now() - Math.floor(r.next() * 2 * 365 * 86_400_000)).toISOString();
    const res = await sg.request(RECEIVE, { input: { procedureCode: r.pick(PROCEDURES), agencyId: r.pick(RECEIVERS), channel: r.pick(CHANNELS), applicantKind: 'CITIZEN', applicantName: 'Trần Văn Bình', receivedAt } }, editor);
    return ['receive', !res.errors];
  }
  const { rows } = await db.query<{ id: string; status: string }>(
    `SELECT id, status FROM dossier WHERE status IN ('RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED') ORDER BY md5(id::text || $1) LIMIT 1`,
    [String(u)],
  );
  if (!rows.length) return ['none open', true];
  const { id, status } = rows[0];
  const [name, query, input] =
    status === 'SUPPLEMENT_REQUESTED'
      ? r.next() < 0.7 ? ['resume', RESUME, { dossierId: id }] : ['withdraw', WITHDRAW, { dossierId: id, reason: 'Người nộp rút hồ sơ' }]
      : u < 0.75 ? ['resolve', RESOLVE, { dossierId: id }]
      : u < 0.87 ? ['requestSupplement', REQUEST, { dossierId: id, reason: 'Thiếu bản sao giấy tờ' }]
      : u < 0.95 ? ['refuse', REFUSE, { dossierId: id, reason: 'Không đủ điều kiện' }]
      : ['withdraw', WITHDRAW, { dossierId: id, reason: 'Người nộp rút hồ sơ' }];
  const res = await sg.request(query as string, { input }, editor);
  return [name as string, !res.errors];
}

test('the seed leaves the summary equal to the dossiers', async () => {
  expect(await expectSummaryEqualsFacts(db)).toBeGreaterThan(50);
});

test('random lifecycle writes through the API, some at the same moment, keep the summary equal to the dossiers', async () => {
  const r = lcg(17);
  const done: Record<string, number> = {};
  for (let round = 0; round < 12; round++) {
    // Five writers at once: their upserts meet on the same summary rows.
    const results = await Promise.all(Array.from({ length: 5 }, () => randomWrite(r)));
    for (const [name, ok] of results) if (ok) done[name] = (done[name] ?? 0) + 1;
  }
  // The walk went through the lifecycle, not only receipts.
  expect(done.receive).toBeGreaterThan(5);
  expect(done.resolve).toBeGreaterThan(5);
  expect((done.requestSupplement ?? 0) + (done.resume ?? 0) + (done.refuse ?? 0) + (done.withdraw ?? 0)).toBeGreaterThan(3);
  await expectSummaryEqualsFacts(db);

  // A refused write (resolved before it was received) changes neither.
  const { rows } = await db.query(`SELECT id, received_at FROM dossier WHERE status = 'RECEIVED' LIMIT 1`);
  const bad = await sg.request(RESOLVE, { input: { dossierId: rows[0].id, resolvedAt: new Date(rows[0].received_at.getTime() - 86_400_000).toISOString() } }, editor);
  expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  await expectSummaryEqualsFacts(db);
});

test('what the API answers from the summary equals the dossiers after the writes', async () => {
  const year = new Date().getUTCFullYear();
  const res = await sg.request(`{ dossierStatistics(filter: { yearFrom: ${year - 2}, yearTo: ${year} }, groupBy: [YEAR]) { year received receivedOnline resolved resolvedOnTime } }`);
  expect(res.errors).toBeUndefined();
  const { rows } = await db.query(
    `SELECT year, sum(rc)::int AS received, sum(online)::int AS "receivedOnline", sum(rs)::int AS resolved, sum(ot)::int AS "resolvedOnTime"
       FROM (SELECT ${localYear('received_at')} AS year, 1 AS rc, (channel = 'ONLINE')::int AS online, 0 AS rs, 0 AS ot FROM dossier
             UNION ALL SELECT ${localYear('resolved_at')}, 0, 0, 1, (outcome <> 'LATE')::int FROM dossier WHERE status = 'RESOLVED') e
      WHERE year BETWEEN $1 AND $2 GROUP BY 1 ORDER BY 1`,
    [year - 2, year],
  );
  expect(res.data.dossierStatistics).toEqual(rows);
});

test('an import commits with the summary unchanged and equal to the dossiers', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'egov-import-'));
  try {
    const file = path.join(dir, 'surveys.csv');
    writeFileSync(file, `agency_id,year,kind,responses,satisfied,access_index,procedure_index,civil_servant_index,result_index,feedback_index\n${AGENCY.JUSTICE},2019,PROCEDURE,400,352,88,87,90,85,86\n`);
    const report = await runImport(satisfactionSurveysImporter, { databaseUrl: sg.databaseUrl, file, subject: 'test' });
    expect(report).toMatchObject({ committed: true, errors: [] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await expectSummaryEqualsFacts(db);
});

test('a transaction killed between its statements leaves neither the dossier nor the summary changed', async () => {
  const before = (await db.query(SUMMARY)).rows;
  const victim = new Client({ connectionString: sg.databaseUrl });
  await victim.connect();
  victim.on('error', () => undefined);
  try {
    const pid = (await victim.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    await victim.query('BEGIN');
    await victim.query(`UPDATE dossier SET status = 'RESOLVED', resolved_at = now(), closed_at = now(), outcome = 'LATE'
                         WHERE id = (SELECT id FROM dossier WHERE status = 'RECEIVED' LIMIT 1)`);
    // Inside the transaction the summary has already moved with the dossier…
    expect((await victim.query(SUMMARY)).rows).not.toEqual(before);
    // …and the server process dies before the next statement.
    await db.query('SELECT pg_terminate_backend($1)', [pid]);
    await expect(victim.query('SELECT 1')).rejects.toThrow();
  } finally {
    await victim.end().catch(() => undefined);
  }
  expect((await db.query(SUMMARY)).rows).toEqual(before);
  await expectSummaryEqualsFacts(db);
});

test('npm run rollup:rebuild recomputes a damaged summary from the dossiers, and rebuilding a sound one changes nothing', async () => {
  const sound = (await db.query(SUMMARY)).rows;
  const perAgency = (await db.query(AGENCY_SUMMARY)).rows;
  const perUnit = (await db.query(UNIT_SUMMARY)).rows;
  const overdue = (await db.query(OVERDUE_SUMMARY)).rows;
  const perMonth = (await db.query(MONTH_SUMMARY)).rows;
  expect(overdue.length).toBeGreaterThan(0);
  const rebuilt = await rebuildRollups(egovServices.rollups!, { url: sg.databaseUrl });
  expect(rebuilt).toMatchObject({
    dossier_year_rollup: sound.length,
    dossier_agency_year_rollup: perAgency.length,
    dossier_unit_year_rollup: perUnit.length,
    dossier_month_rollup: perMonth.length,
  });
  expect((await db.query(MONTH_SUMMARY)).rows).toEqual(perMonth);
  expect(rebuilt.dossier_overdue_rollup).toBeGreaterThanOrEqual(overdue.length);
  expect((await db.query(OVERDUE_SUMMARY)).rows).toEqual(overdue);
  expect((await db.query(SUMMARY)).rows).toEqual(sound);

  await db.query(`UPDATE dossier_year_rollup SET received = received + 7 WHERE (year, agency_id) = (SELECT year, agency_id FROM dossier_year_rollup LIMIT 1)`);
  await db.query(`DELETE FROM dossier_year_rollup WHERE ctid = (SELECT ctid FROM dossier_year_rollup ORDER BY procedure_code DESC LIMIT 1)`);
  await db.query(`UPDATE dossier_agency_year_rollup SET resolved = resolved + 3 WHERE ctid = (SELECT ctid FROM dossier_agency_year_rollup LIMIT 1)`);
  expect((await db.query(SUMMARY)).rows).not.toEqual(sound);
  expect((await db.query(AGENCY_SUMMARY)).rows).not.toEqual(perAgency);
  await db.query(`UPDATE dossier_overdue_rollup SET overdue = overdue + 2 WHERE ctid = (SELECT ctid FROM dossier_overdue_rollup WHERE overdue > 0 LIMIT 1)`);
  expect((await db.query(OVERDUE_SUMMARY)).rows).not.toEqual(overdue);
  await db.query(`UPDATE dossier_month_rollup SET received = received + 2 WHERE ctid = (SELECT ctid FROM dossier_month_rollup LIMIT 1)`);
  await db.query(`DELETE FROM dossier_month_rollup WHERE ctid = (SELECT ctid FROM dossier_month_rollup ORDER BY month DESC LIMIT 1)`);
  expect((await db.query(MONTH_SUMMARY)).rows).not.toEqual(perMonth);

  const { REDIS_URL: _redis, ...env } = sg.env;
  const cli = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/run.js'), path.join(REPO_ROOT, 'scripts/rollup-rebuild.ts'), 'egov-services'], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect({ status: cli.status, stderr: cli.stderr }).toEqual({ status: 0, stderr: '' });
  expect(cli.stdout).toMatch(
    new RegExp(`egov-services: rebuilt dossier_year_rollup ${sound.length} rows, dossier_agency_year_rollup ${perAgency.length} rows, dossier_unit_year_rollup ${perUnit.length} rows, dossier_overdue_rollup \\d+ rows, dossier_month_rollup ${perMonth.length} rows`),
  );
  expect((await db.query(SUMMARY)).rows).toEqual(sound);
  expect((await db.query(AGENCY_SUMMARY)).rows).toEqual(perAgency);
  expect((await db.query(UNIT_SUMMARY)).rows).toEqual(perUnit);
  expect((await db.query(OVERDUE_SUMMARY)).rows).toEqual(overdue);
  expect((await db.query(MONTH_SUMMARY)).rows).toEqual(perMonth);
  await expectSummaryEqualsFacts(db);
});
