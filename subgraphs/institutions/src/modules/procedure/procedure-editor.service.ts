import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertMayWriteFor, assertUuidArg, audit, badInput, conflict, notFound, queryRows, type HubContext } from '@par/platform';
import { AgencyService } from '../agency/agency.service';
import type { ImpactAssessmentInput } from './impact-assessment.inputs';
import { ImpactAssessmentService } from './impact-assessment.service';
import { ProcedureEntity } from './procedure.entity';
import type { CreateProcedureInput, UpdateProcedureInput } from './procedure.inputs';
import { SECTOR_EXISTS } from './procedure.queries';
import { assertProcedureCode, ProcedureService } from './procedure.service';
import type { AdministrativeProcedure } from './procedure.type';

interface Changes {
  name?: string | null;
  sectorCode?: string | null;
  level?: string | null;
  implementingAgencyId?: string | null;
  processingDays?: number | null;
  fee?: bigint | null;
  disclosedOn?: string | null;
  impactAssessment?: ImpactAssessmentInput | null;
  interconnected?: boolean | null;
  issuedOn?: string | null;
  abolishedOn?: string | null;
}

const snapshot = (e: ProcedureEntity) => ({ ...e });
const withoutVersion = ({ version: _, ...rest }: ProcedureEntity) => JSON.stringify(rest, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));

/** Creates and updates catalogue entries: validated first, written with their audit row in one transaction. */
export class ProcedureEditorService {
  constructor(private readonly ctx: HubContext) {}

  async create(input: CreateProcedureInput): Promise<AdministrativeProcedure> {
    const code = assertProcedureCode(input.code.trim(), 'input.code');
    await this.validate(input, true);
    const assessment = await this.validAssessment(input);
    await this.ctx.em.transactional(async (tx) => {
      if (await tx.findOne(ProcedureEntity, { code })) throw conflict(`procedure ${code} already exists`, { field: 'input.code' });
      const entity = tx.create(ProcedureEntity, {
        code,
        name: input.name.trim(),
        sectorCode: input.sectorCode,
        level: input.level,
        implementingAgencyId: input.implementingAgencyId?.toLowerCase() ?? null,
        processingDays: input.processingDays,
        fee: input.fee == null ? null : input.fee.toString(),
        disclosedOn: input.disclosedOn ?? null,
        interconnected: input.interconnected,
        issuedOn: input.issuedOn,
        version: 1,
      });
      await tx.flush();
      if (assessment) await ImpactAssessmentService.record(tx, code, assessment);
      await this.audit(tx, 'createAdministrativeProcedure', code, null, { ...snapshot(entity), impactAssessments: await ImpactAssessmentService.list(tx, code) });
    }).catch((err) => {
      // Another editor created the same code between our check and our insert.
      throw err instanceof UniqueConstraintViolationException ? conflict(`procedure ${code} already exists`, { field: 'input.code' }) : err;
    });
    return (await this.reload(code))!;
  }

  async update(codeArg: string, version: number, input: UpdateProcedureInput): Promise<AdministrativeProcedure> {
    const code = assertProcedureCode(codeArg);
    if (!Number.isInteger(version) || version < 1) throw badInput('version', 'must be a positive integer');
    await this.validate(input, false);
    const assessment = await this.validAssessment(input);
    try {
      await this.ctx.em.transactional(async (tx) => {
        const entity = await tx.findOne(ProcedureEntity, { code });
        if (!entity) throw notFound('code', code);
        if (entity.version !== version) throw conflict(`procedure ${code} was changed by someone else (version ${entity.version}, not ${version}); reload and retry`, { field: 'version' });
        await assertMayWriteFor(this.ctx, [entity.implementingAgencyId], { em: tx, table: 'agency' });
        if (input.implementingAgencyId !== undefined) await assertMayWriteFor(this.ctx, [input.implementingAgencyId], { em: tx, table: 'agency' });
        const before = { ...snapshot(entity), impactAssessments: await ImpactAssessmentService.list(tx, code) };
        const fieldsBefore = withoutVersion(entity);
        if (input.abolishedOn && input.abolishedOn < entity.issuedOn) {
          throw badInput('input.abolishedOn', 'is before the date the procedure was issued');
        }
        // Required columns change only when given; nullable ones are cleared by an explicit null.
        if (input.name != null) entity.name = input.name.trim();
        if (input.sectorCode != null) entity.sectorCode = input.sectorCode;
        if (input.level != null) entity.level = input.level;
        if (input.processingDays != null) entity.processingDays = input.processingDays;
        if (input.interconnected != null) entity.interconnected = input.interconnected;
        if (input.implementingAgencyId !== undefined) entity.implementingAgencyId = input.implementingAgencyId?.toLowerCase() ?? null;
        if (input.fee !== undefined) entity.fee = input.fee == null ? null : input.fee.toString();
        if (input.disclosedOn !== undefined) entity.disclosedOn = input.disclosedOn;
        if (input.abolishedOn !== undefined) entity.abolishedOn = input.abolishedOn;
        await tx.flush();
        let after = snapshot(entity);
        if (assessment && (await ImpactAssessmentService.record(tx, code, assessment)) && withoutVersion(entity) === fieldsBefore) {
          // Only the assessment changed: the procedure's record still moves to a new version, so a concurrent editor is told.
          // The ORM moves `version` only when a field changed, so the bump is written here, still guarded by the version read.
          const bumped = await tx.nativeUpdate(ProcedureEntity, { code, version }, { version: version + 1 });
          if (!bumped) throw conflict(`procedure ${code} was changed by someone else; reload and retry`, { field: 'version' });
          after = { ...after, version: version + 1 };
        }
        await this.audit(tx, 'updateAdministrativeProcedure', code, before, { ...after, impactAssessments: await ImpactAssessmentService.list(tx, code) });
      });
    } catch (err) {
      // Someone else's commit landed between our read and our write.
      if (err instanceof OptimisticLockError) throw conflict(`procedure ${code} was changed by someone else; reload and retry`, { field: 'version' });
      throw err;
    }
    return (await this.reload(code))!;
  }

  private async validate(input: Changes, creating: boolean): Promise<void> {
    if (input.name != null && !input.name.trim()) throw badInput('input.name', 'must not be empty');
    if (input.processingDays != null && (!Number.isInteger(input.processingDays) || input.processingDays < 0 || input.processingDays > 365)) {
      throw badInput('input.processingDays', 'must be a whole number of days from 0 to 365');
    }
    if (input.fee != null && input.fee < 0n) throw badInput('input.fee', 'must not be negative');
    if (input.issuedOn && input.abolishedOn && input.abolishedOn < input.issuedOn) throw badInput('input.abolishedOn', 'is before input.issuedOn');
    if (input.sectorCode != null) {
      const rows = await queryRows(this.ctx.em, SECTOR_EXISTS, [input.sectorCode]);
      if (!rows.length) throw badInput('input.sectorCode', `no sector has code ${JSON.stringify(input.sectorCode)}`);
    }
    if (input.implementingAgencyId != null) {
      const id = assertUuidArg(input.implementingAgencyId, 'input.implementingAgencyId');
      if (!(await new AgencyService(this.ctx).byId(id))) throw badInput('input.implementingAgencyId', 'no agency has this id');
    }
    if (creating) await assertMayWriteFor(this.ctx, [input.implementingAgencyId], { table: 'agency' });
  }

  private validAssessment(input: Changes): Promise<ImpactAssessmentInput | null> {
    return input.impactAssessment ? new ImpactAssessmentService(this.ctx).validate(input.impactAssessment, 'input.impactAssessment') : Promise.resolve(null);
  }

  private ctxWith(em: EntityManager): HubContext {
    return { ...this.ctx, em };
  }

  private audit(tx: EntityManager, operation: string, code: string, before: unknown, after: unknown) {
    return audit(tx, { caller: this.ctx.caller, requestId: this.ctx.requestId, action: 'WRITE', operation, objectType: 'AdministrativeProcedure', objectIds: [code], before, after });
  }

  private reload(code: string) {
    return new ProcedureService({ ...this.ctx, em: this.ctx.em.fork() }).byCode(code);
  }
}
