import fs from 'node:fs';
import path from 'node:path';

export type UnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type UnitKind = 'PROVINCE' | 'PROVINCIAL_CITY' | 'DISTRICT_LEVEL_TOWN' | 'RURAL_DISTRICT' | 'WARD' | 'COMMUNE' | 'COMMUNE_LEVEL_TOWN';

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
  /** Null: in force since before the earliest list held (the 2020 list is the plan's baseline). */
  validFrom: string | null;
  validTo: string | null;
  successorCode: string | null;
  changeNote: string | null;
}

export const PROVINCE_CODE = '35';
export const LIST_2025_FROM = '2025-01-01';
const LAST_DAY_2024 = '2024-12-31';
const RESOLUTION_2025 = 'Nghị quyết 1288/NQ-UBTVQH15';

/**
 * Merges of Resolution 1288/NQ-UBTVQH15 (in force 1 Jan 2025). The unit lists do not carry the
 * mapping; it is inferred: each merged commune went into the neighbour of the same district that
 * kept a code and usually took a new name (Minh Khai → Châu Cầu, Tiên Tân → Tân Hiệp, …).
 */
export const MERGES_2025: ReadonlyArray<{ from: string; into: string }> = [
  { from: '13288', into: '13294' }, // Lương Khánh Thiện → Châu Cầu
  { from: '13297', into: '13294' }, // Hai Bà Trưng → Châu Cầu
  { from: '13300', into: '13285' }, // Trần Hưng Đạo → Quang Trung
  { from: '13312', into: '13309' }, // Liêm Chung → Liêm Chính
  { from: '13372', into: '13366' }, // Tiên Hiệp → Tân Hiệp
  { from: '13381', into: '13366' }, // Tiên Hải → Tân Hiệp
  { from: '13447', into: '13444' }, // Liêm Tiết → Tân Liêm
  { from: '13339', into: '13327' }, // Mộc Nam → Mộc Hoàn
  { from: '13399', into: '13402' }, // Nhật Tựu → Tân Tựu
  { from: '13522', into: '13540' }, // Hưng Công → Bình An
  { from: '13534', into: '13540' }, // Bối Cầu → Bình An
];

function parseCsv(file: string): UnitRow[] {
  const [header, ...lines] = fs.readFileSync(path.join(__dirname, '..', 'data', file), 'utf8').trim().split(/\r?\n/);
  const cols = header.split(',');
  return lines.map((line) => {
    const v = Object.fromEntries(line.split(',').map((x, i) => [cols[i], x]));
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

let cache: UnitVersion[] | undefined;

/** Every version of every unit, from the 2020 and 2025 lists and the merges between them. */
export function unitVersions(): UnitVersion[] {
  if (cache) return cache;
  const before = parseCsv('admin-units-ha-nam-2020.csv');
  const after = new Map(parseCsv('admin-units-ha-nam-2025.csv').map((u) => [u.code, u]));
  const merges = new Map(MERGES_2025.map((m) => [m.from, m.into]));
  const out: UnitVersion[] = [];
  for (const u of before) {
    const next = after.get(u.code);
    if (!next) {
      out.push({ ...u, validFrom: null, validTo: LAST_DAY_2024, successorCode: merges.get(u.code) ?? null, changeNote: `Nhập vào đơn vị khác theo ${RESOLUTION_2025}` });
    } else if (next.fullName !== u.fullName || next.kind !== u.kind || next.parentCode !== u.parentCode) {
      out.push({ ...u, validFrom: null, validTo: LAST_DAY_2024, successorCode: null, changeNote: null });
      out.push({ ...next, validFrom: LIST_2025_FROM, validTo: null, successorCode: null, changeNote: `Từ ${u.fullName} theo ${RESOLUTION_2025}` });
    } else {
      out.push({ ...u, validFrom: null, validTo: null, successorCode: null, changeNote: null });
    }
  }
  for (const u of after.values()) {
    if (!before.some((b) => b.code === u.code)) out.push({ ...u, validFrom: LIST_2025_FROM, validTo: null, successorCode: null, changeNote: RESOLUTION_2025 });
  }
  cache = out;
  return out;
}

export function unitsInForce(date: string): UnitVersion[] {
  return unitVersions().filter((u) => (u.validFrom === null || u.validFrom <= date) && (u.validTo === null || u.validTo >= date));
}

/** The district-level code of a unit (itself for a district; null for the province). */
export function districtOf(code: string): string | null {
  const u = unitVersions().find((v) => v.code === code);
  if (!u || u.level === 'PROVINCE') return null;
  return u.level === 'DISTRICT' ? u.code : u.parentCode;
}

/** Self-check of the facts the tests and the seeds rely on. */
export function checkUnits(): void {
  const y2020 = unitsInForce('2020-12-31');
  const y2025 = unitsInForce('2025-01-01');
  const count = (list: UnitVersion[], level: UnitLevel) => list.filter((u) => u.level === level).length;
  const expect = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`unit catalogue: ${what}`);
  };
  expect(count(y2020, 'PROVINCE') === 1 && count(y2020, 'DISTRICT') === 6 && count(y2020, 'COMMUNE') === 109, '2020 counts');
  expect(count(y2025, 'COMMUNE') === 98, '2025 commune count');
  for (const m of MERGES_2025) {
    const from = unitVersions().find((u) => u.code === m.from)!;
    const into = y2025.find((u) => u.code === m.into);
    expect(!!into && into.parentCode === from.parentCode, `merge ${m.from} → ${m.into}`);
  }
}
