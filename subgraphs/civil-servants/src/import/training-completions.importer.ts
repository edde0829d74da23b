import type { ImportError, ImporterDefinition } from '@par/platform';
import { isUuid } from '@par/platform';
import { refreshWorkforceRollups } from '../modules/workforce/workforce-rollup';

interface CompletionRow {
  nationalIdNumber: string;
  courseId: string;
  completedOn: string;
  civilServantId?: string;
}

/**
 * Training completions (kết quả bồi dưỡng) as a training provider reports them: a person by
 * national ID number (số CCCD), the course, the date. The same rules as recordTrainingCompletion;
 * a person completes a course once, so loading the list again changes nothing.
 * Errors never repeat the ID number: it is personal data (DESIGN §7).
 */
export const trainingCompletionsImporter: ImporterDefinition<CompletionRow> = {
  entity: 'training-completions',
  description: 'Completions of training courses, by national ID number and course id.',
  columns: [
    { name: 'national_id_number', required: true, description: 'The person\'s 12-digit national ID number (số CCCD).' },
    { name: 'course_id', required: true, description: 'The course id from the course catalogue.' },
    { name: 'completed_on', required: true, description: 'Date completed.' },
  ],
  parse(r) {
    const id = r.text('national_id_number', { required: true, max: 20 });
    const course = r.text('course_id', { required: true, max: 40 });
    const completedOn = r.date('completed_on', { required: true });
    if (id !== null && !/^\d{12}$/.test(id)) r.attempt('national_id_number', () => r.fail('national_id_number', 'must be 12 digits'), null);
    if (course !== null && !isUuid(course)) r.attempt('course_id', () => r.fail('course_id', 'is not a course id'), null);
    if (completedOn && completedOn > new Date().toISOString().slice(0, 10)) r.attempt('completed_on', () => r.fail('completed_on', 'is in the future'), null);
    return { nationalIdNumber: id ?? '', courseId: (course ?? '').toLowerCase(), completedOn: completedOn ?? '' };
  },
  // The row number identifies a duplicate to the department; the key itself stays out of messages.
  key: (v) => `${v.nationalIdNumber}/${v.courseId}`,

  async check(db, rows) {
    const errors: ImportError[] = [];
    const people = new Map(
      (await db.query<{ nid: string; id: string; leftOn: string | null }>(
        `SELECT national_id_number AS nid, id, to_char(left_on, 'YYYY-MM-DD') AS "leftOn" FROM civil_servant WHERE national_id_number = ANY($1::text[])`,
        [[...new Set(rows.map((r) => r.value.nationalIdNumber))]],
      )).map((p) => [p.nid, p]),
    );
    const courses = new Map(
      (await db.query<{ id: string; startsOn: string }>(`SELECT id::text, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn" FROM training_course WHERE id = ANY($1::uuid[])`, [
        [...new Set(rows.map((r) => r.value.courseId))],
      ])).map((c) => [c.id, c]),
    );
    for (const { row, value: v } of rows) {
      const person = people.get(v.nationalIdNumber);
      const course = courses.get(v.courseId);
      if (!person) errors.push({ row, column: 'national_id_number', message: 'no civil servant has this national ID number' });
      if (!course) errors.push({ row, column: 'course_id', message: 'no training course has this id' });
      if (course && v.completedOn < course.startsOn) errors.push({ row, column: 'completed_on', message: `must not be before the course starts (${course.startsOn})` });
      if (person?.leftOn && v.completedOn >= person.leftOn) errors.push({ row, column: 'completed_on', message: `the person left the service on ${person.leftOn}` });
      v.civilServantId = person?.id;
    }
    return errors;
  },

  async write(db, rows) {
    const v = rows.map((r) => r.value);
    const written = await db.query<{ id: string; inserted: boolean }>(
      `INSERT INTO training_completion AS c (id, civil_servant_id, course_id, completed_on)
       SELECT gen_random_uuid(), t.person, t.course, t.day FROM unnest($1::uuid[], $2::uuid[], $3::date[]) AS t(person, course, day)
       ON CONFLICT (civil_servant_id, course_id) DO UPDATE SET completed_on = EXCLUDED.completed_on
        WHERE c.completed_on IS DISTINCT FROM EXCLUDED.completed_on
       RETURNING c.id::text, (xmax = 0) AS inserted`,
      [v.map((x) => x.civilServantId), v.map((x) => x.courseId), v.map((x) => x.completedOn)],
    );
    // The summaries commit with the completions, or neither does.
    if (written.length) await refreshWorkforceRollups(db, { people: v.map((x) => x.civilServantId!) });
    const inserted = written.filter((w) => w.inserted).length;
    return { inserted, updated: written.length - inserted, changed: written.map((w) => w.id) };
  },
};
