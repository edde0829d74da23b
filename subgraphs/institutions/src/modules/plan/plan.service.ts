import { byKeys, groupByKeys, queryRows, type HubContext } from '@par/platform';
import type { Agency } from '../agency/agency.type';
import { LEAD_AGENCIES_OF_TARGETS, PLAN_BY_CODE, TARGETS_BY_CODES, TARGETS_OF_PLANS } from './plan.queries';
import type { PlanTarget, ReformPlan } from './plan.type';

/** The plan and its targets, stored as data; every list read is batched per request. */
export class PlanService {
  constructor(private readonly ctx: HubContext) {}

  async plan(code: string): Promise<ReformPlan | null> {
    const rows = await queryRows(this.ctx.em, PLAN_BY_CODE, [code]);
    return rows[0] ?? null;
  }

  targets(planCode: string): Promise<PlanTarget[]> {
    return this.ctx.loaders
      .get<string, PlanTarget[]>('plan.targets', async (codes) => {
        const rows = await queryRows(this.ctx.em, TARGETS_OF_PLANS, [codes]);
        return groupByKeys(codes, rows, (r) => r.planCode);
      })
      .load(planCode);
  }

  target(code: string): Promise<PlanTarget | null> {
    return this.ctx.loaders
      .get<string, PlanTarget | null>('plan.target', async (codes) => {
        const rows = await queryRows(this.ctx.em, TARGETS_BY_CODES, [codes]);
        return byKeys(codes, rows, (r) => r.code);
      })
      .load(code);
  }

  leadAgencies(targetCode: string): Promise<Agency[]> {
    return this.ctx.loaders
      .get<string, Array<Agency & { targetCode: string }>>('plan.leadAgencies', async (codes) => {
        const rows = await queryRows(this.ctx.em, LEAD_AGENCIES_OF_TARGETS, [codes]);
        return groupByKeys(codes, rows, (r) => r.targetCode);
      })
      .load(targetCode);
  }
}
