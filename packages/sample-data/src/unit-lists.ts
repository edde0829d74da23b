import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export type UnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type UnitKind =
  | 'PROVINCE'
  | 'PROVINCIAL_CITY'
  | 'DISTRICT_LEVEL_TOWN'
  | 'RURAL_DISTRICT'
  | 'WARD'
  | 'COMMUNE'
  | 'COMMUNE_LEVEL_TOWN';

export const UNIT_KINDS: readonly UnitKind[] = ['PROVINCE', 'PROVINCIAL_CITY', 'DISTRICT_LEVEL_TOWN', 'RURAL_DISTRICT', 'WARD', 'COMMUNE', 'COMMUNE_LEVEL_TOWN'];
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

const dataFile = (file: string) => path.join(__dirname, '..', 'data', file);

function parseCsv(file: string): UnitRow[] {
  const text = fs.readFileSync(dataFile(file), 'utf8');
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

/** A YAML file of `data/`, parsed. */
export function readYaml<T>(file: string): T {
  return parse(fs.readFileSync(dataFile(file), 'utf8')) as T;
}

export interface UnitLists {
  /** In force on the plan's date, 17 Jun 2016 (the earliest list held). */
  y2016: UnitRow[];
  /** In force from 1 Jan 2020 (Resolution 829/NQ-UBTVQH14). */
  y2020: UnitRow[];
  /** In force from 1 Jan 2025 (Resolution 1288/NQ-UBTVQH15) until the reorganisation of 1 Jul 2025. */
  y2025: UnitRow[];
}

let lists: UnitLists | undefined;
/** The three lists as held, in file order. */
export function unitLists(): UnitLists {
  lists ??= {
    y2016: parseCsv('admin-units-ha-nam-2016.csv'),
    y2020: parseCsv('admin-units-ha-nam-2020.csv'),
    y2025: parseCsv('admin-units-ha-nam-2025.csv'),
  };
  return lists;
}

/** "Phường Châu Cầu" → "phường Châu Cầu", for use inside a sentence. */
export const inSentence = (fullName: string) => fullName.charAt(0).toLowerCase() + fullName.slice(1);

/** "Đồng Văn" → "Dong Van": the lists' English name, for units the change files give without one. */
export const withoutMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');

export const sameUnit = (a: UnitRow, b: UnitRow) =>
  a.code === b.code && a.name === b.name && a.fullName === b.fullName && a.kind === b.kind && a.level === b.level && a.parentCode === b.parentCode;
