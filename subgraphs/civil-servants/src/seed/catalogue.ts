import { agencies, personName, Rng, unitVersions } from '@par/sample-data';

/**
 * The only file touching the shared sample catalogue: what the seed needs of it, in this
 * subgraph's terms, so an API change of the catalogue is absorbed here.
 */
export interface SeedAgency {
  id: string;
  code: string;
  kind: string;
  parentId: string | null;
  unitCode: string;
  establishedOn: string | null;
  dissolvedOn: string | null;
  sector: 'EDUCATION' | 'HEALTH' | 'OTHER' | null;
}
export interface SeedUnit {
  code: string;
  parentCode: string | null;
  level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
}

/** One dated version of a unit (its parent and level from validFrom to validTo, and what took it over). */
export interface SeedUnitVersion extends SeedUnit {
  validFrom: string | null;
  validTo: string | null;
  successorCode: string | null;
}

export function catalogueUnitVersions(): SeedUnitVersion[] {
  return unitVersions().map((u) => ({ code: u.code, parentCode: u.parentCode ?? null, level: u.level, validFrom: u.validFrom ?? null, validTo: u.validTo ?? null, successorCode: u.successorCode ?? null }));
}

/** A uniform draw in [0, 1) from a stream forked per area, so areas do not shift each other's data. */
export interface Random {
  next(): number;
}

export function random(seed: number, area: string): Random {
  return new Rng(seed).fork(area);
}

/** A Vietnamese full name of the given gender, drawn from a stream made by `random`. */
export function fullName(r: Random, gender: 'MALE' | 'FEMALE'): string {
  return personName(r as Rng, gender).fullName;
}

/**
 * One row per unit code: the version in force at the end of `asOf` (the seeded years' hierarchy,
 * which the workforce figures describe), else the latest version of a later unit.
 */
export function catalogueUnits(asOf: string): SeedUnit[] {
  const chosen = new Map<string, { inForce: boolean; validFrom: string; unit: SeedUnit }>();
  for (const u of unitVersions()) {
    const inForce = (u.validFrom === null || u.validFrom <= asOf) && (u.validTo === null || u.validTo >= asOf);
    const candidate = { inForce, validFrom: u.validFrom ?? '', unit: { code: u.code, parentCode: u.parentCode ?? null, level: u.level } };
    const prev = chosen.get(u.code);
    if (!prev || (inForce && !prev.inForce) || (inForce === prev.inForce && candidate.validFrom >= prev.validFrom)) chosen.set(u.code, candidate);
  }
  return [...chosen.values()].map((v) => v.unit);
}

export function catalogueAgencies(): SeedAgency[] {
  const list = agencies();
  const idOf = new Map(list.map((a) => [a.code, a.id]));
  return list.map((a) => ({
    id: a.id,
    code: a.code,
    kind: a.kind,
    parentId: a.parentCode ? idOf.get(a.parentCode) ?? null : null,
    unitCode: a.unitCode,
    establishedOn: a.establishedOn ?? null,
    dissolvedOn: a.dissolvedOn ?? null,
    sector: (a.psuSector ?? null) as SeedAgency['sector'],
  }));
}
