import { foldSearch } from '@par/platform';

/** What the seed reads from the shared catalogue's plan. */
export interface CataloguePlan {
  code: string;
  title: string;
  issuer: string;
  issuedOn: string;
  periodStart: number;
  periodEnd: number;
  targets: CatalogueTarget[];
}
export interface CatalogueTarget {
  code: string;
  area: number | string;
  subgraph: string;
  lead: string;
  ref?: string | null;
  vi: string;
  en: string;
  measure?: string | null;
  note?: string | null;
  comparator: string;
  value: number;
  unit: string;
  dueYear?: number | null;
  annual?: boolean;
}

/** Areas as the decision numbers them (section II.1 … II.7). */
const AREA_BY_NUMBER = ['INSTITUTIONS', 'PROCEDURES', 'ORGANISATION', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION', 'STEERING'];

const norm = (s: string) => foldSearch(s).replace(/\bubnd\b/g, 'uy ban nhan dan').replace(/\bcchc\b/g, 'cai cach hanh chinh');

/** Finds the agencies a lead text names ("Sở Y tế, Sở Giáo dục và Đào tạo"), by their folded name's beginning. */
export function leadAgencyIds(lead: string, agencies: Array<{ id: string; name: string; shortName?: string | null; kind: string; dissolvedOn: string | null }>): string[] {
  const live = agencies.filter((a) => !a.dissolvedOn && a.kind !== 'COMMUNE_PEOPLES_COMMITTEE' && a.kind !== 'DISTRICT_OFFICE');
  const ids: string[] = [];
  for (const part of lead.split(/,/).map((s) => norm(s.trim())).filter(Boolean)) {
    const hit = live
      .filter((a) => norm(a.name).startsWith(part) || (a.shortName && norm(a.shortName) === part))
      .sort((a, b) => a.name.length - b.name.length)[0];
    if (hit && !ids.includes(hit.id)) ids.push(hit.id);
  }
  return ids;
}

export function planRows(plan: CataloguePlan, agencies: Parameters<typeof leadAgencyIds>[1]) {
  const targets = plan.targets.map((t, i) => [
    t.code, plan.code, i + 1,
    typeof t.area === 'number' ? AREA_BY_NUMBER[t.area - 1] : t.area,
    t.subgraph, t.ref ?? null, t.vi, t.en, t.measure ?? null, t.note ?? null, t.lead,
    t.comparator.toUpperCase(), t.value, t.unit, t.annual ? null : t.dueYear ?? null, Boolean(t.annual),
  ]);
  const leads = plan.targets.flatMap((t) => leadAgencyIds(t.lead, agencies).map((id, i) => [t.code, id, i + 1]));
  return { plan: [plan.code, plan.title, plan.issuer, plan.issuedOn, plan.periodStart, plan.periodEnd], targets, leads };
}
