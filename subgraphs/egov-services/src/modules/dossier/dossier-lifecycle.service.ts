import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertMayWriteFor, assertUnitCode, assertUuidArg, audit, badInput, conflict, queryRows, type HubContext } from '@par/platform';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { PROCEDURE_PROCESSING_DAYS } from '../reference/reference.queries';
import { ReferenceService } from '../reference/reference.service';
import { DossierEntity, SupplementRequestEntity } from './dossier.entity';
import { DossierOutcome, DossierStatus, FINAL_STATUSES } from './dossier.enums';
import type { CloseDossierInput, ReceiveDossierInput, RequestSupplementInput, ResolveDossierInput, ResumeDossierInput } from './dossier.inputs';
import { LAST_SUPPLEMENT_EVENT } from './dossier.queries';
import type { Dossier } from './dossier.type';
import { vietnamDate } from './working-days';

/** Clocks of the office and of the server may differ a little; more than this is a typing error. */
const CLOCK_SKEW_MS = 5 * 60_000;
const ID_NUMBER = /^(\d{9}|\d{10}|\d{12}|\d{13})$/;

const OPEN = [DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS];
const OPEN_OR_WAITING = [DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, DossierStatus.SUPPLEMENT_REQUESTED];

function instant(value: Date | null | undefined, field: string): Date {
  const at = value ?? new Date();
  if (Number.isNaN(at.getTime())) throw badInput(field, 'is not a valid instant');
  if (at.getTime() > Date.now() + CLOCK_SKEW_MS) throw badInput(field, `is in the future (${at.toISOString()})`);
  return at;
}

function nonEmpty(value: string, field: string, max = 500): string {
  const v = value.trim();
  if (!v) throw badInput(field, 'must not be empty');
  if (v.length > max) throw badInput(field, `must be at most ${max} characters`);
  return v;
}

/** What the audit log keeps of a dossier: its state, never the applicant's identity. */
const snapshot = (d: DossierEntity) => ({
  status: d.status,
  channel: d.channel,
  procedureCode: d.procedureCode,
  agencyId: d.agencyId,
  unitCode: d.unitCode,
  receivedAt: d.receivedAt,
  dueOn: d.dueOn,
  pausedDays: d.pausedDays,
  resolvedAt: d.resolvedAt ?? null,
  closedAt: d.closedAt ?? null,
  outcome: d.outcome ?? null,
  version: d.version,
});

const toDossier = (d: DossierEntity): Dossier => ({
  id: d.id,
  status: d.status,
  channel: d.channel,
  applicantKind: d.applicantKind,
  receivedAt: d.receivedAt,
  dueAt: d.dueOn,
  pausedWorkingDays: d.pausedDays,
  resolvedAt: d.resolvedAt ?? null,
  closedAt: d.closedAt ?? null,
  outcome: d.outcome ?? null,
  closeReason: d.closeReason ?? null,
  unitCode: d.unitCode,
  procedureCode: d.procedureCode,
  agencyId: d.agencyId,
  applicantName: d.applicantName ?? null,
  applicantIdNumber: d.applicantIdNumber ?? null,
});

/**
 * The dossier lifecycle. Each write is one transaction with one audit row; invalid input and
 * impossible transitions are refused before anything is written.
 *
 *   RECEIVED ─┬─ requestSupplement ─→ SUPPLEMENT_REQUESTED ─ resume ─→ IN_PROGRESS
 *             ├─ resolve ─→ RESOLVED (final)         IN_PROGRESS behaves as RECEIVED
 *             └─ refuse / withdraw ─→ REFUSED / WITHDRAWN (final; also from SUPPLEMENT_REQUESTED)
 */
export class DossierLifecycleService {
  constructor(private readonly ctx: HubContext) {}

  async receive(input: ReceiveDossierInput): Promise<Dossier> {
    const agencyId = assertUuidArg(input.agencyId, 'agencyId');
    const applicantName = nonEmpty(input.applicantName, 'applicantName', 200);
    const idNumber = input.applicantIdNumber?.trim() || null;
    if (idNumber && !ID_NUMBER.test(idNumber)) throw badInput('applicantIdNumber', 'must be 9, 10, 12 or 13 digits');
    const receivedAt = instant(input.receivedAt, 'receivedAt');
    return this.ctx.em.transactional(async (tx) => {
      const refs = new ReferenceService(this.ctx, tx);
      const agency = await refs.agency(agencyId);
      if (!agency) throw badInput('agencyId', `no agency ${JSON.stringify(agencyId)} is known`);
      const [procedure] = await queryRows(tx, PROCEDURE_PROCESSING_DAYS, [input.procedureCode]);
      if (!procedure) throw badInput('procedureCode', `no administrative procedure ${JSON.stringify(input.procedureCode)} is known`);
      const unitCode = input.unitCode == null ? agency.unitCode : assertUnitCode(input.unitCode, 'unitCode');
      if (input.unitCode && !(await refs.unitExists(input.unitCode))) throw badInput('unitCode', `no administrative unit ${JSON.stringify(input.unitCode)} is known`);
      // An agency receives dossiers on its own territory: its unit or a sub-unit of it.
      if (input.unitCode && !(await refs.unitWithin(input.unitCode, agency.unitCode))) {
        throw badInput('unitCode', `unit ${input.unitCode} is outside the territory of the receiving agency (unit ${agency.unitCode})`);
      }
      await assertMayWriteFor(this.ctx, [agencyId], { em: tx });
      const calendar = await loadWorkingCalendar(tx);
      const d = tx.create(DossierEntity, {
        id: randomUUID(),
        procedureCode: input.procedureCode,
        agencyId,
        unitCode,
        channel: input.channel,
        applicantKind: input.applicantKind,
        applicantName,
        applicantIdNumber: idNumber,
        receivedAt,
        dueOn: calendar.addWorkingDays(vietnamDate(receivedAt), procedure.days),
        pausedDays: 0,
        status: DossierStatus.RECEIVED,
      });
      await tx.flush();
      await this.audit(tx, 'receiveDossier', d, null);
      return toDossier(d);
    });
  }

  requestSupplement(input: RequestSupplementInput): Promise<Dossier> {
    const reason = nonEmpty(input.reason, 'reason');
    const at = instant(input.requestedAt, 'requestedAt');
    return this.transition('requestSupplement', 'request a supplement for', input.dossierId, OPEN, async (d, tx) => {
      await this.assertNotBefore(tx, d, at, 'requestedAt');
      tx.create(SupplementRequestEntity, { dossierId: d.id, reason, openedAt: at });
      d.status = DossierStatus.SUPPLEMENT_REQUESTED;
    });
  }

  resume(input: ResumeDossierInput): Promise<Dossier> {
    const at = instant(input.resumedAt, 'resumedAt');
    return this.transition('resumeDossier', 'resume', input.dossierId, [DossierStatus.SUPPLEMENT_REQUESTED], async (d, tx) => {
      const calendar = await loadWorkingCalendar(tx);
      const paused = await this.closeSupplement(tx, d, at, 'resumedAt', calendar);
      d.pausedDays += paused;
      // Shifting the promised date by the paused working days equals recounting from receipt.
      d.dueOn = calendar.addWorkingDays(d.dueOn, paused);
      d.status = DossierStatus.IN_PROGRESS;
    });
  }

  resolve(input: ResolveDossierInput): Promise<Dossier> {
    const at = instant(input.resolvedAt, 'resolvedAt');
    return this.transition('resolveDossier', 'resolve', input.dossierId, OPEN, async (d, tx) => {
      await this.assertNotBefore(tx, d, at, 'resolvedAt');
      const on = vietnamDate(at);
      d.status = DossierStatus.RESOLVED;
      d.resolvedAt = at;
      d.closedAt = at;
      d.outcome = on < d.dueOn ? DossierOutcome.EARLY : on === d.dueOn ? DossierOutcome.ON_TIME : DossierOutcome.LATE;
    });
  }

  refuse(input: CloseDossierInput): Promise<Dossier> {
    return this.close('refuseDossier', 'refuse', DossierStatus.REFUSED, input);
  }

  withdraw(input: CloseDossierInput): Promise<Dossier> {
    return this.close('withdrawDossier', 'withdraw', DossierStatus.WITHDRAWN, input);
  }

  private close(operation: string, verb: string, status: DossierStatus, input: CloseDossierInput): Promise<Dossier> {
    const reason = nonEmpty(input.reason, 'reason');
    const at = instant(input.at, 'at');
    return this.transition(operation, verb, input.dossierId, OPEN_OR_WAITING, async (d, tx) => {
      await this.assertNotBefore(tx, d, at, 'at');
      if (d.status === DossierStatus.SUPPLEMENT_REQUESTED) await this.closeSupplement(tx, d, at, 'at', await loadWorkingCalendar(tx));
      d.status = status;
      d.closedAt = at;
      d.closeReason = reason;
    });
  }

  /** Locks the dossier, checks who may write and whether the transition exists, applies it, audits it. */
  private async transition(
    operation: string,
    verb: string,
    dossierId: string,
    from: DossierStatus[],
    apply: (d: DossierEntity, tx: EntityManager) => Promise<void>,
  ): Promise<Dossier> {
    const id = assertUuidArg(dossierId, 'dossierId');
    return this.ctx.em.transactional(async (tx) => {
      const d = await tx.findOne(DossierEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!d) throw badInput('dossierId', `no dossier ${JSON.stringify(id)} exists`);
      await assertMayWriteFor(this.ctx, [d.agencyId], { em: tx });
      if (!from.includes(d.status)) {
        const why = FINAL_STATUSES.has(d.status) ? `${d.status} is a final state` : `it is ${d.status}`;
        throw conflict(`Cannot ${verb} dossier ${id}: ${why}; allowed only from ${from.join(', ')}`, { field: 'dossierId', state: d.status, allowedFrom: from });
      }
      const before = snapshot(d);
      await apply(d, tx);
      await tx.flush();
      await this.audit(tx, operation, d, before);
      return toDossier(d);
    });
  }

  /** An event cannot precede receipt nor the dossier's last supplement event. */
  private async assertNotBefore(tx: EntityManager, d: DossierEntity, at: Date, field: string): Promise<void> {
    if (at < d.receivedAt) throw badInput(field, `${at.toISOString()} is before the dossier was received (${d.receivedAt.toISOString()})`);
    const [last] = await queryRows(tx, LAST_SUPPLEMENT_EVENT, [d.id]);
    if (last?.at && at < last.at) throw badInput(field, `${at.toISOString()} is before the dossier's last supplement event (${last.at.toISOString()})`);
  }

  /** Closes the open supplement request; returns the working days it kept the clock stopped. */
  private async closeSupplement(tx: EntityManager, d: DossierEntity, at: Date, field: string, calendar: WorkingCalendar): Promise<number> {
    const open = await tx.findOne(SupplementRequestEntity, { dossierId: d.id, closedAt: null });
    if (!open) throw conflict(`Dossier ${d.id} is SUPPLEMENT_REQUESTED but has no open supplement request`);
    if (at < open.openedAt) throw badInput(field, `${at.toISOString()} is before the supplement was requested (${open.openedAt.toISOString()})`);
    const paused = calendar.workingDaysBetween(vietnamDate(open.openedAt), vietnamDate(at));
    open.closedAt = at;
    open.pausedDays = paused;
    return paused;
  }

  private audit(tx: EntityManager, operation: string, d: DossierEntity, before: unknown): Promise<void> {
    return audit(tx, { caller: this.ctx.caller, requestId: this.ctx.requestId, action: 'WRITE', operation, objectType: 'Dossier', objectIds: [d.id], before, after: snapshot(d) });
  }
}
