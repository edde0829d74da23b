import type { SeedContext } from '@par/platform';
import { agencies, districtOf, Rng } from '@par/sample-data';
import type { SeedAgency } from './generate';
import { loadFinance } from './load';

/**
 * The shared catalogue reduced to what finance keeps of it (DESIGN §2). The only file touching the
 * catalogue package, so a change of its API is absorbed here.
 */
export function catalogueAgencies(): SeedAgency[] {
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
    establishedOn: a.establishedOn,
    dissolvedOn: a.dissolvedOn,
    psuSector: a.kind === 'PUBLIC_SERVICE_UNIT' ? (a.psuSector ?? 'OTHER') : null,
  }));
}

/** Budgets, PAR funding and autonomy for `ctx.years`, deterministic from `ctx.seed`; they do not grow with scale. */
export async function seedPublicFinance(ctx: SeedContext): Promise<void> {
  const root = new Rng(ctx.seed);
  await loadFinance(ctx, catalogueAgencies(), (area) => root.fork(`public-finance:${area}`));
}
