/**
 * Requests the hub must refuse with a coded 4xx-class GraphQL error and no change to any row:
 * malformed ids, cursors, dates, enums, numbers out of range, oversize strings, wrong variable
 * types, broken bodies and invalid UTF-8, callers without the right, and writes that break a
 * domain rule. Each case names what it sends, so a failure says which input got through.
 */
export interface Fixtures {
  department: string;
  commune: string;
  procedureCode: string;
  procedureVersion: number;
  sectorCode: string;
  civilServant: string;
  civilServantVersion: number;
  leftCivilServant: string;
  course: string;
  resolvedDossier: string;
  egovProcedure: string;
  financeAgency: string;
  unsettledYear: number;
}

export type Who = 'anonymous' | 'analyst' | 'admin' | 'editor:institutions' | 'expired' | 'garbage';

export interface BadCase {
  name: string;
  who: Who;
  query?: string;
  variables?: (fx: Fixtures) => Record<string, unknown>;
  /** A raw body instead of { query, variables } (malformed JSON, invalid UTF-8, …). */
  raw?: { body: Buffer | string; contentType?: string; method?: 'GET' | 'POST'; search?: string };
  /** Codes acceptable for this case; by default any 4xx-class code. */
  codes?: string[];
}

const uuidish = ['not-a-uuid', '', "' OR 1=1 --", '00000000-0000-0000-0000-00000000000g', 'x'.repeat(5000), '../../etc/passwd', '%00', '１２３'];
const cursors = ['garbage', '', 'eyJ4IjoxfQ==', 'W10=', 'WzEsMiwzLDQsNSw2XQ==', '!!!!', 'a'.repeat(3000)];

const cases: BadCase[] = [];
const add = (c: BadCase) => cases.push(c);

// Malformed ids on every by-id read.
for (const [field, sel, who] of [
  ['agency(id: $id)', '{ id }', 'analyst'],
  ['legalDocument(id: $id)', '{ id }', 'analyst'],
  ['civilServant(id: $id)', '{ id }', 'analyst'],
  ['trainingCourse(id: $id)', '{ id }', 'analyst'],
  ['dossier(id: $id)', '{ id }', 'analyst'],
] as const) {
  for (const id of uuidish.slice(0, field.startsWith('agency') ? 8 : 4)) {
    add({ name: `${field} with id ${JSON.stringify(id.slice(0, 40))}`, who, query: `query($id: ID!) { ${field} ${sel} }`, variables: () => ({ id }) });
  }
}
add({ name: 'administrativeProcedure with an oversize code', who: 'anonymous', query: `query($c: ID!) { administrativeProcedure(code: $c) { code } }`, variables: () => ({ c: 'x'.repeat(5000) }) });
add({ name: 'administrativeUnit with an oversize code', who: 'analyst', query: `query($c: ID!) { administrativeUnit(code: $c) { code } }`, variables: () => ({ c: '9'.repeat(5000) }) });
add({ name: 'agencies filtered by a malformed parent id', who: 'analyst', query: `{ agencies(first: 5, orderBy: NAME, filter: { parentId: "nope" }) { totalCount } }` });
add({ name: 'budgetSummary for a malformed agency id', who: 'analyst', query: `{ budgetSummary(yearFrom: 2020, yearTo: 2020, agencyId: "nope") { year } }` });
add({ name: 'civilServants filtered by a malformed agency id', who: 'analyst', query: `{ civilServants(first: 5, orderBy: NAME, filter: { agencyId: "nope" }) { totalCount } }` });
add({ name: 'dossierStatistics filtered by a malformed agency id', who: 'analyst', query: `{ dossierStatistics(groupBy: [YEAR], filter: { agencyId: "nope" }) { received } }` });

// Cursors.
for (const [list, args] of [
  ['agencies', 'orderBy: NAME'],
  ['administrativeProcedures', ''],
  ['legalDocuments', ''],
  ['civilServants', 'orderBy: NAME'],
  ['trainingCourses', ''],
] as const) {
  for (const after of cursors.slice(0, list === 'agencies' ? 7 : 3)) {
    add({ name: `${list} after ${JSON.stringify(after.slice(0, 30))}`, who: 'analyst', query: `query($after: String) { ${list}(first: 5, after: $after${args ? `, ${args}` : ''}) { totalCount } }`, variables: () => ({ after }) });
  }
}
add({ name: 'an audit log after a garbage cursor', who: 'admin', query: `{ publicFinanceAuditLog(first: 5, after: "garbage") { totalCount } }` });

// Page sizes and numbers out of range.
for (const first of [0, -1, 101, 1_000_000]) {
  add({ name: `agencies first: ${first}`, who: 'analyst', query: `query($first: Int!) { agencies(first: $first, orderBy: NAME) { totalCount } }`, variables: () => ({ first }) });
}
add({ name: 'administrativeProcedures first: 2^31 (not an Int)', who: 'anonymous', query: `{ administrativeProcedures(first: 2147483648) { totalCount } }` });
add({ name: 'civilServants first: 500', who: 'analyst', query: `{ civilServants(first: 500, orderBy: NAME) { totalCount } }` });
for (const year of [-1, 0, 99999, 2147483647]) {
  add({ name: `parIndexRanking year ${year}`, who: 'analyst', query: `query($y: Int!) { parIndexRanking(year: $y) { rank } }`, variables: () => ({ y: year }) });
}
add({ name: 'budgetSummary yearTo before yearFrom', who: 'analyst', query: `{ budgetSummary(yearFrom: 2020, yearTo: 2010) { year } }` });
add({ name: 'budgetSummary over 500 years', who: 'analyst', query: `{ budgetSummary(yearFrom: 1990, yearTo: 2100) { year } }` });
add({ name: 'autonomyDistribution year 3000', who: 'analyst', query: `{ autonomyDistribution(yearFrom: 3000, yearTo: 3001) { year } }` });
add({ name: 'parFunding in plan area 99', who: 'analyst', query: `{ parFunding(year: 2020, area: 99) { area } }` });
add({ name: 'workforceStatistics year 1', who: 'analyst', query: `{ workforceStatistics(year: 1, groupBy: [CATEGORY]) { count } }` });
add({ name: 'workforceStatistics without a dimension', who: 'analyst', query: `{ workforceStatistics(year: 2020, groupBy: []) { count } }` });
add({ name: 'dossierStatistics yearFrom after yearTo', who: 'analyst', query: `{ dossierStatistics(groupBy: [YEAR], filter: { yearFrom: 2020, yearTo: 2010 }) { received } }` });
add({ name: 'AgencyProfile-like read for year -5', who: 'analyst', query: `query($id: ID!) { agency(id: $id) { workforce(year: -5) { headcount } budget(year: -5) { estimate } } }`, variables: (fx) => ({ id: fx.department }) });

// Dates.
for (const asOf of ['2020-13-01', '2020-02-30', 'yesterday', '', '2020-1-1', '20200101', '2020-01-01T00:00:00Z']) {
  add({ name: `administrativeUnit asOf ${JSON.stringify(asOf)}`, who: 'analyst', query: `query($d: Date) { administrativeUnit(code: "35", asOf: $d) { code } }`, variables: () => ({ d: asOf }) });
}
add({ name: 'administrativeUnits asOf as a literal number', who: 'analyst', query: `{ administrativeUnits(asOf: 20200101) { code } }` });

// Enums.
add({ name: 'agencies filtered by an unknown kind (variable)', who: 'analyst', query: `query($f: AgencyFilter) { agencies(first: 5, orderBy: NAME, filter: $f) { totalCount } }`, variables: () => ({ f: { kind: 'MINISTRY' } }) });
add({ name: 'agencies ordered by an unknown order (literal)', who: 'analyst', query: `{ agencies(first: 5, orderBy: BUDGET) { totalCount } }` });
add({ name: 'administrativeUnits level as a string literal', who: 'analyst', query: `{ administrativeUnits(level: "DISTRICT") { code } }` });
add({ name: 'dossierStatistics grouped by an unknown dimension', who: 'analyst', query: `query($g: [DossierDimension!]!) { dossierStatistics(groupBy: $g) { received } }`, variables: () => ({ g: ['WEATHER'] }) });
add({ name: 'civilServants filtered by a lower-case category', who: 'analyst', query: `query($f: CivilServantFilter) { civilServants(first: 5, orderBy: NAME, filter: $f) { totalCount } }`, variables: () => ({ f: { categories: ['cadre'] } }) });
add({ name: 'parFunding source unknown', who: 'analyst', query: `{ parFunding(year: 2020, source: DONATION) { area } }` });

// Oversize strings.
add({ name: 'procedure search of 20 000 characters', who: 'anonymous', query: `query($f: ProcedureFilter) { administrativeProcedures(first: 5, filter: $f) { totalCount } }`, variables: () => ({ f: { search: 'khai sinh '.repeat(2000) } }) });
add({ name: 'civil servant search of 5 000 characters', who: 'analyst', query: `query($f: CivilServantFilter) { civilServants(first: 5, orderBy: NAME, filter: $f) { totalCount } }`, variables: () => ({ f: { search: 'Nguyễn'.repeat(1000) } }) });
add({ name: 'agency search of 50 000 characters', who: 'analyst', query: `query($f: AgencyFilter) { agencies(first: 5, orderBy: NAME, filter: $f) { totalCount } }`, variables: () => ({ f: { search: 'a'.repeat(50_000) } }) });
add({ name: 'a body over the size limit', who: 'analyst', query: `query($s: String) { agencies(first: 5, orderBy: NAME, filter: { search: $s }) { totalCount } }`, variables: () => ({ s: 'a'.repeat(1_100_000) }) });

// Wrong variable types.
add({ name: 'year given as a string', who: 'analyst', query: `query($y: Int!) { parIndexRanking(year: $y) { rank } }`, variables: () => ({ y: '2020' }) });
add({ name: 'first given as a float', who: 'analyst', query: `query($n: Int!) { agencies(first: $n, orderBy: NAME) { totalCount } }`, variables: () => ({ n: 1.5 }) });
add({ name: 'filter given as a string', who: 'analyst', query: `query($f: AgencyFilter) { agencies(first: 5, orderBy: NAME, filter: $f) { totalCount } }`, variables: () => ({ f: 'kind=DEPARTMENT' }) });
add({ name: 'id given as an object', who: 'analyst', query: `query($id: ID!) { agency(id: $id) { id } }`, variables: () => ({ id: { $ne: null } }) });
add({ name: 'a required variable missing', who: 'analyst', query: `query($id: ID!) { agency(id: $id) { id } }`, variables: () => ({}) });
add({ name: 'an undeclared variable used', who: 'analyst', query: `{ agency(id: $id) { id } }` });
add({ name: 'a list where a scalar is expected', who: 'analyst', query: `query($y: Int!) { parIndexRanking(year: $y) { rank } }`, variables: () => ({ y: [2020] }) });
add({ name: 'Money given as a float', who: 'admin', query: `mutation($i: BudgetEstimateInput!) { recordBudgetEstimate(input: $i) { id } }`, variables: (fx) => ({ i: { agencyId: fx.financeAgency, year: 2020, category: 'PAR', amount: 12.5 } }) });
add({ name: 'Money beyond bigint', who: 'admin', query: `mutation($i: BudgetEstimateInput!) { recordBudgetEstimate(input: $i) { id } }`, variables: (fx) => ({ i: { agencyId: fx.financeAgency, year: 2020, category: 'PAR', amount: '99999999999999999999999' } }) });
add({ name: 'an input with an unknown field', who: 'admin', query: `mutation($i: EvaluationInput!) { recordEvaluation(input: $i) { year } }`, variables: (fx) => ({ i: { civilServantId: fx.civilServant, year: 2020, rating: 'GOOD', bonus: 1 } }) });
add({ name: 'null for a non-null input field', who: 'admin', query: `mutation($i: SectorStatisticInput!) { recordSectorStatistic(input: $i) { year } }`, variables: (fx) => ({ i: { indicator: 'TAX_PAID_ONLINE', year: 2020, reportingAgencyId: fx.financeAgency, numerator: null, denominator: 10 } }) });

// Broken requests.
add({ name: 'malformed JSON', who: 'analyst', raw: { body: '{"query": "{ agencies(first: 1, orderBy: NAME) { totalCount } }"' } });
add({ name: 'invalid UTF-8 bytes inside a string variable', who: 'analyst', raw: { body: Buffer.concat([Buffer.from('{"query":"query($s: String) { agencies(first: 5, orderBy: NAME, filter: { search: $s }) { totalCount } }","variables":{"s":"Nguy'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('n"}}')]) } });
add({ name: 'invalid UTF-8 bytes inside the query text', who: 'analyst', raw: { body: Buffer.concat([Buffer.from('{"query":"{ administrativeProcedures(first: 5, filter: { search: \\"kh'), Buffer.from([0xc0, 0xaf]), Buffer.from('i\\" }) { totalCount } }"}')]) } });
add({ name: 'a lone UTF-16 surrogate escaped in JSON', who: 'analyst', raw: { body: '{"query":"query($s: String) { agencies(first: 5, orderBy: NAME, filter: { search: $s }) { totalCount } }","variables":{"s":"\\ud800"}}' } });
add({ name: 'a NUL character in a variable', who: 'analyst', raw: { body: '{"query":"query($s: String) { agencies(first: 5, orderBy: NAME, filter: { search: $s }) { totalCount } }","variables":{"s":"a\\u0000b"}}' } });
add({ name: 'an empty body', who: 'analyst', raw: { body: '' } });
add({ name: 'a body that is a JSON number', who: 'analyst', raw: { body: '42' } });
add({ name: 'query is not a string', who: 'analyst', raw: { body: '{"query": {"text": "{ __typename }"}}' } });
add({ name: 'variables is an array', who: 'analyst', raw: { body: '{"query": "{ __typename }", "variables": [1]}' } });
add({ name: 'a syntax error in the document', who: 'analyst', query: `{ agencies(first: 5 orderBy: NAME { totalCount } }` });
add({ name: 'an unknown field', who: 'analyst', query: `{ agencies(first: 5, orderBy: NAME) { totalCount salary } }` });
add({ name: 'a mutation sent with GET', who: 'admin', raw: { body: '', method: 'GET', search: `?query=${encodeURIComponent('mutation { recordEvaluation(input: {civilServantId: "x", year: 2020, rating: GOOD}) { year } }')}` } });
add({ name: 'a form-encoded POST', who: 'analyst', raw: { body: 'query=%7B__typename%7D', contentType: 'application/x-www-form-urlencoded' } });
add({ name: 'two operations without an operationName', who: 'analyst', query: `query A { __typename } query B { __typename }` });
add({ name: 'too many operations in a batch', who: 'analyst', raw: { body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ __typename }' }))) } });

// Callers without the right.
const EVALUATE = `mutation($i: EvaluationInput!) { recordEvaluation(input: $i) { year } }`;
const evaluation = (fx: Fixtures) => ({ i: { civilServantId: fx.civilServant, year: 2019, rating: 'GOOD' } });
add({ name: 'a write without a token', who: 'anonymous', query: EVALUATE, variables: evaluation });
add({ name: 'a write by an analyst', who: 'analyst', query: EVALUATE, variables: evaluation });
add({ name: 'a write by the editor of another subgraph', who: 'editor:institutions', query: EVALUATE, variables: evaluation });
add({ name: 'a write with an expired token', who: 'expired', query: EVALUATE, variables: evaluation });
add({ name: 'a write with a garbage token', who: 'garbage', query: EVALUATE, variables: evaluation });
add({ name: 'a read of people without a token', who: 'anonymous', query: `{ civilServants(first: 5, orderBy: NAME) { totalCount } }` });
add({ name: 'a budget read without a token', who: 'anonymous', query: `{ budgetSummary(yearFrom: 2020, yearTo: 2020) { year } }` });
add({ name: 'an audit log read by an analyst', who: 'analyst', query: `{ institutionsAuditLog(first: 5) { totalCount } }` });

// Writes that break a domain rule (the admin may write anywhere, so only the rule refuses them).
const m = (name: string, query: string, variables: (fx: Fixtures) => Record<string, unknown>) => add({ name, who: 'admin', query, variables });
const PAR = `mutation($i: ParAssessmentInput!) { recordParAssessment(input: $i) { score } }`;
m('PAR assessment of a commune', PAR, (fx) => ({ i: { agencyId: fx.commune, year: 2020, selfScore: 80, appraisedScore: 78 } }));
m('PAR assessment scored 120', PAR, (fx) => ({ i: { agencyId: fx.department, year: 2020, selfScore: 120, appraisedScore: 78 } }));
m('PAR assessment scored negative', PAR, (fx) => ({ i: { agencyId: fx.department, year: 2020, selfScore: 80, appraisedScore: -1 } }));
m('PAR assessment for year 1900', PAR, (fx) => ({ i: { agencyId: fx.department, year: 1900, selfScore: 80, appraisedScore: 78 } }));
m('PAR assessment with areas that do not add up', PAR, (fx) => ({
  i: { agencyId: fx.department, year: 2020, selfScore: 80, appraisedScore: 78, components: ['STEERING', 'INSTITUTIONS', 'PROCEDURES', 'ORGANISATION', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION', 'IMPACT'].map((area) => ({ area, selfPoints: 1, appraisedPoints: 1 })) },
}));
m('PAR assessment of an unknown agency', PAR, () => ({ i: { agencyId: '00000000-0000-4000-8000-00000000dead', year: 2020, selfScore: 80, appraisedScore: 78 } }));
const CREATE_PROC = `mutation($i: CreateProcedureInput!) { createAdministrativeProcedure(input: $i) { code } }`;
const proc = (fx: Fixtures, extra: Record<string, unknown>) => ({ i: { code: 'TEST.0001', name: 'Thủ tục thử', sectorCode: fx.sectorCode, level: 'PROVINCE', processingDays: 5, interconnected: false, issuedOn: '2020-01-01', ...extra } });
m('a procedure whose code exists', CREATE_PROC, (fx) => proc(fx, { code: fx.procedureCode }));
m('a procedure in an unknown sector', CREATE_PROC, (fx) => proc(fx, { sectorCode: 'KHONG_CO' }));
m('a procedure taking 400 days', CREATE_PROC, (fx) => proc(fx, { processingDays: 400 }));
m('a procedure with a negative fee', CREATE_PROC, (fx) => proc(fx, { fee: '-1' }));
m('a procedure with an empty name', CREATE_PROC, (fx) => proc(fx, { name: '   ' }));
m('a procedure code with spaces and quotes', CREATE_PROC, (fx) => proc(fx, { code: `1.0 '; DROP TABLE x` }));
m('a procedure issued on 2020-02-31', CREATE_PROC, (fx) => proc(fx, { issuedOn: '2020-02-31' }));
m('a procedure assessed in the future', CREATE_PROC, (fx) => proc(fx, { impactAssessment: { draftDocument: 'Dự thảo quyết định', assessedOn: '2999-01-01', reportRef: '1/BC-STP' } }));
const UPDATE_PROC = `mutation($code: ID!, $v: Int!, $i: UpdateProcedureInput!) { updateAdministrativeProcedure(code: $code, version: $v, input: $i) { code } }`;
m('a procedure update from a stale version', UPDATE_PROC, (fx) => ({ code: fx.procedureCode, v: fx.procedureVersion + 7, i: { processingDays: 3 } }));
m('a procedure abolished before it was issued', UPDATE_PROC, (fx) => ({ code: fx.procedureCode, v: fx.procedureVersion, i: { abolishedOn: '1900-01-01' } }));
m('an update of an unknown procedure', UPDATE_PROC, () => ({ code: 'KHONG.TON.TAI', v: 1, i: { processingDays: 3 } }));
const SETTLE = `mutation($i: BudgetSettlementInput!) { recordBudgetSettlement(input: $i) { id } }`;
m('a settlement without its estimate', SETTLE, (fx) => ({ i: { agencyId: fx.financeAgency, year: fx.unsettledYear, category: 'INVESTMENT', amount: '1000' } }));
m('a negative budget estimate', `mutation($i: BudgetEstimateInput!) { recordBudgetEstimate(input: $i) { id } }`, (fx) => ({ i: { agencyId: fx.financeAgency, year: 2020, category: 'PAR', amount: '-1000' } }));
m('a budget estimate for an unknown agency', `mutation($i: BudgetEstimateInput!) { recordBudgetEstimate(input: $i) { id } }`, () => ({ i: { agencyId: '00000000-0000-4000-8000-00000000dead', year: 2020, category: 'PAR', amount: '1000' } }));
m('a budget estimate for year 2500', `mutation($i: BudgetEstimateInput!) { recordBudgetEstimate(input: $i) { id } }`, (fx) => ({ i: { agencyId: fx.financeAgency, year: 2500, category: 'PAR', amount: '1000' } }));
m('an autonomy assessment with negative revenue', `mutation($i: AutonomyAssessmentInput!) { recordAutonomyAssessment(input: $i) { group } }`, (fx) => ({ i: { agencyId: fx.financeAgency, year: 2020, revenue: '-5', recurrentSpending: '10', coversInvestment: false } }));
m('PAR funding in plan area 42', `mutation($i: ParFundingInput!) { recordParFunding(input: $i) { task } }`, (fx) => ({ i: { agencyId: fx.financeAgency, year: 2020, area: 42, task: 'x', source: 'STATE_BUDGET', planned: '1', allocated: '1', spent: '1' } }));
m('PAR funding with an oversize task', `mutation($i: ParFundingInput!) { recordParFunding(input: $i) { task } }`, (fx) => ({ i: { agencyId: fx.financeAgency, year: 2020, area: 1, task: 't'.repeat(10_000), source: 'STATE_BUDGET', planned: '1', allocated: '1', spent: '1' } }));
const HIRE = `mutation($i: HireCivilServantInput!) { hireCivilServant(input: $i) { id } }`;
const hire = (fx: Fixtures, extra: Record<string, unknown>) => ({ i: { fullName: 'Nguyễn Văn Thử', gender: 'MALE', dateOfBirth: '1990-05-01', nationalIdNumber: '035090000001', category: 'CIVIL_SERVANT', agencyId: fx.department, qualification: 'BACHELOR', specialisationFits: true, hiredOn: '2020-01-01', electronicRecord: true, ...extra } });
m('a recruit born after being hired', HIRE, (fx) => hire(fx, { dateOfBirth: '2021-01-01' }));
m('a recruit with a malformed national id', HIRE, (fx) => hire(fx, { nationalIdNumber: 'ABC' }));
m('a recruit with an oversize name', HIRE, (fx) => hire(fx, { fullName: 'N'.repeat(5000) }));
m('a recruit with a malformed email', HIRE, (fx) => hire(fx, { email: 'not an email' }));
m('a recruit in an unknown agency', HIRE, (fx) => hire(fx, { agencyId: '00000000-0000-4000-8000-00000000dead' }));
m('an update of a personnel record from a stale version', `mutation($i: UpdateCivilServantInput!) { updateCivilServant(input: $i) { id } }`, (fx) => ({ i: { id: fx.civilServant, version: fx.civilServantVersion + 9, phone: '0912345678' } }));
m('a leave recorded twice', `mutation($i: LeaveInput!) { recordLeave(input: $i) { id } }`, (fx) => ({ i: { id: fx.leftCivilServant, version: 1, leftOn: '2021-01-01', reason: 'RETIRED' } }));
m('an evaluation for year 1800', EVALUATE, (fx) => ({ i: { civilServantId: fx.civilServant, year: 1800, rating: 'GOOD' } }));
m('an evaluation of an unknown person', EVALUATE, () => ({ i: { civilServantId: '00000000-0000-4000-8000-00000000dead', year: 2020, rating: 'GOOD' } }));
m('a training completion of an unknown course', `mutation($i: TrainingCompletionInput!) { recordTrainingCompletion(input: $i) { id } }`, (fx) => ({ i: { civilServantId: fx.civilServant, courseId: '00000000-0000-4000-8000-00000000dead', completedOn: '2020-06-01' } }));
m('a training completion in the next century', `mutation($i: TrainingCompletionInput!) { recordTrainingCompletion(input: $i) { id } }`, (fx) => ({ i: { civilServantId: fx.civilServant, courseId: fx.course, completedOn: '2199-06-01' } }));
m('an appointment to a post without a post name', `mutation($i: AppointmentInput!) { recordAppointment(input: $i) { id } }`, (fx) => ({ i: { civilServantId: fx.civilServant, kind: 'POST', appointedOn: '2020-06-01', metStandards: true } }));
const RECEIVE = `mutation($i: ReceiveDossierInput!) { receiveDossier(input: $i) { id } }`;
m('a dossier for an unknown procedure', RECEIVE, (fx) => ({ i: { procedureCode: 'KHONG.TON.TAI', agencyId: fx.department, channel: 'ONLINE', applicantKind: 'CITIZEN', applicantName: 'Trần Thị Thử' } }));
m('a dossier with an empty applicant name', RECEIVE, (fx) => ({ i: { procedureCode: fx.egovProcedure, agencyId: fx.department, channel: 'ONLINE', applicantKind: 'CITIZEN', applicantName: '  ' } }));
m('a dossier received in the future', RECEIVE, (fx) => ({ i: { procedureCode: fx.egovProcedure, agencyId: fx.department, channel: 'ONLINE', applicantKind: 'CITIZEN', applicantName: 'Trần Thị Thử', receivedAt: '2199-01-01T08:00:00Z' } }));
m('a dossier with a malformed receivedAt', RECEIVE, (fx) => ({ i: { procedureCode: fx.egovProcedure, agencyId: fx.department, channel: 'ONLINE', applicantKind: 'CITIZEN', applicantName: 'Trần Thị Thử', receivedAt: 'hôm qua' } }));
m('resolving a dossier already resolved', `mutation($i: ResolveDossierInput!) { resolveDossier(input: $i) { id } }`, (fx) => ({ i: { dossierId: fx.resolvedDossier } }));
m('withdrawing a dossier already resolved', `mutation($i: CloseDossierInput!) { withdrawDossier(input: $i) { id } }`, (fx) => ({ i: { dossierId: fx.resolvedDossier, reason: 'Công dân rút' } }));
m('a supplement request on an unknown dossier', `mutation($i: RequestSupplementInput!) { requestSupplement(input: $i) { id } }`, () => ({ i: { dossierId: '00000000-0000-4000-8000-00000000dead', reason: 'Thiếu giấy tờ' } }));
m('a survey with more satisfied than responses', `mutation($i: SatisfactionSurveyInput!) { recordSatisfactionSurvey(input: $i) { year } }`, (fx) => ({ i: { agencyId: fx.department, year: 2020, kind: 'PROCEDURE', responses: 10, satisfied: 11, accessIndex: 80, procedureIndex: 80, civilServantIndex: 80, resultIndex: 80, feedbackIndex: 80 } }));
m('a survey index of 250', `mutation($i: SatisfactionSurveyInput!) { recordSatisfactionSurvey(input: $i) { year } }`, (fx) => ({ i: { agencyId: fx.department, year: 2020, kind: 'PROCEDURE', responses: 10, satisfied: 5, accessIndex: 250, procedureIndex: 80, civilServantIndex: 80, resultIndex: 80, feedbackIndex: 80 } }));
m('a document exchange with negative counts', `mutation($i: DocumentExchangeInput!) { recordDocumentExchange(input: $i) { month } }`, (fx) => ({ i: { agencyId: fx.department, month: '2020-03-01', direction: 'TO_PPC', confidential: false, electronic: -3, paper: 1 } }));
m('a sector statistic with numerator above denominator', `mutation($i: SectorStatisticInput!) { recordSectorStatistic(input: $i) { year } }`, (fx) => ({ i: { indicator: 'TAX_PAID_ONLINE', year: 2020, reportingAgencyId: fx.department, numerator: 11, denominator: 10 } }));
m('an online service at level 7', `mutation($i: OnlineServiceLevelInput!) { setOnlineServiceLevel(input: $i) { code } }`, (fx) => ({ i: { procedureCode: fx.egovProcedure, level: 7, since: '2020-01-01', fullyOnline: false } }));

export const BAD_INPUT_CASES = cases;
