import path from 'node:path';
import { Client } from 'pg';
import { InvalidMeasureError } from '@par/platform';
import { agencies, readPlan, reformPlan } from '@par/sample-data';
import { WORKFORCE_KINDS } from '../../subgraphs/civil-servants/src/modules/indicator/indicator.measures';
import { EGOV_KINDS } from '../../subgraphs/egov-services/src/modules/indicator/indicator.measures';
import { INSTITUTIONS_KINDS } from '../../subgraphs/institutions/src/modules/indicator/institutions-indicator.kinds';
import { loadPlan } from '../../subgraphs/institutions/src/seed/plan.seed';
import { databaseUrl, pct, PLAN, startContractHub, tokens, type ContractHub } from './support';

/**
 * Measures are data: a second plan, with its own target codes and values over the measure kinds the
 * owners already implement, is loaded by the seed's own loader into a running hub and measured end
 * to end through the gateway, with no code knowing its codes. Each figure is checked against SQL
 * this test writes on the owners' own tables; plan 851 reads as before beside it.
 */
const TEST_PLAN = readPlan(path.join(__dirname, 'fixtures', 'plan-test-measures.yaml'));
const YEARS = [2019, 2020];

const ACTIVE = `cs.hired_on <= make_date($1, 12, 31) AND (cs.left_on IS NULL OR cs.left_on > make_date($1, 12, 31))`;
const took = (kind: string) => `EXISTS (SELECT 1 FROM training_completion tc JOIN training_course co ON co.id = tc.course_id
  WHERE tc.civil_servant_id = cs.id AND co.kind = '${kind}' AND extract(year FROM tc.completed_on) = $1)`;
const inForce = (day: string) =>
  `SELECT count(DISTINCT code) FROM unit_version WHERE (valid_from IS NULL OR valid_from <= ${day}) AND (valid_to IS NULL OR valid_to >= ${day})`;

/** Each test target restated over its owner's raw tables: `num, den` for the year `$1`. */
const INDEPENDENT: Record<string, [owner: 'civil-servants' | 'egov-services' | 'institutions', sql: string]> = {
  TEST_CADRES_LEGAL_ETHICS: [
    'civil-servants',
    `SELECT count(*) FILTER (WHERE ${took('LEGAL_KNOWLEDGE')} AND ${took('PUBLIC_SERVICE_ETHICS')}) AS num, count(*) AS den
    FROM civil_servant cs WHERE ${ACTIVE} AND cs.category IN ('CADRE', 'COMMUNE_CADRE')`,
  ],
  TEST_COMMUNE_CADRE_ELECTRONIC: [
    'civil-servants',
    `SELECT count(*) FILTER (WHERE cs.electronic_record_on <= make_date($1, 12, 31)) AS num, count(*) AS den
    FROM civil_servant cs WHERE ${ACTIVE} AND cs.category = 'COMMUNE_CADRE'`,
  ],
  TEST_PSU_JOB_POSITIONS: [
    'civil-servants',
    `SELECT count(*) FILTER (WHERE
      EXISTS (SELECT 1 FROM job_position jp WHERE jp.agency_id = a.id AND jp.approved_on <= make_date($1, 12, 31))
      AND NOT EXISTS (SELECT 1 FROM civil_servant cs WHERE cs.agency_id = a.id AND ${ACTIVE}
        AND NOT EXISTS (SELECT 1 FROM job_position jp WHERE jp.id = cs.job_position_id AND jp.agency_id = a.id AND jp.approved_on <= make_date($1, 12, 31)))) AS num,
      count(*) AS den
    FROM agency_ref a WHERE a.kind = 'PUBLIC_SERVICE_UNIT'
      AND (a.established_on IS NULL OR a.established_on <= make_date($1, 12, 31)) AND (a.dissolved_on IS NULL OR a.dissolved_on > make_date($1, 12, 31))`,
  ],
  TEST_HEALTH_SATISFACTION: [
    'egov-services',
    `SELECT sum(satisfied) AS num, sum(responses) AS den FROM satisfaction_survey WHERE kind = 'HEALTH' AND year = $1`,
  ],
  TEST_ONLINE_LEVEL_4: [
    'egov-services',
    `SELECT count(*) FILTER (WHERE (SELECT level FROM online_service_level l WHERE l.procedure_code = o.procedure_code
      AND l.since <= make_date($1, 12, 31) ORDER BY since DESC LIMIT 1) = 4) AS num, count(*) AS den
    FROM online_service o WHERE o.launched_on <= make_date($1, 12, 31)`,
  ],
  TEST_INTERAGENCY_NON_CONFIDENTIAL: [
    'egov-services',
    `SELECT sum(electronic) AS num, sum(electronic) + sum(paper) AS den FROM document_exchange
    WHERE direction = 'INTERAGENCY' AND NOT confidential AND extract(year FROM month) = $1`,
  ],
  TEST_PROCEDURES_DISCLOSED: [
    'institutions',
    `SELECT count(*) FILTER (WHERE disclosed_on <= make_date($1, 12, 31)) AS num, count(*) AS den FROM administrative_procedure
    WHERE issued_on <= make_date($1, 12, 31) AND (abolished_on IS NULL OR abolished_on > make_date($1, 12, 31))`,
  ],
  // Against 31 Dec 2019, or the earliest unit list held when later.
  TEST_UNITS_SINCE_2019: [
    'institutions',
    `SELECT (${inForce('make_date($1, 12, 31)')}) AS num,
      (${inForce(`(SELECT greatest(date '2019-12-31', min(in_force_from)) FROM unit_list)`)}) AS den`,
  ],
};

const Q = /* GraphQL */ `
  query TestPlan($plan: ID!, $year: Int!) {
    reformPlan(code: $plan) {
      code
      targets {
        code
        value
        comparator
        annual
        indicator {
          code
          measurement(year: $year) {
            value
            numerator
            denominator
          }
          status(year: $year)
        }
      }
    }
  }
`;

let hub: ContractHub;
let token: string;

beforeAll(async () => {
  hub = await startContractHub({ env: { GATEWAY_CACHE: 'off' } });
  token = await tokens.analyst();
  const db = new Client({ connectionString: databaseUrl('institutions', hub.prefix) });
  await db.connect();
  try {
    await loadPlan(db, TEST_PLAN, agencies());
  } finally {
    await db.end();
  }
}, 180_000);
afterAll(() => hub?.close());

const ask = async (plan: string, year: number) => {
  const res = await hub.request(Q, { plan, year }, token);
  expect(res.errors).toBeUndefined();
  return res.data.reformPlan;
};

test('the test plan covers every owner with targets of its own codes', () => {
  expect(Object.keys(INDEPENDENT).sort()).toEqual(TEST_PLAN.targets.map((t) => t.code).sort());
  expect(new Set(TEST_PLAN.targets.map((t) => t.subgraph))).toEqual(new Set(['civil-servants', 'egov-services', 'institutions']));
});

test.each(YEARS)('every target of the second plan is measured by its owner in %i, equal to counts on the raw tables', async (year) => {
  const plan = await ask(TEST_PLAN.code, year);
  expect(plan.targets.map((t: { code: string }) => t.code)).toEqual(TEST_PLAN.targets.map((t) => t.code));
  for (const t of plan.targets) {
    const [owner, sql] = INDEPENDENT[t.code];
    const [row] = await hub.sql(owner, sql.replaceAll('$1', '$1::int'), [year]);
    const num = Number(row.num ?? 0);
    const den = Number(row.den ?? 0);
    expect({ code: t.code, den: den > 0 }).toEqual({ code: t.code, den: true });
    const value = Math.round(100 * pct(num, den)) / 100;
    expect({ code: t.code, ...t.indicator.measurement }).toEqual({ code: t.code, numerator: num, denominator: den, value });
    // Annual targets are judged on the year's exact ratio alone.
    if (t.annual) {
      const v = pct(num, den);
      const met = { GT: v > t.value, GTE: v >= t.value, LT: v < t.value, LTE: v <= t.value, EQ: v === t.value }[t.comparator as string];
      expect({ code: t.code, status: t.indicator.status }).toEqual({ code: t.code, status: met ? 'MET' : 'NOT_MET' });
    }
  }
});

test('plan 851 is measured beside it as before', async () => {
  const plan = await ask(PLAN, 2020);
  const measured = plan.targets.filter((t: { indicator: { measurement: unknown } }) => t.indicator.measurement !== null);
  expect(plan.targets.length).toBeGreaterThan(20);
  expect(measured.length).toBeGreaterThan(20);
});

test('every target of both plans names a measure its owner reads', () => {
  const owners = { 'civil-servants': WORKFORCE_KINDS, 'egov-services': EGOV_KINDS, institutions: INSTITUTIONS_KINDS } as const;
  for (const t of [...reformPlan().targets, ...TEST_PLAN.targets]) {
    const owner = owners[t.subgraph as keyof typeof owners];
    expect({ code: t.code, kind: owner.read({ kind: t.measureKind, params: t.measureParams }).kind }).toEqual({ code: t.code, kind: t.measureKind });
  }
});

test('a measure whose parameters its kind refuses fails that figure alone and is never run', async () => {
  const bad = { categories: ['CADRE'], fact: 'skills) OR (1=1' };
  expect(() => WORKFORCE_KINDS.read({ kind: 'staff_share', params: bad })).toThrow(InvalidMeasureError);
  await hub.sql(
    'institutions',
    `INSERT INTO plan_target (code, plan_code, position, area, subgraph, description, description_en, lead, comparator, value, unit, annual, measure_kind, measure_params)
     VALUES ('TEST_BAD_PARAMS', $1, 99, 'CIVIL_SERVICE', 'civil-servants', 'x', 'x', 'Sở Nội vụ', 'GTE', 1, 'percent', true, 'staff_share', $2::jsonb)`,
    [TEST_PLAN.code, JSON.stringify(bad)],
  );
  try {
    const res = await hub.request(Q, { plan: TEST_PLAN.code, year: 2020 }, token);
    const targets = res.data.reformPlan.targets as Array<{ code: string; indicator: { measurement: unknown; status: string } }>;
    const at = targets.findIndex((t) => t.code === 'TEST_BAD_PARAMS');
    // Its figure fails (the owner logs why); its status, which cannot be null, is no data.
    expect(targets[at].indicator).toEqual({ code: 'TEST_BAD_PARAMS', measurement: null, status: 'NO_DATA' });
    // One error, on that figure (the gateway numbers the path by the owner's batch, so only its end is checked).
    expect(res.errors?.map((e: { path?: unknown[]; extensions?: { code?: string } }) => [e.extensions?.code, e.path?.at(-1)])).toEqual([
      ['INTERNAL_SERVER_ERROR', 'measurement'],
    ]);
    // The other targets of the plan, measured in the same batches, are unaffected.
    expect(targets.filter((t) => t.code !== 'TEST_BAD_PARAMS' && t.indicator.measurement === null)).toEqual([]);
  } finally {
    await hub.sql('institutions', `DELETE FROM plan_target WHERE code = 'TEST_BAD_PARAMS'`);
  }
});
