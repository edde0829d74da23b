import type { CopyValue } from '@par/platform';
import type { AgencyRecord, ReformPlanRecord } from '@par/sample-data';

/** The plan, its targets in the decision's order, and their lead agencies as catalogue ids. */
export function planRows(plan: ReformPlanRecord, agencies: AgencyRecord[]) {
  const idOf = new Map(agencies.map((a) => [a.code, a.id]));
  const targets: CopyValue[][] = plan.targets.map((t, i) => [
    t.code, plan.code, i + 1, t.area, t.subgraph, t.ref, t.vi, t.en, t.measure, t.note, t.lead,
    t.comparator, t.value, t.unit, t.annual ? null : t.dueYear, t.annual,
  ]);
  const leads: CopyValue[][] = plan.targets.flatMap((t) =>
    t.leadAgencyCodes.filter((c) => idOf.has(c)).map((c, i) => [t.code, idOf.get(c)!, i + 1]),
  );
  const row: CopyValue[] = [plan.code, plan.title, plan.issuer, plan.issuedOn, plan.periodStart, plan.periodEnd];
  return { plan: row, targets, leads };
}
