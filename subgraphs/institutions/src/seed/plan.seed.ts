import type { ClientBase } from 'pg';
import { copyRows, type CopyValue } from '@par/platform';
import type { AgencyRecord, ReformPlanRecord } from '@par/sample-data';

/** The plan, its targets in the decision's order, and their lead agencies as catalogue ids. */
export function planRows(plan: ReformPlanRecord, agencies: AgencyRecord[]) {
  const idOf = new Map(agencies.map((a) => [a.code, a.id]));
  const targets: CopyValue[][] = plan.targets.map((t, i) => [
    t.code,
    plan.code,
    i + 1,
    t.area,
    t.subgraph,
    t.ref,
    t.vi,
    t.en,
    t.measure,
    t.measureKind,
    t.measureParams,
    t.note,
    t.lead,
    t.comparator,
    t.value,
    t.unit,
    t.annual ? null : t.dueYear,
    t.annual,
  ]);
  const leads: CopyValue[][] = plan.targets.flatMap((t) => t.leadAgencyCodes.filter((c) => idOf.has(c)).map((c, i) => [t.code, idOf.get(c)!, i + 1]));
  const row: CopyValue[] = [plan.code, plan.title, plan.issuer, plan.issuedOn, plan.periodStart, plan.periodEnd];
  return { plan: row, targets, leads };
}

/** Writes a plan read from its YAML (`readPlan`) with its targets and their leads: the seed's loader, for any plan. */
export async function loadPlan(client: ClientBase, plan: ReformPlanRecord, agencies: AgencyRecord[]): Promise<number> {
  const p = planRows(plan, agencies);
  await copyRows(client, 'reform_plan', ['code', 'title', 'issuer', 'issued_on', 'period_start', 'period_end'], [p.plan]);
  await copyRows(
    client,
    'plan_target',
    [
      'code',
      'plan_code',
      'position',
      'area',
      'subgraph',
      'ref',
      'description',
      'description_en',
      'measure',
      'measure_kind',
      'measure_params',
      'note',
      'lead',
      'comparator',
      'value',
      'unit',
      'due_year',
      'annual',
    ],
    p.targets,
  );
  await copyRows(client, 'plan_target_lead', ['target_code', 'agency_id', 'position'], p.leads);
  return p.targets.length;
}
