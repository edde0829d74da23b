import { Client } from 'pg';
import { rebuildRollups } from '@par/platform';
import { workforceRollups } from '../src/modules/workforce/workforce-rollup';

/** A small province the tests build row by row, so every expected figure can be counted in JavaScript. */
export const U = { province: '35', district: '347', commune: '13333', district2: '349', commune2: '13400' };
export const A = {
  ppc: '00000000-0000-4000-8000-0000000000a1',
  dept: '00000000-0000-4000-8000-0000000000a2',
  psu: '00000000-0000-4000-8000-0000000000a3',
  districtPc: '00000000-0000-4000-8000-0000000000a4',
  communePc: '00000000-0000-4000-8000-0000000000a5',
  communePc2: '00000000-0000-4000-8000-0000000000a6',
  central: '00000000-0000-4000-8000-0000000000a7',
  newDept: '00000000-0000-4000-8000-0000000000a8',
};
export const AGENCIES: Array<[id: string, kind: string, parentId: string | null, unitCode: string, establishedOn: string | null]> = [
  [A.ppc, 'PROVINCIAL_PEOPLES_COMMITTEE', null, U.province, null],
  [A.dept, 'DEPARTMENT', A.ppc, U.province, null],
  [A.psu, 'PUBLIC_SERVICE_UNIT', A.dept, U.province, null],
  [A.districtPc, 'DISTRICT_PEOPLES_COMMITTEE', A.ppc, U.district, null],
  [A.communePc, 'COMMUNE_PEOPLES_COMMITTEE', A.districtPc, U.commune, null],
  [A.communePc2, 'COMMUNE_PEOPLES_COMMITTEE', null, U.commune2, null],
  [A.central, 'CENTRAL_BRANCH', null, U.province, null],
  // established in 2021: not an agency yet in 2020
  [A.newDept, 'DEPARTMENT', A.ppc, U.province, '2021-01-01'],
];

export const COURSE_KINDS = [
  'LEGAL_KNOWLEDGE', 'PUBLIC_SERVICE_ETHICS', 'SKILLS_AND_METHODS', 'PROFESSIONAL_TITLE_STANDARD',
  'MANAGEMENT_BEFORE_APPOINTMENT', 'STATE_MANAGEMENT', 'POLITICAL_THEORY', 'SPECIALISED_SKILLS',
] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];
export interface Course { id: string; kind: CourseKind; year: number; startsOn: string; endsOn: string }
/** One course per kind and year 2018–2021, running 1–20 March. */
export const COURSES: Course[] = [2018, 2019, 2020, 2021].flatMap((year, y) =>
  COURSE_KINDS.map((kind, k) => ({
    id: `00000000-0000-4000-9000-${String(y * 100 + k).padStart(12, '0')}`,
    kind, year, startsOn: `${year}-03-01`, endsOn: `${year}-03-20`,
  })),
);

export interface Person {
  id: string; fullName: string; category: string; agencyId: string; unitCode: string; qualification: string;
  specialisationFits: boolean; hiredOn: string; leftOn: string | null; electronicRecordOn: string | null;
  managementPost: string | null; postAppointedOn: string | null; rankCode: string | null;
  jobPositionId: string | null;
  /** Dated qualifications: education on hiring, some political theory and state management later. */
  awards: Array<{ dimension: string; level: string; awardedOn: string }>;
  completions: Array<{ course: Course; completedOn: string }>;
}

/** Job-position schemes: the department's approved in 2019, the public service unit's in 2021, nobody else's. */
export const POSITIONS = [
  { id: '00000000-0000-4000-a000-000000000001', agencyId: A.dept, approvedOn: '2019-05-01', approvedCount: 5 },
  { id: '00000000-0000-4000-a000-000000000002', agencyId: A.psu, approvedOn: '2021-05-01', approvedCount: 40 },
];
/** Post standards of the fixture: one post has its own, the other falls back to the appointee's rank. */
export const POST_STANDARDS: Record<string, { q: string; pt: string | null; sm: string | null }> = {
  'Phó trưởng phòng': { q: 'BACHELOR', pt: 'INTERMEDIATE', sm: null },
};
export const RANK_STANDARDS: Record<string, { q: string; pt: string | null; sm: string | null }> = {
  '01.003': { q: 'BACHELOR', pt: null, sm: 'OFFICER' },
  'V.07.03.08': { q: 'BACHELOR', pt: null, sm: null },
};

const CATEGORY_HOME: Record<string, [string, string]> = {
  CADRE: [A.districtPc, U.district],
  CIVIL_SERVANT: [A.dept, U.province],
  PUBLIC_EMPLOYEE: [A.psu, U.province],
  COMMUNE_CADRE: [A.communePc, U.commune],
  COMMUNE_CIVIL_SERVANT: [A.communePc, U.commune],
  NON_DEDICATED_COMMUNE_WORKER: [A.communePc, U.commune],
};
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hương', 'Lan', 'Đông'];

/** 120 people whose attributes vary with their number, so every measure has members on both sides. */
export function buildPeople(n = 120): Person[] {
  const cats = Object.keys(CATEGORY_HOME);
  return Array.from({ length: n }, (_, i) => {
    const category = cats[i % cats.length];
    let [agencyId, unitCode] = CATEGORY_HOME[category];
    if (category.startsWith('COMMUNE') && i % 5 === 0) [agencyId, unitCode] = [A.communePc2, U.commune2];
    const hiredOn = i % 11 === 0 ? '2021-02-01' : `${2005 + (i % 14)}-0${1 + (i % 9)}-15`;
    const leftOn = i % 13 === 0 ? '2020-06-30' : i % 17 === 0 ? '2021-03-01' : null;
    const completions: Person['completions'] = [];
    COURSES.forEach((course, c) => {
      // Some people skip a whole year, so "trained in the year" has people on both sides.
      if ((i % 7 === 2 && course.year === 2020) || (i % 12 === 5 && (course.year === 2019 || course.year === 2020))) return;
      // Some take both the legal update and the ethics course of a year, as the corrected measures require.
      const both = (i % 4 === 1 && ['LEGAL_KNOWLEDGE', 'PUBLIC_SERVICE_ETHICS'].includes(course.kind))
        || (i % 4 === 2 && ['PUBLIC_SERVICE_ETHICS', 'SPECIALISED_SKILLS'].includes(course.kind));
      if ((i * 7 + c * 3) % 5 < 2 || both) completions.push({ course, completedOn: `${course.year}-03-${10 + (c % 10)}` });
    });
    const managed = category === 'PUBLIC_EMPLOYEE' && i % 4 !== 3;
    return {
      id: `00000000-0000-4000-8000-${String(1000 + i).padStart(12, '0')}`,
      fullName: `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`,
      category, agencyId, unitCode,
      qualification: ['BELOW_INTERMEDIATE', 'INTERMEDIATE', 'COLLEGE', 'BACHELOR', 'MASTER'][i % 5 === 0 ? 0 : (i % 4) + 1],
      specialisationFits: i % 3 !== 0 && i % 9 !== 4,
      hiredOn, leftOn: leftOn && leftOn > hiredOn ? leftOn : null,
      electronicRecordOn: i % 4 === 0 ? null : `${2017 + (i % 5)}-06-01`,
      managementPost: managed ? 'Trưởng khoa' : null,
      postAppointedOn: managed ? `${2018 + (i % 3)}-06-01` : null,
      rankCode: category === 'CIVIL_SERVANT' ? '01.003' : category === 'PUBLIC_EMPLOYEE' ? 'V.07.03.08' : null,
      // Staff of the two agencies with schemes hold one of their positions, but for a few (who leave in 2020).
      jobPositionId: i % 13 === 0 ? null : POSITIONS.find((pos) => pos.agencyId === agencyId)?.id ?? null,
      awards: [
        { dimension: 'EDUCATION', level: ['BELOW_INTERMEDIATE', 'INTERMEDIATE', 'COLLEGE', 'BACHELOR', 'MASTER'][i % 5 === 0 ? 0 : (i % 4) + 1], awardedOn: hiredOn },
        ...(i % 3 === 0 ? [{ dimension: 'POLITICAL_THEORY', level: 'INTERMEDIATE', awardedOn: '2019-06-01' }] : []),
        ...(i % 4 === 0 ? [{ dimension: 'STATE_MANAGEMENT', level: 'OFFICER', awardedOn: hiredOn }] : []),
      ],
      completions,
    };
  });
}

export interface Appointment { id: string; personId: string; appointedOn: string; post: string; metStandards: boolean }

export async function insertFixture(databaseUrl: string, people: Person[]): Promise<Appointment[]> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query(`INSERT INTO unit_ref (code, parent_code, level) VALUES ($1, NULL, 'PROVINCE'), ($2, $1, 'DISTRICT'), ($3, $2, 'COMMUNE'), ($4, $1, 'DISTRICT'), ($5, $4, 'COMMUNE')`,
      [U.province, U.district, U.commune, U.district2, U.commune2]);
    for (const [id, kind, parent, unit, est] of AGENCIES) {
      await c.query('INSERT INTO agency_ref (id, kind, parent_id, unit_code, established_on) VALUES ($1, $2, $3, $4, $5)', [id, kind, parent, unit, est]);
    }
    await c.query(`INSERT INTO rank (code, name, kind, grade, min_qualification, min_political_theory, min_state_management) VALUES
      ('01.003', 'Chuyên viên', 'RANK', NULL, $1, $2, $3), ('V.07.03.08', 'Giáo viên tiểu học hạng III', 'PROFESSIONAL_TITLE', 3, $4, $5, $6)`,
      [RANK_STANDARDS['01.003'].q, RANK_STANDARDS['01.003'].pt, RANK_STANDARDS['01.003'].sm, RANK_STANDARDS['V.07.03.08'].q, RANK_STANDARDS['V.07.03.08'].pt, RANK_STANDARDS['V.07.03.08'].sm]);
    for (const [post, std] of Object.entries(POST_STANDARDS)) {
      await c.query('INSERT INTO post_standard (post, min_qualification, min_political_theory, min_state_management) VALUES ($1, $2, $3, $4)', [post, std.q, std.pt, std.sm]);
    }
    for (const [n, pos] of POSITIONS.entries()) {
      await c.query(`INSERT INTO job_position (id, agency_id, code, name, approved_count, approved_on) VALUES ($1, $2, 'VT01', $3, $4, $5)`,
        [pos.id, pos.agencyId, n ? 'Giáo viên' : 'Chuyên viên tổng hợp', pos.approvedCount, pos.approvedOn]);
    }
    await c.query(`INSERT INTO staffing_quota (agency_id, year, approved_quota) VALUES ($1, 2020, 30), ($2, 2020, 50), ($3, 2020, 20)`, [A.dept, A.psu, A.communePc]);
    for (const co of COURSES) {
      await c.query('INSERT INTO training_course (id, title, kind, provider, starts_on, ends_on, hours) VALUES ($1, $2, $3, $4, $5, $6, 40)',
        [co.id, `Bồi dưỡng ${co.kind} năm ${co.year}`, co.kind, 'Trường Chính trị tỉnh Hà Nam', co.startsOn, co.endsOn]);
    }
    for (const [i, p] of people.entries()) {
      await c.query(
        `INSERT INTO civil_servant (id, category, agency_id, unit_code, rank_code, qualification, specialisation_fits, management_post,
           post_appointed_on, hired_on, left_on, leave_reason, electronic_record_on, full_name, gender, date_of_birth, national_id_number, phone, email, job_position_id)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20)`,
        [p.id, p.category, p.agencyId, p.unitCode, p.rankCode, p.qualification, p.specialisationFits, p.managementPost, p.postAppointedOn,
          p.hiredOn, p.leftOn, p.leftOn ? 'RETIRED' : null, p.electronicRecordOn, p.fullName, i % 2 ? 'FEMALE' : 'MALE',
          `${1970 + (i % 20)}-05-0${1 + (i % 9)}`, String(35000000000 + i).padStart(12, '0'), `09${String(10000000 + i)}`, `cb${i}@hanam.gov.vn`, p.jobPositionId],
      );
      for (const w of p.awards) {
        await c.query('INSERT INTO qualification_award (civil_servant_id, dimension, level, awarded_on) VALUES ($1, $2, $3, $4)', [p.id, w.dimension, w.level, w.awardedOn]);
      }
      for (const comp of p.completions) {
        await c.query('INSERT INTO training_completion (id, civil_servant_id, course_id, completed_on) VALUES (gen_random_uuid(), $1, $2, $3)', [p.id, comp.course.id, comp.completedOn]);
      }
      if (i % 3 === 0) await c.query(`INSERT INTO evaluation (civil_servant_id, year, rating) VALUES ($1, 2020, $2)`, [p.id, ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'][i % 4]]);
    }
    const appointments: Appointment[] = people
      .filter((_, i) => i % 2 === 0)
      .map((p, j) => ({
        id: `00000000-0000-4000-b000-${String(j).padStart(12, '0')}`, personId: p.id, appointedOn: `${2019 + (j % 2)}-0${1 + (j % 9)}-10`,
        post: j % 3 === 1 ? 'Trưởng ban' : 'Phó trưởng phòng', metStandards: j % 5 !== 1,
      }));
    for (const ap of appointments) {
      await c.query(`INSERT INTO appointment (id, civil_servant_id, kind, post, appointed_on, met_standards) VALUES ($1, $2, 'POST', $3, $4, $5)`,
        [ap.id, ap.personId, ap.post, ap.appointedOn, ap.metStandards]);
    }
    // Rows written straight into the tables, as a restore would: the summaries are rebuilt from them.
    await rebuildRollups(workforceRollups, { url: databaseUrl });
    return appointments;
  } finally {
    await c.end();
  }
}
