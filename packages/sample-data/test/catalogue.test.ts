import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  agencies,
  agencyByCode,
  agencyNameOn,
  checkUnits,
  districtOffice,
  foldVietnamese,
  implementingAgencyFor,
  LIST_2025_FROM,
  MERGES_2025,
  peoplesCommitteeOfUnit,
  personName,
  procedures,
  reformPlan,
  resolveUnit,
  Rng,
  stableUuid,
  unitLists,
  unitsInForce,
  unitVersions,
} from '../src';

const communesOn = (date: string) => unitsInForce(date).filter((u) => u.level === 'COMMUNE');

describe('administrative units', () => {
  test('the self-check holds: 116 communes on the plan\'s date, 109 in 2020, 98 in 2025, 33 from 1 Jul 2025', () => {
    expect(() => checkUnits()).not.toThrow();
    expect(unitsInForce('2020-12-31').filter((u) => u.level === 'PROVINCE')).toHaveLength(1);
    expect(unitsInForce('2020-12-31').filter((u) => u.level === 'DISTRICT')).toHaveLength(6);
    expect(communesOn('2016-01-01')).toHaveLength(116);
    expect(communesOn('2019-12-31')).toHaveLength(116);
    expect(communesOn('2024-12-31')).toHaveLength(109);
    expect(communesOn(LIST_2025_FROM)).toHaveLength(98);
    expect(communesOn('2025-07-01')).toHaveLength(33);
  });

  test('every merge goes into a unit of the same district that is in force in 2025', () => {
    const y2025 = new Map(unitsInForce(LIST_2025_FROM).map((u) => [u.code, u]));
    expect(MERGES_2025).toHaveLength(109 - 98);
    for (const { from, into } of MERGES_2025) {
      const merged = unitVersions().find((v) => v.code === from)!;
      expect(merged).toMatchObject({ validFrom: null, validTo: '2024-12-31', successorCode: into, changeConfirmed: false });
      expect(y2025.get(into)?.parentCode).toBe(merged.parentCode);
      expect(resolveUnit(from, '2025-06-01')).toBe(into);
      expect(resolveUnit(from, '2020-06-01')).toBe(from);
    }
  });

  test('a changed unit has versions that meet where it changed; every Hà Nam unit ends on 30 Jun 2025', () => {
    const kimBang = unitVersions().filter((u) => u.code === '350');
    expect(kimBang.map((u) => [u.kind, u.validFrom, u.validTo])).toEqual([
      ['RURAL_DISTRICT', null, '2024-12-31'],
      ['DISTRICT_LEVEL_TOWN', '2025-01-01', '2025-06-30'],
    ]);
    expect(unitVersions().filter((u) => u.code === '13294').map((u) => u.name)).toEqual(['Minh Khai', 'Châu Cầu']);
    expect(unitVersions().filter((u) => u.code === '353')).toEqual([expect.objectContaining({ validFrom: null, validTo: '2025-06-30', successorCode: null })]);
  });

  test('the lists are read whole: every row of the three files is a version', () => {
    const { y2016, y2020, y2025 } = unitLists();
    expect(y2016).toHaveLength(1 + 6 + 116);
    expect(y2020).toHaveLength(116);
    expect(y2025).toHaveLength(1 + 6 + 98);
    const codes = new Set(unitVersions().map((u) => u.code));
    for (const u of [...y2016, ...y2020, ...y2025]) expect(codes.has(u.code)).toBe(true);
  });
});

describe('agencies', () => {
  const list = agencies();

  test('ids and codes are unique; ids are the stable UUIDs of the codes', () => {
    expect(new Set(list.map((a) => a.id)).size).toBe(list.length);
    expect(new Set(list.map((a) => a.code)).size).toBe(list.length);
    for (const a of list) expect(a.id).toBe(stableUuid('agency', a.code));
    for (const a of list) expect(a.code).toMatch(/^H35(\.\d{2}){0,3}$/);
  });

  test('every parent and every unit an agency refers to exists', () => {
    const codes = new Set(list.map((a) => a.code));
    const units = new Set(unitVersions().map((u) => u.code));
    for (const a of list) {
      expect(units.has(a.unitCode)).toBe(true);
      if (a.parentCode) expect(codes.has(a.parentCode)).toBe(true);
      if (a.successorCode) expect(codes.has(a.successorCode)).toBe(true);
    }
    expect(list.filter((a) => a.parentCode === null).map((a) => a.kind).sort()).toEqual(['CENTRAL_BRANCH', 'CENTRAL_BRANCH', 'CENTRAL_BRANCH', 'CENTRAL_BRANCH', 'PROVINCIAL_PEOPLES_COMMITTEE']);
  });

  test('every commune since 2016 has a committee; merged communes\' committees are dissolved into their successor\'s', () => {
    const committees = new Map(list.filter((a) => a.kind === 'COMMUNE_PEOPLES_COMMITTEE').map((a) => [a.unitCode, a]));
    expect(committees.size).toBe(116);
    for (const u of [...communesOn('2016-06-17'), ...communesOn('2020-12-31')]) expect(committees.has(u.code)).toBe(true);
    const merged2025 = [...committees.values()].filter((a) => a.dissolvedOn === '2024-12-31');
    expect(merged2025.map((a) => a.unitCode).sort()).toEqual(MERGES_2025.map((m) => m.from).sort());
    for (const a of merged2025) expect(agencyByCode(a.successorCode!)?.unitCode).toBe(MERGES_2025.find((m) => m.from === a.unitCode)!.into);
    const merged2020 = [...committees.values()].filter((a) => a.dissolvedOn === '2019-12-31').map((a) => a.unitCode).sort();
    expect(merged2020).toEqual(['13375', '13378', '13462', '13537', '13549', '13564', '13603']);
    expect([...committees.values()].every((a) => a.dissolvedOn !== null && a.dissolvedOn <= '2025-06-30')).toBe(true);
    expect(peoplesCommitteeOfUnit('13288', '2025-02-01')?.unitCode).toBe('13294');
  });

  test('a renamed unit\'s committee keeps its id and takes each name on its day', () => {
    const kimBang = peoplesCommitteeOfUnit('350')!;
    expect(kimBang.name).toBe('Ủy ban nhân dân thị xã Kim Bảng');
    expect(kimBang.formerNames).toEqual([{ name: 'Ủy ban nhân dân huyện Kim Bảng', until: '2024-12-31' }]);
    expect(kimBang.dissolvedOn).toBe('2025-06-30');
    expect(peoplesCommitteeOfUnit('13294')!.name).toBe('Ủy ban nhân dân phường Châu Cầu');
    const duyTien = peoplesCommitteeOfUnit('349')!;
    expect([agencyNameOn(duyTien, '2016-06-17'), agencyNameOn(duyTien, '2021-01-01')]).toEqual(['Ủy ban nhân dân huyện Duy Tiên', 'Ủy ban nhân dân thị xã Duy Tiên']);
    // A rural district's offices in 2016, a town's from 2020.
    expect(districtOffice('349', 'URBAN_MANAGEMENT', '2017-05-01')?.officeRole).toBe('ECONOMY');
    expect(agencyNameOn(districtOffice('349', 'URBAN_MANAGEMENT', '2017-05-01')!, '2017-05-01')).toBe('Phòng Kinh tế và Hạ tầng huyện Duy Tiên');
    expect(districtOffice('349', 'URBAN_MANAGEMENT', '2021-05-01')?.name).toBe('Phòng Quản lý đô thị thị xã Duy Tiên');
    expect(districtOffice('349', 'AGRICULTURE', '2017-05-01')?.name).toBe('Phòng Nông nghiệp và Phát triển nông thôn huyện Duy Tiên');
    expect(districtOffice('349', 'AGRICULTURE', '2017-05-01')?.dissolvedOn).toBe('2019-12-31');
  });

  test('the named provincial bodies, six district committees with their offices, public service units by sector', () => {
    const names = new Set(list.map((a) => a.name));
    for (const n of ['Ủy ban nhân dân tỉnh Hà Nam', 'Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Thông tin và Truyền thông', 'Cục Thuế tỉnh Hà Nam', 'Bảo hiểm xã hội tỉnh Hà Nam', 'Kho bạc Nhà nước Hà Nam']) {
      expect(names.has(n)).toBe(true);
    }
    expect(list.filter((a) => a.kind === 'DEPARTMENT').length).toBeGreaterThanOrEqual(18);
    expect(list.filter((a) => a.kind === 'DISTRICT_PEOPLES_COMMITTEE')).toHaveLength(6);
    // 12 offices each; Duy Tiên (2020) and Kim Bảng (2025) gained an urban management office as towns.
    expect(list.filter((a) => a.kind === 'DISTRICT_OFFICE')).toHaveLength(6 * 12 + 2);
    for (const d of ['347', '349', '350', '351', '352', '353']) {
      expect(districtOffice(d, 'JUSTICE')?.name).toMatch(/^Phòng Tư pháp /);
      expect(districtOffice(d, 'URBAN_MANAGEMENT')).toBeDefined();
      expect(districtOffice(d, 'AGRICULTURE')).toBeDefined();
    }
    const psus = list.filter((a) => a.kind === 'PUBLIC_SERVICE_UNIT');
    expect(psus.length).toBeGreaterThan(200);
    for (const s of ['EDUCATION', 'HEALTH', 'OTHER']) expect(psus.some((a) => a.psuSector === s)).toBe(true);
    expect(list.every((a) => (a.kind === 'PUBLIC_SERVICE_UNIT') === (a.psuSector !== null))).toBe(true);
  });
});

describe('procedures', () => {
  const list = procedures();

  test('unique national-style codes, all three levels, both kinds the targets count', () => {
    expect(list.length).toBeGreaterThan(350);
    expect(new Set(list.map((p) => p.code)).size).toBe(list.length);
    for (const p of list) expect(p.code).toMatch(/^[12]\.\d{6}$/);
    expect(new Set(list.map((p) => p.level))).toEqual(new Set(['PROVINCE', 'DISTRICT', 'COMMUNE']));
    expect(list.some((p) => p.kind === 'BUSINESS_REGISTRATION')).toBe(true);
    expect(list.some((p) => p.kind === 'INVESTMENT_CERTIFICATE')).toBe(true);
    expect(list.some((p) => p.name === 'Đăng ký thành lập doanh nghiệp tư nhân' && p.kind === 'BUSINESS_REGISTRATION')).toBe(true);
  });

  test('every procedure has an implementing agency for every unit it serves', () => {
    const communes = communesOn('2020-12-31').map((u) => u.code);
    for (const p of list) {
      expect(p.processingDays).toBeGreaterThanOrEqual(1);
      expect(p.processingDays).toBeLessThanOrEqual(45);
      expect(Number.isInteger(p.fee) && p.fee >= 0).toBe(true);
      expect(agencyByCode(p.provincialAgencyCode)).toBeDefined();
      if (p.level === 'PROVINCE') expect(agencyByCode(p.implementingAgencyCode!)?.kind).toMatch(/^(DEPARTMENT|CENTRAL_BRANCH)$/);
      else expect(p.implementingAgencyCode).toBeNull();
    }
    const unserved = list.flatMap((p) => communes.filter((c) => !agencyByCode(implementingAgencyFor(p, c) ?? '')).map((c) => `${p.code}@${c}`));
    expect(unserved).toEqual([]);
    const permit = list.find((p) => p.name === 'Cấp giấy phép xây dựng nhà ở riêng lẻ')!;
    expect(agencyByCode(implementingAgencyFor(permit, '13288')!)?.name).toBe('Phòng Quản lý đô thị thành phố Phủ Lý');
    expect(agencyByCode(implementingAgencyFor(permit, '13501')!)?.name).toBe('Phòng Kinh tế và Hạ tầng huyện Bình Lục');
  });

  test('new procedures each year of the plan; impact assessment missed in 2016–2017, met in 2019–2020', () => {
    const assessedShare = (y: number) => {
      const issued = list.filter((p) => p.issuedOn.startsWith(String(y)));
      expect(issued.length).toBeGreaterThan(0);
      return issued.filter((p) => p.impactAssessment && p.impactAssessment.assessedOn <= p.issuedOn).length / issued.length;
    };
    expect(assessedShare(2016)).toBeLessThan(1);
    expect(assessedShare(2017)).toBeLessThan(1);
    expect(assessedShare(2019)).toBe(1);
    expect(assessedShare(2020)).toBe(1);
    expect(list.filter((p) => p.issuedOn < '2016-01-01').length).toBeGreaterThan(list.length / 2);
    expect(list.some((p) => p.abolishedOn)).toBe(true);
  });

  test('impact assessments: on time ones appraised before issue, some made after issue, none invented for the rest', () => {
    const assessed = list.filter((p) => p.impactAssessment);
    const late = assessed.filter((p) => p.impactAssessment!.assessedOn > p.issuedOn);
    expect(late.length).toBeGreaterThan(0);
    expect(late.some((p) => p.issuedOn >= '2016-01-01')).toBe(true);
    expect(late.every((p) => p.impactAssessment!.appraisedOn === null)).toBe(true);
    for (const p of assessed.filter((x) => x.impactAssessment!.assessedOn <= x.issuedOn)) {
      expect(p.impactAssessment!.appraisedOn! > p.impactAssessment!.assessedOn).toBe(true);
      expect(p.impactAssessment!.appraisedOn! < p.issuedOn).toBe(true);
    }
    expect(assessed.every((p) => /^\d+\/BC-/.test(p.impactAssessment!.reportRef))).toBe(true);
    expect(assessed.length).toBeLessThan(list.length);
  });
});

describe('the plan', () => {
  test('every target of the YAML, in its order, with its values and lead agencies', () => {
    const yaml = parse(fs.readFileSync(path.join(__dirname, '..', 'data', 'plan-851-targets.yaml'), 'utf8'));
    const plan = reformPlan();
    expect(plan).toMatchObject({ code: '851/QĐ-UBND', issuedOn: '2016-06-17', periodStart: 2016, periodEnd: 2020 });
    expect(plan.areas.map((a) => a.enumName)).toEqual(['INSTITUTIONS', 'PROCEDURES', 'ORGANISATION', 'CIVIL_SERVICE', 'PUBLIC_FINANCE', 'MODERNISATION', 'STEERING']);
    expect(plan.targets.map((t) => t.code)).toEqual(yaml.targets.map((t: { code: string }) => t.code));
    expect(plan.targets.map((t) => t.value)).toEqual(yaml.targets.map((t: { value: number }) => t.value));
    expect(plan.targets.every((t) => t.leadAgencyCodes.length > 0)).toBe(true);
    const by = Object.fromEntries(plan.targets.map((t) => [t.code, t]));
    expect(by.TTHC_SATISFACTION).toMatchObject({ area: 'PROCEDURES', comparator: 'GT', value: 80, dueYear: 2020, annual: false });
    expect(by.TTHC_NEW_IMPACT_ASSESSED).toMatchObject({ comparator: 'GTE', value: 100, dueYear: null, annual: true });
    expect(by.PUBLIC_SERVICE_SATISFACTION.leadAgencyCodes.map((c) => agencyByCode(c)!.name)).toEqual(['Sở Y tế', 'Sở Giáo dục và Đào tạo']);
    expect(agencyByCode(by.TAX_PAID_ONLINE.leadAgencyCodes[0])!.name).toBe('Cục Thuế tỉnh Hà Nam');
  });
});

describe('rng', () => {
  const draw = (r: Rng, n = 8) => Array.from({ length: n }, () => r.next());

  test('same seed, same sequence; different seeds differ', () => {
    expect(draw(new Rng(851))).toEqual(draw(new Rng(851)));
    expect(draw(new Rng('hà nam'))).toEqual(draw(new Rng('hà nam')));
    expect(draw(new Rng(851))).not.toEqual(draw(new Rng(852)));
  });

  test('forks depend on the seed and the label only, not on draws made before', () => {
    const used = new Rng(851);
    draw(used, 100);
    expect(draw(used.fork('staff'))).toEqual(draw(new Rng(851).fork('staff')));
    expect(draw(new Rng(851).fork('staff'))).not.toEqual(draw(new Rng(851).fork('dossiers')));
    // Drawing from one fork leaves its sibling untouched.
    const root = new Rng(851);
    const staff = root.fork('staff');
    draw(staff, 1000);
    expect(draw(root.fork('dossiers'))).toEqual(draw(new Rng(851).fork('dossiers')));
  });

  test('helpers stay in range and produce well-formed values', () => {
    const r = new Rng(7);
    for (let i = 0; i < 500; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
      const f = r.float(1, 2);
      expect(f >= 1 && f < 2).toBe(true);
    }
    expect(r.dateInYear(2020)).toMatch(/^2020-\d{2}-\d{2}$/);
    expect(r.dateBetween('2024-12-30', '2024-12-31')).toMatch(/^2024-12-3[01]$/);
    expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('agency', 'H35')).toBe(stableUuid('agency', 'H35'));
    expect(stableUuid('agency', 'H35')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r.weighted([['a', 0], ['b', 1]])).toBe('b');
    expect(r.shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
    const normals = Array.from({ length: 2000 }, () => r.normal(10, 2));
    const mean = normals.reduce((s, x) => s + x, 0) / normals.length;
    expect(Math.abs(mean - 10)).toBeLessThan(0.3);
  });
});

describe('names and text', () => {
  test('personal names: family, middle and given name, the gender asked for', () => {
    const r = new Rng('names');
    for (let i = 0; i < 200; i++) {
      const p = personName(r, i % 2 ? 'MALE' : 'FEMALE');
      expect(p.gender).toBe(i % 2 ? 'MALE' : 'FEMALE');
      expect(p.fullName.split(' ').length).toBeGreaterThanOrEqual(3);
    }
    const family = Array.from({ length: 2000 }, () => personName(r).fullName.split(' ')[0]);
    const nguyen = family.filter((f) => f === 'Nguyễn').length / family.length;
    expect(nguyen).toBeGreaterThan(0.3);
    expect(nguyen).toBeLessThan(0.5);
  });

  test('folding: Vietnamese without accents, case or extra spaces, composed or not', () => {
    expect(foldVietnamese('Sở Nội vụ  ĐỒNG Văn')).toBe('so noi vu dong van');
    expect(foldVietnamese('Phường Châu Cầu'.normalize('NFD'))).toBe('phuong chau cau');
    expect(foldVietnamese('  Thị xã\tKim Bảng ')).toBe('thi xa kim bang');
  });
});
