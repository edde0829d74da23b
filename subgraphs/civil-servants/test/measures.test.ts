import { Client } from 'pg';
import { onSql } from '@par/platform';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import { measureKeyOf, reformPlan } from '@par/sample-data';
import civilServants from '../src/subgraph';

/**
 * The plan's workforce measures on the seeded sample, against counts this test makes from the raw
 * tables (never the summaries), and the evidence behind every figure.
 */
const SCALE = 0.05;
let sg: TestSubgraph;
let db: Client;
let analyst: string;

beforeAll(async () => {
  sg = await startTestSubgraph(civilServants, { seed: { scale: SCALE, seed: 851 } });
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
  analyst = await tokenFor({ roles: ['analyst'] });
}, 180_000);
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

const ACTIVE = `cs.hired_on <= make_date($1, 12, 31) AND (cs.left_on IS NULL OR cs.left_on > make_date($1, 12, 31))`;
const took = (kind: string) => `EXISTS (SELECT 1 FROM training_completion tc JOIN training_course co ON co.id = tc.course_id
  WHERE tc.civil_servant_id = cs.id AND co.kind = '${kind}' AND extract(year FROM tc.completed_on) = $1)`;
/** A person's highest level of a scale awarded by a day, as a position in the scale (0 = none). */
const level = (dimension: string, scale: string[], on: string) => `coalesce((SELECT max(array_position(ARRAY[${scale.map((l) => `'${l}'`).join(',')}], qa.level))
  FROM qualification_award qa WHERE qa.civil_servant_id = cs.id AND qa.dimension = '${dimension}' AND qa.awarded_on <= ${on}), 0)`;
const EDU = ['BELOW_INTERMEDIATE', 'INTERMEDIATE', 'COLLEGE', 'BACHELOR', 'MASTER', 'DOCTOR'];
const PT = ['ELEMENTARY', 'INTERMEDIATE', 'ADVANCED'];
const SM = ['OFFICER', 'PRINCIPAL_OFFICER', 'SENIOR_OFFICER'];
const atLeast = (scale: string[], min: string, got: string) => `(${min} IS NULL OR ${got} >= array_position(ARRAY[${scale.map((l) => `'${l}'`).join(',')}], ${min}))`;

/** The corrected plan's `measure` lines, restated over the raw tables: rows of (counted boolean). */
const INDEPENDENT: Record<string, string> = {
  CS_LEGAL_ETHICS_TRAINED: `SELECT ${took('LEGAL_KNOWLEDGE')} AND ${took('PUBLIC_SERVICE_ETHICS')} AS counted
    FROM civil_servant cs WHERE ${ACTIVE} AND cs.category IN ('CADRE','CIVIL_SERVANT')`,
  PE_ETHICS_TRAINED: `SELECT ${took('PUBLIC_SERVICE_ETHICS')} AND ${took('SPECIALISED_SKILLS')} AS counted
    FROM civil_servant cs WHERE ${ACTIVE} AND cs.category = 'PUBLIC_EMPLOYEE'`,
  ELECTRONIC_PERSONNEL_RECORDS: `SELECT coalesce(cs.electronic_record_on <= make_date($1, 12, 31), false) AS counted
    FROM civil_servant cs WHERE ${ACTIVE} AND cs.category IN ('CADRE','CIVIL_SERVANT','PUBLIC_EMPLOYEE','COMMUNE_CADRE','COMMUNE_CIVIL_SERVANT')`,
  AGENCIES_WITH_JOB_POSITIONS: `SELECT EXISTS (SELECT 1 FROM job_position jp WHERE jp.agency_id = a.id AND jp.approved_on <= make_date($1, 12, 31))
      AND NOT EXISTS (SELECT 1 FROM civil_servant cs WHERE cs.agency_id = a.id AND ${ACTIVE}
        AND NOT EXISTS (SELECT 1 FROM job_position jp WHERE jp.id = cs.job_position_id AND jp.agency_id = a.id AND jp.approved_on <= make_date($1, 12, 31))) AS counted
    FROM agency_ref a WHERE a.kind NOT IN ('COMMUNE_PEOPLES_COMMITTEE','CENTRAL_BRANCH')
      AND (a.established_on IS NULL OR a.established_on <= make_date($1, 12, 31)) AND (a.dissolved_on IS NULL OR a.dissolved_on > make_date($1, 12, 31))`,
  CS_MEET_STANDARDS_BEFORE_APPOINTMENT: `SELECT std.q IS NOT NULL
      AND ${atLeast(EDU, 'std.q', level('EDUCATION', EDU, 'ap.appointed_on'))}
      AND ${atLeast(PT, 'std.pt', level('POLITICAL_THEORY', PT, 'ap.appointed_on'))}
      AND ${atLeast(SM, 'std.sm', level('STATE_MANAGEMENT', SM, 'ap.appointed_on'))} AS counted
    FROM appointment ap JOIN civil_servant cs ON cs.id = ap.civil_servant_id
    CROSS JOIN LATERAL (
      SELECT ps.min_qualification AS q, ps.min_political_theory AS pt, ps.min_state_management AS sm FROM post_standard ps WHERE ap.kind = 'POST' AND ps.post = ap.post
      UNION ALL SELECT r.min_qualification, r.min_political_theory, r.min_state_management FROM rank r
       WHERE r.code = CASE WHEN ap.kind = 'RANK' THEN ap.rank_code ELSE cs.rank_code END
         AND NOT EXISTS (SELECT 1 FROM post_standard ps WHERE ap.kind = 'POST' AND ps.post = ap.post)
      UNION ALL SELECT NULL, NULL, NULL LIMIT 1) std
    WHERE extract(year FROM ap.appointed_on) = $1 AND cs.category IN ('CADRE','CIVIL_SERVANT')`,
};

async function independent(code: string, year: number): Promise<{ num: number; den: number }> {
  const { rows: [r] } = await db.query(`SELECT (count(*) FILTER (WHERE counted))::int AS num, count(*)::int AS den FROM (${INDEPENDENT[code].replaceAll('$1', '$1::int')}) x`, [year]);
  return r;
}

const FIGURE = `query($reps: [_Any!]!, $year: Int!, $first: Int!, $after: String, $counted: Boolean) {
  _entities(representations: $reps) { ... on WorkforceIndicator { code
    measurement(year: $year) { numerator denominator
      evidence(first: $first, after: $after, counted: $counted) { totalCount numerator denominator
        pageInfo { hasNextPage endCursor } edges { node { id kind label date counted numerator denominator } } } } } } }`;
/** Every civil-servants target of the plan. */
const OWN = reformPlan().targets.filter((t) => t.subgraph === 'civil-servants').map((t) => t.code);
const reps = (codes: string[]) => codes.map((code) => ({ __typename: 'WorkforceIndicator', code, ...measureKeyOf(code) }));

async function figures(codes: string[], year: number, page: { first?: number; after?: string | null; counted?: boolean | null } = {}) {
  const res = await sg.request(FIGURE, { reps: reps(codes), year, first: page.first ?? 1, after: page.after ?? null, counted: page.counted ?? null }, analyst);
  expect(res.errors).toBeUndefined();
  return res.data._entities as Array<{ code: string; measurement: any }>;
}

describe.each([2018, 2020])('in %i', (year) => {
  test.each(Object.keys(INDEPENDENT))('%s equals a count made from the raw tables', async (code) => {
    const [got] = await figures([code], year);
    const want = await independent(code, year);
    expect(want.den).toBeGreaterThan(0);
    expect({ numerator: got.measurement.numerator, denominator: got.measurement.denominator }).toEqual({ numerator: want.num, denominator: want.den });
  });

  test('every target\'s evidence adds up to its numerator and denominator', async () => {
    for (const f of await figures(OWN, year)) {
      const m = f.measurement;
      expect({ code: f.code, num: m.evidence.numerator, den: m.evidence.denominator, rows: m.evidence.totalCount })
        .toEqual({ code: f.code, num: m.numerator, den: m.denominator, rows: m.denominator });
    }
  });
});

test('the sample gives the changed measures a believable spread: some met, not all, moving over the plan years', async () => {
  for (const code of Object.keys(INDEPENDENT)) {
    const values = [];
    for (const year of [2016, 2017, 2018, 2019, 2020]) {
      const { num, den } = await independent(code, year);
      values.push(num / den);
    }
    expect({ code, someMet: values.some((v) => v > 0), notAll: values.some((v) => v < 1), moving: new Set(values).size > 1 }).toEqual({ code, someMet: true, notAll: true, moving: true });
  }
});

test('paging walks every record once, and counted splits them into the numerator and the rest', async () => {
  for (const code of ['AGENCIES_WITH_JOB_POSITIONS', 'CS_MEET_STANDARDS_BEFORE_APPOINTMENT', 'CS_LEGAL_ETHICS_TRAINED']) {
    const [{ measurement: m }] = await figures([code], 2019);
    const seen = new Map<string, boolean>();
    const first = Math.min(100, Math.max(1, Math.ceil(m.denominator / 3)));
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const [{ measurement: page }]: any = await figures([code], 2019, { first, after });
      for (const { node } of page.evidence.edges) {
        expect(seen.has(node.id)).toBe(false);
        seen.set(node.id, node.counted);
        expect(node.numerator).toBe(node.counted ? 1 : 0);
        expect(node.date.slice(0, 4)).toBe('2019');
      }
      pages++;
      if (!page.evidence.pageInfo.hasNextPage) break;
      after = page.evidence.pageInfo.endCursor;
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen.size).toBe(m.denominator);
    expect([...seen.values()].filter(Boolean).length).toBe(m.numerator);
    const [{ measurement: yes }] = await figures([code], 2019, { first: 5, counted: true });
    const [{ measurement: no }] = await figures([code], 2019, { first: 5, counted: false });
    expect([yes.evidence.totalCount, yes.evidence.numerator, no.evidence.totalCount, no.evidence.numerator]).toEqual([m.numerator, m.numerator, m.denominator - m.numerator, 0]);
    expect(yes.evidence.edges.every((e: any) => e.node.counted)).toBe(true);
    expect(no.evidence.edges.every((e: any) => !e.node.counted)).toBe(true);
  }
});

test('staff evidence carries no personal field', async () => {
  const [{ measurement: m }] = await figures(['ELECTRONIC_PERSONNEL_RECORDS'], 2020, { first: 100 });
  const ids = m.evidence.edges.map((e: any) => e.node.id);
  const { rows } = await db.query(`SELECT id::text, full_name, national_id_number, to_char(date_of_birth, 'YYYY-MM-DD') AS dob, phone, email FROM civil_servant WHERE id = ANY($1::uuid[])`, [ids]);
  expect(rows).toHaveLength(100);
  const labels = new Map(m.evidence.edges.map((e: any) => [e.node.id, `${e.node.label} ${e.node.date}`]));
  for (const r of rows) for (const v of [r.full_name, r.national_id_number, r.dob, r.phone, r.email]) expect(labels.get(r.id)).not.toContain(v);
  expect(m.evidence.edges[0].node.kind).toBe('STAFF');
});

test('evidence is for analysts and above, as the measurement is', async () => {
  const res = await sg.request(FIGURE, { reps: reps(['CS_SKILLS_TRAINED']), year: 2020, first: 1 });
  expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

test('a scorecard request (every target: value, status and projection over the plan years) is one statement', async () => {
  const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on WorkforceIndicator { code
    measurement(year: 2020) { value } status(year: 2020) projection(year: 2020) { value }
    older: status(year: 2018) } } }`;
  const withTerms = OWN.map((code) => ({ __typename: 'WorkforceIndicator', code, targetValue: 80, targetComparator: 'GTE', targetUnit: 'percent', targetDueYear: 2020, targetAnnual: false, targetFirstYear: 2016, ...measureKeyOf(code) }));
  const seen: string[] = [];
  const stop = onSql((s) => seen.push(s));
  const res = await sg.request(q, { reps: withTerms }, analyst);
  stop();
  expect(res.errors).toBeUndefined();
  expect(res.data._entities.every((e: any) => e.status !== 'NO_DATA' && e.projection !== null)).toBe(true);
  expect(seen).toHaveLength(1);
});
