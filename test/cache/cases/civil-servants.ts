import { randomInt } from 'node:crypto';
import { analyst, editor, other, reads, today, unique, type Case, type CaseContext } from './case';

const PERSON = `query($id: ID!) { civilServant(id: $id) { id fullName qualification rank { code name } } }`;

/** Someone in service since before the plan, so any date or year of the plan is theirs (`offset` keeps cases apart). */
async function serving({ sql }: CaseContext, offset: number) {
  const [p] = await sql(
    'civil-servants',
    `SELECT id, version, agency_id AS agency, rank_code AS rank, qualification FROM civil_servant
      WHERE left_on IS NULL AND hired_on < '2016-01-01' ORDER BY id OFFSET $1 LIMIT 1`,
    [offset],
  );
  return p;
}

/** civil-servants: personnel records, appointments, training and evaluations. */
export const civilServantsCases: Record<string, Case> = {
  // A recruit of 2020 is in that year's headcount of the agency's profile (the summaries cover the reported years).
  hireCivilServant: {
    async prepare({ sql }) {
      const [a] = await sql('civil-servants', `SELECT id FROM agency_ref WHERE kind = 'DEPARTMENT' ORDER BY id LIMIT 1`);
      return {
        write: {
          query: `mutation($input: HireCivilServantInput!) { hireCivilServant(input: $input) { id } }`,
          variables: {
            input: {
              fullName: `Nguyễn Văn Kiểm Thử ${unique()}`, gender: 'MALE', dateOfBirth: '1995-05-05', nationalIdNumber: String(randomInt(1e11, 1e12 - 1)),
              category: 'CIVIL_SERVANT', agencyId: a.id, qualification: 'BACHELOR', hiredOn: '2020-06-01',
            },
          },
          token: await editor('civil-servants'),
        },
        read: await reads.agencyProfile(a.id, 2020),
      };
    },
  },
  updateCivilServant: {
    async prepare(ctx) {
      const p = await serving(ctx, 1);
      return {
        write: {
          query: `mutation($input: UpdateCivilServantInput!) { updateCivilServant(input: $input) { version } }`,
          variables: { input: { id: p.id, version: p.version, fullName: `Trần Thị Sửa Đổi ${unique()}`, qualification: other(p.qualification, 'MASTER', 'BACHELOR') } },
          token: await editor('civil-servants'),
        },
        read: { query: PERSON, variables: { id: p.id }, token: await analyst() },
      };
    },
  },
  // Who left in mid-2020 was not in service on 31 December 2020: that year's headcount falls.
  recordLeave: {
    async prepare(ctx) {
      const p = await serving(ctx, 2);
      return {
        write: {
          query: `mutation($input: LeaveInput!) { recordLeave(input: $input) { leftOn } }`,
          variables: { input: { id: p.id, version: p.version, leftOn: '2020-06-30', reason: 'RETIRED' } },
          token: await editor('civil-servants'),
        },
        read: await reads.agencyProfile(p.agency, 2020),
      };
    },
  },
  recordAppointment: {
    async prepare(ctx) {
      const p = await serving(ctx, 3);
      const [r] = await ctx.sql('civil-servants', `SELECT code FROM rank WHERE code IS DISTINCT FROM $1 ORDER BY code LIMIT 1`, [p.rank]);
      return {
        write: {
          query: `mutation($input: AppointmentInput!) { recordAppointment(input: $input) { id } }`,
          variables: { input: { civilServantId: p.id, kind: 'RANK', rankCode: r.code, appointedOn: today(), metStandards: true } },
          token: await editor('civil-servants'),
        },
        read: { query: PERSON, variables: { id: p.id }, token: await analyst() },
      };
    },
  },
  recordTrainingCompletion: {
    async prepare({ sql }) {
      const [r] = await sql(
        'civil-servants',
        `SELECT cs.id AS person, co.id AS course, to_char(greatest(co.ends_on, cs.hired_on), 'YYYY-MM-DD') AS day
           FROM civil_servant cs CROSS JOIN training_course co
          WHERE cs.left_on IS NULL AND co.ends_on <= current_date
            AND NOT EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id AND tc.course_id = co.id)
          ORDER BY cs.id, co.id LIMIT 1`,
      );
      return {
        write: {
          query: `mutation($input: TrainingCompletionInput!) { recordTrainingCompletion(input: $input) { completedOn } }`,
          variables: { input: { civilServantId: r.person, courseId: r.course, completedOn: r.day } },
          token: await editor('civil-servants'),
        },
        read: {
          query: `query($id: ID!, $year: Int!) { civilServant(id: $id) { trainings(year: $year) { completedOn course { id } } } }`,
          variables: { id: r.person, year: Number(r.day.slice(0, 4)) },
          token: await analyst(),
        },
      };
    },
  },
  recordEvaluation: {
    async prepare(ctx) {
      const p = await serving(ctx, 4);
      const [e] = await ctx.sql('civil-servants', `SELECT rating FROM evaluation WHERE civil_servant_id = $1 AND year = 2020`, [p.id]);
      return {
        write: {
          query: `mutation($input: EvaluationInput!) { recordEvaluation(input: $input) { rating } }`,
          variables: { input: { civilServantId: p.id, year: 2020, rating: other(e?.rating, 'EXCELLENT', 'NOT_COMPLETED') } },
          token: await editor('civil-servants'),
        },
        read: { query: `query($id: ID!) { civilServant(id: $id) { evaluation(year: 2020) { rating } } }`, variables: { id: p.id }, token: await analyst() },
      };
    },
  },
};
