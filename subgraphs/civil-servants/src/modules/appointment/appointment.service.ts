import { randomUUID } from 'node:crypto';
import { audit, badInput, entityManagerRollupDb, groupByKeys, queryRows, type HubContext } from '@par/platform';
import { AppointmentKind } from '../civil-servant/civil-servant.enums';
import { RANK_EXISTS } from '../civil-servant/civil-servant.queries';
import { assertName, assertNotFuture } from '../civil-servant/personnel-rules';
import { personForWrite } from '../civil-servant/personnel-write.service';
import { refreshWorkforceRollups } from '../workforce/workforce-rollup';
import { AppointmentEntity } from './appointment.entity';
import type { AppointmentInput } from './appointment.inputs';
import { APPOINTMENTS_OF_PEOPLE } from './appointment.queries';
import type { Appointment } from './appointment.type';

export class AppointmentService {
  constructor(private readonly ctx: HubContext) {}

  /** A person's appointments, oldest first; every person of a request in one statement. */
  ofPerson(civilServantId: string): Promise<Appointment[]> {
    return this.ctx.loaders
      .get<string, Appointment[]>('appointment.byPerson', async (ids) => {
        const rows = await queryRows(this.ctx.em, APPOINTMENTS_OF_PEOPLE, [ids]);
        return groupByKeys(ids, rows, (r) => r.civilServantId);
      })
      .load(civilServantId);
  }

  /** Records the decision and makes it the person's current rank or post: one transaction, one audit row. */
  async record(input: AppointmentInput): Promise<Appointment> {
    assertNotFuture(input.appointedOn, 'input.appointedOn');
    const post = input.kind === AppointmentKind.POST ? assertName(input.post ?? '', 'input.post') : null;
    if (input.kind === AppointmentKind.RANK && !input.rankCode) throw badInput('input.rankCode', 'is required for a rank appointment');
    return this.ctx.em.transactional(async (tx) => {
      const person = await personForWrite(this.ctx, tx, input.civilServantId, 'input.civilServantId');
      if (input.appointedOn < person.hiredOn) throw badInput('input.appointedOn', `must not be before the hiring date ${person.hiredOn}`);
      if (person.leftOn && input.appointedOn >= person.leftOn) throw badInput('input.appointedOn', `the person left the service on ${person.leftOn}`);
      const before = { rankCode: person.rankCode ?? null, managementPost: person.managementPost ?? null, postAppointedOn: person.postAppointedOn ?? null };
      if (input.kind === AppointmentKind.RANK) {
        if (!(await queryRows(tx, RANK_EXISTS, [input.rankCode])).length) {
          throw badInput('input.rankCode', 'is not a rank or professional title of the catalogue');
        }
        person.rankCode = input.rankCode!;
      } else {
        person.managementPost = post;
        person.postAppointedOn = input.appointedOn;
      }
      await tx.flush();
      const appointment: Appointment = {
        id: randomUUID(), civilServantId: person.id, kind: input.kind, rankCode: input.kind === AppointmentKind.RANK ? input.rankCode! : null,
        post, appointedOn: input.appointedOn, metStandards: input.metStandards,
      };
      tx.create(AppointmentEntity, { ...appointment });
      await tx.flush();
      // A new rank or post changes the person's group in the staff summary.
      await refreshWorkforceRollups(entityManagerRollupDb(tx), { people: [person.id] });
      await audit(tx, {
        caller: this.ctx.caller, requestId: this.ctx.requestId, action: 'WRITE', operation: 'recordAppointment', objectType: 'Appointment',
        objectIds: [appointment.id, person.id], before, after: { ...appointment },
      });
      return appointment;
    });
  }
}
