import { foldSearch, type CopyValue } from '@par/platform';
import type { Uniform } from './par-index.seed';

/** What the seed reads from the shared catalogue's procedures and agencies. */
export interface CatalogueProcedure {
  code: string;
  name: string;
  sector: string;
  level: string;
  processingDays: number;
  fee: number | bigint | string | null;
  issuedOn: string;
  abolishedOn?: string | null;
  implementingAgencyCode?: string | null;
  agencyCode?: string | null;
}
export interface CatalogueAgency {
  id: string;
  code: string;
  name: string;
  kind: string;
  dissolvedOn: string | null;
}

export const sectorCode = (name: string) => foldSearch(name).toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');

export function sectorRows(list: CatalogueProcedure[]): Array<[string, string]> {
  const seen = new Map<string, string>();
  for (const p of list) if (!seen.has(sectorCode(p.sector))) seen.set(sectorCode(p.sector), p.sector);
  return [...seen.entries()];
}

/** Which department settles a provincial procedure of a sector: folded sector words → folded department words. */
const SECTOR_DEPARTMENT: Array<[RegExp, string]> = [
  [/dat dai|moi truong|tai nguyen|khoang san/, 'tai nguyen va moi truong'],
  [/xay dung|quy hoach|nha o/, 'xay dung'],
  [/dau tu|doanh nghiep|kinh doanh/, 'ke hoach va dau tu'],
  [/tu phap|ho tich|chung thuc|luat su|cong chung/, 'tu phap'],
  [/giao duc|dao tao/, 'giao duc'],
  [/y te|duoc|kham/, 'y te'],
  [/noi vu|thi dua|to chuc|ton giao/, 'noi vu'],
  [/tai chinh|ngan sach|gia/, 'tai chinh'],
  [/lao dong|viec lam|bao tro|nguoi co cong/, 'lao dong'],
  [/giao thong|van tai|duong bo/, 'giao thong'],
  [/cong thuong|thuong mai|dien/, 'cong thuong'],
  [/nong nghiep|thuy loi|lam nghiep|chan nuoi/, 'nong nghiep'],
  [/van hoa|the thao|du lich/, 'van hoa'],
  [/thong tin|truyen thong|buu chinh/, 'thong tin'],
];

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Catalogue rows with the history institutions keeps: disclosure (mostly within weeks, a few late
 * or never), impact assessment of new procedures (more thorough year by year), one-stop
 * interconnection, legal bases and simplifications.
 */
export function procedureRows(list: CatalogueProcedure[], agencies: CatalogueAgency[], docs: Array<{ id: string; numberSymbol: string; issuer: string; issuedOn: string }>, u: Uniform) {
  const departments = agencies.filter((a) => a.kind === 'DEPARTMENT' && !a.dissolvedOn).map((a) => ({ ...a, folded: foldSearch(a.name) }));
  const byCode = new Map(agencies.map((a) => [a.code, a]));
  const departmentFor = (sector: string) => {
    const words = SECTOR_DEPARTMENT.find(([re]) => re.test(foldSearch(sector)))?.[1];
    return (words && departments.find((d) => d.folded.includes(words))) || departments[0] || null;
  };
  const national = docs.filter((d) => d.issuer === 'Quốc hội' || d.issuer === 'Chính phủ');
  const provincial = docs.filter((d) => /\/QĐ-UBND$/.test(d.numberSymbol) && /^\d+\/\d{4}\//.test(d.numberSymbol));

  const procedures: CopyValue[][] = [];
  const legalBasis: CopyValue[][] = [];
  const simplifications: CopyValue[][] = [];
  for (const p of list) {
    const year = Number(p.issuedOn.slice(0, 4));
    const ref = p.implementingAgencyCode ?? p.agencyCode ?? null;
    const agency = ref ? byCode.get(ref) ?? null : p.level === 'PROVINCE' ? departmentFor(p.sector) : null;
    const disclosed = u() < 0.96 ? addDays(p.issuedOn, u() < 0.88 ? 3 + Math.floor(u() * 40) : 200 + Math.floor(u() * 500)) : null;
    const assessed = year < 2011 ? u() < 0.5 : u() < Math.min(1, 0.8 + (year - 2015) * 0.05);
    procedures.push([
      p.code, p.name, sectorCode(p.sector), p.level, agency?.id ?? null, p.processingDays,
      p.fee == null ? null : String(p.fee), disclosed, assessed, u() < 0.25, p.issuedOn, p.abolishedOn ?? null,
    ]);
    const basis = new Set<string>();
    const earlier = national.filter((d) => d.issuedOn <= p.issuedOn);
    if (earlier.length) basis.add(earlier[Math.floor(u() * earlier.length)].id);
    const local = provincial.filter((d) => d.issuedOn <= p.issuedOn);
    if (local.length && u() < 0.5) basis.add(local[Math.floor(u() * local.length)].id);
    for (const id of basis) legalBasis.push([p.code, id]);
    if (u() < 0.15 && p.processingDays > 1) {
      const before = p.processingDays + 1 + Math.floor(u() * 10);
      const decided = `${Math.max(year, 2016) + Math.floor(u() * 4)}-0${1 + Math.floor(u() * 9)}-15`;
      simplifications.push([p.code, decided < p.issuedOn ? p.issuedOn : decided, before, p.processingDays, `Rút ngắn thời hạn giải quyết từ ${before} xuống ${p.processingDays} ngày làm việc`]);
    }
  }
  return { procedures, legalBasis, simplifications };
}
