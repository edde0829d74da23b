import { byKeys, queryRows, type HubContext } from '@par/platform';
import { EVALUATIONS_OF_PERSON_YEARS } from './evaluation.queries';
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
          const rows = await queryRows(this.ctx.em, EVALUATIONS_OF_PERSON_YEARS, [keys.map((k) => k.id), keys.map((k) => k.year)]);
          return byKeys(keys.map((k) => key(k.id, k.year)), rows, (r) => key(r.civilServantId, r.year));
        },
        (k) => key(k.id, k.year),
      )
      .load({ id: civilServantId, year });
  }
}
