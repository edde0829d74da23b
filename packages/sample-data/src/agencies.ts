import { stableUuid } from './rng';
import { agencyFacts, namesAlongUnit, type AgencyName } from './agency-history';
import { dayAfter, HA_NAM_LAST_DAY, inSentence, PROVINCE_CODE, resolveUnit, unitHistory, unitLists, unitVersions, type UnitRow, type UnitVersion } from './units';

export type { AgencyName } from './agency-history';

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
  /** The latest name (a committee renamed with its unit keeps its id; every name is in `names`). */
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  /** The managing agency; null for the provincial committee and the central branches. */
  parentCode: string | null;
  /** The administrative unit the agency serves (the province for provincial bodies). */
  unitCode: string;
  establishedOn: string | null;
  /** The last day the agency existed; null while it exists. */
  dissolvedOn: string | null;
  psuSector: PsuSector | null;
  /** Every name the agency had, oldest first, each with its first and last day. */
  names: AgencyName[];
  /** Earlier names, oldest first, each with its last day (`names` without the latest). */
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
 * and an agriculture office. Which set a district has follows its kind on each day (Duy Tiên a
 * rural district until 2019, Kim Bảng until 2024).
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
/** Why an office appears or is renamed on the day its district changed kind. */
const OFFICE_SET_DOUBT =
  'các phòng chuyên môn theo loại đơn vị hành chính (Nghị định 37/2014/NĐ-CP); ngày tổ chức lại thực tế chưa xác minh, lấy ngày đơn vị đổi loại';

const committeeName = (fullName: string) => `Ủy ban nhân dân ${inSentence(fullName)}`;
const committeeShort = (fullName: string) => `UBND ${inSentence(fullName)}`;
const isUrban = (u: UnitRow) => u.kind !== 'RURAL_DISTRICT';
const byCodeNumber = (a: { code: string }, b: { code: string }) => Number(a.code) - Number(b.code);
/** A name that does not change with the unit, for the agency's whole life. */
const fixedName = (name: string, shortName: string | null = null, until: string | null = null) => [
  { name, shortName, validFrom: null, validTo: until, confirmed: true, note: null },
];

let cache: AgencyRecord[] | undefined;

/**
 * The agency catalogue every subgraph keys its rows by. It does not grow with scale: a province has
 * the agencies it has. Ids are name-based UUIDs of the codes, so they never change between runs.
 * Agencies live as their unit does: a committee takes its unit's names and ends with it (Hà Nam's
 * provincial and district government on 30 Jun 2025); a district's offices are those of its kind on
 * each day; public service units and central branches outlive the reorganisation.
 *
 * Code scheme: H35 the provincial committee; H35.01–18 its departments and bodies, H35.dd.nn their
 * public service units; H35.21–26 the district committees (in unit code order), H35.DD.01–13 their
 * offices, H35.DD.20–22 their public service units, H35.DD.31+ the commune committees (the 2020
 * list's communes in unit code order, then those that ended on 1 Jan 2020), H35.DD.07.nn the commune
 * schools under the district's education office; H35.91–94 the central branches.
 */
export function agencies(): AgencyRecord[] {
  if (cache) return cache;
  const out: AgencyRecord[] = [];
  type New = Pick<AgencyRecord, 'code' | 'kind' | 'parentCode' | 'unitCode' | 'names'> & Partial<AgencyRecord>;
  const add = (a: New) => {
    if (!a.names.length) throw new Error(`agency catalogue: ${a.code} has no name`);
    const latest = a.names[a.names.length - 1];
    const record: AgencyRecord = {
      id: stableUuid('agency', a.code),
      name: latest.name,
      shortName: latest.shortName,
      establishedOn: a.names[0].validFrom ?? PROVINCE_REESTABLISHED,
      dissolvedOn: latest.validTo,
      psuSector: null,
      formerNames: [],
      successorCode: null,
      officeRole: null,
      ...a,
    };
    out.push(record);
    return record;
  };

  const ppc = 'H35';
  // Hà Nam's provincial government ended with the province; its departments merged into Ninh Bình's.
  add({ code: ppc, names: fixedName('Ủy ban nhân dân tỉnh Hà Nam', 'UBND tỉnh', HA_NAM_LAST_DAY), kind: 'PROVINCIAL_PEOPLES_COMMITTEE', parentCode: null, unitCode: PROVINCE_CODE });
  for (const [n, name, shortName] of DEPARTMENTS) add({ code: `${ppc}.${n}`, names: fixedName(name, shortName, HA_NAM_LAST_DAY), kind: 'DEPARTMENT', parentCode: ppc, unitCode: PROVINCE_CODE });
  for (const [n, name, shortName] of CENTRAL_BRANCHES) add({ code: `${ppc}.${n}`, names: fixedName(name, shortName), kind: 'CENTRAL_BRANCH', parentCode: null, unitCode: PROVINCE_CODE });

  const psuCount = new Map<string, number>();
  const nextPsu = (dept: string) => {
    const n = (psuCount.get(dept) ?? 0) + 1;
    psuCount.set(dept, n);
    return `${ppc}.${dept}.${two(n)}`;
  };
  for (const [dept, name, psuSector] of PROVINCIAL_PSUS) {
    add({ code: nextPsu(dept), names: fixedName(name), kind: 'PUBLIC_SERVICE_UNIT', parentCode: `${ppc}.${dept}`, unitCode: PROVINCE_CODE, psuSector });
  }

  const { y2020 } = unitLists();
  const districts = y2020.filter((u) => u.level === 'DISTRICT').sort(byCodeNumber);
  const alongDistrict = (code: string, label: (v: UnitVersion) => string | null) =>
    namesAlongUnit(code, (v) => {
      const name = label(v);
      return name ? { name, shortName: null } : null;
    });
  // Every commune-level code that was Hà Nam's, with the district it belonged to.
  const haNamCommunes = unitVersions().filter((v) => v.level === 'COMMUNE' && v.parentCode !== null && v.parentCode !== PROVINCE_CODE && (v.validFrom === null || v.validFrom <= HA_NAM_LAST_DAY));
  const communeCommittee = new Map<string, string>();
  districts.forEach((d, i) => {
    const dpc = `${ppc}.${two(21 + i)}`;
    add({
      code: dpc,
      names: namesAlongUnit(d.code, (v) => ({ name: committeeName(v.fullName), shortName: committeeShort(v.fullName) })),
      kind: 'DISTRICT_PEOPLES_COMMITTEE',
      parentCode: ppc,
      unitCode: d.code,
      establishedOn: CITY_ESTABLISHED[d.code] ?? PROVINCE_REESTABLISHED,
    });
    const firstVersion = unitHistory(d.code)[0];
    for (const [n, role, urban, rural] of DISTRICT_OFFICES) {
      const names = namesAlongUnit(d.code, (v) => {
        const office = isUrban(v) ? urban : rural;
        if (!office) return null;
        const sameAsFirst = (isUrban(firstVersion) ? urban : rural) === office;
        return { name: `${office} ${inSentence(v.fullName)}`, shortName: null, doubt: sameAsFirst ? undefined : OFFICE_SET_DOUBT };
      });
      if (!names.length) continue;
      add({ code: `${dpc}.${n}`, names, kind: 'DISTRICT_OFFICE', parentCode: dpc, unitCode: d.code, officeRole: role });
    }
    // District health centres report to the Department of Health (Circular 37/2016/TT-BYT) and outlive the district.
    const health = alongDistrict(d.code, (v) => `Trung tâm Y tế ${inSentence(v.fullName)}`);
    health[health.length - 1].validTo = null;
    add({ code: nextPsu('07'), names: health, kind: 'PUBLIC_SERVICE_UNIT', parentCode: `${ppc}.07`, unitCode: d.code, psuSector: 'HEALTH' });
    const districtPsus: ReadonlyArray<readonly [string, string, PsuSector]> = [
      ['20', 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên', 'EDUCATION'],
      ['21', 'Trung tâm Văn hóa, Thể thao và Truyền thanh', 'OTHER'],
      ['22', 'Ban Quản lý dự án đầu tư xây dựng', 'OTHER'],
    ];
    for (const [n, kindName, psuSector] of districtPsus) {
      add({ code: `${dpc}.${n}`, names: alongDistrict(d.code, (v) => `${kindName} ${inSentence(v.fullName)}`), kind: 'PUBLIC_SERVICE_UNIT', parentCode: dpc, unitCode: d.code, psuSector });
    }

    // The 2020 list's communes keep the codes they had before the 2016 list was loaded; those that
    // ended on 1 Jan 2020 follow.
    const listed = new Set(y2020.filter((u) => u.parentCode === d.code).map((u) => u.code));
    const codes = [...new Set(haNamCommunes.filter((v) => v.parentCode === d.code).map((v) => v.code))];
    const ordered = [...codes.filter((c) => listed.has(c)).sort((a, b) => Number(a) - Number(b)), ...codes.filter((c) => !listed.has(c)).sort((a, b) => Number(a) - Number(b))];
    let school = 0;
    ordered.forEach((code, j) => {
      const cpc = `${dpc}.${two(31 + j)}`;
      communeCommittee.set(code, cpc);
      add({
        code: cpc,
        names: namesAlongUnit(code, (v) => ({ name: committeeName(v.fullName), shortName: committeeShort(v.fullName) })),
        kind: 'COMMUNE_PEOPLES_COMMITTEE',
        parentCode: dpc,
        unitCode: code,
      });
      if (!listed.has(code)) return;
      // Every commune of the 2020 list has a primary and a lower-secondary school, run by the district's
      // education office. Schools keep the commune's name of their founding when the commune is renamed.
      const c = y2020.find((u) => u.code === code)!;
      for (const level of ['Tiểu học', 'Trung học cơ sở']) {
        add({ code: `${dpc}.07.${two(++school)}`, names: fixedName(`Trường ${level} ${c.name}`), kind: 'PUBLIC_SERVICE_UNIT', parentCode: `${dpc}.07`, unitCode: code, psuSector: 'EDUCATION' });
      }
    });
  });

  // A merged commune's committee hands over to the committee of the unit it went into, while that unit was Hà Nam's.
  for (const a of out) {
    if (a.kind !== 'COMMUNE_PEOPLES_COMMITTEE' || !a.dissolvedOn) continue;
    const last = unitHistory(a.unitCode).find((v) => v.validTo === a.dissolvedOn);
    a.successorCode = last?.successorCode && a.dissolvedOn < HA_NAM_LAST_DAY ? (communeCommittee.get(last.successorCode) ?? null) : null;
  }
  // A district's office that closed when its district changed kind hands its work to the office that does it since.
  for (const a of out) {
    if (a.kind !== 'DISTRICT_OFFICE' || !a.dissolvedOn || a.dissolvedOn >= HA_NAM_LAST_DAY) continue;
    const fallback = ROLE_FALLBACK[a.officeRole!];
    a.successorCode = out.find((o) => o.parentCode === a.parentCode && o.officeRole === fallback)?.code ?? null;
  }

  for (const fact of agencyFacts()) {
    const a = out.find((x) => x.name === fact.name);
    if (!a) throw new Error(`agency-history.yaml: no agency named ${fact.name}`);
    if (fact.established_on) {
      a.establishedOn = fact.established_on;
      Object.assign(a.names[0], { validFrom: fact.established_on, confirmed: fact.confirmed, note: fact.note });
    }
    if (fact.former_names) {
      const current = a.names[0];
      const earlier = fact.former_names.map((f, i) => ({
        name: f.name, shortName: null, validFrom: i === 0 ? current.validFrom : dayAfter(fact.former_names![i - 1].until), validTo: f.until, confirmed: true, note: null,
      }));
      Object.assign(current, { validFrom: dayAfter(fact.former_names[fact.former_names.length - 1].until), confirmed: fact.confirmed, note: fact.note });
      a.names.unshift(...earlier);
    }
  }
  for (const a of out) a.formerNames = a.names.slice(0, -1).map((n) => ({ name: n.name, until: n.validTo! }));
  cache = out;
  return out;
}

/** The name an agency had on a day (its first before it was founded, its last after it ended). */
export function agencyNameOn(a: AgencyRecord, date: string): string {
  return (a.names.find((n) => (n.validFrom === null || n.validFrom <= date) && (n.validTo === null || n.validTo >= date)) ?? (date < (a.names[0].validFrom ?? '') ? a.names[0] : a.names[a.names.length - 1])).name;
}

/** Whether an agency existed on a day. */
export const agencyExistsOn = (a: AgencyRecord, date: string) => (!a.establishedOn || a.establishedOn <= date) && (!a.dissolvedOn || a.dissolvedOn >= date);

interface Index {
  byCode: Map<string, AgencyRecord>;
  byId: Map<string, AgencyRecord>;
  committees: Map<string, AgencyRecord>;
  /** District offices by district unit code, then role, oldest first (a district's set changes with its kind). */
  offices: Map<string, Map<DistrictOfficeRole, AgencyRecord[]>>;
}
let index: Index | undefined;
// Seeds look agencies up once per generated row (millions of dossiers), so lookups are maps.
function lookup(): Index {
  if (!index) {
    const list = agencies();
    const offices = new Map<string, Map<DistrictOfficeRole, AgencyRecord[]>>();
    for (const a of list) {
      if (a.kind !== 'DISTRICT_OFFICE' || !a.officeRole) continue;
      if (!offices.has(a.unitCode)) offices.set(a.unitCode, new Map());
      const roles = offices.get(a.unitCode)!;
      roles.set(a.officeRole, [...(roles.get(a.officeRole) ?? []), a]);
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
 * A district's office for a role on a day (default: its latest); a district without such an office
 * then (urban management in a rural district, agriculture in a city or town) gives the office that
 * does that work there.
 */
export function districtOffice(districtCode: string, role: DistrictOfficeRole, date?: string): AgencyRecord | undefined {
  const offices = lookup().offices.get(districtCode);
  const of = (r: DistrictOfficeRole) => {
    const list = (offices?.get(r) ?? []).filter((a) => !date || agencyExistsOn(a, date));
    return list[list.length - 1];
  };
  const fallback = ROLE_FALLBACK[role];
  return of(role) ?? (fallback ? of(fallback) : undefined);
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
