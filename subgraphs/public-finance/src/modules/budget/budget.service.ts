import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertUuidArg, assertYear, assertYearRange, audit, badInput, byKeys, conflict, optionalText, sqlRows, wellFormedIds, type HubContext } from '@par/platform';
import { assertWritableAgency } from '../agency/agency-ref.service';
import { assertAmount, assertDate, FISCAL_YEARS, isUniqueViolation, SUMMARY_YEARS } from '../shared/validate';
import { BudgetLineEntity, BudgetStage, type BudgetCategory } from './budget-line.entity';
import type { BudgetEstimateInput, BudgetLineInput, BudgetSettlementInput } from './budget.inputs';
import type { AgencyBudget, BudgetLine, BudgetSummaryRow } from './budget.type';

const CATEGORY_ORDER = `array_position(ARRAY['RECURRENT','INVESTMENT','PAR','REVENUE'], category)`;

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
        const rows = await sqlRows<AgencyBudget & { agencyId: string }>(
          this.ctx.em,
          `WITH lines AS (
             SELECT agency_id, category,
                    sum(amount) FILTER (WHERE stage = 'ESTIMATE') AS estimate,
                    sum(amount) FILTER (WHERE stage = 'SETTLEMENT') AS settlement
               FROM budget_line WHERE agency_id = ANY($1::uuid[]) AND fiscal_year = $2
              GROUP BY agency_id, category),
           totals AS (
             SELECT agency_id, sum(estimate) FILTER (WHERE category <> 'REVENUE') AS estimate,
                    sum(settlement) FILTER (WHERE category <> 'REVENUE') AS settlement,
                    json_agg(json_build_object('category', category, 'estimate', estimate::text, 'settlement', settlement::text)
                             ORDER BY ${CATEGORY_ORDER}) AS by_category
               FROM lines GROUP BY agency_id),
           par AS (
             SELECT agency_id, sum(allocated) AS allocated, sum(spent) AS spent
               FROM par_funding WHERE agency_id = ANY($1::uuid[]) AND fiscal_year = $2 GROUP BY agency_id)
           SELECT coalesce(t.agency_id, p.agency_id) AS "agencyId", $2::int AS year,
                  t.estimate::text AS estimate, t.settlement::text AS settlement,
                  p.allocated::text AS "parAllocated", p.spent::text AS "parSpent",
                  coalesce(t.by_category, '[]'::json) AS "byCategory"
             FROM totals t FULL JOIN par p ON p.agency_id = t.agency_id`,
          [wellFormedIds(ids), year],
        );
        return byKeys(ids.map((id) => id.toLowerCase()), rows, (r) => r.agencyId, ({ agencyId: _id, ...b }) => b);
      })
      .load(agencyId);
  }

  /** Province-wide, or for one agency and all its subordinates (a district's whole budget). */
  async summary(yearFrom: number, yearTo: number, agencyId: string | null): Promise<BudgetSummaryRow[]> {
    const [from, to] = assertYearRange(yearFrom, yearTo, SUMMARY_YEARS);
    const root = agencyId === null ? null : assertUuidArg(agencyId, 'agencyId');
    // The rate compares settled amounts with the estimates of the same agencies only: a year still
    // being settled should not look under-spent.
    return sqlRows<BudgetSummaryRow>(
      this.ctx.em,
      `WITH RECURSIVE scope AS (
         SELECT id, 0 AS depth FROM agency_ref WHERE id = $3::uuid
         UNION ALL
         SELECT a.id, s.depth + 1 FROM agency_ref a JOIN scope s ON a.parent_id = s.id WHERE s.depth < 20
       ),
       per_agency AS (
         SELECT fiscal_year, category, agency_id,
                sum(amount) FILTER (WHERE stage = 'ESTIMATE') AS estimate,
                sum(amount) FILTER (WHERE stage = 'SETTLEMENT') AS settlement
           FROM budget_line
          WHERE fiscal_year BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR agency_id IN (SELECT id FROM scope))
          GROUP BY fiscal_year, category, agency_id)
       SELECT fiscal_year::int AS year, category, sum(estimate)::text AS estimate, sum(settlement)::text AS settlement,
              round(100 * sum(settlement) / nullif(sum(estimate) FILTER (WHERE settlement IS NOT NULL), 0), 2)::float8 AS "executionRate"
         FROM per_agency GROUP BY fiscal_year, category
        ORDER BY fiscal_year, ${CATEGORY_ORDER}`,
      [from, to, root],
    );
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
