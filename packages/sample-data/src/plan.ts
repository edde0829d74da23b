import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { agencies } from './agencies';
import { foldVietnamese } from './text';
import { canonicalJson, MEASURE_KIND_PATTERN, SUBGRAPHS, type SubgraphName } from '@par/platform';

export type Comparator = 'GT' | 'GTE' | 'LT' | 'LTE' | 'EQ';
export type PlanArea = 'INSTITUTIONS' | 'PROCEDURES' | 'ORGANISATION' | 'CIVIL_SERVICE' | 'PUBLIC_FINANCE' | 'MODERNISATION' | 'STEERING';
/** A subgraph that owns a target: one of services.json's. */
export type Subgraph = SubgraphName;

/** The plan's reform areas by their number in the decision. */
export const AREA_ENUM: Readonly<Record<number, PlanArea>> = {
  1: 'INSTITUTIONS',
  2: 'PROCEDURES',
  3: 'ORGANISATION',
  4: 'CIVIL_SERVICE',
  5: 'PUBLIC_FINANCE',
  6: 'MODERNISATION',
  7: 'STEERING',
};
const COMPARATORS: readonly Comparator[] = ['GT', 'GTE', 'LT', 'LTE', 'EQ'];

export interface PlanTargetRecord {
  code: string;
  area: PlanArea;
  areaNumber: number;
  /** The subgraph that owns the data the target is measured on. */
  subgraph: Subgraph;
  /** The lead as the decision words it ("Sở Y tế, Sở Giáo dục và Đào tạo"). */
  lead: string;
  /** The lead's agencies in the catalogue, in the order named. */
  leadAgencyCodes: string[];
  ref: string;
  vi: string;
  en: string;
  measure: string;
  /** The measure kind the owner computes the figure by (its `measure_kind`), and the kind's parameters. */
  measureKind: string;
  measureParams: Record<string, unknown>;
  note: string | null;
  comparator: Comparator;
  value: number;
  unit: string;
  /** The year the target must hold in; null for an annual target. */
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
  areas: Array<{ number: number; vi: string; en: string; enumName: PlanArea }>;
  targets: PlanTargetRecord[];
}

/** How the decision abbreviates names that the catalogue spells out. */
const EXPANSIONS: ReadonlyArray<readonly [RegExp, string]> = [[/\bUBND\b/g, 'Ủy ban nhân dân']];

let bodies: Map<string, string> | undefined;
/**
 * The lead's agency codes. The decision names provincial bodies, sometimes without "Hà Nam" ("Cục
 * Thuế tỉnh"); a name can hold a comma itself ("Sở Văn hóa, Thể thao và Du lịch"), so the longest
 * run of comma-separated pieces that names an agency wins. A lead naming no known agency is an
 * error, not a silent gap.
 */
export function leadAgencyCodes(lead: string): string[] {
  bodies ??= new Map(
    agencies()
      .filter((a) => a.kind === 'PROVINCIAL_PEOPLES_COMMITTEE' || a.kind === 'DEPARTMENT' || a.kind === 'CENTRAL_BRANCH')
      .map((a) => [foldVietnamese(a.name), a.code]),
  );
  const find = (text: string) => {
    const expanded = EXPANSIONS.reduce((s, [re, to]) => s.replace(re, to), text.trim());
    return bodies!.get(foldVietnamese(expanded)) ?? bodies!.get(foldVietnamese(`${expanded} Hà Nam`));
  };
  const pieces = lead.split(',');
  const codes: string[] = [];
  for (let i = 0; i < pieces.length;) {
    let j = pieces.length;
    for (; j > i; j--) {
      const code = find(pieces.slice(i, j).join(','));
      if (code) {
        if (!codes.includes(code)) codes.push(code);
        break;
      }
    }
    if (j === i) throw new Error(`plan: no agency in the catalogue for lead "${pieces[i].trim()}" (in "${lead}")`);
    i = j;
  }
  return codes;
}

const text = (v: unknown, what: string): string => {
  if (v === undefined || v === null || v === '') throw new Error(`plan: ${what} missing`);
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
};

/**
 * A target's measure: a kind its owner implements, and the kind's parameters (a mapping). Whether
 * the owner implements the kind and accepts the parameters is the owner's to say (its measure kinds
 * validate them); here only the shape is checked.
 */
function measureOf(t: Record<string, unknown>, code: string): { measureKind: string; measureParams: Record<string, unknown> } {
  const kind = text(t.measure_kind, `${code}.measure_kind`);
  if (!MEASURE_KIND_PATTERN.test(kind)) throw new Error(`plan: ${code}: measure_kind ${kind} is not a kind name (lower snake case)`);
  const params = t.measure_params ?? {};
  if (typeof params !== 'object' || Array.isArray(params)) throw new Error(`plan: ${code}: measure_params must be a mapping`);
  return { measureKind: kind, measureParams: params as Record<string, unknown> };
}

/** The sample data's plan: Decision 851/QĐ-UBND. */
export const PLAN_851_FILE = path.join(__dirname, '..', 'data', 'plan-851-targets.yaml');

const cache = new Map<string, ReformPlanRecord>();

/** The plan and every measurable target of Decision 851/QĐ-UBND, in the order of the YAML. */
export function reformPlan(): ReformPlanRecord {
  return readPlan(PLAN_851_FILE);
}

/** A plan and its measurable targets from a YAML file of the shape of plan-851-targets.yaml, in its order. */
export function readPlan(file: string): ReformPlanRecord {
  const hit = cache.get(file);
  if (hit) return hit;
  const doc = parse(fs.readFileSync(file, 'utf8'));
  const p = doc.plan;
  const areas = Object.entries(p.areas as Record<string, { vi: string; en: string }>)
    .map(([n, a]) => ({ number: Number(n), vi: a.vi, en: a.en, enumName: AREA_ENUM[Number(n)] }))
    .sort((a, b) => a.number - b.number);
  for (const a of areas) if (!a.enumName) throw new Error(`plan: unknown area ${a.number}`);

  const targets = (doc.targets as Array<Record<string, unknown>>).map((t): PlanTargetRecord => {
    const code = text(t.code, 'target code');
    const areaNumber = Number(t.area);
    const comparator = text(t.comparator, `${code}.comparator`).toUpperCase() as Comparator;
    const subgraph = text(t.subgraph, `${code}.subgraph`) as Subgraph;
    const value = Number(t.value);
    if (!AREA_ENUM[areaNumber]) throw new Error(`plan: ${code}: unknown area ${t.area}`);
    if (!COMPARATORS.includes(comparator)) throw new Error(`plan: ${code}: unknown comparator ${t.comparator}`);
    if (!SUBGRAPHS.includes(subgraph)) throw new Error(`plan: ${code}: unknown subgraph ${t.subgraph}`);
    if (!Number.isFinite(value)) throw new Error(`plan: ${code}: value ${t.value} is not a number`);
    const lead = text(t.lead, `${code}.lead`);
    return {
      code,
      area: AREA_ENUM[areaNumber],
      areaNumber,
      subgraph,
      lead,
      leadAgencyCodes: leadAgencyCodes(lead),
      ref: text(t.ref, `${code}.ref`),
      vi: text(t.vi, `${code}.vi`),
      en: text(t.en, `${code}.en`),
      measure: text(t.measure, `${code}.measure`),
      ...measureOf(t, code),
      note: t.note ? String(t.note) : null,
      comparator,
      value,
      unit: text(t.unit, `${code}.unit`),
      dueYear: t.by !== undefined && t.by !== null ? Number(t.by) : null,
      annual: t.annual === true,
    };
  });
  const codes = new Set(targets.map((t) => t.code));
  if (codes.size !== targets.length) throw new Error('plan: duplicate target codes');

  const plan: ReformPlanRecord = {
    code: text(p.code, 'plan code'),
    title: text(p.title, 'plan title'),
    issuer: text(p.issuer, 'plan issuer'),
    issuedOn: text(p.issued_on, 'plan issued_on'),
    periodStart: Number(p.period[0]),
    periodEnd: Number(p.period[1]),
    areas,
    targets,
  };
  cache.set(file, plan);
  return plan;
}

/**
 * The measure fields of a target's indicator key (`measureKind`, `measureParams` as canonical
 * JSON), as institutions hands them to the owner: for tests that ask an owner directly.
 */
export function measureKeyOf(code: string, plan: ReformPlanRecord = reformPlan()): { measureKind: string; measureParams: string } {
  const t = plan.targets.find((x) => x.code === code);
  if (!t) throw new Error(`plan ${plan.code}: no target ${code}`);
  return { measureKind: t.measureKind, measureParams: canonicalJson(t.measureParams) };
}
