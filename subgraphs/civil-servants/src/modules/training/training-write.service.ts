import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { assertUuidArg, audit, badInput, conflict, entityManagerRollupDb, queryRows, type HubContext } from '@par/platform';
import { personForWrite } from '../civil-servant/personnel-write.service';
import { assertNotFuture } from '../civil-servant/personnel-rules';
import { refreshWorkforceRollups } from '../workforce/workforce-rollup';
import { TrainingCompletionEntity } from './training.entity';
import type { TrainingCompletionInput } from './training.inputs';
import { COURSE_START } from './training.queries';
import type { TrainingCompletion } from './training.type';

export class TrainingWriteService {
  constructor(private readonly ctx: HubContext) {}

  /** Records a completion: the person and course must exist, and the date lie between the course start and today. */
  async recordCompletion(input: TrainingCompletionInput): Promise<TrainingCompletion> {
    assertNotFuture(input.completedOn, 'input.completedOn');
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const person = await personForWrite(this.ctx, tx, input.civilServantId, 'input.civilServantId');
        const [course] = await queryRows(tx, COURSE_START, [assertUuidArg(input.courseId, 'input.courseId')]);
        if (!course) throw badInput('input.courseId', 'no training course has this id');
        if (input.completedOn < course.startsOn) throw badInput('input.completedOn', `must not be before the course starts (${course.startsOn})`);
        if (person.leftOn && input.completedOn >= person.leftOn) throw badInput('input.completedOn', `the person left the service on ${person.leftOn}`);
        const completion = tx.create(TrainingCompletionEntity, { id: randomUUID(), civilServantId: person.id, courseId: course.id, completedOn: input.completedOn });
        await tx.flush();
        await refreshWorkforceRollups(entityManagerRollupDb(tx), { people: [person.id] });
        const after = { civilServantId: person.id, courseId: course.id, completedOn: input.completedOn };
        await audit(tx, {
          caller: this.ctx.caller, requestId: this.ctx.requestId, action: 'WRITE', operation: 'recordTrainingCompletion',
          objectType: 'TrainingCompletion', objectIds: [completion.id, person.id, course.id], before: null, after,
        });
        return { id: completion.id, completedOn: input.completedOn, courseId: course.id, civilServantId: person.id } as TrainingCompletion;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw conflict('This completion is already recorded', { field: 'input.courseId' });
      throw err;
    }
  }
}
