import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertYear, assertYearRange, audit, badInput, byKeys, groupByKeys, sqlRows, wellFormedIds, type HubContext } from '@par/platform';
import { assertWritableAgency } from '../agency/agency-ref.service';
import { assertAmount, FISCAL_YEARS, SUMMARY_YEARS } from '../shared/validate';
import { AutonomyAssessmentEntity } from './autonomy-assessment.entity';
import type { AutonomyAssessmentInput } from './autonomy.inputs';
import type { Autonomy, AutonomyDistributionRow } from './autonomy.type';

const COLUMNS = `s.agency_id AS "agencyId", s.fiscal_year::int AS year, 'GROUP_' || s.autonomy_group AS "group",
  s.self_financing_rate::float8 AS "selfFinancingRate", s.revenue::text AS revenue,
  s.recurrent_spending::text AS "recurrentSpending", s.covers_investment AS "coversInvestment"`;

/** Autonomy of public service units; rate and group come from the table's generated columns. */
export class AutonomyService {
  constructor(private readonly ctx: HubContext) {}

  /** Null unless the agency is a public service unit assessed that year; batched per year. */
  forAgency(agencyId: string, year: number): Promise<Autonomy | null> {
    return this.ctx.loaders
      .get<string, Autonomy | null>(`autonomy.forAgency:${year}`, async (keys) => {
        const rows = await sqlRows<Autonomy & { agencyId: string }>(
          this.ctx.em,
          `SELECT ${COLUMNS} FROM autonomy_assessment s JOIN agency_ref a ON a.id = s.agency_id AND a.is_public_service_unit
            WHERE s.agency_id = ANY($1::uuid[]) AND s.fiscal_year = $2`,
          [wellFormedIds(keys), year],
        );
        return byKeys(keys.map((k) => k.toLowerCase()), rows, (r) => r.agencyId, ({ agencyId: _id, ...a }) => a);
      })
      .load(agencyId);
  }

  /** Every assessed year of a unit, oldest first; batched. */
  history(agencyId: string): Promise<Autonomy[]> {
    return this.ctx.loaders
      .get<string, Autonomy[]>('autonomy.history', async (keys) => {
        const rows = await sqlRows<Autonomy & { agencyId: string }>(
          this.ctx.em,
          `SELECT ${COLUMNS} FROM autonomy_assessment s JOIN agency_ref a ON a.id = s.agency_id AND a.is_public_service_unit
            WHERE s.agency_id = ANY($1::uuid[]) ORDER BY s.fiscal_year`,
          [wellFormedIds(keys)],
        );
        return groupByKeys(keys.map((k) => k.toLowerCase()), rows, (r) => r.agencyId).map((list) => list.map(({ agencyId: _id, ...a }) => a));
      })
      .load(agencyId);
  }

  /** Units per group and year; every group appears for every year that has assessments, zero included. */
  distribution(yearFrom: number, yearTo: number): Promise<AutonomyDistributionRow[]> {
    const [from, to] = assertYearRange(yearFrom, yearTo, SUMMARY_YEARS);
    return sqlRows<AutonomyDistributionRow>(
      this.ctx.em,
      `WITH years AS (SELECT DISTINCT s.fiscal_year FROM autonomy_assessment s JOIN agency_ref a ON a.id = s.agency_id AND a.is_public_service_unit
                       WHERE s.fiscal_year BETWEEN $1 AND $2)
       SELECT y.fiscal_year::int AS year, 'GROUP_' || g AS "group", count(s.agency_id)::int AS units
         FROM years y CROSS JOIN generate_series(1, 4) g
         LEFT JOIN (autonomy_assessment s JOIN agency_ref a ON a.id = s.agency_id AND a.is_public_service_unit)
                ON s.fiscal_year = y.fiscal_year AND s.autonomy_group = g
        GROUP BY y.fiscal_year, g ORDER BY y.fiscal_year, g`,
      [from, to],
    );
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
      const [row] = await sqlRows<Autonomy>(tx, `SELECT ${COLUMNS} FROM autonomy_assessment s WHERE s.agency_id = $1 AND s.fiscal_year = $2`, [agency.id, year]);
      await audit(tx, {
        caller: this.ctx.caller, requestId: this.ctx.requestId, action: 'WRITE', operation: 'recordAutonomyAssessment', objectType: 'AutonomyAssessment',
        objectIds: [`${agency.id}:${year}`], before, after: { revenue, recurrentSpending: spending, coversInvestment: input.coversInvestment, group: row.group },
      });
      const { agencyId: _id, ...autonomy } = row as Autonomy & { agencyId: string };
      return autonomy;
    });
  }
}
