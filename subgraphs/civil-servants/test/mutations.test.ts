import { Client } from 'pg';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import { measureKeyOf } from '@par/sample-data';
import civilServants from '../src/subgraph';
import { A, buildPeople, COURSES, insertFixture } from './fixture';

const people = buildPeople(30);
let sg: TestSubgraph;
let db: Client;
let editor: string;

beforeAll(async () => {
  sg = await startTestSubgraph(civilServants);
  await insertFixture(sg.databaseUrl, people);
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
  editor = await tokenFor({ roles: ['editor'], subgraph: 'civil-servants', sub: 'so-noi-vu' });
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

/** Row counts of every table a mutation may write, to prove a refused one wrote nothing. */
async function counts() {
  const { rows: [r] } = await db.query(`SELECT (SELECT count(*) FROM civil_servant)::int AS staff, (SELECT count(*) FROM training_completion)::int AS completions,
    (SELECT count(*) FROM evaluation)::int AS evaluations, (SELECT count(*) FROM audit_log)::int AS audit,
    (SELECT coalesce(sum(version), 0) FROM civil_servant)::int AS versions`);
  return r;
}

const RECORD = `mutation($input: TrainingCompletionInput!) { recordTrainingCompletion(input: $input) { completedOn course { id title } civilServant { id fullName } } }`;
const HIRE = `mutation($input: HireCivilServantInput!) { hireCivilServant(input: $input) { id fullName category agency { id } hiredOn version active electronicRecord } }`;
const UPDATE = `mutation($input: UpdateCivilServantInput!) { updateCivilServant(input: $input) { id fullName qualification version } }`;
const LEAVE = `mutation($input: LeaveInput!) { recordLeave(input: $input) { id leftOn leaveReason active version } }`;
const EVALUATE = `mutation($input: EvaluationInput!) { recordEvaluation(input: $input) { year rating } }`;

const course2021 = COURSES.find((c) => c.year === 2021 && c.kind === 'LEGAL_KNOWLEDGE')!;
const hireInput = (over: Record<string, unknown> = {}) => ({
  fullName: 'Trần Thị Ngọc Ánh', gender: 'FEMALE', dateOfBirth: '1995-04-12', nationalIdNumber: '035195001234', phone: '0912345678',
  email: 'anh.ttn@hanam.gov.vn', category: 'CIVIL_SERVANT', agencyId: A.dept, rankCode: '01.003', qualification: 'BACHELOR', hiredOn: '2021-03-01', ...over,
});

test('recordTrainingCompletion (contract) writes the completion and its audit row in one go', async () => {
  const p = people.find((x) => !x.completions.some((c) => c.course.id === course2021.id))!;
  const before = await counts();
  const res = await sg.request(RECORD, { input: { civilServantId: p.id, courseId: course2021.id, completedOn: '2021-03-20' } }, editor);
  expect(res.errors).toBeUndefined();
  expect(res.data.recordTrainingCompletion).toEqual({
    completedOn: '2021-03-20', course: { id: course2021.id, title: 'Bồi dưỡng LEGAL_KNOWLEDGE năm 2021' }, civilServant: { id: p.id, fullName: p.fullName },
  });
  const after = await counts();
  expect([after.completions, after.audit]).toEqual([before.completions + 1, before.audit + 1]);
  const { rows: [entry] } = await db.query(`SELECT operation, subject, object_ids FROM audit_log ORDER BY id DESC LIMIT 1`);
  expect(entry).toMatchObject({ operation: 'recordTrainingCompletion', subject: 'so-noi-vu' });
  expect(entry.object_ids).toContain(p.id);
  const again = await sg.request(RECORD, { input: { civilServantId: p.id, courseId: course2021.id, completedOn: '2021-03-20' } }, editor);
  expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
});

test.each([
  ['completion before the course starts', RECORD, () => ({ civilServantId: people[1].id, courseId: course2021.id, completedOn: '2021-02-28' }), 'input.completedOn'],
  ['unknown course', RECORD, () => ({ civilServantId: people[1].id, courseId: '00000000-0000-4000-9000-999999999999', completedOn: '2021-03-20' }), 'input.courseId'],
  ['unknown person', RECORD, () => ({ civilServantId: '00000000-0000-4000-8000-999999999999', courseId: course2021.id, completedOn: '2021-03-20' }), 'input.civilServantId'],
  ['national ID of 11 digits', HIRE, () => hireInput({ nationalIdNumber: '03519500123' }), 'input.nationalIdNumber'],
  ['national ID with letters', HIRE, () => hireInput({ nationalIdNumber: '03519500123A' }), 'input.nationalIdNumber'],
  ['birth date in the future', HIRE, () => hireInput({ dateOfBirth: '2999-01-01' }), 'input.dateOfBirth'],
  ['under 18 at hiring', HIRE, () => hireInput({ dateOfBirth: '2003-03-02', hiredOn: '2021-03-01' }), 'input.dateOfBirth'],
  ['unknown agency', HIRE, () => hireInput({ agencyId: '00000000-0000-4000-8000-999999999999' }), 'input.agencyId'],
  ['unknown rank', HIRE, () => hireInput({ rankCode: '99.999' }), 'input.rankCode'],
  ['a corrected national ID of 13 digits', UPDATE, () => ({ id: people[2].id, version: 1, nationalIdNumber: '0351950012345' }), 'input.nationalIdNumber'],
  ['a corrected birth date making the person under 18 at hiring', UPDATE, () => ({ id: people[2].id, version: 1, dateOfBirth: people[2].hiredOn }), 'input.dateOfBirth'],
  ['evaluation of an unknown person', EVALUATE, () => ({ civilServantId: '00000000-0000-4000-8000-999999999999', year: 2020, rating: 'GOOD' }), 'input.civilServantId'],
])('%s is BAD_USER_INPUT naming the field, and nothing is written', async (_label, mutation, input, field) => {
  const before = await counts();
  const res = await sg.request(mutation, { input: input() }, editor);
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(await counts()).toEqual(before);
});

test('a rating outside the four is BAD_USER_INPUT naming the rating, and nothing is written', async () => {
  const before = await counts();
  const res = await sg.request(EVALUATE, { input: { civilServantId: people[1].id, year: 2020, rating: 'OUTSTANDING' } }, editor);
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0].message).toContain('input.rating');
  expect(await counts()).toEqual(before);
});

test('hire, update with optimistic concurrency, evaluate and leave, each audited', async () => {
  const before = await counts();
  const hired = await sg.request(HIRE, { input: hireInput() }, editor);
  expect(hired.errors).toBeUndefined();
  expect(hired.data.hireCivilServant).toMatchObject({ fullName: 'Trần Thị Ngọc Ánh', category: 'CIVIL_SERVANT', agency: { id: A.dept }, version: 1, active: true, electronicRecord: true });
  const id = hired.data.hireCivilServant.id;

  const dup = await sg.request(HIRE, { input: hireInput({ fullName: 'Người khác' }) }, editor);
  expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');

  const updated = await sg.request(UPDATE, { input: { id, version: 1, qualification: 'MASTER' } }, editor);
  expect(updated.errors).toBeUndefined();
  expect(updated.data.updateCivilServant).toEqual({ id, fullName: 'Trần Thị Ngọc Ánh', qualification: 'MASTER', version: 2 });
  const mid = await counts();
  const stale = await sg.request(UPDATE, { input: { id, version: 1, qualification: 'DOCTOR' } }, editor);
  expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect(await counts()).toEqual(mid);

  const rated = await sg.request(EVALUATE, { input: { civilServantId: id, year: 2021, rating: 'EXCELLENT' } }, editor);
  expect(rated.data.recordEvaluation).toEqual({ year: 2021, rating: 'EXCELLENT' });

  const badLeave = await sg.request(LEAVE, { input: { id, version: 2, leftOn: '2020-01-01', reason: 'DOWNSIZED' } }, editor);
  expect(badLeave.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leftOn' });
  const left = await sg.request(LEAVE, { input: { id, version: 2, leftOn: '2021-12-31', reason: 'DOWNSIZED' } }, editor);
  expect(left.errors).toBeUndefined();
  expect(left.data.recordLeave).toMatchObject({ leftOn: '2021-12-31', leaveReason: 'DOWNSIZED', version: 3 });

  const after = await counts();
  expect([after.staff, after.evaluations, after.audit]).toEqual([before.staff + 1, before.evaluations + 1, before.audit + 4]);
  const { rows } = await db.query(`SELECT operation FROM audit_log WHERE $1 = ANY(object_ids) ORDER BY id`, [id]);
  expect(rows.map((r) => r.operation)).toEqual(['hireCivilServant', 'updateCivilServant', 'recordEvaluation', 'recordLeave']);
  const { rows: [logged] } = await db.query(`SELECT after::text FROM audit_log WHERE operation = 'hireCivilServant' AND $1 = ANY(object_ids)`, [id]);
  expect(logged.after).not.toContain('035195001234');
});

test('an editor limited to an agency writes for it and its subordinates only; analysts cannot write', async () => {
  const communeEditor = await tokenFor({ roles: ['editor'], subgraph: 'civil-servants', agency: A.districtPc });
  const inside = people.find((p) => p.agencyId === A.communePc)!;
  const outside = people.find((p) => p.agencyId === A.dept)!;
  const course = COURSES.find((c) => c.year === 2021 && c.kind === 'SKILLS_AND_METHODS')!;
  const before = await counts();
  const denied = await sg.request(RECORD, { input: { civilServantId: outside.id, courseId: course.id, completedOn: '2021-03-15' } }, communeEditor);
  expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const deniedHire = await sg.request(HIRE, { input: hireInput({ nationalIdNumber: '035195009999' }) }, communeEditor);
  expect(deniedHire.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const analyst = await sg.request(RECORD, { input: { civilServantId: inside.id, courseId: course.id, completedOn: '2021-03-15' } }, await tokenFor({ roles: ['analyst'] }));
  expect(analyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const otherSubgraph = await sg.request(RECORD, { input: { civilServantId: inside.id, courseId: course.id, completedOn: '2021-03-15' } }, await tokenFor({ roles: ['editor'], subgraph: 'egov-services' }));
  expect(otherSubgraph.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(await counts()).toEqual(before);
  const allowed = await sg.request(RECORD, { input: { civilServantId: inside.id, courseId: course.id, completedOn: '2021-03-15' } }, communeEditor);
  expect(allowed.errors).toBeUndefined();
});

test('recordAppointment makes the post current and counts in CS_MEET_STANDARDS_BEFORE_APPOINTMENT', async () => {
  const reps = [{ __typename: 'WorkforceIndicator', code: 'CS_MEET_STANDARDS_BEFORE_APPOINTMENT', ...measureKeyOf('CS_MEET_STANDARDS_BEFORE_APPOINTMENT') }];
  const q = `query($reps: [_Any!]!) { _entities(representations: $reps) {
    ... on WorkforceIndicator { measurement(year: 2021) { numerator denominator } } } }`;
  const analyst = await tokenFor({ roles: ['analyst'] });
  const before = (await sg.request(q, { reps }, analyst)).data._entities[0].measurement ?? { numerator: 0, denominator: 0 };
  const p = people.find((x) => x.category === 'CIVIL_SERVANT' && !x.leftOn && x.hiredOn < '2021-01-01')!;
  const m = `mutation($input: AppointmentInput!) { recordAppointment(input: $input) { kind post appointedOn metStandards } }`;
  const bad = await sg.request(m, { input: { civilServantId: p.id, kind: 'RANK', appointedOn: '2021-05-01', metStandards: true } }, editor);
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rankCode' });
  const res = await sg.request(m, { input: { civilServantId: p.id, kind: 'POST', post: 'Phó Trưởng phòng', appointedOn: '2021-05-01', metStandards: false } }, editor);
  expect(res.errors).toBeUndefined();
  expect(res.data.recordAppointment).toEqual({ kind: 'POST', post: 'Phó Trưởng phòng', appointedOn: '2021-05-01', metStandards: false });
  const after = (await sg.request(q, { reps }, analyst)).data._entities[0].measurement;
  expect(after).toEqual({ numerator: before.numerator, denominator: before.denominator + 1 });
  const person = await sg.request(`query($id: ID!) { civilServant(id: $id) { managementPost postAppointedOn version appointments { post } } }`, { id: p.id }, analyst);
  expect(person.data.civilServant).toMatchObject({ managementPost: 'Phó Trưởng phòng', postAppointedOn: '2021-05-01', version: 2 });
  expect(person.data.civilServant.appointments.map((a: any) => a.post)).toContain('Phó Trưởng phòng');
});

test('training courses can be listed by year and kind', async () => {
  const res = await sg.request(`{ trainingCourses(filter: { year: 2020, kinds: [LEGAL_KNOWLEDGE, SKILLS_AND_METHODS] }, first: 1) { totalCount pageInfo { hasNextPage } edges { node { kind startsOn } } } }`, {}, await tokenFor({ roles: ['analyst'] }));
  expect(res.errors).toBeUndefined();
  expect(res.data.trainingCourses).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
  expect(res.data.trainingCourses.edges[0].node.startsOn).toBe('2020-03-01');
});
