import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertYear, audit, badInput, conflict, queryRows, requiredText, type HubContext } from '@par/platform';
import { assertWritableAgency } from '../agency/agency-ref.service';
import { assertAmount, FISCAL_YEARS, isUniqueViolation } from '../shared/validate';
import { type FundingSource, ParFundingEntity } from './par-funding.entity';
import type { ParFundingInput } from './par-funding.inputs';
import { PAR_FUNDING_BY_AREA } from './par-funding.queries';
import type { ParFundingByArea, ParFundingLine } from './par-funding.type';
import { PLAN_AREAS } from './plan-areas';

function assertArea(area: number, field: string): number {
  if (!Number.isInteger(area) || !PLAN_AREAS[area]) throw badInput(field, 'must be a plan area from 1 to 7');
  return area;
}

const snapshot = (e: ParFundingEntity) => ({ planned: e.planned, allocated: e.allocated, spent: e.spent, version: e.version });

function toLine(e: ParFundingEntity): ParFundingLine {
  return {
    id: e.id, year: e.fiscalYear, area: e.planArea, task: e.task, source: e.source,
    planned: e.planned, allocated: e.allocated, spent: e.spent, version: e.version, agency: { id: e.agencyId },
  };
}

/** PAR funding (kinh phí CCHC): sums by area in SQL; per-task figures recorded by editors. */
export class ParFundingService {
  constructor(private readonly ctx: HubContext) {}

  async byArea(year: number, area: number | null | undefined, source: FundingSource | null | undefined): Promise<ParFundingByArea[]> {
    assertYear(year, 'year', FISCAL_YEARS);
    if (area !== null && area !== undefined) assertArea(area, 'area');
    const rows = await queryRows(this.ctx.em, PAR_FUNDING_BY_AREA, [year, area ?? null, source ?? null]);
    return rows.map((r) => ({ ...r, areaName: PLAN_AREAS[r.area] }));
  }

  /** Records a task's figures, or revises them (version + 1) when the same task and source exist. */
  async record(input: ParFundingInput): Promise<ParFundingLine> {
    const year = assertYear(input.year, 'year', FISCAL_YEARS);
    const area = assertArea(input.area, 'area');
    const task = requiredText(input.task, 'task', 500);
    const planned = assertAmount(input.planned, 'planned');
    const allocated = assertAmount(input.allocated, 'allocated');
    const spent = assertAmount(input.spent, 'spent');
    if (spent > allocated) throw badInput('spent', 'must not exceed the allocated amount (chi vượt kinh phí được giao)');
    try {
      return await this.ctx.em.transactional(async (em) => {
        const tx = em as EntityManager;
        const agency = await assertWritableAgency(this.ctx, tx, input.agencyId, 'agencyId');
        const existing = await tx.findOne(
          ParFundingEntity,
          { agencyId: agency.id, fiscalYear: year, planArea: area, task, source: input.source },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        const before = existing ? snapshot(existing) : null;
        const figures = { planned, allocated, spent, recordedAt: new Date() };
        const e = existing
          ? Object.assign(existing, figures, { version: existing.version + 1 })
          : tx.create(ParFundingEntity, { id: randomUUID(), agencyId: agency.id, fiscalYear: year, planArea: area, task, source: input.source, version: 1, ...figures });
        await tx.flush();
        await audit(tx, {
          caller: this.ctx.caller, requestId: this.ctx.requestId, action: 'WRITE', operation: 'recordParFunding', objectType: 'ParFunding',
          objectIds: [e.id], before, after: { agencyId: e.agencyId, year, area, task, source: e.source, ...snapshot(e) },
        });
        return toLine(e);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('This task\'s funding was recorded concurrently by another request; reload and try again');
      throw err;
    }
  }
}
