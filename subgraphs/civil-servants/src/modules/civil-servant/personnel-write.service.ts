import { randomUUID } from 'node:crypto';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertMayWriteFor, assertUnitCode, assertUuidArg, audit, badInput, conflict, entityManagerRollupDb, forbidden, queryRows, type HubContext } from '@par/platform';
import { JOB_POSITION_OF_AGENCY } from '../job-position/job-position.queries';
import { UNIT_INSIDE_AGENCY } from '../reference/reference.queries';
import { ReferenceService } from '../reference/reference.service';
import { refreshWorkforceRollups } from '../workforce/workforce-rollup';
import { CivilServantEntity } from './civil-servant.entity';
import type { HireCivilServantInput, LeaveInput, UpdateCivilServantInput } from './civil-servant.inputs';
import { RANK_EXISTS } from './civil-servant.queries';
import { CivilServantService } from './civil-servant.service';
import type { CivilServant } from './civil-servant.type';
import { assertAdultOn, assertContact, assertName, assertNationalId, assertNotFuture, today } from './personnel-rules';
import { recordAwards } from './qualification-award';

/** What the audit log keeps of a record: everything but personal data, which the log must not copy. */
const auditView = (e: CivilServantEntity) => ({
  id: e.id, category: e.category, agencyId: e.agencyId, unitCode: e.unitCode, jobPositionId: e.jobPositionId ?? null,
  rankCode: e.rankCode ?? null, qualification: e.qualification, specialisationFits: e.specialisationFits,
  politicalTheoryLevel: e.politicalTheoryLevel ?? null, stateManagementLevel: e.stateManagementLevel ?? null,
  managementPost: e.managementPost ?? null, postAppointedOn: e.postAppointedOn ?? null, hiredOn: e.hiredOn,
  leftOn: e.leftOn ?? null, leaveReason: e.leaveReason ?? null, electronicRecordOn: e.electronicRecordOn ?? null,
  fullName: e.fullName, version: e.version,
});

/** Loads a record for a write, refusing unknown ids and other agencies' staff. */
export async function personForWrite(ctx: HubContext, tx: EntityManager, id: string, field: string): Promise<CivilServantEntity> {
  const person = await tx.findOne(CivilServantEntity, { id: assertUuidArg(id, field) });
  if (!person) throw badInput(field, 'no personnel record has this id');
  await assertMayWriteFor(ctx, [person.agencyId], { em: tx });
  return person;
}

/** Hire, update and leave: one transaction and one audit row each. */
export class PersonnelWriteService {
  constructor(private readonly ctx: HubContext) {}

  async hire(input: HireCivilServantInput): Promise<CivilServant> {
    const fullName = assertName(input.fullName, 'input.fullName');
    assertNationalId(input.nationalIdNumber, 'input.nationalIdNumber');
    assertNotFuture(input.dateOfBirth, 'input.dateOfBirth');
    assertNotFuture(input.hiredOn, 'input.hiredOn');
    assertAdultOn(input.dateOfBirth, input.hiredOn, 'input.dateOfBirth');
    assertContact(input.phone, input.email, 'input');
    const id = await this.write('hireCivilServant', async (tx, refs) => {
      const agency = await refs.agency(input.agencyId, 'input.agencyId');
      await assertMayWriteFor(this.ctx, [agency.id], { em: tx });
      const unitCode = input.unitCode == null ? agency.unitCode : await this.unit(tx, input.unitCode, 'input.unitCode');
      await this.checkRankAndPosition(tx, agency.id, input.rankCode, input.jobPositionId, 'input');
      const person = tx.create(CivilServantEntity, {
        id: randomUUID(), category: input.category, agencyId: agency.id, unitCode, jobPositionId: input.jobPositionId ?? null,
        rankCode: input.rankCode ?? null, qualification: input.qualification, specialisationFits: input.specialisationFits,
        hiredOn: input.hiredOn, electronicRecordOn: input.electronicRecord ? input.hiredOn : null, fullName, gender: input.gender,
        dateOfBirth: input.dateOfBirth, nationalIdNumber: input.nationalIdNumber, phone: input.phone ?? null, email: input.email ?? null,
        version: 1,
      });
      await tx.flush();
      await recordAwards(tx, person.id, input.hiredOn, { EDUCATION: input.qualification });
      return { id: person.id, before: null, after: auditView(person) };
    });
    return (await new CivilServantService(this.ctx).byId(id))!;
  }

  async update(input: UpdateCivilServantInput): Promise<CivilServant> {
    if (input.fullName != null) input.fullName = assertName(input.fullName, 'input.fullName');
    if (input.nationalIdNumber != null) assertNationalId(input.nationalIdNumber, 'input.nationalIdNumber');
    if (input.dateOfBirth != null) assertNotFuture(input.dateOfBirth, 'input.dateOfBirth');
    assertContact(input.phone, input.email, 'input');
    if (input.postAppointedOn != null) assertNotFuture(input.postAppointedOn, 'input.postAppointedOn');
    if (input.electronicRecordOn != null) assertNotFuture(input.electronicRecordOn, 'input.electronicRecordOn');
    const id = await this.write('updateCivilServant', async (tx, refs) => {
      const person = await personForWrite(this.ctx, tx, input.id, 'input.id');
      this.assertVersion(person, input.version);
      const before = auditView(person);
      const formerAgency = person.agencyId;
      if (input.dateOfBirth != null) assertAdultOn(input.dateOfBirth, person.hiredOn, 'input.dateOfBirth');
      if (input.agencyId != null && assertUuidArg(input.agencyId, 'input.agencyId') !== person.agencyId) {
        const agency = await refs.agency(input.agencyId, 'input.agencyId');
        await assertMayWriteFor(this.ctx, [agency.id], { em: tx });
        person.agencyId = agency.id;
        if (input.unitCode == null) person.unitCode = agency.unitCode;
      }
      if (input.unitCode != null) person.unitCode = await this.unit(tx, input.unitCode, 'input.unitCode');
      await this.checkRankAndPosition(tx, person.agencyId, input.rankCode, input.jobPositionId, 'input');
      if ((input.managementPost == null) !== (input.postAppointedOn == null)) {
        throw badInput(input.managementPost == null ? 'input.managementPost' : 'input.postAppointedOn', 'managementPost and postAppointedOn go together');
      }
      const changes: Partial<CivilServantEntity> = {
        fullName: input.fullName ?? undefined, phone: input.phone ?? undefined, email: input.email ?? undefined,
        nationalIdNumber: input.nationalIdNumber ?? undefined, dateOfBirth: input.dateOfBirth ?? undefined,
        rankCode: input.rankCode ?? undefined, jobPositionId: input.jobPositionId ?? undefined,
        qualification: input.qualification ?? undefined, specialisationFits: input.specialisationFits ?? undefined,
        politicalTheoryLevel: input.politicalTheoryLevel ?? undefined, stateManagementLevel: input.stateManagementLevel ?? undefined,
        managementPost: input.managementPost ?? undefined, postAppointedOn: input.postAppointedOn ?? undefined,
        electronicRecordOn: input.electronicRecordOn ?? undefined,
      };
      const gained = {
        EDUCATION: input.qualification !== before.qualification ? input.qualification : null,
        POLITICAL_THEORY: input.politicalTheoryLevel !== before.politicalTheoryLevel ? input.politicalTheoryLevel : null,
        STATE_MANAGEMENT: input.stateManagementLevel !== before.stateManagementLevel ? input.stateManagementLevel : null,
      };
      for (const [k, v] of Object.entries(changes)) if (v !== undefined) (person as unknown as Record<string, unknown>)[k] = v;
      await tx.flush();
      // A level entered now is dated now: the record says nothing of when it was earned.
      await recordAwards(tx, person.id, today(), gained);
      return { id: person.id, before, after: auditView(person), agencies: [formerAgency] };
    });
    return (await new CivilServantService(this.ctx).byId(id))!;
  }

  async leave(input: LeaveInput): Promise<CivilServant> {
    const id = await this.write('recordLeave', async (tx) => {
      const person = await personForWrite(this.ctx, tx, input.id, 'input.id');
      this.assertVersion(person, input.version);
      if (person.leftOn) throw badInput('input.id', `this person already left on ${person.leftOn}`);
      if (input.leftOn < person.hiredOn) throw badInput('input.leftOn', `must not be before the hiring date ${person.hiredOn}`);
      const before = auditView(person);
      person.leftOn = input.leftOn;
      person.leaveReason = input.reason;
      await tx.flush();
      return { id: person.id, before, after: auditView(person) };
    });
    return (await new CivilServantService(this.ctx).byId(id))!;
  }

  private assertVersion(person: CivilServantEntity, version: number): void {
    if (person.version !== version) {
      throw conflict(`The record changed since it was read (version ${version}, now ${person.version}); read it again`, { field: 'input.version', currentVersion: person.version });
    }
  }

  /**
   * A unit that exists and, for an agency-scoped editor, lies on that agency's territory (its unit
   * or a unit under it): a district's editor places no one in another district, whatever agency
   * the record names.
   */
  private async unit(tx: EntityManager, code: string, field: string): Promise<string> {
    const scope = this.ctx.caller.agencyId;
    const rows = await queryRows(tx, UNIT_INSIDE_AGENCY, [assertUnitCode(code, field), scope]);
    if (!rows.length) throw badInput(field, 'no administrative unit has this code');
    if (!rows[0].inside) throw forbidden(`${field}: unit ${code} is outside the territory of the agency this editor acts for`);
    return code;
  }

  private async checkRankAndPosition(tx: EntityManager, agencyId: string, rankCode: string | null | undefined, positionId: string | null | undefined, prefix: string) {
    if (rankCode != null && !(await queryRows(tx, RANK_EXISTS, [rankCode])).length) {
      throw badInput(`${prefix}.rankCode`, 'is not a rank or professional title of the catalogue');
    }
    if (positionId != null) {
      const rows = await queryRows(tx, JOB_POSITION_OF_AGENCY, [assertUuidArg(positionId, `${prefix}.jobPositionId`), agencyId]);
      if (!rows.length) throw badInput(`${prefix}.jobPositionId`, 'is not a job position of the agency');
    }
  }

  /** Runs a write in one transaction with its summaries and audit row; maps concurrency and uniqueness failures to CONFLICT. */
  private async write(operation: string, fn: (tx: EntityManager, refs: ReferenceService) => Promise<{ id: string; before: unknown; after: unknown; agencies?: string[] }>): Promise<string> {
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const r = await fn(tx, new ReferenceService(this.ctx, tx));
        // The summaries commit with the facts (the person's agency, and one they left).
        await refreshWorkforceRollups(entityManagerRollupDb(tx), { people: [r.id], agencies: r.agencies });
        await audit(tx, { caller: this.ctx.caller, requestId: this.ctx.requestId, action: 'WRITE', operation, objectType: 'CivilServant', objectIds: [r.id], before: r.before, after: r.after });
        return r.id;
      });
    } catch (err) {
      if (err instanceof OptimisticLockError) throw conflict('The record changed while it was being saved; read it again', { field: 'input.version' });
      if (err instanceof UniqueConstraintViolationException) throw conflict('Another personnel record has this national ID number', { field: 'input.nationalIdNumber' });
      throw err;
    }
  }
}
