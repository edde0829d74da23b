import { stableUuid } from './rng';
import { inSentence, latestUnitVersion, PROVINCE_CODE, resolveUnit, unitLists, type UnitRow } from './units';

export type AgencyKind =
  | 'PROVINCIAL_PEOPLES_COMMITTEE'
  | 'DEPARTMENT'
  | 'DISTRICT_PEOPLES_COMMITTEE'
  | 'DISTRICT_OFFICE'
  | 'COMMUNE_PEOPLES_COMMITTEE'
  | 'PUBLIC_SERVICE_UNIT'
  | 'CENTRAL_BRANCH';
export type PsuSector = 'EDUCATION' | 'HEALTH' | 'OTHER';

/** What a district office does: procedures name the role, each district has its own office for it. */
export type DistrictOfficeRole =
  | 'OFFICE'
  | 'HOME_AFFAIRS'
  | 'JUSTICE'
  | 'FINANCE_PLANNING'
  | 'NATURAL_RESOURCES'
  | 'ECONOMY'
  | 'URBAN_MANAGEMENT'
  | 'AGRICULTURE'
  | 'EDUCATION'
  | 'LABOUR'
  | 'CULTURE'
  | 'HEALTH'
  | 'INSPECTORATE';

export interface AgencyRecord {
  /** stableUuid('agency', code). */
  id: string;
  /** Identifier in the style of the national agency codes: H35, H35.02, H35.21.07.01. */
  code: string;
  /** The present name (a committee renamed with its unit keeps its id; the old name is in formerNames). */
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  /** The managing agency; null for the provincial committee and the central branches. */
  parentCode: string | null;
  /** The administrative unit the agency serves (the province for provincial bodies). */
  unitCode: string;
  establishedOn: string | null;
  dissolvedOn: string | null;
  psuSector: PsuSector | null;
  /** Earlier names, oldest first, each with its last day. */
  formerNames: Array<{ name: string; until: string }>;
  /** For a dissolved agency: the one that carries on its work. */
  successorCode: string | null;
  /** For a district office: its role. */
  officeRole: DistrictOfficeRole | null;
}

/**
 * Provincial departments and bodies under the provincial People's Committee (the 2016–2020
 * structure; the 2025 mergers of departments are outside the plan's period).
 */
const DEPARTMENTS: ReadonlyArray<readonly [num: string, name: string, shortName: string]> = [
  ['01', 'Văn phòng Ủy ban nhân dân tỉnh', 'VP UBND tỉnh'],
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
  ['17', 'Thanh tra tỉnh', 'TTr tỉnh'],
  ['18', 'Ban Quản lý các khu công nghiệp tỉnh', 'BQL các KCN'],
];

/**
 * Central agencies' provincial branches. Their real identifiers belong to their ministries; here they
 * take codes in the province's range (H35.9x) so one catalogue holds every agency the hub keys on.
 */
const CENTRAL_BRANCHES: ReadonlyArray<readonly [num: string, name: string, shortName: string]> = [
  ['91', 'Cục Thuế tỉnh Hà Nam', 'Cục Thuế'],
  ['92', 'Bảo hiểm xã hội tỉnh Hà Nam', 'BHXH tỉnh'],
  ['93', 'Kho bạc Nhà nước Hà Nam', 'KBNN Hà Nam'],
  // Hà Nam has no customs department of its own: it is served by Cục Hải quan Hà Nam Ninh.
  ['94', 'Chi cục Hải quan quản lý các khu công nghiệp Hà Nam', 'Hải quan KCN Hà Nam'],
];

/**
 * Offices of a district People's Committee (Decree 37/2014/NĐ-CP). A city or town has an economic
 * office and an urban management office; a rural district an economic and infrastructure office
 * and an agriculture office. Which set a district has follows its kind in the 2020 list, the
 * plan's baseline.
 */
const DISTRICT_OFFICES: ReadonlyArray<readonly [num: string, role: DistrictOfficeRole, urban: string | null, rural: string | null]> = [
  ['01', 'OFFICE', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân'],
  ['02', 'HOME_AFFAIRS', 'Phòng Nội vụ', 'Phòng Nội vụ'],
  ['03', 'JUSTICE', 'Phòng Tư pháp', 'Phòng Tư pháp'],
  ['04', 'FINANCE_PLANNING', 'Phòng Tài chính - Kế hoạch', 'Phòng Tài chính - Kế hoạch'],
  ['05', 'NATURAL_RESOURCES', 'Phòng Tài nguyên và Môi trường', 'Phòng Tài nguyên và Môi trường'],
  ['06', 'ECONOMY', 'Phòng Kinh tế', 'Phòng Kinh tế và Hạ tầng'],
  ['07', 'EDUCATION', 'Phòng Giáo dục và Đào tạo', 'Phòng Giáo dục và Đào tạo'],
  ['08', 'LABOUR', 'Phòng Lao động - Thương binh và Xã hội', 'Phòng Lao động - Thương binh và Xã hội'],
  ['09', 'CULTURE', 'Phòng Văn hóa và Thông tin', 'Phòng Văn hóa và Thông tin'],
  ['10', 'HEALTH', 'Phòng Y tế', 'Phòng Y tế'],
  ['11', 'INSPECTORATE', 'Thanh tra', 'Thanh tra'],
  ['12', 'URBAN_MANAGEMENT', 'Phòng Quản lý đô thị', null],
  ['13', 'AGRICULTURE', null, 'Phòng Nông nghiệp và Phát triển nông thôn'],
];

/** Where a district without an office of the role sends that work. */
const ROLE_FALLBACK: Partial<Record<DistrictOfficeRole, DistrictOfficeRole>> = { URBAN_MANAGEMENT: 'ECONOMY', AGRICULTURE: 'ECONOMY' };

/** Provincial public service units: managing department, name, sector. */
const PROVINCIAL_PSUS: ReadonlyArray<readonly [dept: string, name: string, sector: PsuSector]> = [
  ['01', 'Trung tâm Phục vụ hành chính công tỉnh Hà Nam', 'OTHER'],
  ['02', 'Trung tâm Lưu trữ lịch sử tỉnh Hà Nam', 'OTHER'],
  ['03', 'Trung tâm Trợ giúp pháp lý nhà nước tỉnh Hà Nam', 'OTHER'],
  ['03', 'Trung tâm Dịch vụ đấu giá tài sản tỉnh Hà Nam', 'OTHER'],
  ['03', 'Phòng Công chứng số 1 tỉnh Hà Nam', 'OTHER'],
  ['05', 'Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh Hà Nam', 'OTHER'],
  ['06', 'Trung tâm Công nghệ thông tin và Truyền thông tỉnh Hà Nam', 'OTHER'],
  ['07', 'Bệnh viện Đa khoa tỉnh Hà Nam', 'HEALTH'],
  ['07', 'Bệnh viện Sản Nhi tỉnh Hà Nam', 'HEALTH'],
  ['07', 'Bệnh viện Y dược cổ truyền tỉnh Hà Nam', 'HEALTH'],
  ['07', 'Bệnh viện Tâm thần tỉnh Hà Nam', 'HEALTH'],
  ['07', 'Bệnh viện Phổi tỉnh Hà Nam', 'HEALTH'],
  ['07', 'Bệnh viện Mắt tỉnh Hà Nam', 'HEALTH'],
  ['07', 'Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam', 'HEALTH'],
  ['07', 'Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh Hà Nam', 'HEALTH'],
  ['08', 'Trường Trung học phổ thông chuyên Biên Hòa', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông A Phủ Lý', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông B Phủ Lý', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông C Phủ Lý', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông A Duy Tiên', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông B Duy Tiên', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông Nguyễn Hữu Tiến', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông A Kim Bảng', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông B Kim Bảng', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông C Kim Bảng', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông Lý Thường Kiệt', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông A Thanh Liêm', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông B Thanh Liêm', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông A Bình Lục', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông B Bình Lục', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông C Bình Lục', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông Nguyễn Khuyến', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông Bắc Lý', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông Nam Lý', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông Lý Nhân', 'EDUCATION'],
  ['08', 'Trường Trung học phổ thông Nam Cao', 'EDUCATION'],
  ['08', 'Trung tâm Giáo dục thường xuyên tỉnh Hà Nam', 'EDUCATION'],
  ['09', 'Viện Quy hoạch xây dựng Hà Nam', 'OTHER'],
  ['10', 'Văn phòng Đăng ký đất đai tỉnh Hà Nam', 'OTHER'],
  ['10', 'Trung tâm Phát triển quỹ đất tỉnh Hà Nam', 'OTHER'],
  ['10', 'Trung tâm Quan trắc tài nguyên và môi trường tỉnh Hà Nam', 'OTHER'],
  ['11', 'Trung tâm Khuyến nông tỉnh Hà Nam', 'OTHER'],
  ['11', 'Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Hà Nam', 'OTHER'],
  ['12', 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh Hà Nam', 'OTHER'],
  ['14', 'Trung tâm Dịch vụ việc làm tỉnh Hà Nam', 'OTHER'],
  ['14', 'Trung tâm Bảo trợ xã hội tỉnh Hà Nam', 'OTHER'],
  ['15', 'Thư viện tỉnh Hà Nam', 'OTHER'],
  ['15', 'Bảo tàng tỉnh Hà Nam', 'OTHER'],
  ['15', 'Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh Hà Nam', 'OTHER'],
  ['16', 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh Hà Nam', 'OTHER'],
];

/** Offices' and schools' codes are two digits per level, as in the national scheme. */
const two = (n: number) => {
  if (n < 1 || n > 99) throw new Error(`agency catalogue: code segment ${n} out of range`);
  return String(n).padStart(2, '0');
};

/** The province was re-established on 1 Jan 1997; bodies without a known later date start there. */
const PROVINCE_REESTABLISHED = '1997-01-01';
/** Phủ Lý became a city on 9 Jun 2008 (Decree 72/2008/NĐ-CP). */
const CITY_ESTABLISHED: Record<string, string> = { '347': '2008-06-09' };

const committeeName = (fullName: string) => `Ủy ban nhân dân ${inSentence(fullName)}`;
const committeeShort = (fullName: string) => `UBND ${inSentence(fullName)}`;
const isUrban = (u: UnitRow) => u.kind !== 'RURAL_DISTRICT';
const byCodeNumber = (a: UnitRow, b: UnitRow) => Number(a.code) - Number(b.code);

let cache: AgencyRecord[] | undefined;

/**
 * The agency catalogue every subgraph keys its rows by. It does not grow with scale: a province has
 * the agencies it has. Ids are name-based UUIDs of the codes, so they never change between runs.
 *
 * Code scheme: H35 the provincial committee; H35.01–18 its departments and bodies, H35.dd.nn their
 * public service units; H35.21–26 the district committees (in unit code order), H35.DD.01–13 their
 * offices, H35.DD.20–22 their public service units, H35.DD.31+ the commune committees (in unit code
 * order), H35.DD.07.nn the commune schools under the district's education office; H35.91–94 the
 * central branches.
 */
export function agencies(): AgencyRecord[] {
  if (cache) return cache;
  const out: AgencyRecord[] = [];
  type New = Pick<AgencyRecord, 'code' | 'name' | 'kind' | 'parentCode' | 'unitCode'> & Partial<AgencyRecord>;
  const add = (a: New) => {
    const record: AgencyRecord = {
      id: stableUuid('agency', a.code),
      shortName: null,
      establishedOn: PROVINCE_REESTABLISHED,
      dissolvedOn: null,
      psuSector: null,
      formerNames: [],
      successorCode: null,
      officeRole: null,
      ...a,
    };
    out.push(record);
    return record;
  };
  /** A name that changed with the unit's 2025 rename: the present one, the old one kept. */
  const renamed = (old: string, present: string) => ({ name: present, formerNames: old === present ? [] : [{ name: old, until: '2024-12-31' }] });

  const ppc = 'H35';
  add({ code: ppc, name: 'Ủy ban nhân dân tỉnh Hà Nam', shortName: 'UBND tỉnh', kind: 'PROVINCIAL_PEOPLES_COMMITTEE', parentCode: null, unitCode: PROVINCE_CODE });
  for (const [n, name, shortName] of DEPARTMENTS) add({ code: `${ppc}.${n}`, name, shortName, kind: 'DEPARTMENT', parentCode: ppc, unitCode: PROVINCE_CODE });
  for (const [n, name, shortName] of CENTRAL_BRANCHES) add({ code: `${ppc}.${n}`, name, shortName, kind: 'CENTRAL_BRANCH', parentCode: null, unitCode: PROVINCE_CODE });

  const psuCount = new Map<string, number>();
  const nextPsu = (dept: string) => {
    const n = (psuCount.get(dept) ?? 0) + 1;
    psuCount.set(dept, n);
    return `${ppc}.${dept}.${two(n)}`;
  };
  for (const [dept, name, psuSector] of PROVINCIAL_PSUS) {
    add({ code: nextPsu(dept), name, kind: 'PUBLIC_SERVICE_UNIT', parentCode: `${ppc}.${dept}`, unitCode: PROVINCE_CODE, psuSector });
  }

  // Units as at the plan's baseline: the 2020 list. Names are the latest ones (see `renamed`).
  const { y2020 } = unitLists();
  const districts = y2020.filter((u) => u.level === 'DISTRICT').sort(byCodeNumber);
  const communeCommittee = new Map<string, string>();
  districts.forEach((d, i) => {
    const dpc = `${ppc}.${two(21 + i)}`;
    const now = latestUnitVersion(d.code)!;
    add({
      code: dpc,
      ...renamed(committeeName(d.fullName), committeeName(now.fullName)),
      shortName: committeeShort(now.fullName),
      kind: 'DISTRICT_PEOPLES_COMMITTEE',
      parentCode: ppc,
      unitCode: d.code,
      establishedOn: CITY_ESTABLISHED[d.code] ?? PROVINCE_REESTABLISHED,
    });
    for (const [n, role, urban, rural] of DISTRICT_OFFICES) {
      const office = isUrban(d) ? urban : rural;
      if (!office) continue;
      add({
        code: `${dpc}.${n}`,
        ...renamed(`${office} ${inSentence(d.fullName)}`, `${office} ${inSentence(now.fullName)}`),
        kind: 'DISTRICT_OFFICE',
        parentCode: dpc,
        unitCode: d.code,
        officeRole: role,
      });
    }
    // District health centres report to the Department of Health (Circular 37/2016/TT-BYT).
    add({ code: nextPsu('07'), ...renamed(`Trung tâm Y tế ${inSentence(d.fullName)}`, `Trung tâm Y tế ${inSentence(now.fullName)}`), kind: 'PUBLIC_SERVICE_UNIT', parentCode: `${ppc}.07`, unitCode: d.code, psuSector: 'HEALTH' });
    const districtPsus: ReadonlyArray<readonly [string, string, PsuSector]> = [
      ['20', 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên', 'EDUCATION'],
      ['21', 'Trung tâm Văn hóa, Thể thao và Truyền thanh', 'OTHER'],
      ['22', 'Ban Quản lý dự án đầu tư xây dựng', 'OTHER'],
    ];
    for (const [n, kindName, psuSector] of districtPsus) {
      add({ code: `${dpc}.${n}`, ...renamed(`${kindName} ${inSentence(d.fullName)}`, `${kindName} ${inSentence(now.fullName)}`), kind: 'PUBLIC_SERVICE_UNIT', parentCode: dpc, unitCode: d.code, psuSector });
    }

    const communes = y2020.filter((u) => u.level === 'COMMUNE' && u.parentCode === d.code).sort(byCodeNumber);
    let school = 0;
    communes.forEach((c, j) => {
      const cpc = `${dpc}.${two(31 + j)}`;
      communeCommittee.set(c.code, cpc);
      const last = latestUnitVersion(c.code)!;
      add({
        code: cpc,
        ...renamed(committeeName(c.fullName), committeeName(last.fullName)),
        shortName: committeeShort(last.fullName),
        kind: 'COMMUNE_PEOPLES_COMMITTEE',
        parentCode: dpc,
        unitCode: c.code,
        dissolvedOn: last.successorCode ? last.validTo : null,
      });
      // Every commune has a primary and a lower-secondary school, run by the district's education
      // office. Schools keep the commune's name of their founding when the commune is renamed.
      for (const level of ['Tiểu học', 'Trung học cơ sở']) {
        add({ code: `${dpc}.07.${two(++school)}`, name: `Trường ${level} ${c.name}`, kind: 'PUBLIC_SERVICE_UNIT', parentCode: `${dpc}.07`, unitCode: c.code, psuSector: 'EDUCATION' });
      }
    });
  });

  // A merged commune's committee hands over to the committee of the unit it went into.
  for (const a of out) {
    if (a.kind !== 'COMMUNE_PEOPLES_COMMITTEE' || !a.dissolvedOn) continue;
    a.successorCode = communeCommittee.get(latestUnitVersion(a.unitCode)!.successorCode!) ?? null;
  }
  cache = out;
  return out;
}

interface Index {
  byCode: Map<string, AgencyRecord>;
  byId: Map<string, AgencyRecord>;
  committees: Map<string, AgencyRecord>;
  /** District offices by district unit code, then role. */
  offices: Map<string, Map<DistrictOfficeRole, AgencyRecord>>;
}
let index: Index | undefined;
// Seeds look agencies up once per generated row (millions of dossiers), so lookups are maps.
function lookup(): Index {
  if (!index) {
    const list = agencies();
    const offices = new Map<string, Map<DistrictOfficeRole, AgencyRecord>>();
    for (const a of list) {
      if (a.kind !== 'DISTRICT_OFFICE' || !a.officeRole) continue;
      if (!offices.has(a.unitCode)) offices.set(a.unitCode, new Map());
      offices.get(a.unitCode)!.set(a.officeRole, a);
    }
    index = {
      byCode: new Map(list.map((a) => [a.code, a])),
      byId: new Map(list.map((a) => [a.id, a])),
      committees: new Map(list.filter((a) => a.kind.endsWith('PEOPLES_COMMITTEE')).map((a) => [a.unitCode, a])),
      offices,
    };
  }
  return index;
}

export function agencyByCode(code: string): AgencyRecord | undefined {
  return lookup().byCode.get(code);
}

export function agencyById(id: string): AgencyRecord | undefined {
  return lookup().byId.get(id);
}

/**
 * The People's Committee governing a unit (the province's, a district's or a commune's). With a
 * date, a commune merged away by then gives the committee of the unit it went into.
 */
export function peoplesCommitteeOfUnit(unitCode: string, date?: string): AgencyRecord | undefined {
  return lookup().committees.get(date ? resolveUnit(unitCode, date) : unitCode);
}

/**
 * A district's office for a role; a district without such an office (urban management in a rural
 * district, agriculture in a city or town) gives the office that does that work there.
 */
export function districtOffice(districtCode: string, role: DistrictOfficeRole): AgencyRecord | undefined {
  const offices = lookup().offices.get(districtCode);
  const fallback = ROLE_FALLBACK[role];
  return offices?.get(role) ?? (fallback ? offices?.get(fallback) : undefined);
}

/**
 * The generic name of the office doing a role's work, as a procedure's implementing office is
 * described ("Phòng Quản lý đô thị / Phòng Kinh tế và Hạ tầng" where cities and districts differ).
 */
export function districtOfficeName(role: DistrictOfficeRole): string {
  const nameIn = (urban: boolean) => {
    const column = urban ? 2 : 3;
    const own = DISTRICT_OFFICES.find(([, r]) => r === role)![column];
    return own ?? DISTRICT_OFFICES.find(([, r]) => r === ROLE_FALLBACK[role])![column]!;
  };
  const [urban, rural] = [nameIn(true), nameIn(false)];
  return urban === rural ? urban : `${urban} / ${rural}`;
}
