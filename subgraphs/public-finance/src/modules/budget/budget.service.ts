import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertUuidArg, assertYear, assertYearRange, audit, badInput, byKeys, conflict, optionalText, queryRows, wellFormedIds, type HubContext } from '@par/platform';
import { assertWritableAgency } from '../agency/agency-ref.service';
import { assertAmount, assertDate, FISCAL_YEARS, isUniqueViolation, SUMMARY_YEARS } from '../shared/validate';
import { BudgetLineEntity, BudgetStage, type BudgetCategory } from './budget-line.entity';
import type { BudgetEstimateInput, BudgetLineInput, BudgetSettlementInput } from './budget.inputs';
import { BUDGET_BY_AGENCIES, BUDGET_SUMMARY } from './budget.queries';
import type { AgencyBudget, BudgetLine, BudgetSummaryRow } from './budget.type';

interface CleanLine {
  agencyId: string;
  year: number;
  category: BudgetCategory;
  amount: bigint;
  approvedOn: string | null;
  approvingBody: string | null;
}

/** Everything checkable without the database, so bad input fails before a transaction opens. */
function clean(input: BudgetLineInput): CleanLine {
  return {
    agencyId: input.agencyId,
    year: assertYear(input.year, 'year', FISCAL_YEARS),
    category: input.category,
    amount: assertAmount(input.amount, 'amount'),
    approvedOn: assertDate(input.approvedOn, 'approvedOn'),
    approvingBody: optionalText(input.approvingBody, 'approvingBody', 200),
  };
}

function toBudgetLine(e: BudgetLineEntity): BudgetLine {
  return {
    id: e.id,
    year: e.fiscalYear,
    category: e.category,
    stage: e.stage,
    amount: e.amount,
    approvedOn: e.approvedOn ?? null,
    approvingBody: e.approvingBody ?? null,
    version: e.version,
    agency: { id: e.agencyId },
  };
}

const snapshot = (e: BudgetLineEntity) => ({ amount: e.amount, approvedOn: e.approvedOn ?? null, approvingBody: e.approvingBody ?? null, version: e.version });

/** Budget estimates and settlements: reads aggregate in SQL (numeric sums, text out), writes audit. */
export class BudgetService {
  constructor(private readonly ctx: HubContext) {}

  /** One agency's budget for a year; all agencies of a request and year in one statement. */
  forAgency(agencyId: string, year: number): Promise<AgencyBudget | null> {
    return this.ctx.loaders
      .get<string, AgencyBudget | null>(`budget.forAgency:${year}`, async (ids) => {
        const rows = await queryRows(this.ctx.em, BUDGET_BY_AGENCIES, [wellFormedIds(ids), year]);
        return byKeys(ids.map((id) => id.toLowerCase()), rows, (r) => r.agencyId, ({ agencyId: _id, ...b }) => b);
      })
      .load(agencyId);
  }

  /** Province-wide, or for one agency and all its subordinates (a district's whole budget). */
  async summary(yearFrom: number, yearTo: number, agencyId: string | null): Promise<BudgetSummaryRow[]> {
    const [from, to] = assertYearRange(yearFrom, yearTo, SUMMARY_YEARS);
    const root = agencyId === null ? null : assertUuidArg(agencyId, 'agencyId');
    return queryRows(this.ctx.em, BUDGET_SUMMARY, [from, to, root]);
  }

  /** Records or revises an estimate; a settled year is closed to revisions. */
  async recordEstimate(input: BudgetEstimateInput): Promise<BudgetLine> {
    const line = clean(input);
    return this.write('recordBudgetEstimate', async (tx) => {
      const agency = await assertWritableAgency(this.ctx, tx, line.agencyId, 'agencyId');
      const existing = await this.lines(tx, agency.id, line);
      if (existing.settlement) {
        throw conflict(`The ${line.year} ${line.category} budget of this agency is already settled; its estimate can no longer be revised`, { field: 'year' });
      }
      const before = existing.estimate ? snapshot(existing.estimate) : null;
      const figures = { amount: line.amount, approvedOn: line.approvedOn, approvingBody: line.approvingBody, recordedAt: new Date() };
      const e = existing.estimate
        ? Object.assign(existing.estimate, figures, { version: existing.estimate.version + 1 })
        : tx.create(BudgetLineEntity, { id: randomUUID(), agencyId: agency.id, fiscalYear: line.year, category: line.category, stage: BudgetStage.ESTIMATE, version: 1, ...figures });
      await tx.flush();
      return { entity: e, before };
    });
  }

  /** Records the settlement: once per agency, year and category, and only after the estimate. */
  async recordSettlement(input: BudgetSettlementInput): Promise<BudgetLine> {
    const line = clean(input);
    return this.write('recordBudgetSettlement', async (tx) => {
      const agency = await assertWritableAgency(this.ctx, tx, line.agencyId, 'agencyId');
      const existing = await this.lines(tx, agency.id, line);
      if (!existing.estimate) {
        throw conflict(`No estimate (dự toán) is recorded for this agency's ${line.year} ${line.category} budget; record the estimate before the settlement`, { field: 'category' });
      }
      if (existing.settlement) {
        throw conflict(`The ${line.year} ${line.category} budget of this agency is already settled (quyết toán); a settlement is recorded once`, { field: 'year' });
      }
      if (line.approvedOn && existing.estimate.approvedOn && line.approvedOn < existing.estimate.approvedOn) {
        throw badInput('approvedOn', `the settlement cannot be approved before its estimate (${existing.estimate.approvedOn})`);
      }
      const e = tx.create(BudgetLineEntity, {
        id: randomUUID(), agencyId: agency.id, fiscalYear: line.year, category: line.category, stage: BudgetStage.SETTLEMENT,
        amount: line.amount, approvedOn: line.approvedOn, approvingBody: line.approvingBody, version: 1, recordedAt: new Date(),
      });
      await tx.flush();
      return { entity: e, before: null };
    });
  }

  private async lines(tx: EntityManager, agencyId: string, line: CleanLine) {
    const rows = await tx.find(
      BudgetLineEntity,
      { agencyId, fiscalYear: line.year, category: line.category },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    return { estimate: rows.find((r) => r.stage === BudgetStage.ESTIMATE), settlement: rows.find((r) => r.stage === BudgetStage.SETTLEMENT) };
  }

  /** One transaction per write, its audit row inside it; a concurrent duplicate is a conflict, not a crash. */
  private async write(operation: string, fn: (tx: EntityManager) => Promise<{ entity: BudgetLineEntity; before: unknown }>): Promise<BudgetLine> {
    try {
      return await this.ctx.em.transactional(async (tx) => {
        const { entity, before } = await fn(tx as EntityManager);
        await audit(tx as EntityManager, {
          caller: this.ctx.caller, requestId: this.ctx.requestId, action: 'WRITE', operation, objectType: 'BudgetLine',
          objectIds: [entity.id], before, after: { agencyId: entity.agencyId, year: entity.fiscalYear, category: entity.category, stage: entity.stage, ...snapshot(entity) },
        });
        return toBudgetLine(entity);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('This budget line was recorded concurrently by another request; reload and try again');
      throw err;
    }
  }
}
