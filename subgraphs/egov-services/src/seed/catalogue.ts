/** The slice of the shared catalogue the e-government seed needs (units, agencies, procedures). */
export interface SeedUnit {
  code: string;
  parentCode: string | null;
  level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
}
/** One dated version of a unit (the unit history), for statistics placed as of a day. */
export interface SeedUnitVersion extends SeedUnit {
  validFrom: string | null;
  validTo: string | null;
  /** For a version that ended: the unit carrying on most of its territory. */
  successorCode: string | null;
}
export interface SeedAgency {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  unitCode: string;
  psuSector: 'EDUCATION' | 'HEALTH' | 'OTHER' | null;
  /** Null or absent: in existence through the seeded years. */
  establishedOn?: string | null;
  /** The last day in existence. */
  dissolvedOn?: string | null;
}
export interface SeedProcedure {
  code: string;
  sector: string;
  level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  processingDays: number;
  kind: 'BUSINESS_REGISTRATION' | 'INVESTMENT_CERTIFICATE' | null;
  agencyId: string | null;
}
export interface SeedCatalogue {
  units: SeedUnit[];
  /** The dated history; absent, statistics place units by `units` alone. */
  unitVersions?: SeedUnitVersion[];
  agencies: SeedAgency[];
  procedures: SeedProcedure[];
}

/** Deterministic random numbers for one area of the seed. */
export interface SeedRandom {
  /** Uniform in [0, 1). */
  next(): number;
}

export const between = (r: SeedRandom, lo: number, hi: number) => lo + Math.floor(r.next() * (hi - lo + 1));
export const pick = <T>(r: SeedRandom, list: readonly T[]): T => list[Math.floor(r.next() * list.length)];
export const chance = (r: SeedRandom, p: number) => r.next() < p;
/** Roughly normal noise (sum of uniforms), mean 0, standard deviation about `sd`. */
export const noise = (r: SeedRandom, sd: number) => (r.next() + r.next() + r.next() - 1.5) * 2 * sd;

/** A figure moving linearly from its 2016 value to its 2020 value (and beyond, clamped to [lo, hi]). */
export function trend(year: number, at2016: number, at2020: number, lo = 0, hi = 1): number {
  const v = at2016 + ((at2020 - at2016) * (year - 2016)) / 4;
  return Math.min(hi, Math.max(lo, v));
}
