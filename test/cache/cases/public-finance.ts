import { editor, reads, THIS_YEAR, unique, type Case } from './case';

/** public-finance: budget estimates and settlements, PAR funding, autonomy, all read in the agency's profile. */
export const publicFinanceCases: Record<string, Case> = {
  // This year's estimate of a department, recorded or revised while it is not settled.
  recordBudgetEstimate: {
    async prepare({ sql }) {
      const [a] = await sql('public-finance', `SELECT id FROM agency_ref WHERE kind = 'DEPARTMENT' ORDER BY code LIMIT 1`);
      const [line] = await sql('public-finance', `SELECT amount FROM budget_line WHERE agency_id = $1 AND fiscal_year = $2 AND category = 'RECURRENT' AND stage = 'ESTIMATE'`, [a.id, THIS_YEAR]);
      return {
        write: {
          query: `mutation($input: BudgetEstimateInput!) { recordBudgetEstimate(input: $input) { amount } }`,
          variables: { input: { agencyId: a.id, year: THIS_YEAR, category: 'RECURRENT', amount: String(BigInt(line?.amount ?? 0) + 1_000_000n) } },
          token: await editor('public-finance'),
        },
        read: await reads.agencyProfile(a.id, THIS_YEAR),
      };
    },
  },
  recordBudgetSettlement: {
    async prepare({ sql }) {
      const [e] = await sql(
        'public-finance',
        `SELECT e.agency_id, e.fiscal_year::int AS year, e.category FROM budget_line e WHERE e.stage = 'ESTIMATE' AND e.category <> 'REVENUE'
            AND NOT EXISTS (SELECT 1 FROM budget_line s WHERE s.stage = 'SETTLEMENT' AND s.agency_id = e.agency_id AND s.fiscal_year = e.fiscal_year AND s.category = e.category)
          ORDER BY e.fiscal_year, e.agency_id, e.category LIMIT 1`,
      );
      return {
        write: {
          query: `mutation($input: BudgetSettlementInput!) { recordBudgetSettlement(input: $input) { amount } }`,
          variables: { input: { agencyId: e.agency_id, year: e.year, category: e.category, amount: '123456789' } },
          token: await editor('public-finance'),
        },
        read: await reads.agencyProfile(e.agency_id, e.year),
      };
    },
  },
  // A new task's allocation adds to the agency's PAR funding of the year.
  recordParFunding: {
    async prepare({ sql }) {
      const [a] = await sql('public-finance', `SELECT id FROM agency_ref WHERE kind = 'DEPARTMENT' ORDER BY code OFFSET 1 LIMIT 1`);
      return {
        write: {
          query: `mutation($input: ParFundingInput!) { recordParFunding(input: $input) { allocated } }`,
          variables: { input: { agencyId: a.id, year: 2020, area: 1, task: `Nhiệm vụ kiểm thử ${unique()}`, source: 'STATE_BUDGET', planned: '50000000', allocated: '40000000', spent: '30000000' } },
          token: await editor('public-finance'),
        },
        read: await reads.agencyProfile(a.id, 2020),
      };
    },
  },
  // A public service unit's rate moves across the line between two autonomy groups.
  recordAutonomyAssessment: {
    async prepare({ sql }) {
      const [u] = await sql(
        'public-finance',
        `SELECT a.id, (SELECT s.self_financing_rate::float8 FROM autonomy_assessment s WHERE s.agency_id = a.id AND s.fiscal_year = 2020) AS rate
           FROM agency_ref a WHERE a.is_public_service_unit ORDER BY a.code LIMIT 1`,
      );
      const revenue = (u.rate ?? 0) >= 50 ? '200000000' : '800000000';
      return {
        write: {
          query: `mutation($input: AutonomyAssessmentInput!) { recordAutonomyAssessment(input: $input) { selfFinancingRate } }`,
          variables: { input: { agencyId: u.id, year: 2020, revenue, recurrentSpending: '1000000000' } },
          token: await editor('public-finance'),
        },
        read: await reads.agencyProfile(u.id, 2020),
      };
    },
  },
};
