import { AuditLogResolver, type SubgraphDefinition } from '@par/platform';
import { migrations } from './migrations';
import { AgencyRef } from './modules/agency/agency-ref.entity';
import { AutonomyAssessmentEntity } from './modules/autonomy/autonomy-assessment.entity';
import { AgencyAutonomyResolver, AutonomyResolver } from './modules/autonomy/autonomy.resolver';
import { BudgetLineEntity } from './modules/budget/budget-line.entity';
import { AgencyBudgetResolver, BudgetResolver } from './modules/budget/budget.resolver';
import { ParFundingEntity } from './modules/par-funding/par-funding.entity';
import { ParFundingResolver } from './modules/par-funding/par-funding.resolver';
import { BudgetStatisticsResolver, ParFundingStatisticsResolver } from './modules/statistics/statistics.resolver';

/** Public finance (Sở Tài chính, Sở Kế hoạch và Đầu tư): budgets, PAR funding, autonomy of public service units. */
export const publicFinance: SubgraphDefinition = {
  name: 'public-finance',
  resolvers: [
    BudgetResolver,
    AgencyBudgetResolver,
    BudgetStatisticsResolver,
    ParFundingResolver,
    ParFundingStatisticsResolver,
    AutonomyResolver,
    AgencyAutonomyResolver,
    AuditLogResolver('public-finance'),
  ],
  // Only the id travels; the fields above are resolved per id in batches.
  referenceResolvers: { Agency: (ref) => ({ id: String(ref.id) }) },
  entities: [AgencyRef, BudgetLineEntity, ParFundingEntity, AutonomyAssessmentEntity],
  migrations,
  // Loaded only when seeding: the sample catalogue is never part of the running service.
  seed: async (ctx) => (await import('./seed/seed')).seedPublicFinance(ctx),
  isEmpty: async (em) => (await em.count(AgencyRef, {})) === 0,
};
export default publicFinance;
