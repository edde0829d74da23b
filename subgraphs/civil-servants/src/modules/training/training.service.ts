import { badInput, byKeys, decodeCursor, groupByKeys, isUuid, pageSize, queryRows, toConnection, type ConnectionShape, type HubContext } from '@par/platform';
import type { TrainingCourseFilter } from './training.inputs';
import { COMPLETIONS_OF_PERSON_YEARS, COURSE_PAGE, COURSES_BY_IDS } from './training.queries';
import type { TrainingCompletion, TrainingCourse } from './training.type';

type CompletionRow = Omit<TrainingCompletion, 'course' | 'civilServant'>;
const key = (id: string, year: number) => `${id}|${year}`;

export class TrainingService {
  constructor(private readonly ctx: HubContext) {}

  course(id: string): Promise<TrainingCourse | null> {
    return this.ctx.loaders
      .get<string, TrainingCourse | null>('course.byId', async (ids) => {
        const valid = ids.filter((id) => isUuid(id));
        const rows = await queryRows(this.ctx.em, COURSES_BY_IDS, [valid]);
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
    const rows = await queryRows(this.ctx.em, COURSE_PAGE, [...params, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1]);
    const page = rows.filter((r) => r.id !== null).map(({ total: _t, ...r }) => r);
    return toConnection(page, limit, rows[0]?.total ?? 0, (r) => [r.startsOn, r.id], Boolean(cursor));
  }

  /** Completions of one person in one year; every (person, year) of a request in one statement. */
  async completions(civilServantId: string, year: number): Promise<TrainingCompletion[]> {
    const rows = await this.ctx.loaders
      .get<{ id: string; year: number }, CompletionRow[]>(
        'training.completionsByPersonYear',
        async (keys) => {
          const found = await queryRows(this.ctx.em, COMPLETIONS_OF_PERSON_YEARS, [keys.map((k) => k.id), keys.map((k) => k.year)]);
          return groupByKeys(keys.map((k) => key(k.id, k.year)), found, (r) => key(r.civilServantId, r.year));
        },
        (k) => key(k.id, k.year),
      )
      .load({ id: civilServantId, year });
    return rows.map((r) => ({ ...r, course: undefined as never, civilServant: undefined as never }));
  }
}
