import { byKeys, groupByKeys, sqlRows, type HubContext } from '@par/platform';
import type { Agency } from '../agency/agency.type';
import type { PlanTarget, ReformPlan } from './plan.type';

const TARGET_COLUMNS = `t.code, t.plan_code AS "planCode", t.area, t.subgraph, t.ref, t.description, t.description_en AS "descriptionEn",
  t.measure, t.measure_kind AS "measureKind", t.measure_params AS "measureParams", t.note, t.lead, t.comparator, t.value, t.unit, t.due_year AS "dueYear", t.annual,
  (SELECT p.period_start FROM reform_plan p WHERE p.code = t.plan_code) AS "firstYear"`;

/** The plan and its targets, stored as data; every list read is batched per request. */
export class PlanService {
  constructor(private readonly ctx: HubContext) {}

  async plan(code: string): Promise<ReformPlan | null> {
    const rows = await sqlRows<ReformPlan>(
      this.ctx.em,
      `SELECT code, title, issuer, to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn", period_start AS "periodStart", period_end AS "periodEnd"
       FROM reform_plan WHERE code = $1`,
      [code],
    );
    return rows[0] ?? null;
  }

  targets(planCode: string): Promise<PlanTarget[]> {
    return this.ctx.loaders
      .get<string, PlanTarget[]>('plan.targets', async (codes) => {
        const rows = await sqlRows<PlanTarget>(
          this.ctx.em,
          `SELECT ${TARGET_COLUMNS} FROM plan_target t WHERE t.plan_code = ANY($1::text[]) ORDER BY t.position`,
          [codes],
        );
        return groupByKeys(codes, rows, (r) => r.planCode);
      })
      .load(planCode);
  }

  target(code: string): Promise<PlanTarget | null> {
    return this.ctx.loaders
      .get<string, PlanTarget | null>('plan.target', async (codes) => {
        const rows = await sqlRows<PlanTarget>(this.ctx.em, `SELECT ${TARGET_COLUMNS} FROM plan_target t WHERE t.code = ANY($1::text[])`, [codes]);
        return byKeys(codes, rows, (r) => r.code);
      })
      .load(code);
  }

  leadAgencies(targetCode: string): Promise<Agency[]> {
    return this.ctx.loaders
      .get<string, Array<Agency & { targetCode: string }>>('plan.leadAgencies', async (codes) => {
        const rows = await sqlRows<Agency & { targetCode: string }>(
          this.ctx.em,
          `SELECT l.target_code AS "targetCode", a.id, a.code, a.name, a.short_name AS "shortName", a.kind, a.parent_id AS "parentId",
                  a.unit_code AS "unitCode", to_char(a.established_on, 'YYYY-MM-DD') AS "establishedOn", to_char(a.dissolved_on, 'YYYY-MM-DD') AS "dissolvedOn"
           FROM plan_target_lead l JOIN agency a ON a.id = l.agency_id WHERE l.target_code = ANY($1::text[]) ORDER BY l.position`,
          [codes],
        );
        return groupByKeys(codes, rows, (r) => r.targetCode);
      })
      .load(targetCode);
  }
}
