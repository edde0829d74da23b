import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertYear, assertYearRange, audit, badInput, byKeys, groupByKeys, queryRows, wellFormedIds, type HubContext } from '@par/platform';
import { assertWritableAgency } from '../agency/agency-ref.service';
import { assertAmount, FISCAL_YEARS, SUMMARY_YEARS } from '../shared/validate';
import { AutonomyAssessmentEntity } from './autonomy-assessment.entity';
import type { AutonomyAssessmentInput } from './autonomy.inputs';
import { AUTONOMY_BY_AGENCIES, AUTONOMY_DISTRIBUTION, AUTONOMY_HISTORY, AUTONOMY_OF_AGENCY } from './autonomy.queries';
import type { Autonomy, AutonomyDistributionRow } from './autonomy.type';

/** Autonomy of public service units; rate and group come from the table's generated columns. */
export class AutonomyService {
  constructor(private readonly ctx: HubContext) {}

  /** Null unless the agency is a public service unit assessed that year; batched per year. */
  forAgency(agencyId: string, year: number): Promise<Autonomy | null> {
    return this.ctx.loaders
      .get<string, Autonomy | null>(`autonomy.forAgency:${year}`, async (keys) => {
        const rows = await queryRows(this.ctx.em, AUTONOMY_BY_AGENCIES, [wellFormedIds(keys), year]);
        return byKeys(keys.map((k) => k.toLowerCase()), rows, (r) => r.agencyId, ({ agencyId: _id, ...a }) => a);
      })
      .load(agencyId);
  }

  /** Every assessed year of a unit, oldest first; batched. */
  history(agencyId: string): Promise<Autonomy[]> {
    return this.ctx.loaders
      .get<string, Autonomy[]>('autonomy.history', async (keys) => {
        const rows = await queryRows(this.ctx.em, AUTONOMY_HISTORY, [wellFormedIds(keys)]);
        return groupByKeys(keys.map((k) => k.toLowerCase()), rows, (r) => r.agencyId).map((list) => list.map(({ agencyId: _id, ...a }) => a));
      })
      .load(agencyId);
  }

  /** Units per group and year; every group appears for every year that has assessments, zero included. */
  distribution(yearFrom: number, yearTo: number): Promise<AutonomyDistributionRow[]> {
    const [from, to] = assertYearRange(yearFrom, yearTo, SUMMARY_YEARS);
    return queryRows(this.ctx.em, AUTONOMY_DISTRIBUTION, [from, to]);
  }

  /** Records or corrects a unit's figures for a year, then reads the rate and group the database derived. */
  async record(input: AutonomyAssessmentInput): Promise<Autonomy> {
    const year = assertYear(input.year, 'year', FISCAL_YEARS);
    const revenue = assertAmount(input.revenue, 'revenue');
    const spending = assertAmount(input.recurrentSpending, 'recurrentSpending');
    if (spending === 0n) throw badInput('recurrentSpending', 'must be above zero: the rate is revenue / recurrent spending');
    if (input.coversInvestment && revenue < spending) {
      throw badInput('coversInvestment', 'a unit that does not cover its recurrent spending cannot cover its investment spending');
    }
    return this.ctx.em.transactional(async (em) => {
      const tx = em as EntityManager;
      const agency = await assertWritableAgency(this.ctx, tx, input.agencyId, 'agencyId');
      if (agency.kind !== 'PUBLIC_SERVICE_UNIT') throw badInput('agencyId', 'autonomy is assessed only for public service units (đơn vị sự nghiệp công lập)');
      const existing = await tx.findOne(AutonomyAssessmentEntity, { agencyId: agency.id, fiscalYear: year }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const before = existing ? { revenue: existing.revenue, recurrentSpending: existing.recurrentSpending, coversInvestment: existing.coversInvestment } : null;
      const e = existing ?? tx.create(AutonomyAssessmentEntity, { agencyId: agency.id, fiscalYear: year, revenue, recurrentSpending: spending, coversInvestment: input.coversInvestment });
      Object.assign(e, { revenue, recurrentSpending: spending, coversInvestment: input.coversInvestment });
      await tx.flush();
      const [row] = await queryRows(tx, AUTONOMY_OF_AGENCY, [agency.id, year]);
      await audit(tx, {
        caller: this.ctx.caller, requestId: this.ctx.requestId, action: 'WRITE', operation: 'recordAutonomyAssessment', objectType: 'AutonomyAssessment',
        objectIds: [`${agency.id}:${year}`], before, after: { revenue, recurrentSpending: spending, coversInvestment: input.coversInvestment, group: row.group },
      });
      const { agencyId: _id, ...autonomy } = row;
      return autonomy;
    });
  }
}
