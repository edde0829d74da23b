import { stableUuid } from './rng';
import { PROVINCE_CODE, unitVersions } from './units';

export type AgencyKind =
  | 'PROVINCIAL_PEOPLES_COMMITTEE'
  | 'DEPARTMENT'
  | 'DISTRICT_PEOPLES_COMMITTEE'
  | 'DISTRICT_OFFICE'
  | 'COMMUNE_PEOPLES_COMMITTEE'
  | 'PUBLIC_SERVICE_UNIT'
  | 'CENTRAL_BRANCH';
export type PsuSector = 'EDUCATION' | 'HEALTH' | 'OTHER';

export interface AgencyRecord {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  parentCode: string | null;
  unitCode: string;
  establishedOn: string | null;
  dissolvedOn: string | null;
  psuSector: PsuSector | null;
}

/** Provincial departments and bodies of Hà Nam (2016–2020 structure), with their short names. */
const DEPARTMENTS: ReadonlyArray<readonly [string, string, string]> = [
  ['01', 'Văn phòng Ủy ban nhân dân tỉnh', 'VP UBND'],
  ['02', 'Sở Nội vụ', 'SNV'],
  ['03', 'Sở Tư pháp', 'STP'],
  ['04', 'Sở Tài chính', 'STC'],
  ['05', 'Sở Kế hoạch và Đầu tư', 'SKHĐT'],
  ['06', 'Sở Thông tin và Truyền thông', 'STTTT'],
  ['07', 'Sở Y tế', 'SYT'],
  ['08', 'Sở Giáo dục và Đào tạo', 'SGDĐT'],
  ['09', 'Sở Xây dựng', 'SXD'],
  ['10', 'Sở Tài nguyên và Môi trường', 'STNMT'],
  ['11', 'Sở Nông nghiệp và Phát triển nông thôn', 'SNNPTNT'],
  ['12', 'Sở Công Thương', 'SCT'],
  ['13', 'Sở Giao thông vận tải', 'SGTVT'],
  ['14', 'Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH'],
  ['15', 'Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL'],
  ['16', 'Sở Khoa học và Công nghệ', 'SKHCN'],
  ['17', 'Thanh tra tỉnh', 'TTT'],
  ['18', 'Ban Quản lý các khu công nghiệp tỉnh', 'BQL KCN'],
];

const CENTRAL_BRANCHES: ReadonlyArray<readonly [string, string, string]> = [
  ['T1', 'Cục Thuế tỉnh Hà Nam', 'Cục Thuế'],
  ['T2', 'Bảo hiểm xã hội tỉnh Hà Nam', 'BHXH'],
  ['T3', 'Kho bạc Nhà nước Hà Nam', 'KBNN'],
  ['T4', 'Chi cục Hải quan quản lý các khu công nghiệp Hà Nam', 'Hải quan'],
];

/** Offices of every district People's Committee; the economic office's name depends on the unit's kind. */
const DISTRICT_OFFICES: ReadonlyArray<readonly [string, string]> = [
  ['01', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân'],
  ['02', 'Phòng Nội vụ'],
  ['03', 'Phòng Tư pháp'],
  ['04', 'Phòng Tài chính - Kế hoạch'],
  ['05', 'Phòng Tài nguyên và Môi trường'],
  ['06', 'Phòng Kinh tế'],
  ['07', 'Phòng Giáo dục và Đào tạo'],
  ['08', 'Phòng Lao động - Thương binh và Xã hội'],
  ['09', 'Phòng Văn hóa và Thông tin'],
  ['10', 'Phòng Y tế'],
  ['11', 'Thanh tra'],
  ['12', 'Phòng Quản lý đô thị'],
];

/** Provincial public service units and the department that manages each. */
const PROVINCIAL_PSUS: ReadonlyArray<readonly [string, string, PsuSector]> = [
  ['07', 'Bệnh viện Đa khoa tỉnh Hà Nam', 'HEALTH'],
  ['07', 'Bệnh viện Sản Nhi Hà Nam', 'HEALTH'],
  ['07', 'Bệnh viện Y dược cổ truyền tỉnh Hà Nam', 'HEALTH'],
  ['07', 'Bệnh viện Tâm thần tỉnh Hà Nam', 'HEALTH'],
  ['07', 'Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam', 'HEALTH'],
  ['08', 'Trường THPT chuyên Biên Hòa', 'EDUCATION'],
  ['08', 'Trường THPT A Phủ Lý', 'EDUCATION'],
  ['08', 'Trường THPT B Phủ Lý', 'EDUCATION'],
  ['08', 'Trường THPT A Duy Tiên', 'EDUCATION'],
  ['08', 'Trường THPT A Kim Bảng', 'EDUCATION'],
  ['08', 'Trường THPT A Thanh Liêm', 'EDUCATION'],
  ['08', 'Trường THPT A Bình Lục', 'EDUCATION'],
  ['08', 'Trường THPT Bắc Lý', 'EDUCATION'],
  ['08', 'Trường Cao đẳng Sư phạm Hà Nam', 'EDUCATION'],
  ['01', 'Trung tâm Phục vụ hành chính công tỉnh Hà Nam', 'OTHER'],
  ['06', 'Trung tâm Công nghệ thông tin và Truyền thông', 'OTHER'],
  ['10', 'Văn phòng Đăng ký đất đai tỉnh Hà Nam', 'OTHER'],
  ['11', 'Trung tâm Khuyến nông tỉnh Hà Nam', 'OTHER'],
  ['14', 'Trung tâm Dịch vụ việc làm tỉnh Hà Nam', 'OTHER'],
  ['15', 'Thư viện tỉnh Hà Nam', 'OTHER'],
  ['15', 'Bảo tàng tỉnh Hà Nam', 'OTHER'],
  ['16', 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng', 'OTHER'],
  ['09', 'Viện Quy hoạch xây dựng Hà Nam', 'OTHER'],
  ['05', 'Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp', 'OTHER'],
];

/** The form of a committee's name follows its unit's kind ("Ủy ban nhân dân thị xã Duy Tiên"). */
const peoplesCommitteeName = (unitFullName: string) => `Ủy ban nhân dân ${unitFullName.charAt(0).toLowerCase()}${unitFullName.slice(1)}`;

const ESTABLISHED = '2008-04-01';

let cache: AgencyRecord[] | undefined;

/**
 * The agency catalogue every subgraph keys its rows by. It does not grow with scale: a province has
 * the agencies it has. Ids are name-based UUIDs of the codes, so they never change between runs.
 */
export function agencies(): AgencyRecord[] {
  if (cache) return cache;
  const out: AgencyRecord[] = [];
  const add = (a: Omit<AgencyRecord, 'id' | 'shortName' | 'establishedOn' | 'dissolvedOn' | 'psuSector'> & Partial<AgencyRecord>) =>
    out.push({ id: stableUuid('agency', a.code), shortName: null, establishedOn: ESTABLISHED, dissolvedOn: null, psuSector: null, ...a });
  const ppc = 'H35';
  add({ code: ppc, name: 'Ủy ban nhân dân tỉnh Hà Nam', shortName: 'UBND tỉnh', kind: 'PROVINCIAL_PEOPLES_COMMITTEE', parentCode: null, unitCode: PROVINCE_CODE, establishedOn: '1997-01-01' });
  for (const [n, name, short] of DEPARTMENTS) add({ code: `H35.${n}`, name, shortName: short, kind: 'DEPARTMENT', parentCode: ppc, unitCode: PROVINCE_CODE });
  for (const [n, name, short] of CENTRAL_BRANCHES) add({ code: `H35.${n}`, name, shortName: short, kind: 'CENTRAL_BRANCH', parentCode: null, unitCode: PROVINCE_CODE });
  PROVINCIAL_PSUS.forEach(([dept, name, sector], i) =>
    add({ code: `H35.${dept}.S${String(i + 1).padStart(2, '0')}`, name, kind: 'PUBLIC_SERVICE_UNIT', parentCode: `H35.${dept}`, unitCode: PROVINCE_CODE, psuSector: sector }),
  );

  const versions = unitVersions();
  // The earliest version names an agency: a committee keeps its id when its unit is renamed.
  const first = new Map<string, (typeof versions)[number]>();
  for (const v of versions) if (!first.has(v.code)) first.set(v.code, v);
  const latest = new Map<string, (typeof versions)[number]>();
  for (const v of versions) latest.set(v.code, v);

  for (const d of [...first.values()].filter((u) => u.level === 'DISTRICT')) {
    const dpc = `H35.D${d.code}`;
    const current = latest.get(d.code)!;
    const urban = current.kind !== 'RURAL_DISTRICT';
    add({ code: dpc, name: peoplesCommitteeName(current.fullName), shortName: `UBND ${current.name}`, kind: 'DISTRICT_PEOPLES_COMMITTEE', parentCode: ppc, unitCode: d.code });
    for (const [n, office] of DISTRICT_OFFICES) {
      if (n === '12' && !urban) continue; // urban management offices exist in cities and towns only
      const name = n === '06' && urban ? 'Phòng Kinh tế' : office;
      add({ code: `${dpc}.${n}`, name: `${name} ${current.fullName.replace(/^(Thành phố|Thị xã|Huyện) /, (m) => m.toLowerCase())}`, kind: 'DISTRICT_OFFICE', parentCode: dpc, unitCode: d.code });
    }
    add({ code: `${dpc}.S01`, name: `Trung tâm Y tế ${current.fullName.charAt(0).toLowerCase()}${current.fullName.slice(1)}`, kind: 'PUBLIC_SERVICE_UNIT', parentCode: dpc, unitCode: d.code, psuSector: 'HEALTH' });
    add({ code: `${dpc}.S02`, name: `Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên ${current.name}`, kind: 'PUBLIC_SERVICE_UNIT', parentCode: dpc, unitCode: d.code, psuSector: 'EDUCATION' });
  }
  for (const c of [...first.values()].filter((u) => u.level === 'COMMUNE')) {
    const last = latest.get(c.code)!;
    const cpc = `H35.X${c.code}`;
    const dpc = `H35.D${c.parentCode}`;
    add({
      code: cpc,
      name: peoplesCommitteeName(last.fullName),
      shortName: `UBND ${last.name}`,
      kind: 'COMMUNE_PEOPLES_COMMITTEE',
      parentCode: dpc,
      unitCode: c.code,
      dissolvedOn: last.successorCode ? last.validTo : null,
    });
    // Every commune has a primary and a lower-secondary school, managed by the district.
    add({ code: `${cpc}.S1`, name: `Trường Tiểu học ${last.name}`, kind: 'PUBLIC_SERVICE_UNIT', parentCode: dpc, unitCode: c.code, psuSector: 'EDUCATION' });
    add({ code: `${cpc}.S2`, name: `Trường THCS ${last.name}`, kind: 'PUBLIC_SERVICE_UNIT', parentCode: dpc, unitCode: c.code, psuSector: 'EDUCATION' });
  }
  cache = out;
  return out;
}

export function agencyByCode(code: string): AgencyRecord | undefined {
  return agencies().find((a) => a.code === code);
}

/** The People's Committee governing a unit (the province's, a district's or a commune's). */
export function peoplesCommitteeOfUnit(unitCode: string): AgencyRecord | undefined {
  return agencies().find((a) => a.unitCode === unitCode && a.kind.endsWith('PEOPLES_COMMITTEE'));
}
