import fs from 'node:fs';
import path from 'node:path';

export type UnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type UnitKind =
  | 'PROVINCE'
  | 'PROVINCIAL_CITY'
  | 'DISTRICT_LEVEL_TOWN'
  | 'RURAL_DISTRICT'
  | 'WARD'
  | 'COMMUNE'
  | 'COMMUNE_LEVEL_TOWN';

const UNIT_KINDS: readonly UnitKind[] = ['PROVINCE', 'PROVINCIAL_CITY', 'DISTRICT_LEVEL_TOWN', 'RURAL_DISTRICT', 'WARD', 'COMMUNE', 'COMMUNE_LEVEL_TOWN'];
const UNIT_LEVELS: readonly UnitLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];

export interface UnitRow {
  code: string;
  name: string;
  fullName: string;
  nameEn: string;
  kind: UnitKind;
  level: UnitLevel;
  parentCode: string | null;
}

export interface UnitVersion extends UnitRow {
  /** Null: in force since before the earliest list held (the 2020 list, the plan's baseline). */
  validFrom: string | null;
  /** Null: still in force in the latest list held. */
  validTo: string | null;
  /** For a unit merged away: the unit it went into. */
  successorCode: string | null;
  changeNote: string | null;
}

export const PROVINCE_CODE = '35';
/** First day of the 2025 list (Resolution 1288/NQ-UBTVQH15 of 14 Nov 2024). */
export const LIST_2025_FROM = '2025-01-01';
/** Last day of the units the 2025 list replaced. */
export const LIST_2020_TO = '2024-12-31';
const RESOLUTION_2025 = 'Nghị quyết 1288/NQ-UBTVQH15';

/**
 * Merges of Resolution 1288/NQ-UBTVQH15 (in force 1 Jan 2025), as { from: merged unit, into: unit
 * that absorbed it }. The unit lists do not carry this mapping, so it is INFERRED: each merged unit
 * went into a unit of the same district that kept its own code, usually under a new name. Where
 * published summaries of the resolution name the units, they were followed; the rest rest on the
 * rename and on neighbourhood. A wrong row here only moves a unit's successor, never a count.
 */
export const MERGES_2025: ReadonlyArray<{ from: string; into: string }> = [
  // Thành phố Phủ Lý. Châu Cầu = Minh Khai (kept its code) + Lương Khánh Thiện + a third ward:
  // Hai Bà Trưng is taken as that ward, Trần Hưng Đạo as absorbed by its neighbour Quang Trung.
  { from: '13288', into: '13294' }, // Lương Khánh Thiện → Châu Cầu (named in published summaries)
  { from: '13297', into: '13294' }, // Hai Bà Trưng → Châu Cầu (inferred)
  { from: '13300', into: '13285' }, // Trần Hưng Đạo → Quang Trung (inferred)
  { from: '13312', into: '13309' }, // Liêm Chung → Liêm Chính (inferred: neighbour, shares the name)
  // Tân Hiệp was formed from Tiên Hiệp and Tiên Tân only (published summaries), so Tiên Hải went
  // elsewhere; Lam Hạ, its neighbour on the same bank, is the inferred successor.
  { from: '13372', into: '13366' }, // Tiên Hiệp → Tân Hiệp (named in published summaries)
  { from: '13381', into: '13303' }, // Tiên Hải → Lam Hạ (inferred)
  { from: '13447', into: '13444' }, // Liêm Tiết → Tân Liêm, formerly Liêm Tuyền (inferred from the rename)
  // Thị xã Duy Tiên.
  { from: '13339', into: '13327' }, // Mộc Nam → Mộc Hoàn, formerly Mộc Bắc (inferred from the rename)
  // Huyện (from 2025 thị xã) Kim Bảng.
  { from: '13399', into: '13402' }, // Nhật Tựu → Tân Tựu, formerly Nhật Tân (inferred from the rename)
  // Huyện Bình Lục: Bình An = An Nội (kept its code) + Bối Cầu + Hưng Công (published summaries).
  { from: '13522', into: '13540' }, // Hưng Công → Bình An
  { from: '13534', into: '13540' }, // Bối Cầu → Bình An
];

function parseCsv(file: string): UnitRow[] {
  const text = fs.readFileSync(path.join(__dirname, '..', 'data', file), 'utf8');
  const [header, ...lines] = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const cols = header.split(',');
  // The lists hold no quoted fields; a comma inside a name would show up here as a wrong width.
  return lines.map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== cols.length) throw new Error(`${file}:${i + 2}: ${cells.length} fields, expected ${cols.length}`);
    const v = Object.fromEntries(cells.map((x, j) => [cols[j], x.trim()]));
    if (!UNIT_KINDS.includes(v.kind as UnitKind)) throw new Error(`${file}:${i + 2}: unknown kind ${v.kind}`);
    if (!UNIT_LEVELS.includes(v.level as UnitLevel)) throw new Error(`${file}:${i + 2}: unknown level ${v.level}`);
    return {
      code: v.code,
      name: v.name,
      fullName: v.full_name,
      nameEn: v.name_en,
      kind: v.kind as UnitKind,
      level: v.level as UnitLevel,
      parentCode: v.parent_code || null,
    };
  });
}

let lists: { y2020: UnitRow[]; y2025: UnitRow[] } | undefined;
/** The two lists as held, in file order. */
export function unitLists(): { y2020: UnitRow[]; y2025: UnitRow[] } {
  lists ??= { y2020: parseCsv('admin-units-ha-nam-2020.csv'), y2025: parseCsv('admin-units-ha-nam-2025.csv') };
  return lists;
}

/** "Phường Châu Cầu" → "phường Châu Cầu", for use inside a sentence. */
export const inSentence = (fullName: string) => fullName.charAt(0).toLowerCase() + fullName.slice(1);

const sameUnit = (a: UnitRow, b: UnitRow) =>
  a.name === b.name && a.fullName === b.fullName && a.nameEn === b.nameEn && a.kind === b.kind && a.level === b.level && a.parentCode === b.parentCode;

let cache: UnitVersion[] | undefined;

/**
 * Every version of every unit, from the 2020 and 2025 lists and the merges between them, in the
 * order of the 2020 list (a changed unit's two versions side by side, units new in 2025 last).
 */
export function unitVersions(): UnitVersion[] {
  if (cache) return cache;
  const { y2020, y2025 } = unitLists();
  const after = new Map(y2025.map((u) => [u.code, u]));
  const before = new Set(y2020.map((u) => u.code));
  const mergedInto = new Map(MERGES_2025.map((m) => [m.from, m.into]));
  const absorbed = new Map<string, UnitRow[]>();
  for (const u of y2020) {
    const into = mergedInto.get(u.code);
    if (into) absorbed.set(into, [...(absorbed.get(into) ?? []), u]);
  }
  const absorbedNote = (code: string) => {
    const list = absorbed.get(code);
    return list ? `nhận thêm ${list.map((u) => inSentence(u.fullName)).join(', ')}` : null;
  };

  const out: UnitVersion[] = [];
  for (const u of y2020) {
    const next = after.get(u.code);
    if (!next) {
      const into = mergedInto.get(u.code) ?? null;
      const target = into ? after.get(into) : undefined;
      out.push({
        ...u,
        validFrom: null,
        validTo: LIST_2020_TO,
        successorCode: into,
        changeNote: target ? `Nhập vào ${inSentence(target.fullName)} từ 01/01/2025 (${RESOLUTION_2025})` : `Không còn trong danh mục từ 01/01/2025 (${RESOLUTION_2025})`,
      });
    } else if (!sameUnit(u, next)) {
      const gained = absorbedNote(u.code);
      out.push({ ...u, validFrom: null, validTo: LIST_2020_TO, successorCode: null, changeNote: `Từ 01/01/2025 là ${inSentence(next.fullName)} (${RESOLUTION_2025})` });
      out.push({
        ...next,
        validFrom: LIST_2025_FROM,
        validTo: null,
        successorCode: null,
        changeNote: `Trước 01/01/2025 là ${inSentence(u.fullName)}${gained ? `; ${gained}` : ''} (${RESOLUTION_2025})`,
      });
    } else {
      const gained = absorbedNote(u.code);
      out.push({ ...u, validFrom: null, validTo: null, successorCode: null, changeNote: gained ? `Từ 01/01/2025 ${gained} (${RESOLUTION_2025})` : null });
    }
  }
  for (const u of y2025) {
    if (!before.has(u.code)) out.push({ ...u, validFrom: LIST_2025_FROM, validTo: null, successorCode: null, changeNote: `Thành lập từ 01/01/2025 (${RESOLUTION_2025})` });
  }
  cache = out;
  return out;
}

const inForce = (v: UnitVersion, date: string) => (v.validFrom === null || v.validFrom <= date) && (v.validTo === null || v.validTo >= date);

/** The versions in force on a day (YYYY-MM-DD). Before the earliest list, that list is assumed. */
export function unitsInForce(date: string): UnitVersion[] {
  return unitVersions().filter((v) => inForce(v, date));
}

let byCode: Map<string, UnitVersion[]> | undefined;
/** Every version of one unit, oldest first (empty for an unknown code). */
export function unitHistory(code: string): UnitVersion[] {
  if (!byCode) {
    byCode = new Map();
    for (const v of unitVersions()) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
  }
  return byCode.get(code) ?? [];
}

/** The version of a unit in force on a day; undefined if the unit did not exist then. */
export function unitVersionOn(code: string, date: string): UnitVersion | undefined {
  return unitHistory(code).find((v) => inForce(v, date));
}

/** The latest version of a unit (its present name for a renamed unit, its last for a merged one). */
export function latestUnitVersion(code: string): UnitVersion | undefined {
  const h = unitHistory(code);
  return h[h.length - 1];
}

/**
 * The unit covering a unit's territory on a day: itself while in force, else where it was merged
 * (followed through successive merges). Seeds use it to place rows of merged communes after 2024.
 */
export function resolveUnit(code: string, date: string): string {
  let current = code;
  for (let hops = 0; hops < 10; hops++) {
    if (unitVersionOn(current, date)) return current;
    const last = latestUnitVersion(current);
    if (!last?.successorCode) return current;
    current = last.successorCode;
  }
  throw new Error(`unit catalogue: merge cycle from ${code}`);
}

/** The district-level code of a unit (itself for a district; null for the province). */
export function districtOf(code: string): string | null {
  const u = unitHistory(code)[0];
  if (!u || u.level === 'PROVINCE') return null;
  return u.level === 'DISTRICT' ? u.code : u.parentCode;
}

/** Self-check of the facts the tests and the seeds rely on; throws on the first that fails. */
export function checkUnits(): void {
  const expect = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`unit catalogue: ${what}`);
  };
  const count = (list: UnitRow[], level: UnitLevel) => list.filter((u) => u.level === level).length;
  const y2020 = unitsInForce('2020-12-31');
  const y2025 = unitsInForce(LIST_2025_FROM);
  expect(count(y2020, 'PROVINCE') === 1, '2020 has one province');
  expect(count(y2020, 'DISTRICT') === 6, '2020 has 6 district-level units');
  expect(count(y2020, 'COMMUNE') === 109, '2020 has 109 commune-level units');
  expect(count(y2025, 'DISTRICT') === 6, '2025 has 6 district-level units');
  expect(count(y2025, 'COMMUNE') === 98, '2025 has 98 commune-level units');
  expect(y2020.every((u) => u.code === PROVINCE_CODE || u.parentCode !== null), 'every unit but the province has a parent');

  const codes2025 = new Set(y2025.map((u) => u.code));
  const gone = y2020.filter((u) => !codes2025.has(u.code)).map((u) => u.code).sort();
  const fromCodes = MERGES_2025.map((m) => m.from).sort();
  expect(gone.join() === fromCodes.join(), `MERGES_2025 covers exactly the units missing in 2025 (missing: ${gone.join(' ')})`);
  for (const m of MERGES_2025) {
    const from = y2020.find((u) => u.code === m.from);
    const into = y2025.find((u) => u.code === m.into);
    expect(!!from && !!into, `merge ${m.from} → ${m.into}: both units exist`);
    expect(from!.level === 'COMMUNE' && into!.level === 'COMMUNE', `merge ${m.from} → ${m.into}: commune level`);
    expect(from!.parentCode === into!.parentCode, `merge ${m.from} → ${m.into}: same district`);
  }
  for (const code of new Set(unitVersions().map((v) => v.code))) {
    const h = unitHistory(code);
    for (let i = 1; i < h.length; i++) expect(h[i - 1].validTo !== null && h[i].validFrom !== null && h[i - 1].validTo! < h[i].validFrom!, `versions of ${code} do not overlap`);
  }
}
