import type { SeedContext } from '@par/platform';
import { agencies, procedures, Rng, unitVersions } from '@par/sample-data';
import type { SeedAgency, SeedCatalogue, SeedProcedure, SeedUnit } from './catalogue';
import { seedFromCatalogue } from './load';

/** The shared catalogue, reduced to the reference copies egov-services keeps (DESIGN §2). */
export function catalogueFromSampleData(): SeedCatalogue {
  // One row per unit code: the version in force last (units keep their code when renamed).
  const units = new Map<string, SeedUnit>();
  for (const u of unitVersions()) {
    const current = !u.validTo;
    if (current || !units.has(u.code)) units.set(u.code, { code: u.code, parentCode: u.parentCode ?? null, level: u.level as SeedUnit['level'] });
  }
  const list = agencies();
  const idByCode = new Map(list.map((a) => [a.code, a.id]));
  const agencyRows: SeedAgency[] = list.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    parentId: a.parentCode ? (idByCode.get(a.parentCode) ?? null) : null,
    unitCode: a.unitCode,
    psuSector: a.kind === 'PUBLIC_SERVICE_UNIT' ? ((a.psuSector as SeedAgency['psuSector']) ?? null) : null,
  }));
  const procedureRows: SeedProcedure[] = procedures().map((p) => {
    const implementing = (p as { implementingAgencyCode?: string | null }).implementingAgencyCode;
    return {
      code: p.code,
      sector: p.sector,
      level: p.level as SeedProcedure['level'],
      processingDays: p.processingDays,
      kind: (p.kind as SeedProcedure['kind']) ?? null,
      agencyId: implementing ? (idByCode.get(implementing) ?? null) : null,
    };
  });
  return { units: [...units.values()], agencies: agencyRows, procedures: procedureRows };
}

/** Sample data at the province's scale (DESIGN §8), deterministic from `ctx.seed`. */
export async function seedEgovServices(ctx: SeedContext): Promise<void> {
  const root = new Rng(ctx.seed);
  await seedFromCatalogue(ctx, catalogueFromSampleData(), (area) => root.fork(`egov-services:${area}`));
}
