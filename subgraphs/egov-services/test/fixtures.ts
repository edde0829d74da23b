import { Rng } from '@par/sample-data';
import type { SeedCatalogue, SeedRandom } from '../src/seed/catalogue';

/** Random streams and applicant names as the real seed makes them, from the shared generator. */
export function testRandom(seed: number): (area: string) => SeedRandom {
  const root = new Rng(seed);
  return (area) => root.fork(area);
}
export const testApplicantName = (enterprise: boolean) => (enterprise ? 'Công ty TNHH Thương mại Hà Nam' : 'Nguyễn Thị Lan');

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const AGENCY = {
  PPC: id(1),
  PLANNING: id(2),
  JUSTICE: id(3),
  TAX: id(4),
  TAX_DISTRICT: id(5),
  INSURANCE: id(6),
  DISTRICT_A: id(10),
  DISTRICT_B: id(11),
  COMMUNE_A1: id(20),
  COMMUNE_A2: id(21),
  COMMUNE_B1: id(22),
  COMMUNE_B2: id(23),
  SCHOOL: id(30),
  HOSPITAL: id(31),
};

/** A small province: two districts of two communes each, a few departments and central branches. */
export const CATALOGUE: SeedCatalogue = {
  units: [
    { code: '35', parentCode: null, level: 'PROVINCE' },
    { code: '347', parentCode: '35', level: 'DISTRICT' },
    { code: '349', parentCode: '35', level: 'DISTRICT' },
    { code: '13321', parentCode: '347', level: 'COMMUNE' },
    { code: '13324', parentCode: '347', level: 'COMMUNE' },
    { code: '13363', parentCode: '349', level: 'COMMUNE' },
    { code: '13366', parentCode: '349', level: 'COMMUNE' },
  ],
  agencies: [
    { id: AGENCY.PPC, name: 'Ủy ban nhân dân tỉnh Hà Nam', kind: 'PROVINCIAL_PEOPLES_COMMITTEE', parentId: null, unitCode: '35', psuSector: null },
    { id: AGENCY.PLANNING, name: 'Sở Kế hoạch và Đầu tư', kind: 'DEPARTMENT', parentId: AGENCY.PPC, unitCode: '35', psuSector: null },
    { id: AGENCY.JUSTICE, name: 'Sở Tư pháp', kind: 'DEPARTMENT', parentId: AGENCY.PPC, unitCode: '35', psuSector: null },
    { id: AGENCY.TAX, name: 'Cục Thuế tỉnh Hà Nam', kind: 'CENTRAL_BRANCH', parentId: null, unitCode: '35', psuSector: null },
    { id: AGENCY.TAX_DISTRICT, name: 'Chi cục Thuế thành phố Phủ Lý', kind: 'CENTRAL_BRANCH', parentId: AGENCY.TAX, unitCode: '347', psuSector: null },
    { id: AGENCY.INSURANCE, name: 'Bảo hiểm xã hội tỉnh Hà Nam', kind: 'CENTRAL_BRANCH', parentId: null, unitCode: '35', psuSector: null },
    { id: AGENCY.DISTRICT_A, name: 'Ủy ban nhân dân thành phố Phủ Lý', kind: 'DISTRICT_PEOPLES_COMMITTEE', parentId: AGENCY.PPC, unitCode: '347', psuSector: null },
    { id: AGENCY.DISTRICT_B, name: 'Ủy ban nhân dân huyện Duy Tiên', kind: 'DISTRICT_PEOPLES_COMMITTEE', parentId: AGENCY.PPC, unitCode: '349', psuSector: null },
    { id: AGENCY.COMMUNE_A1, name: 'Ủy ban nhân dân phường Quang Trung', kind: 'COMMUNE_PEOPLES_COMMITTEE', parentId: AGENCY.DISTRICT_A, unitCode: '13321', psuSector: null },
    { id: AGENCY.COMMUNE_A2, name: 'Ủy ban nhân dân phường Lương Khánh Thiện', kind: 'COMMUNE_PEOPLES_COMMITTEE', parentId: AGENCY.DISTRICT_A, unitCode: '13324', psuSector: null },
    { id: AGENCY.COMMUNE_B1, name: 'Ủy ban nhân dân xã Mộc Bắc', kind: 'COMMUNE_PEOPLES_COMMITTEE', parentId: AGENCY.DISTRICT_B, unitCode: '13363', psuSector: null },
    { id: AGENCY.COMMUNE_B2, name: 'Ủy ban nhân dân xã Mộc Nam', kind: 'COMMUNE_PEOPLES_COMMITTEE', parentId: AGENCY.DISTRICT_B, unitCode: '13366', psuSector: null },
    { id: AGENCY.SCHOOL, name: 'Trường THPT chuyên Biên Hòa', kind: 'PUBLIC_SERVICE_UNIT', parentId: AGENCY.PPC, unitCode: '347', psuSector: 'EDUCATION' },
    { id: AGENCY.HOSPITAL, name: 'Bệnh viện Đa khoa tỉnh Hà Nam', kind: 'PUBLIC_SERVICE_UNIT', parentId: AGENCY.PPC, unitCode: '347', psuSector: 'HEALTH' },
  ],
  procedures: [
    { code: '2.001610', sector: 'Thành lập và hoạt động doanh nghiệp', level: 'PROVINCE', processingDays: 3, kind: 'BUSINESS_REGISTRATION', agencyId: AGENCY.PLANNING },
    { code: '2.001199', sector: 'Đầu tư tại Việt Nam', level: 'PROVINCE', processingDays: 15, kind: 'INVESTMENT_CERTIFICATE', agencyId: AGENCY.PLANNING },
    { code: '2.000635', sector: 'Lý lịch tư pháp', level: 'PROVINCE', processingDays: 10, kind: null, agencyId: AGENCY.JUSTICE },
    { code: '1.001612', sector: 'Đất đai', level: 'DISTRICT', processingDays: 30, kind: null, agencyId: null },
    { code: '1.000775', sector: 'Hộ kinh doanh', level: 'DISTRICT', processingDays: 3, kind: null, agencyId: null },
    { code: '1.001193', sector: 'Hộ tịch', level: 'COMMUNE', processingDays: 0, kind: null, agencyId: null },
    { code: '1.000656', sector: 'Hộ tịch', level: 'COMMUNE', processingDays: 5, kind: null, agencyId: null },
    { code: '2.000815', sector: 'Chứng thực', level: 'COMMUNE', processingDays: 1, kind: null, agencyId: null },
  ],
};
