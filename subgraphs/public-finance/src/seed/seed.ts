import type { SeedContext } from '@par/platform';
import { agencies, Rng, unitVersions } from '@par/sample-data';
import type { SeedAgency } from './generate';
import { loadFinance } from './load';

/**
 * The shared catalogue reduced to what finance keeps of it (DESIGN §2). The only file touching the
 * catalogue package, so a change of its API is absorbed here.
 */
export function catalogueAgencies(): SeedAgency[] {
  // Latest version of each unit: its parent is the district it belongs to now.
  const units = new Map<string, { level: string; parentCode: string | null; validFrom: string }>();
  for (const u of unitVersions()) {
    const prev = units.get(u.code);
    if (!prev || (u.validFrom ?? '') >= prev.validFrom) units.set(u.code, { level: u.level, parentCode: u.parentCode ?? null, validFrom: u.validFrom ?? '' });
  }
  const districtOf = (code: string): string | null => {
    const u = units.get(code);
    if (!u) return null;
    return u.level === 'DISTRICT' ? code : u.level === 'COMMUNE' ? u.parentCode : null;
  };
  const list = agencies();
  const idOf = new Map(list.map((a) => [a.code, a.id]));
  return list.map((a) => ({
    id: a.id,
    code: a.code,
    name: a.name,
    kind: a.kind,
    parentId: a.parentCode ? (idOf.get(a.parentCode) ?? null) : null,
    unitCode: a.unitCode,
    districtCode: districtOf(a.unitCode),
    establishedOn: a.establishedOn ?? null,
    dissolvedOn: a.dissolvedOn ?? null,
    psuSector: a.kind === 'PUBLIC_SERVICE_UNIT' ? ((a.psuSector ?? 'OTHER') as SeedAgency['psuSector']) : null,
  }));
}

/** Budgets, PAR funding and autonomy for `ctx.years`, deterministic from `ctx.seed`; they do not grow with scale. */
export async function seedPublicFinance(ctx: SeedContext): Promise<void> {
  const root = new Rng(ctx.seed);
  await loadFinance(ctx, catalogueAgencies(), (area) => {
    const rng = root.fork(`public-finance:${area}`);
    return { next: () => rng.next() };
  });
}
