import { badInput, byKeys, decodeCursor, groupByKeys, isUuid, pageSize, sqlRows, toConnection, type ConnectionShape, type HubContext } from '@par/platform';
import type { TrainingCourseFilter } from './training.inputs';
import type { TrainingCompletion, TrainingCourse } from './training.type';

const COURSE_COLUMNS = `id, title, kind, provider, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn",
  to_char(ends_on, 'YYYY-MM-DD') AS "endsOn", hours`;

type CompletionRow = Omit<TrainingCompletion, 'course' | 'civilServant'>;
const key = (id: string, year: number) => `${id}|${year}`;

export class TrainingService {
  constructor(private readonly ctx: HubContext) {}

  course(id: string): Promise<TrainingCourse | null> {
    return this.ctx.loaders
      .get<string, TrainingCourse | null>('course.byId', async (ids) => {
        const valid = ids.filter((id) => isUuid(id));
        const rows = await sqlRows<TrainingCourse>(this.ctx.em, `SELECT ${COURSE_COLUMNS} FROM training_course WHERE id = ANY($1::uuid[])`, [valid]);
        return byKeys(ids, rows, (r) => r.id);
      })
      .load(id.toLowerCase());
  }

  /** Courses by start date then id, one keyset page at a time. */
  async list(filter: TrainingCourseFilter | null | undefined, first: number, after: string | null | undefined): Promise<ConnectionShape<TrainingCourse>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || typeof cursor[1] !== 'string' || !isUuid(cursor[1]))) {
      throw badInput('after', 'is not a cursor returned by this connection');
    }
    const params = [filter?.year ?? null, filter?.kinds?.length ? filter.kinds : null];
    const where = `($1::int IS NULL OR extract(year FROM starts_on) = $1) AND ($2::text[] IS NULL OR kind = ANY($2))`;
    const rows = await sqlRows<TrainingCourse & { total: number }>(
      this.ctx.em,
      `WITH counted AS (SELECT count(*)::int AS total FROM training_course WHERE ${where})
       SELECT c.total, p.* FROM counted c LEFT JOIN LATERAL (
         SELECT ${COURSE_COLUMNS} FROM training_course WHERE ${where}
            AND ($3::date IS NULL OR (starts_on, id) > ($3::date, $4::uuid)) ORDER BY starts_on, id LIMIT $5) p ON true`,
      [...params, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
    );
    const page = rows.filter((r) => r.id !== null).map(({ total: _t, ...r }) => r as TrainingCourse);
    return toConnection(page, limit, rows[0]?.total ?? 0, (r) => [r.startsOn, r.id], Boolean(cursor));
  }

  /** Completions of one person in one year; every (person, year) of a request in one statement. */
  async completions(civilServantId: string, year: number): Promise<TrainingCompletion[]> {
    const rows = await this.ctx.loaders
      .get<{ id: string; year: number }, CompletionRow[]>(
        'training.completionsByPersonYear',
        async (keys) => {
          const found = await sqlRows<CompletionRow & { year: number }>(
            this.ctx.em,
            `SELECT c.id, c.civil_servant_id AS "civilServantId", c.course_id AS "courseId",
                    to_char(c.completed_on, 'YYYY-MM-DD') AS "completedOn", k.year
               FROM unnest($1::uuid[], $2::int[]) AS k(id, year)
               JOIN training_completion c ON c.civil_servant_id = k.id
                AND c.completed_on >= make_date(k.year, 1, 1) AND c.completed_on < make_date(k.year + 1, 1, 1)
              ORDER BY c.completed_on, c.id`,
            [keys.map((k) => k.id), keys.map((k) => k.year)],
          );
          return groupByKeys(keys.map((k) => key(k.id, k.year)), found, (r) => key(r.civilServantId, r.year));
        },
        (k) => key(k.id, k.year),
      )
      .load({ id: civilServantId, year });
    return rows.map((r) => ({ ...r, course: undefined as never, civilServant: undefined as never }));
  }
}
