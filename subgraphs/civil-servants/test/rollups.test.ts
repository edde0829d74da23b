import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { REPO_ROOT, runImport } from '@par/platform';
import { startTestSubgraph, testServerUrl, tokenFor, type TestSubgraph } from '@par/platform/testing';
import { trainingCompletionsImporter } from '../src/import/training-completions.importer';
import { Migration20261130070000 } from '../src/migrations/Migration20261130070000';
import { Migration20261130090000 } from '../src/migrations/Migration20261130090000';
import civilServants from '../src/subgraph';

/**
 * The summaries equal the facts after random writes through the API, after an import, and after
 * `npm run rollup:rebuild` on summaries that were damaged. "The facts" are counted here from the
 * raw tables with SQL of the test's own, not the service's.
 */
let sg: TestSubgraph;
let db: Client;
let editor: string;

beforeAll(async () => {
  sg = await startTestSubgraph(civilServants, { seed: { scale: 0.02, seed: 851 } });
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
  editor = await tokenFor({ roles: ['editor'], subgraph: 'civil-servants', sub: 'so-noi-vu' });
}, 180_000);
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

const YE = `make_date(y.year, 12, 31)`;
const took = (kinds: string) => `EXISTS (SELECT 1 FROM training_completion tc JOIN training_course co ON co.id = tc.course_id
  WHERE tc.civil_servant_id = cs.id AND co.kind IN (${kinds}) AND tc.completed_on BETWEEN make_date(y.year, 1, 1) AND ${YE})`;

/** The staff summary as the raw tables say it should be, over the years anything was reported. */
const EXPECTED_STAFF = `
  WITH reported(year) AS (SELECT year FROM staffing_quota UNION SELECT year FROM evaluation UNION SELECT extract(year FROM completed_on)::int FROM training_completion),
  y AS (SELECT generate_series(min(year), max(year)) AS year FROM reported)
  SELECT y.year, cs.agency_id, cs.unit_code, cs.category, cs.rank_code, cs.qualification, count(*)::int AS headcount,
    (count(*) FILTER (WHERE ${took(`co.kind`)}))::int AS trained,
    (count(*) FILTER (WHERE ${took(`'LEGAL_KNOWLEDGE'`)} AND ${took(`'PUBLIC_SERVICE_ETHICS'`)}))::int AS legal_and_ethics,
    (count(*) FILTER (WHERE ${took(`'PUBLIC_SERVICE_ETHICS'`)} AND ${took(`'SPECIALISED_SKILLS'`)}))::int AS ethics_and_specialised,
    (count(*) FILTER (WHERE EXISTS (SELECT 1 FROM training_completion tc JOIN training_course co ON co.id = tc.course_id
       WHERE tc.civil_servant_id = cs.id AND co.kind = 'PROFESSIONAL_TITLE_STANDARD' AND tc.completed_on <= ${YE})))::int AS title_trained,
    (count(*) FILTER (WHERE cs.electronic_record_on <= ${YE}))::int AS electronic,
    (count(*) FILTER (WHERE EXISTS (SELECT 1 FROM job_position jp WHERE jp.id = cs.job_position_id AND jp.agency_id = cs.agency_id AND jp.approved_on <= ${YE})))::int AS in_position
  FROM y JOIN civil_servant cs ON cs.hired_on <= ${YE} AND (cs.left_on IS NULL OR cs.left_on > ${YE})
  GROUP BY 1, 2, 3, 4, 5, 6`;
const SUMMARY = `SELECT year, agency_id, unit_code, category, rank_code, qualification, headcount, trained, legal_and_ethics, ethics_and_specialised,
  title_trained, electronic, in_position FROM staff_year_summary`;
/** Staff per year, agency, unit and category: the expected staff summary folded. */
const EXPECTED_GROUP = `SELECT year, agency_id, unit_code, category, sum(headcount)::int AS headcount, sum(trained)::int AS trained,
  sum(legal_and_ethics)::int AS legal_and_ethics, sum(ethics_and_specialised)::int AS ethics_and_specialised, sum(title_trained)::int AS title_trained,
  sum(electronic)::int AS electronic, sum(in_position)::int AS in_position,
  coalesce(sum(headcount) FILTER (WHERE qualification NOT IN ('BELOW_INTERMEDIATE')), 0)::int AS intermediate_or_above
  FROM (${EXPECTED_STAFF}) e GROUP BY 1, 2, 3, 4`;
const GROUPS = `SELECT year, agency_id, unit_code, category, headcount, trained, legal_and_ethics, ethics_and_specialised, title_trained,
  electronic, in_position, intermediate_or_above FROM staff_group_year`;

/** A person's highest level of `dimension` awarded on or before the appointment, against the standard's level (none required: met). */
const reaches = (dimension: string, required: string) => `(${required} IS NULL OR coalesce((SELECT max(l.ord) FROM qualification_award qa
  JOIN qualification_level l ON l.dimension = qa.dimension AND l.level = qa.level
  WHERE qa.civil_servant_id = ap.civil_servant_id AND qa.dimension = '${dimension}' AND qa.awarded_on <= ap.appointed_on), 0)
  >= (SELECT ord FROM qualification_level WHERE dimension = '${dimension}' AND level = ${required}))`;
/** Appointments per year and the appointee's agency, unit and category, judged on the post's standard or else the rank's. */
const EXPECTED_APPOINTMENTS = `SELECT extract(year FROM ap.appointed_on)::int AS year, cs.agency_id, cs.unit_code, cs.category, count(*)::int AS appointments,
  (count(*) FILTER (WHERE std.edu IS NOT NULL AND ${reaches('EDUCATION', 'std.edu')} AND ${reaches('POLITICAL_THEORY', 'std.pt')} AND ${reaches('STATE_MANAGEMENT', 'std.sm')}))::int AS met
  FROM appointment ap JOIN civil_servant cs ON cs.id = ap.civil_servant_id
  CROSS JOIN LATERAL (
    SELECT ps.min_qualification AS edu, ps.min_political_theory AS pt, ps.min_state_management AS sm FROM post_standard ps WHERE ap.kind = 'POST' AND ps.post = ap.post
    UNION ALL
    SELECT r.min_qualification, r.min_political_theory, r.min_state_management FROM rank r
     WHERE r.code = CASE WHEN ap.kind = 'RANK' THEN ap.rank_code ELSE cs.rank_code END
       AND NOT EXISTS (SELECT 1 FROM post_standard ps WHERE ap.kind = 'POST' AND ps.post = ap.post)
    UNION ALL SELECT NULL, NULL, NULL LIMIT 1) std
  GROUP BY 1, 2, 3, 4`;
const APPOINTMENTS = 'SELECT year, agency_id, unit_code, category, appointments, met FROM appointment_year_summary';

const EXPECTED_TRAINING = `SELECT tc.civil_servant_id, extract(year FROM tc.completed_on)::int AS year, array_agg(DISTINCT co.kind ORDER BY co.kind) AS kinds
  FROM training_completion tc JOIN training_course co ON co.id = tc.course_id GROUP BY 1, 2`;

/** Rows in one set and not the other, both ways: empty when the summaries equal the facts. */
async function differences() {
  const diff = async (a: string, b: string) => (await db.query(`SELECT * FROM ((${a}) EXCEPT ALL (${b})) d LIMIT 5`)).rows;
  return {
    staffMissing: await diff(EXPECTED_STAFF, SUMMARY),
    staffExtra: await diff(SUMMARY, EXPECTED_STAFF),
    groupsMissing: await diff(EXPECTED_GROUP, GROUPS),
    groupsExtra: await diff(GROUPS, EXPECTED_GROUP),
    appointmentsMissing: await diff(EXPECTED_APPOINTMENTS, APPOINTMENTS),
    appointmentsExtra: await diff(APPOINTMENTS, EXPECTED_APPOINTMENTS),
    trainingMissing: await diff(EXPECTED_TRAINING, 'SELECT civil_servant_id, year, kinds FROM training_person_year'),
    trainingExtra: await diff('SELECT civil_servant_id, year, kinds FROM training_person_year', EXPECTED_TRAINING),
  };
}
const NONE = { staffMissing: [], staffExtra: [], groupsMissing: [], groupsExtra: [], appointmentsMissing: [], appointmentsExtra: [], trainingMissing: [], trainingExtra: [] };

/** A small deterministic generator, so a failure can be replayed. */
function lcg(seed: number) {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}
const pickFrom = <T>(r: () => number, list: T[]): T => list[Math.floor(r() * list.length)];

test('the seed leaves summaries equal to the facts', async () => {
  const { rows: [n] } = await db.query('SELECT count(*)::int AS n FROM staff_year_summary');
  expect(n.n).toBeGreaterThan(0);
  expect(await differences()).toEqual(NONE);
});

test('after random writes through the API (hire, update, move, leave, training, appointment, rating), the summaries equal the facts', async () => {
  const r = lcg(17);
  const { rows: agencies } = await db.query(`SELECT id, unit_code FROM agency_ref WHERE kind IN ('DEPARTMENT','DISTRICT_OFFICE') ORDER BY id`);
  const { rows: courses } = await db.query(`SELECT id, to_char(starts_on, 'YYYY-MM-DD') AS s, to_char(ends_on, 'YYYY-MM-DD') AS e FROM training_course WHERE starts_on >= '2017-01-01' ORDER BY id`);
  const people = async () => (await db.query(`SELECT id, version, agency_id, to_char(hired_on, 'YYYY-MM-DD') AS hired FROM civil_servant WHERE left_on IS NULL AND category = 'CIVIL_SERVANT' ORDER BY id`)).rows;
  const ok: Record<string, number> = {};
  const run = async (name: string, query: string, input: unknown) => {
    const res = await sg.request(query, { input }, editor);
    if (!res.errors) ok[name] = (ok[name] ?? 0) + 1;
    // Refusals (a course already taken, a date before hiring) are fine: they must write nothing, which the comparison checks too.
    else expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(res.errors[0].extensions?.code);
  };
  for (let i = 0; i < 40; i++) {
    const staff = await people();
    const p = pickFrom(r, staff);
    const op = Math.floor(r() * 7);
    if (op === 0) {
      const a = pickFrom(r, agencies);
      await run('hire', `mutation($input: HireCivilServantInput!) { hireCivilServant(input: $input) { id } }`, {
        fullName: 'Nguyễn Văn Thử', gender: 'MALE', dateOfBirth: '1990-01-01', nationalIdNumber: `0351900${String(10000 + i).padStart(5, '0')}`,
        category: 'CIVIL_SERVANT', agencyId: a.id, rankCode: '01.003', qualification: pickFrom(r, ['COLLEGE', 'BACHELOR', 'MASTER']),
        specialisationFits: true, hiredOn: `${2017 + Math.floor(r() * 4)}-0${1 + Math.floor(r() * 9)}-15`, electronicRecord: r() < 0.5,
      });
    } else if (op === 1) {
      await run('move', `mutation($input: UpdateCivilServantInput!) { updateCivilServant(input: $input) { id } }`, {
        id: p.id, version: p.version, agencyId: pickFrom(r, agencies).id, qualification: pickFrom(r, ['BACHELOR', 'MASTER']), electronicRecordOn: '2018-06-01',
      });
    } else if (op === 2) {
      await run('leave', `mutation($input: LeaveInput!) { recordLeave(input: $input) { id } }`, { id: p.id, version: p.version, leftOn: `${2018 + Math.floor(r() * 3)}-07-01`, reason: 'RETIRED' });
    } else if (op === 3 || op === 4) {
      const c = pickFrom(r, courses);
      await run('training', `mutation($input: TrainingCompletionInput!) { recordTrainingCompletion(input: $input) { completedOn } }`, { civilServantId: p.id, courseId: c.id, completedOn: c.e });
    } else if (op === 5) {
      await run('appointment', `mutation($input: AppointmentInput!) { recordAppointment(input: $input) { id } }`, {
        civilServantId: p.id, kind: 'RANK', rankCode: pickFrom(r, ['01.002', '01.004']), appointedOn: '2020-10-01', metStandards: true,
      });
    } else {
      // A rating for a year nobody had reported opens that year: every agency's figures gain it.
      await run('rating', `mutation($input: EvaluationInput!) { recordEvaluation(input: $input) { year } }`, { civilServantId: p.id, year: 2021 + Math.floor(r() * 2), rating: 'GOOD' });
    }
  }
  expect(Object.keys(ok).sort()).toEqual(['appointment', 'hire', 'leave', 'move', 'rating', 'training']);
  expect(await differences()).toEqual(NONE);
}, 120_000);

test('after an import of training completions, the summaries equal the facts; a refused import changes neither', async () => {
  const { rows } = await db.query(`SELECT cs.national_id_number AS nid, co.id AS course, to_char(co.ends_on, 'YYYY-MM-DD') AS day
    FROM civil_servant cs JOIN training_course co ON co.starts_on >= cs.hired_on AND (cs.left_on IS NULL OR co.ends_on < cs.left_on)
    WHERE co.starts_on >= '2019-01-01' AND NOT EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id AND tc.course_id = co.id)
    ORDER BY md5(cs.id::text || co.id::text) LIMIT 30`);
  expect(rows).toHaveLength(30);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-import-'));
  const file = path.join(dir, 'completions.csv');
  const csv = (list: typeof rows) => `national_id_number,course_id,completed_on\n${list.map((x) => `${x.nid},${x.course},${x.day}`).join('\n')}\n`;
  const before = (await db.query('SELECT md5(string_agg(s::text, \'|\' ORDER BY s::text)) AS h FROM staff_year_summary s')).rows[0].h;
  fs.writeFileSync(file, csv([...rows.slice(0, 5), { nid: '000000000000', course: rows[0].course, day: rows[0].day }]));
  const refused = await runImport(trainingCompletionsImporter, { databaseUrl: sg.databaseUrl, file, subject: 'test' });
  expect(refused.committed).toBe(false);
  expect((await db.query('SELECT md5(string_agg(s::text, \'|\' ORDER BY s::text)) AS h FROM staff_year_summary s')).rows[0].h).toBe(before);
  fs.writeFileSync(file, csv(rows));
  const report = await runImport(trainingCompletionsImporter, { databaseUrl: sg.databaseUrl, file, subject: 'test' });
  expect([report.committed, report.inserted]).toEqual([true, 30]);
  expect((await db.query('SELECT md5(string_agg(s::text, \'|\' ORDER BY s::text)) AS h FROM staff_year_summary s')).rows[0].h).not.toBe(before);
  expect(await differences()).toEqual(NONE);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('npm run rollup:rebuild -- civil-servants restores damaged summaries from the facts', async () => {
  await db.query(`DELETE FROM staff_year_summary WHERE year = 2019`);
  await db.query(`UPDATE staff_year_summary SET headcount = headcount + 1 WHERE year = 2020`);
  await db.query(`DELETE FROM training_person_year WHERE year = 2018`);
  await db.query(`UPDATE staff_group_year SET legal_and_ethics = legal_and_ethics + 1 WHERE year = 2020`);
  await db.query(`DELETE FROM appointment_year_summary WHERE year = 2019`);
  expect(await differences()).not.toEqual(NONE);
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'scripts/run.js'), path.join(REPO_ROOT, 'scripts/rollup-rebuild.ts'), 'civil-servants'], {
    env: { ...process.env, DATABASE_URL: testServerUrl(), DATABASE_NAME_PREFIX: sg.prefix, LOG_LEVEL: 'silent', REDIS_URL: '' },
    cwd: REPO_ROOT,
  });
  expect(stdout).toMatch(/^civil-servants: rebuilt training_person_year \d+ rows, staff_year_summary \d+ rows, staff_group_year \d+ rows, appointment_year_summary \d+ rows in [\d.]+ s\n$/);
  expect(await differences()).toEqual(NONE);
}, 120_000);

test('the migration that fills the summaries of a hub seeded before they existed gives the facts', async () => {
  await db.query('DELETE FROM staff_year_summary; DELETE FROM training_person_year; DELETE FROM rollup_window');
  const migration = new Migration20261130070000(null as never, null as never);
  await migration.up();
  for (const sql of migration.getQueries()) await db.query(String(sql));
  expect(await differences()).toEqual(NONE);
});

test('the migration that adds the per-agency summaries fills them from what is stored', async () => {
  await db.query('DROP TABLE staff_group_year; DROP TABLE appointment_year_summary');
  const migration = new Migration20261130090000(null as never, null as never);
  await migration.up();
  for (const sql of migration.getQueries()) await db.query(String(sql));
  expect(await differences()).toEqual(NONE);
});

test('a write whose summary update fails writes nothing: the completion, its audit row and the summaries stay as they were', async () => {
  const { rows: [c] } = await db.query(`SELECT cs.id AS person, co.id AS course, to_char(co.ends_on, 'YYYY-MM-DD') AS day
    FROM civil_servant cs JOIN training_course co ON co.starts_on >= cs.hired_on AND (cs.left_on IS NULL OR co.ends_on < cs.left_on)
    WHERE co.starts_on >= '2020-01-01' AND NOT EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id AND tc.course_id = co.id)
    ORDER BY cs.id, co.id LIMIT 1`);
  const state = async () => (await db.query(`SELECT (SELECT count(*) FROM training_completion)::int AS completions, (SELECT count(*) FROM audit_log)::int AS audit,
    (SELECT md5(string_agg(s::text, '|' ORDER BY s::text)) FROM staff_year_summary s) AS staff`)).rows[0];
  const before = await state();
  // The summary statement fails after the completion row is already inserted in the same transaction.
  await db.query(`ALTER TABLE staff_year_summary ADD CONSTRAINT refuse_for_test CHECK (headcount < 0) NOT VALID`);
  try {
    const res = await sg.request(`mutation($input: TrainingCompletionInput!) { recordTrainingCompletion(input: $input) { completedOn } }`,
      { input: { civilServantId: c.person, courseId: c.course, completedOn: c.day } }, editor);
    expect(res.errors?.[0]).toBeDefined();
  } finally {
    await db.query(`ALTER TABLE staff_year_summary DROP CONSTRAINT refuse_for_test`);
  }
  expect(await state()).toEqual(before);
  expect(await differences()).toEqual(NONE);
});
