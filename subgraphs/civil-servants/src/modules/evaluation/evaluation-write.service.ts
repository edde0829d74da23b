import { assertYear, audit, badInput, entityManagerRollupDb, type HubContext } from '@par/platform';
import { personForWrite } from '../civil-servant/personnel-write.service';
import { EVALUATION_YEARS } from '../civil-servant/personnel-rules';
import { refreshWorkforceRollups } from '../workforce/workforce-rollup';
import { EvaluationEntity } from './evaluation.entity';
import type { EvaluationInput } from './evaluation.inputs';
import type { Evaluation } from './evaluation.type';

const RATINGS = new Set(['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED']);

export class EvaluationWriteService {
  constructor(private readonly ctx: HubContext) {}

  /** Records (or corrects) the rating of a person for a year they were in service. */
  async record(input: EvaluationInput): Promise<Evaluation> {
    // The enum already refuses other values at the GraphQL layer; this guards direct service use.
    if (!RATINGS.has(input.rating)) throw badInput('input.rating', 'must be EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED');
    assertYear(input.year, 'input.year', EVALUATION_YEARS);
    return this.ctx.em.transactional(async (tx) => {
      const person = await personForWrite(this.ctx, tx, input.civilServantId, 'input.civilServantId');
      if (Number(person.hiredOn.slice(0, 4)) > input.year) throw badInput('input.year', `the person was hired only on ${person.hiredOn}`);
      const existing = await tx.findOne(EvaluationEntity, { civilServantId: person.id, year: input.year });
      const before = existing ? { rating: existing.rating } : null;
      if (existing) existing.rating = input.rating;
      else tx.create(EvaluationEntity, { civilServantId: person.id, year: input.year, rating: input.rating });
      await tx.flush();
      // A rating can open a reported year, which the summaries then cover.
      await refreshWorkforceRollups(entityManagerRollupDb(tx), {});
      await audit(tx, {
        caller: this.ctx.caller, requestId: this.ctx.requestId, action: 'WRITE', operation: 'recordEvaluation',
        objectType: 'Evaluation', objectIds: [person.id], before, after: { year: input.year, rating: input.rating },
      });
      return { civilServantId: person.id, year: input.year, rating: input.rating };
    });
  }
}
