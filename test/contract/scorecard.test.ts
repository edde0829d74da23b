import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import { parse } from 'yaml';
import { ParScorecardDocument } from '@par/operations';
import { REPO_ROOT, SUBGRAPHS, subgraphUrlEnv } from '@par/platform';
import { postGraphQL, testPort } from '@par/platform/testing';
import { startGateway } from '@par/gateway';
import { expectClose, pct, PLAN, startContractHub, tokens, type ContractHub } from './support';

/**
 * ParScorecard through the gateway: every target of the plan's YAML, each measured by the
 * subgraph owning its data, checked against counts this test makes in each subgraph's database.
 * Also the data story leadership reads from it: values move over the plan's years, some targets
 * are met by 2020 and some are not, and no target is called missed before its due year. Statuses
 * and projections are recomputed here from the yearly figures, independently of the platform.
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
  note?: string;
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
          status(year: $year, agencyId: $agencyId, unitCode: $unitCode)
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
  note: string | null;
  leadAgencies: Array<{ id: string; name: string }>;
  indicator: {
    code: string;
    measurement: { value: number | null; numerator: number | null; denominator: number | null } | null;
    status: string;
    projection: { dueYear: number; value: number; meets: boolean; requiredYearlyChange: number | null } | null;
  };
};
const TREND_STATUSES = ['ON_TRACK', 'AT_RISK', 'NOT_DUE'];

function meets(value: number, comparator: string, target: number): boolean {
  return { GT: value > target, GTE: value >= target, LT: value < target, LTE: value <= target, EQ: value === target }[comparator]!;
}

/** Least squares by the normal equations, written here again so the platform's version is checked, not trusted. */
function trendAt(points: Array<[number, number]>, year: number): number | null {
  if (points.length < 2) return null;
  const n = points.length;
  const sx = points.reduce((a, [x]) => a + x, 0);
  const sy = points.reduce((a, [, y]) => a + y, 0);
  const sxy = points.reduce((a, [x, y]) => a + x * y, 0);
  const sxx = points.reduce((a, [x]) => a + x * x, 0);
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return (sy - slope * sx) / n + slope * year;
}

/** The status and projection the contract README defines, from the yearly figures 2016…year. */
async function expectedVerdict(code: string, year: number) {
  const t = (await scorecard(year)).get(code)!;
  const points: Array<[number, number]> = [];
  for (let y = 2016; y <= year; y++) {
    const m = (await scorecard(y)).get(code)!.indicator.measurement;
    if (m) points.push([y, pct(m.numerator!, m.denominator!)]);
  }
  let projected = t.annual || t.dueYear === null ? null : trendAt(points, t.dueYear);
  if (projected !== null && t.unit === 'percent') projected = Math.min(100, Math.max(0, projected));
  const m = t.indicator.measurement;
  let status: string;
  if (!m) status = 'NO_DATA';
  else if (meets(pct(m.numerator!, m.denominator!), t.comparator, t.value)) status = 'MET';
  else if (t.annual || year >= t.dueYear!) status = 'NOT_MET';
  else if (projected === null) status = 'NOT_DUE';
  else status = meets(projected, t.comparator, t.value) ? 'ON_TRACK' : 'AT_RISK';
  return { status, projected };
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

// Decree 63/2010: a new procedure counts when an assessment record of it is dated on or before the day it was issued.
const ASSESSED_BEFORE_ISSUE = `EXISTS (SELECT 1 FROM procedure_impact_assessment a WHERE a.procedure_code = p.code AND a.assessed_on <= p.issued_on)`;
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
      note: y.note ?? null,
    });
    expect(t.indicator.code).toBe(y.code);
    expect(t.leadAgencies.length).toBeGreaterThan(0);
  }
});

test('2020: every target has a measurement, value = 100 × numerator / denominator rounded to 2 decimals, and a status by the contract\'s rules', async () => {
  const sc = await scorecard(2020);
  const unmeasured = [...sc.values()].filter((t) => t.indicator.measurement === null).map((t) => t.code);
  expect(unmeasured).toEqual([]);
  for (const t of sc.values()) {
    const m = t.indicator.measurement!;
    expect(m.denominator).toBeGreaterThan(0);
    expect(m.numerator).toBeGreaterThanOrEqual(0);
    expect(m.numerator!).toBeLessThanOrEqual(m.denominator!);
    expect(m.value).toBe(Math.round(pct(m.numerator!, m.denominator!) * 100) / 100);
    const { status, projected } = await expectedVerdict(t.code, 2020);
    expect({ code: t.code, status: t.indicator.status }).toEqual({ code: t.code, status });
    if (projected === null) expect(t.indicator.projection).toBeNull();
    else expect({ code: t.code, dueYear: t.indicator.projection!.dueYear, value: t.indicator.projection!.value }).toEqual({ code: t.code, dueYear: t.dueYear, value: Math.round(projected * 100) / 100 });
  }
});

test('2018 tells the truth: no target due in 2019, 2020 or 2025 is called missed; each is met early, on track or at risk by its trend', async () => {
  const sc = await scorecard(2018);
  const due = [...sc.values()].filter((t) => !t.annual && t.dueYear! > 2018);
  expect(due.length).toBeGreaterThanOrEqual(15);
  for (const t of due) {
    expect({ code: t.code, status: t.indicator.status }).toEqual({ code: t.code, status: expect.stringMatching(/^(MET|ON_TRACK|AT_RISK|NOT_DUE|NO_DATA)$/) });
    expect({ code: t.code, status: t.indicator.status }).toEqual({ code: t.code, status: (await expectedVerdict(t.code, 2018)).status });
  }
  // Three measured years (2016–2018) are enough for a trend: the leadership sees each one met early, on track or at risk, never "not due".
  for (const t of due) expect({ code: t.code, status: t.indicator.status }).toEqual({ code: t.code, status: expect.stringMatching(/^(MET|ON_TRACK|AT_RISK)$/) });
  expect(due.filter((t) => TREND_STATUSES.slice(0, 2).includes(t.indicator.status)).length).toBeGreaterThan(due.length / 2);
  // The annual targets are judged every year.
  for (const t of [...sc.values()].filter((x) => x.annual && x.indicator.measurement)) expect(['MET', 'NOT_MET']).toContain(t.indicator.status);
  // Due in 2025, so still judged by its trend in the plan's last year.
  const late = [...(await scorecard(2020)).values()].filter((t) => t.dueYear === 2025);
  expect(late.length).toBe(1);
  expect(['MET', ...TREND_STATUSES]).toContain(late[0].indicator.status);
  for (const t of late) expect(t.indicator.projection?.dueYear ?? 2025).toBe(2025);
});

test('projection: the least-squares trend 2016…year to the due year, and the yearly change still needed from the last value', async () => {
  const sc = await scorecard(2018);
  const projected = [...sc.values()].filter((t) => t.indicator.projection);
  expect(projected.length).toBeGreaterThan(5);
  for (const t of projected) {
    const p = t.indicator.projection!;
    const { projected: value } = await expectedVerdict(t.code, 2018);
    expect({ code: t.code, value: p.value }).toEqual({ code: t.code, value: Math.round(value! * 100) / 100 });
    expect(p.meets).toBe(meets(value!, t.comparator, t.value));
    const last = t.indicator.measurement ? pct(t.indicator.measurement.numerator!, t.indicator.measurement.denominator!) : null;
    if (last !== null) expectClose(p.requiredYearlyChange, (t.value - last) / (p.dueYear - 2018));
  }
  // No projection for annual targets.
  for (const t of [...sc.values()].filter((x) => x.annual)) expect(t.indicator.projection).toBeNull();
});

test('institutions measures: procedures disclosed, impact assessed, units in force (independent SQL)', async () => {
  await expectCounts(
    'TTHC_PUBLICLY_DISCLOSED',
    await hub.sql('institutions', `SELECT count(*) FILTER (WHERE disclosed_on <= date '2020-12-31') AS num, count(*) AS den FROM administrative_procedure
      WHERE issued_on <= date '2020-12-31' AND (abolished_on IS NULL OR abolished_on > date '2020-12-31')`),
  );
  await expectCounts(
    'TTHC_NEW_IMPACT_ASSESSED',
    await hub.sql('institutions', `SELECT count(*) FILTER (WHERE ${ASSESSED_BEFORE_ISSUE}) AS num, count(*) AS den FROM administrative_procedure p
      WHERE p.issued_on BETWEEN date '2020-01-01' AND date '2020-12-31'`),
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
  // The decision asks for both: legal knowledge updated and an ethics course (YAML `note`); one of the two does not count.
  await expectCounts(
    'CS_LEGAL_ETHICS_TRAINED',
    await hub.sql('civil-servants', `SELECT count(*) FILTER (WHERE ${trainedIn2020(`'LEGAL_KNOWLEDGE'`)} AND ${trainedIn2020(`'PUBLIC_SERVICE_ETHICS'`)}) AS num, count(*) AS den
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
      FROM civil_servant cs WHERE cs.category <> 'NON_DEDICATED_COMMUNE_WORKER' AND ${ACTIVE_2020}`),
  );
  // CS_MEET_STANDARDS_BEFORE_APPOINTMENT and AGENCIES_WITH_JOB_POSITIONS are derived from qualifications and positions:
  // civil-servants' own tests count them from those rows.
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
  // Resolved dossiers of a kind of procedure, the share received online.
  for (const [indicator, kind] of [
    ['BUSINESS_REGISTRATION_ONLINE', 'BUSINESS_REGISTRATION'],
    ['INVESTMENT_CERTIFICATE_ONLINE', 'INVESTMENT_CERTIFICATE'],
  ]) {
    await expectCounts(
      indicator,
      await hub.sql(
        'egov-services',
        `SELECT count(*) FILTER (WHERE d.channel = 'ONLINE') AS num, count(*) AS den
          FROM dossier d JOIN procedure_ref p ON p.code = d.procedure_code
          WHERE p.kind = $1 AND d.resolved_at IS NOT NULL AND extract(year FROM d.resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh') = 2020`,
        [kind],
      ),
    );
  }
  // Level 3 or 4 on 31 December (the latest level set by then), over the online services launched by then; >= 80 % is the plan's reading of "hầu hết".
  await expectCounts(
    'ONLINE_SERVICES_LEVEL_3_4',
    await hub.sql('egov-services', `SELECT count(*) FILTER (WHERE (SELECT l.level FROM online_service_level l WHERE l.procedure_code = o.procedure_code AND l.since <= date '2020-12-31'
        ORDER BY l.since DESC LIMIT 1) IN (3, 4)) AS num, count(*) AS den FROM online_service o WHERE o.launched_on <= date '2020-12-31'`),
  );
  for (const indicator of ['TAX_PAID_ONLINE', 'SOCIAL_INSURANCE_ONLINE']) {
    await expectCounts(indicator, await hub.sql('egov-services', `SELECT sum(numerator) AS num, sum(denominator) AS den FROM sector_statistic WHERE year = 2020 AND indicator = $1`, [indicator]));
  }
  // Non-confidential documents only, as the decision's words say.
  await expectCounts(
    'DOCS_TO_PPC_ELECTRONIC',
    await hub.sql('egov-services', `SELECT sum(electronic) AS num, sum(electronic + paper) AS den FROM document_exchange
      WHERE direction = 'TO_PPC' AND NOT confidential AND month BETWEEN date '2020-01-01' AND date '2020-12-01'`),
  );
  await expectCounts(
    'DOCS_INTERAGENCY_ELECTRONIC',
    await hub.sql('egov-services', `SELECT sum(electronic) AS num, sum(electronic + paper) AS den FROM document_exchange
      WHERE direction = 'INTERAGENCY' AND month BETWEEN date '2020-01-01' AND date '2020-12-01'`),
  );
});

const measurements = (sc: Map<string, Target>) => [...sc.values()].map((t) => ({ code: t.code, measurement: t.indicator.measurement, status: t.indicator.status }));
const nulls = (sc: Map<string, Target>) => [...sc.values()].map((t) => ({ code: t.code, measurement: null, status: 'NO_DATA' }));

test('a year without data gives null measurements and NO_DATA, not zeros: before the data (2000) and not yet begun (2030)', async () => {
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
  expect(reported).toEqual(reported.map((m) => ({ code: m.code, measurement: null, status: 'NO_DATA' })));
  // The procedure catalogue holds procedures issued in 2010: those figures are data, checked like 2020's.
  const [issued] = await hub.sql('institutions', `SELECT count(*) FILTER (WHERE ${ASSESSED_BEFORE_ISSUE}) AS num, count(*) AS den FROM administrative_procedure p
    WHERE p.issued_on BETWEEN date '2010-01-01' AND date '2010-12-31'`);
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
  const met = [...last.values()].filter((t) => t.indicator.status === 'MET').length;
  const missed = [...last.values()].filter((t) => t.indicator.status === 'NOT_MET').length;
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

test('data story: Resolution 829 shows in the unit-count target in 2020: 116 units in force (the province, 6 districts, 109 communes) against 123 on the plan\'s date', async () => {
  // The counts of the reference lists (admin-units-ha-nam-2016.csv and -2020.csv), not of the hub.
  expect((await scorecard(2019)).get('ADMIN_UNITS_NOT_INCREASED')!.indicator.measurement).toMatchObject({ numerator: 123, denominator: 123 });
  const y2020 = (await scorecard(2020)).get('ADMIN_UNITS_NOT_INCREASED')!.indicator;
  expect(y2020.measurement).toEqual({ numerator: 116, denominator: 123, value: Math.round(pct(116, 123) * 100) / 100 });
  expect(y2020.status).toBe('MET');
});

test('data story: the 2025 merge of communes shows in the unit-count target (fewer units than the baseline)', async () => {
  const m = (await scorecard(2025)).get('ADMIN_UNITS_NOT_INCREASED')!.indicator;
  const [units] = await hub.sql('institutions', `SELECT count(DISTINCT code) AS n FROM unit_version WHERE (valid_from IS NULL OR valid_from <= date '2025-12-31') AND (valid_to IS NULL OR valid_to >= date '2025-12-31')`);
  expect(m.measurement!.numerator).toBe(Number(units.n));
  expect(m.measurement!.numerator).toBeLessThan(m.measurement!.denominator!);
  expect(m.status).toBe('MET');
});

describe('npm run scorecard', () => {
  const runScript = (args: string[]) => runScriptEnv(args, {});
  const runScriptEnv = (args: string[], env: NodeJS.ProcessEnv) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/run.js'), path.join(REPO_ROOT, 'scripts/scorecard.ts'), ...args], {
        cwd: REPO_ROOT,
        env: { ...process.env, HUB_TOKEN: undefined, ...env },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('exit', (code) => resolve({ code, out, err }));
    });

  const VI_STATUS: Record<string, string> = {
    MET: 'Đạt', NOT_MET: 'Không đạt', ON_TRACK: 'Đúng tiến độ', AT_RISK: 'Có nguy cơ không đạt', NOT_DUE: 'Chưa đến hạn', NO_DATA: 'Chưa có số liệu',
  };
  const vi = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  const unwrap = (block: string) => block.replace(/\n\s+/g, ' ');

  test('2018, with --token: every target\'s Vietnamese status, full description and reading, counts and values in Vietnamese format, a summary per status', async () => {
    const { code, out, err } = await runScript(['--year', '2018', '--url', hub.gatewayUrl, '--token', token]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const sc = await scorecard(2018);
    const blocks = out.split('\n\n');
    for (const t of sc.values()) {
      const block = blocks.find((b) => b.startsWith(`${t.code} `))!;
      expect(block).toBeDefined();
      expect(block.split('\n')[0]).toContain(`[${VI_STATUS[t.indicator.status]}]`);
      // Wrapped, never cut: the decision's words are all there.
      expect(unwrap(block)).toContain(t.description.normalize('NFC'));
      if (t.note) expect(unwrap(block)).toContain(t.note.normalize('NFC'));
      const m = t.indicator.measurement;
      if (m) expect(block).toContain(`${vi(m.value!)} % (${m.numerator!.toLocaleString('vi-VN')}/${m.denominator!.toLocaleString('vi-VN')})`);
      // The yearly change still needed is said only when the latest value has not reached the target.
      const need = t.indicator.projection?.requiredYearlyChange ?? null;
      expect({ code: t.code, needs: block.includes('cần ') }).toEqual({ code: t.code, needs: need !== null && (['LT', 'LTE'].includes(t.comparator) ? need < 0 : need > 0) });
    }
    const counts = ['MET', 'NOT_MET', 'AT_RISK', 'ON_TRACK', 'NOT_DUE', 'NO_DATA'].map((s) => [s, VI_STATUS[s]]).map(([s, label]) => `${label} ${[...sc.values()].filter((t) => t.indicator.status === s).length}`);
    expect(out).toContain(counts.join(' · '));
    // A thousands separator is a dot and a decimal a comma, never the other way round.
    expect(out).not.toMatch(/\d\.\d %/);
  }, 30_000);

  test('HUB_TOKEN is used when --token is absent, and a refused token says why', async () => {
    const ok = await runScriptEnv(['--year', '2020', '--url', hub.gatewayUrl], { HUB_TOKEN: token });
    expect(ok.code).toBe(0);
    // In and after its due year a target is judged on its figure alone: no trend printed beside it; before it, the trend.
    for (const t of (await scorecard(2020)).values()) {
      const block = ok.out.split('\n\n').find((b) => b.startsWith(`${t.code} `))!;
      expect({ code: t.code, trend: block.includes('Xu hướng đến') }).toEqual({ code: t.code, trend: t.indicator.projection !== null && t.dueYear! > 2020 });
    }
    const bad = await runScript(['--year', '2020', '--url', hub.gatewayUrl, '--token', 'not-a-token']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--token/);
    const forged = await runScript(['--year', '2020', '--url', hub.gatewayUrl, '--token', `${token.slice(0, -4)}AAAA`]);
    expect(forged.code).not.toBe(0);
    expect(forged.err).toMatch(/UNAUTHENTICATED/);
  }, 30_000);

  test('against a gateway that runs only registered operations (production\'s PERSISTED_OPERATIONS=required): whole province, a unit and an agency', async () => {
    const gateway = await startGateway({
      env: { ...hub.env, ...Object.fromEntries(SUBGRAPHS.map((s) => [subgraphUrlEnv(s), hub.subgraphUrls[s]])), PERSISTED_OPERATIONS: 'required' },
      port: await testPort(),
    });
    try {
      // The gateway does refuse what is not registered, so the command's answers below prove it sends only registered operations.
      const adHoc = await postGraphQL(gateway.url, SCOPED, { plan: PLAN, year: 2020, unitCode: '347' }, token);
      expect(adHoc.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

      const whole = await runScript(['--year', '2018', '--url', gateway.url, '--token', token]);
      expect({ code: whole.code, err: whole.err }).toEqual({ code: 0, err: '' });
      expect(whole.out).toMatch(/toàn tỉnh/);
      for (const t of (await scorecard(2018)).values()) expect(whole.out).toContain(`${t.code} `);

      const unit = await runScriptEnv(['--year', '2020', '--unit', '347', '--url', gateway.url], { HUB_TOKEN: token });
      expect({ code: unit.code, err: unit.err }).toEqual({ code: 0, err: '' });
      expect(unit.out).toMatch(/phạm vi: .*Phủ Lý \(347\)/);

      const [agency] = await hub.sql('institutions', `SELECT id::text AS id FROM agency WHERE kind = 'DISTRICT_PEOPLES_COMMITTEE' ORDER BY code LIMIT 1`);
      const byAgency = await runScript(['--year', '2020', '--agency', agency.id, '--url', gateway.url, '--token', token]);
      expect({ code: byAgency.code, err: byAgency.err }).toEqual({ code: 0, err: '' });
      expect(byAgency.out).toMatch(/phạm vi: Ủy ban nhân dân/);
    } finally {
      await gateway.close();
    }
  }, 60_000);

  test('in production without --token or HUB_TOKEN it says what to pass, and asks nothing', async () => {
    const res = await runScriptEnv(['--year', '2020', '--url', 'http://127.0.0.1:9/graphql'], { NODE_ENV: 'production' });
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/--token.*HUB_TOKEN/);
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
    `INSERT INTO administrative_procedure (code, name, sector_code, level, processing_days, issued_on, abolished_on)
     SELECT 'KT2008.' || g, 'Thủ tục kiểm thử ' || g, $1, 'PROVINCE', 5, date '2008-03-01', date '2008-12-31' FROM generate_series(1, 30000) g`,
    [sector.code],
  );
  await hub.sql(
    'institutions',
    `INSERT INTO procedure_impact_assessment (procedure_code, draft_document, assessed_on, report_ref)
     SELECT 'KT2008.' || g, 'Dự thảo kiểm thử', date '2008-01-15', 'BC-' || g FROM generate_series(2, 30000) g`,
  );
  // The tax office reports 949 999 of 1 000 000 declarations online in 2014: 94.9999% shows as 95 but misses "≥ 95%".
  const [tax] = await hub.sql('egov-services', `SELECT reporting_agency_id AS id FROM sector_statistic WHERE indicator = 'TAX_DECLARATIONS_ONLINE' LIMIT 1`);
  await hub.sql('egov-services', `INSERT INTO sector_statistic (indicator, year, reporting_agency_id, numerator, denominator) VALUES ('TAX_DECLARATIONS_ONLINE', 2014, $1, 949999, 1000000)`, [tax.id]);

  const verdicts = async (year: number) => {
    const res = await hub.request(
      `query($plan: ID!, $year: Int!) { reformPlan(code: $plan) { targets { code indicator { measurement(year: $year) { value numerator denominator } met(year: $year) status(year: $year) } } } }`,
      { plan: PLAN, year },
      token,
    );
    expect(res.errors).toBeUndefined();
    return new Map(res.data.reformPlan.targets.map((t: { code: string; indicator: unknown }) => [t.code, t.indicator])) as Map<string, Record<string, unknown>>;
  };
  const y2008 = (await verdicts(2008)).get('TTHC_NEW_IMPACT_ASSESSED')!;
  expect(y2008).toEqual({ measurement: { numerator: 29999, denominator: 30000, value: 100 }, met: false, status: 'NOT_MET' });
  const y2014 = (await verdicts(2014)).get('TAX_DECLARATIONS_ONLINE')!;
  expect(y2014).toMatchObject({ measurement: { numerator: 949999, denominator: 1000000, value: 95 }, met: false });
  // Before the plan's first year there is no trend to judge a by-target on.
  expect(y2014.status).toBe('NOT_DUE');
});

const EVIDENCE = /* GraphQL */ `
  query TargetEvidence($code: ID!, $year: Int!, $first: Int!, $after: String, $counted: Boolean) {
    planTarget(code: $code) {
      code
      indicator {
        measurement(year: $year) {
          numerator
          denominator
          evidence(first: $first, after: $after, counted: $counted) {
            totalCount numerator denominator
            pageInfo { hasNextPage endCursor }
            edges { node { id kind label date counted numerator denominator } }
          }
        }
      }
    }
  }`;

/** The fields of one CSV line (RFC 4180: quoted fields may hold commas and doubled quotes). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') field += line[++i];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

type EvidencePage = {
  totalCount: number;
  numerator: number;
  denominator: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { id: string; kind: string; label: string; date: string; counted: boolean; numerator: number; denominator: number } }>;
};

async function evidence(code: string, year: number, vars: Record<string, unknown> = {}) {
  const res = await hub.request(EVIDENCE, { code, year, first: 100, ...vars }, token);
  return res;
}

describe('the evidence behind every number', () => {
  test('every target\'s evidence sums to its figure, for the province, a district and an agency', async () => {
    const SCOPED_EVIDENCE = `query($code: ID!, $year: Int!, $agencyId: ID, $unitCode: ID) { planTarget(code: $code) { indicator {
      measurement(year: $year, agencyId: $agencyId, unitCode: $unitCode) { numerator denominator evidence(first: 1) { numerator denominator } } } } }`;
    const [committee] = await hub.sql('institutions', `SELECT id::text AS id FROM agency WHERE kind = 'DISTRICT_PEOPLES_COMMITTEE' AND unit_code = '347'`);
    let compared = 0;
    for (const scope of [{}, { unitCode: '347' }, { agencyId: committee.id }]) {
      for (const t of YAML_TARGETS) {
        const res = await hub.request(SCOPED_EVIDENCE, { code: t.code, year: 2020, ...scope }, token);
        expect(res.errors).toBeUndefined();
        const m = res.data.planTarget.indicator.measurement;
        if (!m) continue;
        expect({ code: t.code, scope, numerator: m.evidence.numerator, denominator: m.evidence.denominator }).toEqual({ code: t.code, scope, numerator: m.numerator, denominator: m.denominator });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(2 * YAML_TARGETS.length);
  }, 120_000);

  test('the procedures behind TTHC_PUBLICLY_DISCLOSED in 2020: every page walked once, sums equal the figure, counted rows are the numerator', async () => {
    const nodes: EvidencePage['edges'][number]['node'][] = [];
    let after: string | null = null;
    let figure: { numerator: number; denominator: number } | null = null;
    let sums: EvidencePage | null = null;
    do {
      const res = await evidence('TTHC_PUBLICLY_DISCLOSED', 2020, { after });
      expect(res.errors).toBeUndefined();
      const m = res.data.planTarget.indicator.measurement;
      figure = { numerator: m.numerator, denominator: m.denominator };
      sums = m.evidence as EvidencePage;
      nodes.push(...sums.edges.map((e) => e.node));
      after = sums.pageInfo.hasNextPage ? sums.pageInfo.endCursor : null;
    } while (after);
    expect({ numerator: sums!.numerator, denominator: sums!.denominator }).toEqual(figure);
    expect(nodes.length).toBe(figure!.denominator);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect(nodes.filter((n) => n.counted).length).toBe(figure!.numerator);
    // The same rows as an independent count of the catalogue.
    const undisclosed = (await hub.sql('institutions', `SELECT code FROM administrative_procedure WHERE issued_on <= date '2020-12-31'
      AND (abolished_on IS NULL OR abolished_on > date '2020-12-31') AND (disclosed_on IS NULL OR disclosed_on > date '2020-12-31') ORDER BY code`)).map((r) => r.code);
    expect(nodes.filter((n) => !n.counted).map((n) => n.id).sort()).toEqual(undisclosed);
    expect(nodes.every((n) => n.kind === 'PROCEDURE' && n.date === '2020-12-31' && n.denominator === 1)).toBe(true);

    const counted = await evidence('TTHC_PUBLICLY_DISCLOSED', 2020, { counted: false, first: 5 });
    expect(counted.data.planTarget.indicator.measurement.evidence.totalCount).toBe(undisclosed.length);
  });

  test('bad paging is refused with a code naming the argument: a forged cursor, a page above 100', async () => {
    const forged = await evidence('TTHC_PUBLICLY_DISCLOSED', 2020, { after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(forged.errors?.[0].message).toMatch(/after/);
    const big = await evidence('TTHC_PUBLICLY_DISCLOSED', 2020, { first: 101 });
    expect(big.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const badCode = await hub.request(`{ planTarget(code: "x' OR 1=1") { code } }`, {}, token);
    expect(badCode.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  test('an inspector downloads the evidence as CSV: one line per record, as many as the denominator', async () => {
    const res = await fetch(`${hub.gatewayUrl.replace(/\/graphql$/, '')}/export.csv`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: EVIDENCE, variables: { code: 'TTHC_PUBLICLY_DISCLOSED', year: 2020, first: 100 } }),
    });
    expect(res.status).toBe(200);
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const m = (await evidence('TTHC_PUBLICLY_DISCLOSED', 2020, { first: 1 })).data.planTarget.indicator.measurement;
    // More records than the 100 of the page asked: the export follows the cursor through every page.
    expect(m.denominator).toBeGreaterThan(100);
    expect(lines.length - 1).toBe(m.denominator);
    expect(lines[0]).toContain('counted');
    // Row by row: every record once, and the rows marked counted are the numerator.
    const rows = lines.map(csvFields);
    const column = (name: string) => rows[0].findIndex((h) => h === name || h.endsWith(`.${name}`));
    const [id, counted] = [column('id'), column('counted')];
    expect(Math.min(id, counted)).toBeGreaterThanOrEqual(0);
    expect(new Set(rows.slice(1).map((r) => r[id])).size).toBe(m.denominator);
    expect(rows.slice(1).filter((r) => r[counted] === 'true').length).toBe(m.numerator);
  });
});

test('the units behind ADMIN_UNITS_NOT_INCREASED in 2020: those of the plan\'s date merged away by 1 Jan 2020 show 0/1, sums equal the figure', async () => {
  const nodes: EvidencePage['edges'][number]['node'][] = [];
  let after: string | null = null;
  let last: { numerator: number; denominator: number; evidence: EvidencePage } | null = null;
  do {
    const res = await evidence('ADMIN_UNITS_NOT_INCREASED', 2020, { after });
    expect(res.errors).toBeUndefined();
    last = res.data.planTarget.indicator.measurement;
    nodes.push(...last!.evidence.edges.map((e) => e.node));
    after = last!.evidence.pageInfo.hasNextPage ? last!.evidence.pageInfo.endCursor : null;
  } while (after);
  expect({ numerator: last!.evidence.numerator, denominator: last!.evidence.denominator }).toEqual({ numerator: last!.numerator, denominator: last!.denominator });
  expect(nodes.reduce((a, n) => a + n.numerator, 0)).toBe(last!.numerator);
  const mergedAway = nodes.filter((n) => n.numerator === 0 && n.denominator === 1);
  const [ended] = await hub.sql('institutions', `SELECT count(DISTINCT code)::int AS n FROM unit_version v WHERE (v.valid_from IS NULL OR v.valid_from <= date '2016-06-17')
    AND (v.valid_to IS NULL OR v.valid_to >= date '2016-06-17') AND NOT EXISTS (SELECT 1 FROM unit_version w WHERE w.code = v.code
    AND (w.valid_from IS NULL OR w.valid_from <= date '2020-12-31') AND (w.valid_to IS NULL OR w.valid_to >= date '2020-12-31'))`);
  expect(mergedAway.length).toBe(ended.n);
  expect(mergedAway.length).toBeGreaterThan(0);
  expect(nodes.every((n) => n.kind === 'ADMINISTRATIVE_UNIT')).toBe(true);
});
