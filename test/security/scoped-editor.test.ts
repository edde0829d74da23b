import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { Client } from 'pg';
import { databaseNameOf, databaseUrl, REPO_ROOT, SUBGRAPHS, type SubgraphName } from '@par/platform';
import { testServerUrl, tokenFor } from '@par/platform/testing';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * Every mutation of the supergraph under an agency-scoped editor of the owning subgraph, acting on
 * its parent agency, a sibling and an agency of another district (issue 16): FORBIDDEN, under a
 * second, and nothing written in the owning database (every table's rows, content and xmin
 * unchanged, the audit log included). The list is read from supergraph.graphql, so a new mutation
 * without a case here fails this file.
 */
type Relation = 'parent' | 'sibling' | 'other district';
const RELATIONS: Relation[] = ['parent', 'sibling', 'other district'];

interface Target {
  agencyId: string;
  unitCode: string;
  personId?: string;
  version?: number;
  dossierId?: string;
  procedureCode?: string;
}
type Needs = 'agency' | 'person' | 'dossier' | 'procedure' | 'egovProcedure';
interface Case {
  subgraph: SubgraphName;
  needs: Needs;
  op: (t: Target) => { query: string; variables: Record<string, unknown> };
}

const m = (field: string, type: string, input: Record<string, unknown>, select = '__typename') => ({
  query: `mutation($input: ${type}!) { ${field}(input: $input) { ${select} } }`,
  variables: { input },
});

let courseId = '';
const CASES: Record<string, Case> = {
  recordTrainingCompletion: { subgraph: 'civil-servants', needs: 'person', op: (t) => m('recordTrainingCompletion', 'TrainingCompletionInput', { civilServantId: t.personId, courseId, completedOn: '2020-06-01' }) },
  hireCivilServant: {
    subgraph: 'civil-servants', needs: 'agency',
    op: (t) => m('hireCivilServant', 'HireCivilServantInput', {
      fullName: 'Nguyễn Văn Lấn Quyền', gender: 'MALE', dateOfBirth: '1990-01-01', nationalIdNumber: '035090009999', category: 'CIVIL_SERVANT',
      agencyId: t.agencyId, unitCode: t.unitCode, qualification: 'BACHELOR', hiredOn: '2020-01-02',
    }),
  },
  updateCivilServant: { subgraph: 'civil-servants', needs: 'person', op: (t) => m('updateCivilServant', 'UpdateCivilServantInput', { id: t.personId, version: t.version, fullName: 'Đổi Tên Trái Phép' }) },
  recordLeave: { subgraph: 'civil-servants', needs: 'person', op: (t) => m('recordLeave', 'LeaveInput', { id: t.personId, version: t.version, leftOn: '2020-06-30', reason: 'RETIRED' }) },
  recordEvaluation: { subgraph: 'civil-servants', needs: 'person', op: (t) => m('recordEvaluation', 'EvaluationInput', { civilServantId: t.personId, year: 2020, rating: 'NOT_COMPLETED' }) },
  recordAppointment: { subgraph: 'civil-servants', needs: 'person', op: (t) => m('recordAppointment', 'AppointmentInput', { civilServantId: t.personId, kind: 'POST', post: 'Trưởng phòng', appointedOn: '2020-06-01', metStandards: true }) },
  receiveDossier: {
    subgraph: 'egov-services', needs: 'agency',
    op: (t) => m('receiveDossier', 'ReceiveDossierInput', { procedureCode: anyProcedure, agencyId: t.agencyId, unitCode: t.unitCode, channel: 'ONLINE', applicantKind: 'CITIZEN', applicantName: 'Người Nộp' }),
  },
  requestSupplement: { subgraph: 'egov-services', needs: 'dossier', op: (t) => m('requestSupplement', 'RequestSupplementInput', { dossierId: t.dossierId, reason: 'Thiếu giấy tờ' }) },
  resumeDossier: { subgraph: 'egov-services', needs: 'dossier', op: (t) => m('resumeDossier', 'ResumeDossierInput', { dossierId: t.dossierId }) },
  resolveDossier: { subgraph: 'egov-services', needs: 'dossier', op: (t) => m('resolveDossier', 'ResolveDossierInput', { dossierId: t.dossierId }) },
  refuseDossier: { subgraph: 'egov-services', needs: 'dossier', op: (t) => m('refuseDossier', 'CloseDossierInput', { dossierId: t.dossierId, reason: 'Từ chối' }) },
  withdrawDossier: { subgraph: 'egov-services', needs: 'dossier', op: (t) => m('withdrawDossier', 'CloseDossierInput', { dossierId: t.dossierId, reason: 'Rút hồ sơ' }) },
  recordSectorStatistic: { subgraph: 'egov-services', needs: 'agency', op: (t) => m('recordSectorStatistic', 'SectorStatisticInput', { indicator: 'TAX_PAID_ONLINE', year: 2020, reportingAgencyId: t.agencyId, numerator: 1, denominator: 2 }) },
  recordDocumentExchange: { subgraph: 'egov-services', needs: 'agency', op: (t) => m('recordDocumentExchange', 'DocumentExchangeInput', { agencyId: t.agencyId, month: '2020-06-01', direction: 'TO_PPC', confidential: false, electronic: 1, paper: 1 }) },
  setOnlineServiceLevel: { subgraph: 'egov-services', needs: 'egovProcedure', op: (t) => m('setOnlineServiceLevel', 'OnlineServiceLevelInput', { procedureCode: t.procedureCode, level: 4, since: '2020-06-01', fullyOnline: true }, 'code') },
  recordSatisfactionSurvey: {
    subgraph: 'egov-services', needs: 'agency',
    op: (t) => m('recordSatisfactionSurvey', 'SatisfactionSurveyInput', { agencyId: t.agencyId, year: 2020, kind: 'PROCEDURE', responses: 10, satisfied: 9, accessIndex: 90, procedureIndex: 90, civilServantIndex: 90, resultIndex: 90, feedbackIndex: 90 }),
  },
  recordParAssessment: { subgraph: 'institutions', needs: 'agency', op: (t) => m('recordParAssessment', 'ParAssessmentInput', { agencyId: t.agencyId, year: 2020, selfScore: 90, appraisedScore: 88 }) },
  createAdministrativeProcedure: {
    subgraph: 'institutions', needs: 'agency',
    op: (t) => m('createAdministrativeProcedure', 'CreateProcedureInput', { code: 'X.999999', name: 'Thủ tục lấn quyền', sectorCode: sectorCode, level: 'DISTRICT', implementingAgencyId: t.agencyId, processingDays: 5, issuedOn: '2020-01-01' }, 'code'),
  },
  updateAdministrativeProcedure: {
    subgraph: 'institutions', needs: 'procedure',
    op: (t) => ({ query: `mutation($code: ID!, $version: Int!, $input: UpdateProcedureInput!) { updateAdministrativeProcedure(code: $code, version: $version, input: $input) { code } }`, variables: { code: t.procedureCode, version: t.version, input: { name: 'Đổi tên trái phép' } } }),
  },
  recordAutonomyAssessment: { subgraph: 'public-finance', needs: 'agency', op: (t) => m('recordAutonomyAssessment', 'AutonomyAssessmentInput', { agencyId: t.agencyId, year: 2020, revenue: '1000', recurrentSpending: '1000' }, 'year') },
  recordBudgetEstimate: { subgraph: 'public-finance', needs: 'agency', op: (t) => m('recordBudgetEstimate', 'BudgetEstimateInput', { agencyId: t.agencyId, year: 2020, category: 'PAR', amount: '1000' }, 'year') },
  recordBudgetSettlement: { subgraph: 'public-finance', needs: 'agency', op: (t) => m('recordBudgetSettlement', 'BudgetSettlementInput', { agencyId: t.agencyId, year: 2020, category: 'PAR', amount: '1000' }, 'year') },
  recordParFunding: { subgraph: 'public-finance', needs: 'agency', op: (t) => m('recordParFunding', 'ParFundingInput', { agencyId: t.agencyId, year: 2020, area: 1, task: 'Lấn quyền', source: 'STATE_BUDGET', planned: '1', allocated: '1', spent: '1' }, 'year') },
};

/**
 * Not agency-scoped: the working calendar is the province's, one for every agency, so an editor
 * limited to an agency may not change it (egov-services' calendar service refuses it).
 */
const PROVINCE_WIDE: Record<string, { subgraph: SubgraphName; op: () => { query: string; variables: Record<string, unknown> } }> = {
  setCalendarDay: { subgraph: 'egov-services', op: () => m('setCalendarDay', 'SetCalendarDayInput', { day: '2020-06-15', kind: 'DAY_OFF', reason: 'Nghỉ trái phép' }, 'day') },
  removeCalendarDay: { subgraph: 'egov-services', op: () => ({ query: 'mutation($day: Date!) { removeCalendarDay(day: $day) { day } }', variables: { day: calendarDay } }) },
};

let hub: TestHub;
const db = {} as Record<SubgraphName, Client>;
let sectorCode = '';
let anyProcedure = '';
let calendarDay = '';
/** The editor's agency (a district office with subordinates) and the candidates for each relation, nearest first. */
const scope = { editor: '', candidates: {} as Record<Relation, string[]> };

beforeAll(async () => {
  hub = await startTestHub({ scale: 0.01 });
  for (const s of SUBGRAPHS) {
    db[s] = new Client({ connectionString: databaseUrl(testServerUrl(), databaseNameOf(s, hub.prefix)) });
    await db[s].connect();
  }
  const inst = db.institutions;
  const { rows: [e] } = await inst.query(`
    SELECT e.id, e.parent_id FROM agency e JOIN agency p ON p.id = e.parent_id
     WHERE p.kind = 'DISTRICT_PEOPLES_COMMITTEE' AND e.kind = 'DISTRICT_OFFICE' AND EXISTS (SELECT 1 FROM agency c WHERE c.parent_id = e.id)
     ORDER BY e.code LIMIT 1`);
  const subtree = `WITH RECURSIVE t(id, depth) AS (SELECT id, 0 FROM agency WHERE id = ANY($1::uuid[]) UNION ALL SELECT a.id, t.depth + 1 FROM agency a JOIN t ON a.parent_id = t.id)`;
  const siblings = await inst.query(`${subtree} SELECT t.id FROM t JOIN agency a USING (id) ORDER BY t.depth, a.code`, [
    (await inst.query(`SELECT array_agg(id) AS ids FROM agency WHERE parent_id = $1 AND id <> $2`, [e.parent_id, e.id])).rows[0].ids,
  ]);
  const other = await inst.query(`${subtree} SELECT t.id FROM t JOIN agency a USING (id) ORDER BY t.depth, a.code`, [
    (await inst.query(`SELECT array_agg(id ORDER BY code) AS ids FROM agency WHERE kind = 'DISTRICT_PEOPLES_COMMITTEE' AND id <> $1`, [e.parent_id])).rows[0].ids,
  ]);
  scope.editor = e.id;
  scope.candidates = { parent: [e.parent_id], sibling: siblings.rows.map((r) => r.id), 'other district': other.rows.map((r) => r.id) };
  courseId = (await db['civil-servants'].query('SELECT id FROM training_course ORDER BY starts_on DESC LIMIT 1')).rows[0].id;
  sectorCode = (await inst.query('SELECT code FROM procedure_sector ORDER BY code LIMIT 1')).rows[0].code;
  anyProcedure = (await db['egov-services'].query(`SELECT code FROM procedure_ref WHERE level = 'DISTRICT' ORDER BY code LIMIT 1`)).rows[0].code;
  await placeObjectsInEveryRelation();
  calendarDay = (await db['egov-services'].query(`SELECT to_char(day, 'YYYY-MM-DD') AS d FROM calendar_day ORDER BY day LIMIT 1`)).rows[0].d;
}, 240_000);

afterAll(async () => {
  await Promise.all(Object.values(db).map((c) => c.end()));
  await hub?.stop();
});

/**
 * The sample may hold no staff at the district People's Committee itself and no procedure
 * implemented by these agencies: give each relation's nearest agency one of each, staff through the
 * API as a province-wide admin would, procedures (reference rows) directly.
 */
async function placeObjectsInEveryRelation(): Promise<void> {
  const admin = await tokenFor({ roles: ['admin'], sub: 'fixture-admin' });
  for (const [i, relation] of RELATIONS.entries()) {
    const { rows: [a] } = await db.institutions.query('SELECT id, unit_code FROM agency WHERE id = $1', [scope.candidates[relation][0]]);
    const staff = await db['civil-servants'].query('SELECT 1 FROM civil_servant WHERE agency_id = $1 AND left_on IS NULL', [a.id]);
    if (!staff.rowCount) {
      const hired = await hub.request(CASES.hireCivilServant.op({ agencyId: a.id, unitCode: a.unit_code }).query, {
        input: { ...(CASES.hireCivilServant.op({ agencyId: a.id, unitCode: a.unit_code }).variables.input as object), fullName: 'Người Mẫu', nationalIdNumber: `03509000100${i}` },
      }, admin);
      if (hired.errors) throw new Error(`fixture hire failed: ${JSON.stringify(hired.errors)}`);
    }
    await db.institutions.query(`UPDATE administrative_procedure SET implementing_agency_id = $1 WHERE code = (SELECT code FROM administrative_procedure WHERE implementing_agency_id IS DISTINCT FROM $1 ORDER BY code OFFSET $2 LIMIT 1)`, [a.id, i]);
    await db['egov-services'].query(`UPDATE procedure_ref SET agency_id = $1 WHERE code = (SELECT code FROM procedure_ref WHERE agency_id IS DISTINCT FROM $1 ORDER BY code OFFSET $2 LIMIT 1)`, [a.id, i]);
  }
}

/** The first candidate agency (nearest first) holding what the case needs, with that object. */
async function target(needs: Needs, relation: Relation): Promise<Target> {
  const ids = scope.candidates[relation];
  const first = async (c: Client, sql: string) => (await c.query(`SELECT x.* FROM unnest($1::uuid[]) WITH ORDINALITY c(id, n), LATERAL (${sql}) x ORDER BY c.n LIMIT 1`, [ids])).rows[0];
  const agency = (id: string) => db.institutions.query('SELECT id AS "agencyId", unit_code AS "unitCode" FROM agency WHERE id = $1', [id]).then((r) => r.rows[0]);
  let found: Target | undefined;
  if (needs === 'agency') found = await agency(ids[0]);
  if (needs === 'person') found = await first(db['civil-servants'], `SELECT cs.agency_id AS "agencyId", cs.unit_code AS "unitCode", cs.id AS "personId", cs.version FROM civil_servant cs WHERE cs.agency_id = c.id AND cs.left_on IS NULL ORDER BY cs.id LIMIT 1`);
  if (needs === 'dossier') found = await first(db['egov-services'], `SELECT d.agency_id AS "agencyId", d.unit_code AS "unitCode", d.id AS "dossierId" FROM dossier d WHERE d.agency_id = c.id ORDER BY d.received_at DESC LIMIT 1`);
  if (needs === 'procedure') found = await first(db.institutions, `SELECT p.implementing_agency_id AS "agencyId", '' AS "unitCode", p.code AS "procedureCode", p.version FROM administrative_procedure p WHERE p.implementing_agency_id = c.id ORDER BY p.code LIMIT 1`);
  if (needs === 'egovProcedure') {
    const p = await first(db['egov-services'], `SELECT p.agency_id AS "agencyId", p.code AS "procedureCode" FROM procedure_ref p WHERE p.agency_id = c.id ORDER BY p.code LIMIT 1`);
    found = p && { ...(await agency(ids[0])), procedureCode: p.procedureCode };
  }
  if (!found) throw new Error(`no ${relation} agency of the fixture holds a ${needs}: the case cannot be tried`);
  return found;
}

/** Every table of a subgraph's database: rows, their content and the transactions that wrote them. */
async function fingerprint(s: SubgraphName): Promise<Record<string, string>> {
  const { rows } = await db[s].query(`
    SELECT c.relname AS t,
           (xpath('/row/x/text()', query_to_xml(format(
              'SELECT count(*) || ''/'' || coalesce(sum(hashtext(t::text)::bigint), 0) || ''/'' || coalesce(sum(xmin::text::bigint), 0) AS x FROM %I t', c.relname), false, true, '')))[1]::text AS f
      FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' ORDER BY c.relname`);
  return Object.fromEntries(rows.map((r) => [r.t, r.f]));
}

async function attempt(s: SubgraphName, op: { query: string; variables: Record<string, unknown> }) {
  const token = await tokenFor({ roles: ['editor'], subgraph: s, agency: scope.editor, sub: `scoped-${s}` });
  const before = await fingerprint(s);
  const started = Date.now();
  const r = await hub.request(op.query, op.variables, token);
  const ms = Date.now() - started;
  return { r, ms, written: (await fingerprint(s)) as Record<string, string>, before };
}

it('every mutation of the supergraph has a case here (or is province-wide, below)', () => {
  const doc = parse(fs.readFileSync(path.join(REPO_ROOT, 'supergraph.graphql'), 'utf8'));
  const mutation = doc.definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Mutation')!;
  const fields = mutation.fields!.map((f) => f.name.value).sort();
  expect(fields).toEqual([...Object.keys(CASES), ...Object.keys(PROVINCE_WIDE)].sort());
});

describe.each(Object.entries(CASES))('%s', (field, c) => {
  it.each(RELATIONS)('on the editor\'s %s agency: FORBIDDEN under a second, nothing written', async (relation) => {
    const t = await target(c.needs, relation);
    const { r, ms, written, before } = await attempt(c.subgraph, c.op(t));
    expect({ field, relation, code: r.errors?.[0]?.extensions?.code, message: r.errors?.[0]?.message }).toEqual({ field, relation, code: 'FORBIDDEN', message: expect.stringMatching(/own agency|territory|province-wide/) });
    expect(r.data?.[field] ?? null).toBeNull();
    expect(written).toEqual(before);
    // Quick refusal, not a benchmark: on a starved machine one slow answer is retried once and the faster counts.
    const fastest = ms < 1000 ? ms : Math.min(ms, (await attempt(c.subgraph, c.op(t))).ms);
    expect(fastest).toBeLessThan(1000);
  });
});

describe.each(Object.entries(PROVINCE_WIDE))('%s (province-wide, not agency-scoped)', (field, c) => {
  it('is refused to an agency-scoped editor: FORBIDDEN under a second, nothing written', async () => {
    const { r, ms, written, before } = await attempt(c.subgraph, c.op());
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.data?.[field] ?? null).toBeNull();
    expect(written).toEqual(before);
    // Quick refusal, not a benchmark: on a starved machine one slow answer is retried once and the faster counts.
    const fastest = ms < 1000 ? ms : Math.min(ms, (await attempt(c.subgraph, c.op())).ms);
    expect(fastest).toBeLessThan(1000);
  });
});
