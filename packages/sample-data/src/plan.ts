import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { agencies } from './agencies';

export type Comparator = 'GT' | 'GTE' | 'LT' | 'LTE' | 'EQ';
export const AREA_ENUM: Record<number, string> = {
  1: 'INSTITUTIONS',
  2: 'PROCEDURES',
  3: 'ORGANISATION',
  4: 'CIVIL_SERVICE',
  5: 'PUBLIC_FINANCE',
  6: 'MODERNISATION',
  7: 'STEERING',
};

export interface PlanTargetRecord {
  code: string;
  area: string;
  areaNumber: number;
  subgraph: string;
  lead: string;
  leadAgencyCodes: string[];
  ref: string;
  vi: string;
  en: string;
  measure: string;
  note: string | null;
  comparator: Comparator;
  value: number;
  unit: string;
  dueYear: number | null;
  annual: boolean;
}

export interface ReformPlanRecord {
  code: string;
  title: string;
  issuer: string;
  issuedOn: string;
  periodStart: number;
  periodEnd: number;
  areas: Array<{ number: number; vi: string; en: string; enumName: string }>;
  targets: PlanTargetRecord[];
}

/** Lead texts of the decision that do not match an agency name word for word. */
const LEAD_ALIASES: Record<string, string> = {
  'Cục Thuế tỉnh': 'Cục Thuế tỉnh Hà Nam',
  'Bảo hiểm xã hội tỉnh': 'Bảo hiểm xã hội tỉnh Hà Nam',
  'Văn phòng UBND tỉnh': 'Văn phòng Ủy ban nhân dân tỉnh',
};

function leadCodes(lead: string): string[] {
  const byName = new Map(agencies().map((a) => [a.name, a.code]));
  return lead
    .split(',')
    .map((s) => s.trim())
    .map((s) => byName.get(LEAD_ALIASES[s] ?? s))
    .filter((c): c is string => !!c);
}

let cache: ReformPlanRecord | undefined;

/** The plan and every measurable target of Decision 851/QĐ-UBND, in the order of the YAML. */
export function reformPlan(): ReformPlanRecord {
  if (cache) return cache;
  const doc = parse(fs.readFileSync(path.join(__dirname, '..', 'data', 'plan-851-targets.yaml'), 'utf8'));
  const p = doc.plan;
  cache = {
    code: p.code,
    title: p.title,
    issuer: p.issuer,
    issuedOn: String(p.issued_on instanceof Date ? p.issued_on.toISOString().slice(0, 10) : p.issued_on),
    periodStart: p.period[0],
    periodEnd: p.period[1],
    areas: Object.entries(p.areas as Record<string, { vi: string; en: string }>).map(([n, a]) => ({ number: Number(n), vi: a.vi, en: a.en, enumName: AREA_ENUM[Number(n)] })),
    targets: (doc.targets as Array<Record<string, unknown>>).map((t) => ({
      code: String(t.code),
      area: AREA_ENUM[Number(t.area)],
      areaNumber: Number(t.area),
      subgraph: String(t.subgraph),
      lead: String(t.lead),
      leadAgencyCodes: leadCodes(String(t.lead)),
      ref: String(t.ref),
      vi: String(t.vi),
      en: String(t.en),
      measure: String(t.measure),
      note: t.note ? String(t.note) : null,
      comparator: String(t.comparator).toUpperCase() as Comparator,
      value: Number(t.value),
      unit: String(t.unit),
      dueYear: t.by !== undefined ? Number(t.by) : null,
      annual: t.annual === true,
    })),
  };
  return cache;
}
