import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DocumentNode } from 'graphql';
import * as operations from '@par/operations';
import { REPO_ROOT } from '@par/platform';
import { tokenFor } from '@par/platform/testing';
import { PLAN, startContractHub, tokens, type ContractHub } from '../contract/support';

/**
 * `@par/operations` as a frontend team meets it: built and packed with `npm pack`, the tarball
 * installed by npm into a fresh ESM project and a fresh CommonJS project outside the repository,
 * type-checked there, and run against a real hub with Apollo Client (the package's typePolicies,
 * development warnings on), urql and graphql-request. Offline: the clients' own packages come from
 * this repository's node_modules (linked, declared in the project's package.json), so npm fetches
 * nothing, and fails if the tarball needs anything else.
 */
const run = promisify(execFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'par-client-package-'));
/** What a frontend team installs beside the package: its dependencies and the three clients. */
const PROVIDED = ['graphql', '@graphql-typed-document-node/core', '@apollo/client', '@urql/core', 'graphql-request', 'rxjs'];
const version = (p: string) => (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', p, 'package.json'), 'utf8')) as { version: string }).version;

let hub: ContractHub;
let tarball: string;
let packed: string[];
const results: Record<'esm' | 'cjs', any> = { esm: null, cjs: null };

async function pack(): Promise<void> {
  await run(process.execPath, [path.join(REPO_ROOT, 'packages/operations/build.mjs')], { cwd: REPO_ROOT });
  const { stdout } = await run('npm', ['pack', path.join(REPO_ROOT, 'packages/operations/dist/package'), '--pack-destination', tmp, '--json', '--ignore-scripts'], { cwd: tmp });
  const [info] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = path.join(tmp, info.filename);
  packed = info.files.map((f) => f.path);
}

/** A fresh project of one module format with the tarball installed by npm, and its type check. */
async function project(format: 'esm' | 'cjs'): Promise<string> {
  const dir = path.join(tmp, format);
  fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  for (const p of PROVIDED) {
    fs.mkdirSync(path.dirname(path.join(dir, 'node_modules', p)), { recursive: true });
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', p), path.join(dir, 'node_modules', p));
  }
  const dependencies = Object.fromEntries(PROVIDED.map((p) => [p, version(p)]));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `consumer-${format}`, private: true, type: format === 'esm' ? 'module' : 'commonjs', dependencies }));
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball], { cwd: dir });

  const scenario = fs.readFileSync(path.join(__dirname, 'support/client-package-scenario.js'), 'utf8');
  const load = `const config = JSON.parse(process.env.CLIENT_CONFIG);`;
  if (format === 'esm') {
    fs.writeFileSync(path.join(dir, 'scenario.mjs'), `${scenario}\nexport { scenario };\n`);
    fs.writeFileSync(
      path.join(dir, 'main.mjs'),
      `import fs from 'node:fs';
import util from 'node:util';
import * as ops from '@par/operations';
import * as apollo from '@par/operations/apollo';
import * as ac from '@apollo/client';
import * as dev from '@apollo/client/dev';
import * as urql from '@urql/core';
import * as gqlr from 'graphql-request';
import { scenario } from './scenario.mjs';
${load}
config.resolved = { index: import.meta.resolve('@par/operations'), apollo: import.meta.resolve('@par/operations/apollo') };
await scenario({ fs, util, ops, apollo, ac, dev, urql, gqlr }, config);
`,
    );
  } else {
    fs.writeFileSync(path.join(dir, 'scenario.cjs'), `${scenario}\nmodule.exports = { scenario };\n`);
    fs.writeFileSync(
      path.join(dir, 'main.cjs'),
      `const fs = require('node:fs');
const { scenario } = require('./scenario.cjs');
${load}
config.resolved = { index: require.resolve('@par/operations'), apollo: require.resolve('@par/operations/apollo') };
const m = { fs, util: require('node:util'), ops: require('@par/operations'), apollo: require('@par/operations/apollo'), ac: require('@apollo/client'), dev: require('@apollo/client/dev'), urql: require('@urql/core'), gqlr: require('graphql-request') };
scenario(m, config).catch((err) => { process.stderr.write(String(err && err.stack || err)); process.exit(1); });
`,
    );
  }
  // The declarations: typed variables and results, the Apollo policies; a wrong variable type is an error.
  fs.writeFileSync(
    path.join(dir, 'typed.ts'),
    `import { AgencyProfileDocument, requestBody, type ResultOf, type VariablesOf } from '@par/operations';
import { possibleTypes, typePolicies } from '@par/operations/apollo';
import { InMemoryCache } from '@apollo/client';
const variables: VariablesOf<typeof AgencyProfileDocument> = { id: 'x', year: 2020 };
export const body = requestBody(AgencyProfileDocument, variables);
export const unit = (r: ResultOf<typeof AgencyProfileDocument>): string | undefined => r.agency?.administrativeUnit?.id;
export const cache = new InMemoryCache({ typePolicies, possibleTypes });
// @ts-expect-error the year is a number
export const wrong: VariablesOf<typeof AgencyProfileDocument> = { id: 'x', year: '2020' };
`,
  );
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [] }, files: ['typed.ts'] }),
  );
  await run(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir }).catch((err) => {
    throw new Error(`a ${format} project does not type-check against the package:\n${err.stdout}${err.stderr}`);
  });
  return dir;
}

/** Data as the gateway answers it, without the __typename the clients add. */
function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => k !== '__typename').map(([k, x]) => [k, plain(x)]));
  return v;
}

const doc = (op: string) => (operations as unknown as Record<string, DocumentNode>)[`${op}Document`];

beforeAll(async () => {
  const started = Date.now();
  const starting = startContractHub({ scale: 0.01 }).then((h) => (hub = h));
  const dirs = await pack()
    .then(() => Promise.all([project('esm'), project('cjs')]))
    .finally(() => starting.catch(() => undefined));
  await starting;
  const [committee] = await hub.sql('institutions', `SELECT id FROM agency WHERE kind = 'DISTRICT_PEOPLES_COMMITTEE' AND unit_code = '349' ORDER BY established_on NULLS FIRST LIMIT 1`);
  const people = await hub.sql('civil-servants', 'SELECT id FROM civil_servant ORDER BY id LIMIT 2');
  const [department] = await hub.sql('institutions', `SELECT id FROM agency WHERE kind = 'DEPARTMENT' ORDER BY code LIMIT 1`);
  // The mutations write: each project records its own (another course, estimate, year, channel).
  const trainings = await hub.sql(
    'civil-servants',
    `SELECT cs.id AS person, co.id AS course, to_char(greatest(co.ends_on, cs.hired_on), 'YYYY-MM-DD') AS day FROM civil_servant cs CROSS JOIN training_course co
      WHERE cs.left_on IS NULL AND co.ends_on <= current_date AND NOT EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id AND tc.course_id = co.id)
      ORDER BY cs.id, co.id LIMIT 2`,
  );
  const estimates = await hub.sql(
    'public-finance',
    `SELECT e.agency_id, e.fiscal_year::int AS year, e.category FROM budget_line e WHERE e.stage = 'ESTIMATE'
        AND NOT EXISTS (SELECT 1 FROM budget_line s WHERE s.stage = 'SETTLEMENT' AND s.agency_id = e.agency_id AND s.fiscal_year = e.fiscal_year AND s.category = e.category)
      ORDER BY 1, 2, 3 LIMIT 2`,
  );
  const [procedure] = await hub.sql('egov-services', 'SELECT p.code, p.agency_id FROM procedure_ref p JOIN agency_ref a ON a.id = p.agency_id ORDER BY p.code LIMIT 1');
  const [target] = await hub.sql('institutions', `SELECT code FROM plan_target ORDER BY code LIMIT 1`);
  const analyst = await tokens.analyst();
  const leadership = await tokens.leadership();
  const pii = await tokens.leadershipPii();
  const editor = (subgraph: string) => tokenFor({ roles: ['editor'], subgraph });
  const editors = { cs: await editor('civil-servants'), egov: await editor('egov-services'), inst: await editor('institutions'), pf: await editor('public-finance') };
  const province = '35';
  const configFor = (i: number) => ({
    url: `${hub.gatewayUrl}`,
    queries: [
      { op: 'ParScorecard', token: analyst, variables: [{ plan: PLAN, year: 2019 }, { plan: PLAN, year: 2020 }] },
      { op: 'AgencyProfile', token: leadership, variables: [{ id: committee.id, year: 2019 }, { id: committee.id, year: 2020 }] },
      { op: 'DistrictComparison', token: analyst, variables: [{ province, year: 2016, asOf: '2016-06-17' }, { province, year: 2020, asOf: '2020-12-31' }] },
      { op: 'ProcedureCatalogue', token: analyst, variables: [{ first: 5, year: 2020 }, 'nextPage'], connection: 'administrativeProcedures' },
      { op: 'CivilServantSearch', token: analyst, variables: [{ first: 5, year: 2020 }, 'nextPage'], connection: 'civilServants' },
      { op: 'PersonnelRecord', token: pii, variables: people.map((p) => ({ id: p.id })) },
      { op: 'DossierTrend', token: analyst, variables: [{ filter: { yearFrom: 2016, yearTo: 2020 }, groupBy: ['YEAR', 'CHANNEL'] }, { filter: { yearFrom: 2018, yearTo: 2020 }, groupBy: ['YEAR'] }] },
      { op: 'DashboardFilters', token: analyst, variables: [{ plan: PLAN, province, asOf: '2016-06-17' }, { plan: PLAN, province, asOf: '2020-12-31' }] },
      { op: 'DashboardScorecard', token: analyst, variables: [{ plan: PLAN, year: 2020 }, { plan: PLAN, year: 2020, unitCode: '349' }] },
      { op: 'DashboardPlanTargets', token: analyst, variables: [{ plan: PLAN }] },
      { op: 'DashboardTargetFigure', token: analyst, variables: [{ code: target.code, year: 2020, unitCode: '349' }, { code: target.code, year: 2020, agencyId: committee.id }] },
      {
        op: 'DashboardTargetEvidence',
        token: analyst,
        variables: [{ code: target.code, year: 2020, first: 3 }, 'nextPage'],
        connection: 'planTarget.indicator.measurement.evidence',
      },
    ],
    mutations: [
      { op: 'RecordTrainingCompletion', field: 'recordTrainingCompletion', token: editors.cs, variables: { input: trainings[i] && { civilServantId: trainings[i].person, courseId: trainings[i].course, completedOn: trainings[i].day } } },
      { op: 'ReceiveDossier', field: 'receiveDossier', token: editors.egov, variables: { input: { procedureCode: procedure.code, agencyId: procedure.agency_id, channel: ['ONLINE', 'IN_PERSON'][i], applicantKind: 'CITIZEN', applicantName: 'Trần Thị Kiểm Thử', applicantIdNumber: '035190000123' } } },
      { op: 'RecordParAssessment', field: 'recordParAssessment', token: editors.inst, variables: { input: { agencyId: department.id, year: 2021 + i, selfScore: 84.5, appraisedScore: 80.25 } } },
      { op: 'RecordBudgetSettlement', field: 'recordBudgetSettlement', token: editors.pf, variables: { input: estimates[i] && { agencyId: estimates[i].agency_id, year: estimates[i].year, category: estimates[i].category, amount: '1000000' } } },
      // A settlement is recorded once: the second project settles only when the sample has a second open estimate.
    ].filter((m) => m.variables.input),
    control: {
      token: analyst,
      unpolicied: [{ op: 'ParScorecard', variables: { plan: PLAN, year: 2020 } }, { op: 'DashboardFilters', variables: { plan: PLAN, province, asOf: '2020-12-31' } }],
      byCode: { op: 'DistrictComparison', variables: [{ province, year: 2016, asOf: '2016-06-17' }, { province, year: 2020, asOf: '2020-12-31' }] },
    },
    urql: [
      { op: 'DistrictComparison', token: analyst, variables: { province, year: 2020, asOf: '2020-12-31' } },
      { op: 'ProcedureCatalogue', token: null, variables: { filter: { search: 'khai sinh' }, first: 5, year: 2020 } },
      { op: 'ParScorecard', token: analyst, variables: { plan: PLAN, year: 2020 }, post: true },
    ],
    graphqlRequest: [
      { op: 'AgencyProfile', token: leadership, variables: { id: committee.id, year: 2020 } },
      { op: 'DossierTrend', token: analyst, variables: { filter: { yearFrom: 2016, yearTo: 2020 }, groupBy: ['YEAR', 'CHANNEL'] } },
    ],
  });
  const config = configFor(0);
  await Promise.all(
    (['esm', 'cjs'] as const).map(async (format, i) => {
      const out = path.join(tmp, `${format}.json`);
      const cfg = configFor(i);
      await run(process.execPath, ['--conditions=development', path.join(dirs[i], format === 'esm' ? 'main.mjs' : 'main.cjs')], {
        cwd: dirs[i],
        env: { PATH: process.env.PATH, CLIENT_CONFIG: JSON.stringify({ ...cfg, out }) },
      }).catch((err) => {
        throw new Error(`the ${format} project failed:\n${err.stdout}${err.stderr}`);
      });
      results[format] = JSON.parse(fs.readFileSync(out, 'utf8'));
    }),
  );
  // Direct answers of the gateway, to compare every client's data and cache with.
  for (const r of [results.esm, results.cjs]) {
    for (const a of r.apollo) {
      const c = config.queries.find((q) => q.op === a.op)!;
      a.direct = [];
      for (const v of a.variables) a.direct.push(await hub.run(doc(a.op), v, c.token));
      // The pages read back from the cache as one list: what asking for both pages at once answers.
      if (c.connection) a.directBoth = await hub.run(doc(a.op), { ...a.variables[0], first: 2 * a.variables[0].first }, c.token);
    }
  }
  console.log(`client package: packed, installed twice, type-checked and run in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 180_000);

afterAll(async () => {
  await hub?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the tarball', () => {
  test('ships ESM and CommonJS with declarations for both entry points, and the documents', () => {
    for (const f of ['package.json', 'esm/index.js', 'esm/index.d.ts', 'esm/apollo.js', 'esm/apollo.d.ts', 'cjs/index.js', 'cjs/index.d.ts', 'cjs/apollo.js', 'cjs/apollo.d.ts', 'operations.graphql', 'examples.json']) {
      expect(packed).toContain(f);
    }
    expect(packed.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  test('each project loads its own format and sees every operation of the repository', () => {
    expect(results.esm.resolved.index).toMatch(/node_modules\/@par\/operations\/esm\/index\.js$/);
    expect(results.esm.resolved.apollo).toMatch(/node_modules\/@par\/operations\/esm\/apollo\.js$/);
    expect(results.cjs.resolved.index).toMatch(/node_modules\/@par\/operations\/cjs\/index\.js$/);
    expect(results.cjs.resolved.apollo).toMatch(/node_modules\/@par\/operations\/cjs\/apollo\.js$/);
    const expected = Object.keys(operations).filter((k) => k.endsWith('Document')).sort();
    expect(expected.length).toBeGreaterThanOrEqual(15);
    for (const r of [results.esm, results.cjs]) {
      expect(r.exports.documents).toEqual(expected);
      expect(r.exports.possibleTypes.Indicator.sort()).toEqual(['EgovIndicator', 'InstitutionsIndicator', 'WorkforceIndicator']);
    }
  });
});

describe.each(['esm', 'cjs'] as const)('Apollo Client in the %s project', (format) => {
  test('every contract and dashboard query, its variables changed, with no warning; the cache answers each as the gateway does', () => {
    const r = results[format];
    expect(r.apolloWarnings).toEqual([]);
    const contract = ['ParScorecard', 'AgencyProfile', 'DistrictComparison', 'ProcedureCatalogue', 'CivilServantSearch', 'PersonnelRecord', 'DossierTrend'];
    expect(r.apollo.map((a: any) => a.op)).toEqual(expect.arrayContaining(contract));
    for (const a of r.apollo) {
      if (a.directBoth) {
        // relayStylePagination: the next page is appended, so after it the cache answers both pages as one list.
        expect({ op: a.op, first: plain(a.fetched[0]) }).toEqual({ op: a.op, first: a.direct[0] });
        expect({ op: a.op, after: plain(a.fetched[1]), cached: plain(a.cached[0]) }).toEqual({ op: a.op, after: a.directBoth, cached: a.directBoth });
        continue;
      }
      a.fetched.forEach((data: unknown, i: number) => expect({ op: a.op, i, data: plain(data) }).toEqual({ op: a.op, i, data: a.direct[i] }));
      a.cached.forEach((data: unknown, i: number) => expect({ op: a.op, i, cached: plain(data) }).toEqual({ op: a.op, i, cached: a.direct[i] }));
    }
  });

  test('DistrictComparison on two dates keeps each date\'s units: Duy Tiên a district in 2016, a town at the end of 2020', () => {
    const a = results[format].apollo.find((x: any) => x.op === 'DistrictComparison');
    const duyTien = (data: any) => data.administrativeUnit.children.find((c: any) => c.code === '349');
    expect(duyTien(a.cached[0])).toMatchObject({ id: expect.stringMatching(/^349@/), fullName: 'Huyện Duy Tiên' });
    expect(duyTien(a.cached[1])).toMatchObject({ id: expect.stringMatching(/^349@2020-/), fullName: 'Thị xã Duy Tiên' });
    expect(duyTien(a.cached[0]).id).not.toBe(duyTien(a.cached[1]).id);
    expect(a.cached[0].administrativeUnit.children.length).toBe(6);
  });

  test('the controls fail as they should: no policies warn of lost data, units keyed by code mix the dates', () => {
    const r = results[format];
    expect(r.controlWarnings.join('\n')).toMatch(/Cache data may be lost when replacing the reformPlan field/);
    const mixed = r.controlByCode;
    expect(plain(mixed.cached[1])).toEqual(plain(mixed.fetched[1]));
    expect(plain(mixed.cached[0])).not.toEqual(plain(mixed.fetched[0]));
  });

  test('each mutation\'s result is stored under its own id', () => {
    const r = results[format];
    const all = ['RecordTrainingCompletion', 'ReceiveDossier', 'RecordParAssessment', 'RecordBudgetSettlement'];
    if (format === 'esm') expect(r.mutations.map((m: any) => m.op)).toEqual(all);
    else expect(r.mutations.length).toBeGreaterThanOrEqual(2);
    for (const m of r.mutations) {
      expect({ op: m.op, cacheId: m.cacheId }).toEqual({ op: m.op, cacheId: expect.stringMatching(/^[A-Za-z]+:.+/) });
      expect(m.stored).not.toBeNull();
      expect(m.result.id).toEqual(expect.any(String));
    }
    const par = r.mutations.find((m: any) => m.op === 'RecordParAssessment');
    expect(par.result.id).toBe(`${par.result.agency.id}:${par.result.year}`);
  });
});

describe.each(['esm', 'cjs'] as const)('urql and graphql-request in the %s project', (format) => {
  test('urql: GET with the CSRF preflight header, POST when asked, the same data as the gateway; a GET without the header is refused', async () => {
    const r = results[format];
    expect(r.urql.map((u: any) => [u.op, u.method, u.error])).toEqual([
      ['DistrictComparison', 'GET', null],
      ['ProcedureCatalogue', 'GET', null],
      ['ParScorecard', 'POST', null],
    ]);
    const analyst = await tokens.analyst();
    for (const u of r.urql) expect(plain(u.data)).toEqual(await hub.run(doc(u.op), u.variables, u.op === 'ProcedureCatalogue' ? undefined : analyst));
    expect(r.urqlWithoutPreflight).toMatchObject({ method: 'GET', data: null, error: expect.stringMatching(/CSRF|preflight|400/i) });
  });

  test('graphql-request: the typed documents by POST, the same data as the gateway', async () => {
    const r = results[format];
    expect(r.graphqlRequest.map((g: any) => g.op)).toEqual(['AgencyProfile', 'DossierTrend']);
    const token = { AgencyProfile: await tokens.leadership(), DossierTrend: await tokens.analyst() } as Record<string, string>;
    for (const g of r.graphqlRequest) expect(g.data).toEqual(await hub.run(doc(g.op), g.variables, token[g.op]));
    expect(r.otherWarnings).toEqual([]);
  });
});

