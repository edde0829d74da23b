import { byKeys, sqlRows, type HubContext } from '@par/platform';
import type { Evaluation } from './evaluation.type';

const key = (id: string, year: number) => `${id}|${year}`;

export class EvaluationService {
  constructor(private readonly ctx: HubContext) {}

  /** The rating of one person for one year; every (person, year) of a request in one statement. */
  ofYear(civilServantId: string, year: number): Promise<Evaluation | null> {
    return this.ctx.loaders
      .get<{ id: string; year: number }, Evaluation | null>(
        'evaluation.byPersonYear',
        async (keys) => {
          const rows = await sqlRows<Evaluation>(
            this.ctx.em,
            `SELECT e.civil_servant_id AS "civilServantId", e.year, e.rating
               FROM unnest($1::uuid[], $2::int[]) AS k(id, year)
               JOIN evaluation e ON e.civil_servant_id = k.id AND e.year = k.year`,
            [keys.map((k) => k.id), keys.map((k) => k.year)],
          );
          return byKeys(keys.map((k) => key(k.id, k.year)), rows, (r) => key(r.civilServantId, r.year));
        },
        (k) => key(k.id, k.year),
      )
      .load({ id: civilServantId, year });
  }
}
