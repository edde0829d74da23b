import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import { parse } from 'yaml';
import { ParScorecardDocument } from '@par/operations';
import { REPO_ROOT } from '@par/platform';
import { expectClose, pct, PLAN, startContractHub, tokens, type ContractHub } from './support';

/**
 * ParScorecard through the gateway: every target of the plan's YAML, each measured by the
 * subgraph owning its data, checked against counts this test makes in each subgraph's database.
 * Also the data story leadership reads from it: values move over the plan's years, some targets
 * are met by 2020 and some are not.
 */
interface YamlTarget {
  code: string;
  area: number;
  subgraph: string;
  vi: string;
  comparator: string;
  value: number;
  unit: string;
  by?: number;
  annual?: boolean;
}
const yamlDoc = parse(fs.readFileSync(path.join(REPO_ROOT, 'packages/sample-data/data/plan-851-targets.yaml'), 'utf8'));
const YAML_TARGETS: YamlTarget[] = yamlDoc.targets;
// The ReformArea enum names of the schema for the decision's numbered areas.
const AREA = ['', 'INSTITUTIONS', 'PROCEDURES', 'ORGANISATION', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION', 'STEERING'];

const SCOPED = /* GraphQL */ `
  query ScopedScorecard($plan: ID!, $year: Int!, $agencyId: ID, $unitCode: ID) {
    reformPlan(code: $plan) {
      targets {
        code
        indicator {
          measurement(year: $year, agencyId: $agencyId, unitCode: $unitCode) { value numerator denominator }
          met(year: $year, agencyId: $agencyId, unitCode: $unitCode)
        }
      }
    }
  }`;

type Target = {
  code: string;
  area: string;
  description: string;
  comparator: string;
  value: number;
  unit: string;
  dueYear: number | null;
  annual: boolean;
  leadAgencies: Array<{ id: string; name: string }>;
  indicator: { code: string; measurement: { value: number | null; numerator: number | null; denominator: number | null } | null; met: boolean | null };
};

function meets(value: number, comparator: string, target: number): boolean {
  return { GT: value > target, GTE: value >= target, LT: value < target, LTE: value <= target, EQ: value === target }[comparator]!;
}

let hub: ContractHub;
let token: string;
const byYear = new Map<number, Map<string, Target>>();

async function scorecard(year: number): Promise<Map<string, Target>> {
  if (!byYear.has(year)) {
    const data = await hub.run(ParScorecardDocument, { plan: PLAN, year }, token);
    byYear.set(year, new Map((data.reformPlan.targets as Target[]).map((t) => [t.code, t])));
  }
  return byYear.get(year)!;
}

/** The counts a measurement must show, for one target in 2020. */
async function expectCounts(code: string, [row]: Array<{ num: string | number; den: string | number }>) {
  const m = (await scorecard(2020)).get(code)!.indicator.measurement;
  const num = Number(row.num);
  const den = Number(row.den);
  expect(den).toBeGreaterThan(0);
  expect({ code, numerator: m?.numerator, denominator: m?.denominator }).toEqual({ code, numerator: num, denominator: den });
  expectClose(m!.value, pct(num, den));
}

const ACTIVE_2020 = `cs.hired_on <= date '2020-12-31' AND (cs.left_on IS NULL OR cs.left_on > date '2020-12-31')`;

beforeAll(async () => {
  // The hub's default sample scale; at 0.01 too few provincial civil servants remain for any appointment in 2020.
  hub = await startContractHub({ scale: 0.02 });
  token = await tokens.leadership();
}, 120_000);
afterAll(() => hub?.close());

test('the plan and every target of the YAML, with the decision\'s Vietnamese words, comparator and value', async () => {
  const data = await hub.run(ParScorecardDocument, { plan: PLAN, year: 2020 }, token);
  const plan = data.reformPlan;
  expect(plan).toMatchObject({ code: PLAN, title: yamlDoc.plan.title, periodStart: 2016, periodEnd: 2020 });
  expect(plan.targets.map((t: Target) => t.code)).toEqual(YAML_TARGETS.map((t) => t.code));
  for (const [i, y] of YAML_TARGETS.entries()) {
    const t: Target = plan.targets[i];
    expect(t).toMatchObject({
      code: y.code,
      area: AREA[y.area],
      description: y.vi,
      comparator: y.comparator.toUpperCase(),
      value: y.value,
      unit: y.unit,
      dueYear: y.by ?? null,
      annual: y.annual === true,
    });
    expect(t.indicator.code).toBe(y.code);
    expect(t.leadAgencies.length).toBeGreaterThan(0);
  }
});

test('2020: every target has a measurement, value = 100 × numerator / denominator, and met follows comparator and value', async () => {
  const sc = await scorecard(2020);
  const unmeasured = [...sc.values()].filter((t) => t.indicator.measurement === null).map((t) => t.code);
  expect(unmeasured).toEqual([]);
  for (const t of sc.values()) {
    const m = t.indicator.measurement!;
    expect(m.denominator).toBeGreaterThan(0);
    expect(m.numerator).toBeGreaterThanOrEqual(0);
    expect(m.numerator!).toBeLessThanOrEqual(m.denominator!);
    expectClose(m.value, pct(m.numerator!, m.denominator!));
    expect({ code: t.code, met: t.indicator.met }).toEqual({ code: t.code, met: meets(m.value!, t.comparator, t.value) });
  }
});

test('institutions measures: procedures disclosed, impact assessed, units in force (independent SQL)', async () => {
  await expectCounts(
    'TTHC_PUBLICLY_DISCLOSED',
    await hub.sql('institutions', `SELECT count(*) FILTER (WHERE disclosed_on <= date '2020-12-31') AS num, count(*) AS den FROM administrative_procedure
      WHERE issued_on <= date '2020-12-31' AND (abolished_on IS NULL OR abolished_on > date '2020-12-31')`),
  );
  await expectCounts(
    'TTHC_NEW_IMPACT_ASSESSED',
    await hub.sql('institutions', `SELECT count(*) FILTER (WHERE impact_assessed) AS num, count(*) AS den FROM administrative_procedure
      WHERE issued_on BETWEEN date '2020-01-01' AND date '2020-12-31'`),
  );
  // Baseline: the plan's date, or the earliest unit list held when that is later (the YAML's note).
  const inForce = (day: string) => `SELECT count(DISTINCT code) FROM unit_version WHERE (valid_from IS NULL OR valid_from <= ${day}) AND (valid_to IS NULL OR valid_to >= ${day})`;
  await expectCounts(
    'ADMIN_UNITS_NOT_INCREASED',
    await hub.sql('institutions', `SELECT (${inForce(`date '2020-12-31'`)}) AS num,
      (${inForce(`(SELECT greatest(date '2016-06-17', min(in_force_from)) FROM unit_list)`)}) AS den`),
  );
});

test('civil-servants measures: training, qualification, electronic records, appointments (independent SQL)', async () => {
  const trainedIn2020 = (kinds: string) => `EXISTS (SELECT 1 FROM training_completion tc JOIN training_course co ON co.id = tc.course_id
    WHERE tc.civil_servant_id = cs.id AND co.kind IN (${kinds}) AND tc.completed_on BETWEEN date '2020-01-01' AND date '2020-12-31')`;
  await expectCounts(
    'CS_SKILLS_TRAINED',
    await hub.sql('civil-servants', `SELECT count(*) FILTER (WHERE ${trainedIn2020(`'SKILLS_AND_METHODS'`)}) AS num, count(*) AS den
      FROM civil_servant cs WHERE cs.category IN ('CADRE','CIVIL_SERVANT') AND ${ACTIVE_2020}`),
  );
  await expectCounts(
    'CS_LEGAL_ETHICS_TRAINED',
    await hub.sql('civil-servants', `SELECT count(*) FILTER (WHERE ${trainedIn2020(`'LEGAL_KNOWLEDGE','PUBLIC_SERVICE_ETHICS'`)}) AS num, count(*) AS den
      FROM civil_servant cs WHERE cs.category IN ('CADRE','CIVIL_SERVANT') AND ${ACTIVE_2020}`),
  );
  await expectCounts(
    'COMMUNE_INTERMEDIATE_QUALIFIED',
    await hub.sql('civil-servants', `SELECT count(*) FILTER (WHERE qualification <> 'BELOW_INTERMEDIATE') AS num, count(*) AS den
      FROM civil_servant cs WHERE cs.category IN ('COMMUNE_CADRE','COMMUNE_CIVIL_SERVANT') AND ${ACTIVE_2020}`),
  );
  await expectCounts(
    'ELECTRONIC_PERSONNEL_RECORDS',
    await hub.sql('civil-servants', `SELECT count(*) FILTER (WHERE electronic_record_on <= date '2020-12-31') AS num, count(*) AS den
      FROM civil_servant cs WHERE ${ACTIVE_2020}`),
  );
  await expectCounts(
    'CS_MEET_STANDARDS_BEFORE_APPOINTMENT',
    await hub.sql('civil-servants', `SELECT count(*) FILTER (WHERE ap.met_standards) AS num, count(*) AS den
      FROM appointment ap JOIN civil_servant cs ON cs.id = ap.civil_servant_id
      WHERE cs.category IN ('CADRE','CIVIL_SERVANT') AND ap.appointed_on BETWEEN date '2020-01-01' AND date '2020-12-31'`),
  );
});

test('egov-services measures: satisfaction, sector statistics, online grants, documents (independent SQL)', async () => {
  await expectCounts(
    'TTHC_SATISFACTION',
    await hub.sql('egov-services', `SELECT sum(satisfied) AS num, sum(responses) AS den FROM satisfaction_survey WHERE year = 2020 AND kind = 'PROCEDURE'`),
  );
  await expectCounts(
    'PUBLIC_SERVICE_SATISFACTION',
    await hub.sql('egov-services', `SELECT sum(satisfied) AS num, sum(responses) AS den FROM satisfaction_survey WHERE year = 2020 AND kind IN ('EDUCATION','HEALTH')`),
  );
  await expectCounts(
    'TAX_DECLARATIONS_ONLINE',
    await hub.sql('egov-services', `SELECT sum(numerator) AS num, sum(denominator) AS den FROM sector_statistic WHERE year = 2020 AND indicator = 'TAX_DECLARATIONS_ONLINE'`),
  );
  await expectCounts(
    'BUSINESS_REGISTRATION_ONLINE',
    await hub.sql('egov-services', `SELECT count(*) FILTER (WHERE d.channel = 'ONLINE') AS num, count(*) AS den
      FROM dossier d JOIN procedure_ref p ON p.code = d.procedure_code
      WHERE p.kind = 'BUSINESS_REGISTRATION' AND d.resolved_at IS NOT NULL
        AND extract(year FROM d.resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh') = 2020`),
  );
  await expectCounts(
    'DOCS_INTERAGENCY_ELECTRONIC',
    await hub.sql('egov-services', `SELECT sum(electronic) AS num, sum(electronic + paper) AS den FROM document_exchange
      WHERE direction = 'INTERAGENCY' AND month BETWEEN date '2020-01-01' AND date '2020-12-01'`),
  );
});

const measurements = (sc: Map<string, Target>) => [...sc.values()].map((t) => ({ code: t.code, measurement: t.indicator.measurement, met: t.indicator.met }));
const nulls = (sc: Map<string, Target>) => [...sc.values()].map((t) => ({ code: t.code, measurement: null, met: null }));

test('a year without data gives null measurements and null met, not zeros: before the data (2000) and not yet begun (2030)', async () => {
  for (const year of [2000, 2030]) {
    const sc = await scorecard(year);
    expect(sc.size).toBe(YAML_TARGETS.length);
    expect(measurements(sc)).toEqual(nulls(sc));
  }
});

test('2010, before the plan: nothing was reported, so no zeros; only catalogue facts dated that year are measured', async () => {
  const sc = await scorecard(2010);
  const subgraphOf = new Map(YAML_TARGETS.map((t) => [t.code, t.subgraph]));
  const reported = measurements(sc).filter((m) => subgraphOf.get(m.code) !== 'institutions');
  expect(reported).toEqual(reported.map((m) => ({ code: m.code, measurement: null, met: null })));
  // The procedure catalogue holds procedures issued in 2010: those figures are data, checked like 2020's.
  const [issued] = await hub.sql('institutions', `SELECT count(*) FILTER (WHERE impact_assessed) AS num, count(*) AS den FROM administrative_procedure
    WHERE issued_on BETWEEN date '2010-01-01' AND date '2010-12-31'`);
  const m = sc.get('TTHC_NEW_IMPACT_ASSESSED')!.indicator.measurement;
  if (Number(issued.den) === 0) expect(m).toBeNull();
  else expect(m).toMatchObject({ numerator: Number(issued.num), denominator: Number(issued.den) });
  expect(sc.get('ADMIN_UNITS_NOT_INCREASED')!.indicator.measurement).toBeNull();
});

test('an unknown plan code gives null, not an error', async () => {
  const res = await hub.request(print(ParScorecardDocument), { plan: '999/QĐ-UBND', year: 2020 }, token);
  expect(res.errors).toBeUndefined();
  expect(res.data.reformPlan).toBeNull();
});

test('data story: values move over 2016→2020, and by 2020 some targets are met and some are not', async () => {
  const first = await scorecard(2016);
  const last = await scorecard(2020);
  const both = [...last.values()].filter((t) => t.indicator.measurement && first.get(t.code)!.indicator.measurement);
  expect(both.length).toBeGreaterThanOrEqual(10);
  const moved = both.filter((t) => t.indicator.measurement!.value !== first.get(t.code)!.indicator.measurement!.value);
  // Most measured targets change between the plan's first and last year, and on the whole they improve.
  expect(moved.length).toBeGreaterThan(both.length / 2);
  const improved = both.filter((t) => t.indicator.measurement!.value! > first.get(t.code)!.indicator.measurement!.value!);
  expect(improved.length).toBeGreaterThan(both.length / 2);
  const met = [...last.values()].filter((t) => t.indicator.met === true).length;
  const missed = [...last.values()].filter((t) => t.indicator.met === false).length;
  expect(met).toBeGreaterThan(0);
  expect(missed).toBeGreaterThan(0);
  for (const year of [2017, 2018, 2019]) expect([...(await scorecard(year)).values()].some((t) => t.indicator.measurement !== null)).toBe(true);
});

test('measurement scoped to a district unit and to an agency agrees with counts over that scope', async () => {
  const district = '347';
  const units = (await hub.sql('egov-services', `WITH RECURSIVE u(code) AS (SELECT $1::text UNION SELECT r.code FROM unit_ref r JOIN u ON r.parent_code = u.code) SELECT code FROM u`, [district])).map((r) => r.code);
  expect(units.length).toBeGreaterThan(1);
  const res = await hub.request(SCOPED, { plan: PLAN, year: 2020, unitCode: district }, token);
  expect(res.errors).toBeUndefined();
  const scoped = new Map<string, Target['indicator']>(res.data.reformPlan.targets.map((t: { code: string; indicator: Target['indicator'] }) => [t.code, t.indicator]));

  const [sat] = await hub.sql('egov-services', `SELECT sum(v.satisfied) AS num, sum(v.responses) AS den FROM satisfaction_survey v JOIN agency_ref a ON a.id = v.agency_id
    WHERE v.year = 2020 AND v.kind = 'PROCEDURE' AND a.unit_code = ANY($1)`, [units]);
  expect(scoped.get('TTHC_SATISFACTION')!.measurement).toMatchObject({ numerator: Number(sat.num), denominator: Number(sat.den) });

  const [skills] = await hub.sql('civil-servants', `SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM training_completion tc JOIN training_course co ON co.id = tc.course_id
      WHERE tc.civil_servant_id = cs.id AND co.kind = 'SKILLS_AND_METHODS' AND tc.completed_on BETWEEN date '2020-01-01' AND date '2020-12-31')) AS num, count(*) AS den
    FROM civil_servant cs WHERE cs.category IN ('CADRE','CIVIL_SERVANT') AND ${ACTIVE_2020} AND cs.unit_code = ANY($1)`, [units]);
  const m = scoped.get('CS_SKILLS_TRAINED')!.measurement;
  if (Number(skills.den) === 0) expect(m).toBeNull();
  else expect(m).toMatchObject({ numerator: Number(skills.num), denominator: Number(skills.den) });

  const [unitsNow] = await hub.sql('institutions', `SELECT count(DISTINCT code) AS n FROM unit_version WHERE (code = $1 OR parent_code = $1)
    AND (valid_from IS NULL OR valid_from <= date '2020-12-31') AND (valid_to IS NULL OR valid_to >= date '2020-12-31')`, [district]);
  expect(scoped.get('ADMIN_UNITS_NOT_INCREASED')!.measurement).toMatchObject({ numerator: Number(unitsNow.n), denominator: Number(unitsNow.n), value: 100 });

  // An agency scope: the tax office's sector statistics are its own.
  const [tax] = await hub.sql('egov-services', `SELECT reporting_agency_id AS id, numerator AS num, denominator AS den FROM sector_statistic WHERE year = 2020 AND indicator = 'TAX_PAID_ONLINE' LIMIT 1`);
  const byAgency = await hub.request(SCOPED, { plan: PLAN, year: 2020, agencyId: tax.id }, token);
  expect(byAgency.errors).toBeUndefined();
  const taxPaid = byAgency.data.reformPlan.targets.find((t: { code: string }) => t.code === 'TAX_PAID_ONLINE').indicator;
  expect(taxPaid.measurement).toMatchObject({ numerator: tax.num, denominator: tax.den });
});

test('data story: the 2025 merge of communes shows in the unit-count target (fewer units than the baseline)', async () => {
  const m = (await scorecard(2025)).get('ADMIN_UNITS_NOT_INCREASED')!.indicator;
  const [units] = await hub.sql('institutions', `SELECT count(DISTINCT code) AS n FROM unit_version WHERE (valid_from IS NULL OR valid_from <= date '2025-12-31') AND (valid_to IS NULL OR valid_to >= date '2025-12-31')`);
  expect(m.measurement!.numerator).toBe(Number(units.n));
  expect(m.measurement!.numerator).toBeLessThan(m.measurement!.denominator!);
  expect(m.met).toBe(true);
});

describe('npm run scorecard', () => {
  const runScript = (args: string[]) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/run.js'), path.join(REPO_ROOT, 'scripts/scorecard.ts'), ...args], { cwd: REPO_ROOT, env: process.env });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('exit', (code) => resolve({ code, out, err }));
    });

  test('prints every target with its target, measured value, counts and ✓/✗, as the gateway answers', async () => {
    const { code, out } = await runScript(['--year', '2020', '--url', hub.gatewayUrl]);
    expect(code).toBe(0);
    const sc = await scorecard(2020);
    for (const t of sc.values()) {
      const line = out.split('\n').find((l) => l.startsWith(`${t.code} `))!;
      expect(line).toBeDefined();
      const m = t.indicator.measurement!;
      expect(line).toContain(`${m.numerator}/${m.denominator}`);
      expect(line.trimEnd().endsWith(t.indicator.met ? '✓' : '✗')).toBe(true);
    }
  }, 30_000);

  test('a scope by unit, and a clear error when the hub is not running', async () => {
    const scoped = await runScript(['--year', '2020', '--unit', '347', '--url', hub.gatewayUrl]);
    expect(scoped.code).toBe(0);
    expect(scoped.out).toMatch(/Phủ Lý \(347\)/);
    const down = await runScript(['--year', '2020', '--url', 'http://127.0.0.1:9/graphql']);
    expect(down.code).not.toBe(0);
    expect(down.err).toMatch(/cannot reach the hub at http:\/\/127\.0\.0\.1:9\/graphql.*running/);
    const bad = await runScript(['--year', 'next']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--year/);
  }, 30_000);
});

test('met judges the exact ratio, not the value rounded for display (rows inserted by this test)', async () => {
  // 29 999 of 30 000 procedures issued in 2008 were assessed: 99.997% shows as 100 but misses "≥ 100%".
  const [sector] = await hub.sql('institutions', 'SELECT code FROM procedure_sector ORDER BY code LIMIT 1');
  await hub.sql(
    'institutions',
    `INSERT INTO administrative_procedure (code, name, sector_code, level, processing_days, impact_assessed, issued_on, abolished_on)
     SELECT 'KT2008.' || g, 'Thủ tục kiểm thử ' || g, $1, 'PROVINCE', 5, g > 1, date '2008-03-01', date '2008-12-31' FROM generate_series(1, 30000) g`,
    [sector.code],
  );
  // The tax office reports 949 999 of 1 000 000 declarations online in 2014: 94.9999% shows as 95 but misses "≥ 95%".
  const [tax] = await hub.sql('egov-services', `SELECT reporting_agency_id AS id FROM sector_statistic WHERE indicator = 'TAX_DECLARATIONS_ONLINE' LIMIT 1`);
  await hub.sql('egov-services', `INSERT INTO sector_statistic (indicator, year, reporting_agency_id, numerator, denominator) VALUES ('TAX_DECLARATIONS_ONLINE', 2014, $1, 949999, 1000000)`, [tax.id]);

  const y2008 = (await hub.run(ParScorecardDocument, { plan: PLAN, year: 2008 }, token)).reformPlan.targets.find((t: Target) => t.code === 'TTHC_NEW_IMPACT_ASSESSED').indicator;
  expect(y2008.measurement).toMatchObject({ numerator: 29999, denominator: 30000 });
  expect(y2008.met).toBe(false);
  const y2014 = (await hub.run(ParScorecardDocument, { plan: PLAN, year: 2014 }, token)).reformPlan.targets.find((t: Target) => t.code === 'TAX_DECLARATIONS_ONLINE').indicator;
  expect(y2014.measurement).toMatchObject({ numerator: 949999, denominator: 1000000 });
  expect(y2014.met).toBe(false);
});
