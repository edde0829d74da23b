import type { SeedContext } from '@par/platform';
import { agencies, personName, procedures, Rng, unitPerCode, unitVersions } from '@par/sample-data';
import type { SeedAgency, SeedCatalogue, SeedProcedure, SeedUnit } from './catalogue';
import { seedFromCatalogue } from './load';

/** The shared catalogue, reduced to the reference copies egov-services keeps (DESIGN §2). */
function catalogueFromSampleData(asOf: string): SeedCatalogue {
  // One row per unit code: its version at the end of the seeded years (a code reused later names another unit).
  const units: SeedUnit[] = unitPerCode(asOf).map((u) => ({ code: u.code, parentCode: u.parentCode, level: u.level }));
  const versions = unitVersions().map((u) => ({ code: u.code, parentCode: u.parentCode, level: u.level, validFrom: u.validFrom, validTo: u.validTo, successorCode: u.successorCode }));
  const list = agencies();
  const idByCode = new Map(list.map((a) => [a.code, a.id]));
  const agencyRows: SeedAgency[] = list.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    parentId: a.parentCode ? (idByCode.get(a.parentCode) ?? null) : null,
    unitCode: a.unitCode,
    psuSector: a.psuSector,
    establishedOn: a.establishedOn,
    dissolvedOn: a.dissolvedOn,
  }));
  const procedureRows: SeedProcedure[] = procedures().map((p) => ({
    code: p.code,
    sector: p.sectorName,
    level: p.level,
    processingDays: p.processingDays,
    kind: p.kind,
    agencyId: p.implementingAgencyCode ? (idByCode.get(p.implementingAgencyCode) ?? null) : null,
  }));
  return { units, unitVersions: versions, agencies: agencyRows, procedures: procedureRows };
}

const BUSINESS = ['Thương mại', 'Xây dựng', 'Dệt may', 'Nông sản', 'Vận tải', 'Cơ khí', 'Dược phẩm', 'Du lịch'];
const PLACE = ['Hà Nam', 'Phủ Lý', 'Duy Tiên', 'Kim Bảng', 'Thanh Liêm', 'Bình Lục', 'Lý Nhân', 'Đồng Văn'];

/** Sample data at the province's scale (DESIGN §8), deterministic from `ctx.seed`. */
export async function seedEgovServices(ctx: SeedContext): Promise<void> {
  const root = new Rng(ctx.seed).fork('egov-services');
  const names = root.fork('applicants');
  const applicantName = (enterprise: boolean) =>
    enterprise ? `Công ty TNHH ${names.pick(BUSINESS)} ${names.pick(PLACE)}` : personName(names).fullName;
  await seedFromCatalogue(ctx, catalogueFromSampleData(`${ctx.years[1]}-12-31`), (area) => root.fork(area), applicantName);
}
