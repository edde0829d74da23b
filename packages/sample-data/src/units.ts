import { HA_NAM_LAST_DAY, LIST_2020_FROM, LIST_2025_FROM, MERGES_2025, PROVINCE_CODE, REORGANISED_2025_FROM, unitHistoryAll, type UnitChange, type UnitSuccession, type UnitVersion } from './unit-history';
import type { UnitLevel, UnitRow } from './unit-lists';

export * from './unit-lists';
export * from './unit-history';

/** Every version of every unit, in the order they began (one code's versions oldest first). */
export function unitVersions(): UnitVersion[] {
  return unitHistoryAll().versions;
}

/** Every change held, from the plan's date to 1 Jul 2025, confirmed or not. */
export function unitChanges(): UnitChange[] {
  return unitHistoryAll().changes;
}

/** Every predecessor → successor link (merges, and the reorganisation of 1 Jul 2025 with its shares). */
export function unitSuccessions(): UnitSuccession[] {
  return unitHistoryAll().successions;
}

/** The unit lists held, with the day each came into force (the earliest: the plan's date). */
export function unitListDates(): Array<{ inForceFrom: string; source: string }> {
  return unitHistoryAll().lists;
}

const inForce = (v: UnitVersion, date: string) => (v.validFrom === null || v.validFrom <= date) && (v.validTo === null || v.validTo >= date);

/** The versions in force on a day (YYYY-MM-DD). Before the earliest list, that list is assumed. */
export function unitsInForce(date: string): UnitVersion[] {
  return unitVersions().filter((v) => inForce(v, date));
}

let byCode: Map<string, UnitVersion[]> | undefined;
/** Every version of one unit code, oldest first (empty for an unknown code). A code reused on 1 Jul 2025 names a new unit. */
export function unitHistory(code: string): UnitVersion[] {
  if (!byCode) {
    byCode = new Map();
    for (const v of unitVersions()) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
  }
  return byCode.get(code) ?? [];
}

/** The version of a unit in force on a day; undefined if the unit did not exist then. */
function unitVersionOn(code: string, date: string): UnitVersion | undefined {
  return unitHistory(code).find((v) => inForce(v, date));
}

/**
 * One row per unit code for reference copies that hold a single hierarchy: the version in force on
 * `asOf` (the seeded years' hierarchy), else the latest version of a unit that began later, else the
 * last version of one that ended before.
 */
export function unitPerCode(asOf: string): UnitVersion[] {
  const chosen = new Map<string, UnitVersion>();
  for (const code of new Set(unitVersions().map((v) => v.code))) {
    const h = unitHistory(code);
    chosen.set(code, h.find((v) => inForce(v, asOf)) ?? h[h.length - 1]);
  }
  return [...chosen.values()];
}

/**
 * The unit covering a unit's territory on a day: itself while in force, else where it went (its main
 * successor, followed through successive changes). Seeds use it to place rows of merged communes.
 */
export function resolveUnit(code: string, date: string): string {
  let current = code;
  for (let hops = 0; hops < 10; hops++) {
    if (unitVersionOn(current, date)) return current;
    const last = unitHistory(current).filter((v) => v.validTo !== null && v.validTo < date).pop();
    if (!last?.successorCode) return current;
    current = last.successorCode;
  }
  throw new Error(`unit catalogue: merge cycle from ${code}`);
}

/** The district-level code of a unit as it was in Hà Nam (itself for a district; null for a province). */
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
  const count = (list: UnitRow[], level: UnitLevel, kind?: string) => list.filter((u) => u.level === level && (!kind || u.kind === kind)).length;
  const y2016 = unitsInForce('2016-06-17');
  const y2020 = unitsInForce(LIST_2020_FROM);
  const y2025 = unitsInForce(LIST_2025_FROM);
  const now = unitsInForce(REORGANISED_2025_FROM);
  expect(count(y2016, 'DISTRICT') === 6 && count(y2016, 'COMMUNE') === 116, '2016 has 6 district-level units and 116 communes');
  expect(count(y2016, 'COMMUNE', 'COMMUNE') === 98 && count(y2016, 'COMMUNE', 'WARD') === 11 && count(y2016, 'COMMUNE', 'COMMUNE_LEVEL_TOWN') === 7, '2016: 98 xã, 11 phường, 7 thị trấn');
  expect(count(y2020, 'PROVINCE') === 1 && count(y2020, 'DISTRICT') === 6 && count(y2020, 'COMMUNE') === 109, '2020 has 1 province, 6 district-level units, 109 communes');
  expect(count(y2025, 'DISTRICT') === 6 && count(y2025, 'COMMUNE') === 98, '2025 has 6 district-level units and 98 communes');
  expect(count(now, 'DISTRICT') === 0 && count(now, 'COMMUNE') === 33 && now.every((u) => u.code !== PROVINCE_CODE), 'from 1 Jul 2025: no districts, 33 communes, no province 35');
  expect(unitsInForce(HA_NAM_LAST_DAY).every((u) => u.validTo === HA_NAM_LAST_DAY), 'every unit in force on 30 Jun 2025 ends that day');
  expect(y2020.every((u) => u.level === 'PROVINCE' || u.parentCode !== null), 'every unit but the province has a parent');

  const codes2025 = new Set(y2025.map((u) => u.code));
  const gone = y2020.filter((u) => !codes2025.has(u.code)).map((u) => u.code).sort();
  expect(gone.join() === MERGES_2025.map((m) => m.from).sort().join(), `MERGES_2025 covers exactly the units missing in 2025 (missing: ${gone.join(' ')})`);
  for (const m of MERGES_2025) {
    const from = y2020.find((u) => u.code === m.from);
    const into = y2025.find((u) => u.code === m.into);
    expect(!!from && !!into && from.level === 'COMMUNE' && from.parentCode === into.parentCode, `merge ${m.from} → ${m.into}: communes of one district`);
  }
  for (const code of new Set(unitVersions().map((v) => v.code))) {
    const h = unitHistory(code);
    for (let i = 1; i < h.length; i++) expect(h[i - 1].validTo !== null && h[i].validFrom !== null && h[i - 1].validTo! < h[i].validFrom!, `versions of ${code} do not overlap`);
  }
}
