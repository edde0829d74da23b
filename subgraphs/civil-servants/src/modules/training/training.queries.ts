import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { TrainingKind } from '../civil-servant/civil-servant.enums';

const COURSE_COLUMNS = `id, title, kind, provider, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn",
  to_char(ends_on, 'YYYY-MM-DD') AS "endsOn", hours`;

const COURSE_ROW = z.object({
  id: z.guid(),
  title: z.string(),
  kind: z.enum(TrainingKind),
  provider: z.string(),
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  hours: z.number().int(),
});

/** Courses by id ($1 uuid[]). */
export const COURSES_BY_IDS = defineQuery('coursesByIds', `SELECT ${COURSE_COLUMNS} FROM training_course WHERE id = ANY($1::uuid[])`, COURSE_ROW);

const COURSE_WHERE = `($1::int IS NULL OR extract(year FROM starts_on) = $1) AND ($2::text[] IS NULL OR kind = ANY($2))`;

/**
 * One keyset page of courses by start date then id, and the filter's total: $1 year, $2 kinds,
 * $3/$4 the cursor (start date, id), $5 the limit.
 */
export const COURSE_PAGE = defineQuery(
  'coursePage',
  `WITH counted AS (SELECT count(*)::int AS total FROM training_course WHERE ${COURSE_WHERE})
       SELECT c.total, p.* FROM counted c LEFT JOIN LATERAL (
         SELECT ${COURSE_COLUMNS} FROM training_course WHERE ${COURSE_WHERE}
            AND ($3::date IS NULL OR (starts_on, id) > ($3::date, $4::uuid)) ORDER BY starts_on, id LIMIT $5) p ON true`,
  // A lateral join keeps the count when the page is empty: then one row whose course columns are null.
  z.union([COURSE_ROW.extend({ total: z.number().int() }), z.object({ total: z.number().int(), id: z.null() })]),
);

/** The completions of the (person, year) pairs given as $1 (uuid[]) and $2 (int[]), by date then id. */
export const COMPLETIONS_OF_PERSON_YEARS = defineQuery(
  'completionsOfPersonYears',
  `SELECT c.id, c.civil_servant_id AS "civilServantId", c.course_id AS "courseId",
                    to_char(c.completed_on, 'YYYY-MM-DD') AS "completedOn", k.year
               FROM unnest($1::uuid[], $2::int[]) AS k(id, year)
               JOIN training_completion c ON c.civil_servant_id = k.id
                AND c.completed_on >= make_date(k.year, 1, 1) AND c.completed_on < make_date(k.year + 1, 1, 1)
              ORDER BY c.completed_on, c.id`,
  z.object({ id: z.guid(), civilServantId: z.guid(), courseId: z.guid(), completedOn: z.iso.date(), year: z.number().int() }),
);

/** A course's start date, by id ($1). */
export const COURSE_START = defineQuery(
  'courseStart',
  `SELECT id, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn" FROM training_course WHERE id = $1::uuid`,
  z.object({ id: z.guid(), startsOn: z.iso.date() }),
);
