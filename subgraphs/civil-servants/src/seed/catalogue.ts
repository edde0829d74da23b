import { agencies, Rng, unitVersions } from '@par/sample-data';

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

/** A uniform draw in [0, 1) from a stream forked per area, so areas do not shift each other's data. */
export interface Random {
  next(): number;
}

export function random(seed: number, area: string): Random {
  const rng = new Rng(seed).fork(area);
  return { next: () => rng.next() };
}

/** One row per unit code: the latest version, whose parent is the one in force now. */
export function catalogueUnits(): SeedUnit[] {
  const latest = new Map<string, { validFrom: string | null; unit: SeedUnit }>();
  for (const u of unitVersions()) {
    const prev = latest.get(u.code);
    if (!prev || (u.validFrom ?? '') >= (prev.validFrom ?? '')) {
      latest.set(u.code, { validFrom: u.validFrom ?? null, unit: { code: u.code, parentCode: u.parentCode ?? null, level: u.level } });
    }
  }
  return [...latest.values()].map((v) => v.unit);
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
