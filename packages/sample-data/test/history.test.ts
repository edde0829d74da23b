import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { agencies, agencyExistsOn, agencyNameOn, peoplesCommitteeOfUnit, unitChanges, unitHistory, unitsInForce, unitSuccessions } from '../src';

// Counts are taken from the data files here, independently of the catalogue's own parsing.
const data = (file: string) => fs.readFileSync(path.join(__dirname, '..', 'data', file), 'utf8');
const csvCounts = (file: string) => {
  const rows = data(file).trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
  const count = (level: string, kind?: string) => rows.filter((r) => r[5] === level && (!kind || r[4] === kind)).length;
  return { district: count('DISTRICT'), commune: count('COMMUNE'), xa: count('COMMUNE', 'COMMUNE'), phuong: count('COMMUNE', 'WARD'), thiTran: count('COMMUNE', 'COMMUNE_LEVEL_TOWN') };
};
const counted = (date: string) => {
  const l = unitsInForce(date);
  const count = (level: string, kind?: string) => l.filter((u) => u.level === level && (!kind || u.kind === kind)).length;
  return { district: count('DISTRICT'), commune: count('COMMUNE'), xa: count('COMMUNE', 'COMMUNE'), phuong: count('COMMUNE', 'WARD'), thiTran: count('COMMUNE', 'COMMUNE_LEVEL_TOWN') };
};
const july = parse(data('ha-nam-unit-changes-2025-07.yaml'));

describe('unit history on the days that matter', () => {
  test('17 Jun 2016 (the plan\'s date) is the 2016 list: 6 district-level units, 116 communes (98 xã, 11 phường, 7 thị trấn)', () => {
    expect(csvCounts('admin-units-ha-nam-2016.csv')).toEqual({ district: 6, commune: 116, xa: 98, phuong: 11, thiTran: 7 });
    expect(counted('2016-06-17')).toEqual(csvCounts('admin-units-ha-nam-2016.csv'));
  });

  test('1 Jan 2020 is the 2020 list (109 communes) and 1 Jan 2025 the 2025 list (98)', () => {
    expect(counted('2020-01-01')).toEqual(csvCounts('admin-units-ha-nam-2020.csv'));
    expect(counted('2020-01-01').commune).toBe(109);
    expect(counted('2025-01-01')).toEqual(csvCounts('admin-units-ha-nam-2025.csv'));
    expect(counted('2025-01-01').commune).toBe(98);
  });

  test('1 Jul 2025: no districts, province 35 ended with successor 37, the 33 communes under 37', () => {
    const now = unitsInForce('2025-07-01');
    expect(now.filter((u) => u.level === 'DISTRICT')).toEqual([]);
    expect(now.filter((u) => u.level === 'COMMUNE').map((u) => u.code).sort()).toEqual(july.commune_level.units.map((u: { code: string }) => u.code).sort());
    expect(now.filter((u) => u.level === 'COMMUNE').every((u) => u.parentCode === '37')).toBe(true);
    expect(unitHistory('35').at(-1)).toMatchObject({ validTo: '2025-06-30', successorCode: '37' });
    expect(unitHistory('349').at(-1)).toMatchObject({ fullName: 'Thị xã Duy Tiên', validTo: '2025-06-30' });
  });

  test('each of the 33 communes with the communes it came from, shares and sources', () => {
    for (const u of july.commune_level.units as Array<{ code: string; formed_from: Array<{ code: string; share: string }> }>) {
      const links = unitSuccessions().filter((s) => s.toCode === u.code && s.toValidFrom === '2025-07-01');
      expect(links.map((s) => [s.fromCode, s.share])).toEqual(u.formed_from.map((f) => [f.code, f.share.split(' ')[0].toUpperCase()]));
      expect(unitChanges().find((c) => c.id === links[0].changeId)?.sources.length).toBeGreaterThan(0);
    }
    // Hòa Mạc was split: part to Duy Tiên, the rest to Duy Tân, which carries it on.
    expect(unitSuccessions().filter((s) => s.fromCode === '13324' && s.fromValidTo === '2025-06-30').map((s) => [s.toCode, s.share]).sort()).toEqual([['13324', 'PART'], ['13330', 'REST']]);
    expect(unitHistory('13324').find((v) => v.validTo === '2025-06-30')?.successorCode).toBe('13330');
  });

  test('merged communes have their successor; unconfirmed entries stay unconfirmed, with the reason', () => {
    expect(unitHistory('13603')).toEqual([expect.objectContaining({ fullName: 'Xã Nhân Hưng', validTo: '2019-12-31', successorCode: '13594', changeConfirmed: true })]);
    expect(unitHistory('13594').map((v) => v.fullName)).toEqual(['Xã Nhân Đạo', 'Xã Trần Hưng Đạo', 'Xã Trần Thương']);
    const tienPhong = unitHistory('13378')[0];
    expect(tienPhong).toMatchObject({ validTo: '2019-12-31', successorCode: '13369', changeConfirmed: false });
    expect(tienPhong.changeNote).toMatch(/chưa xác nhận/);
    // Where An Mỹ went is not known: no successor is made up.
    expect(unitHistory('13537')[0]).toMatchObject({ validTo: '2019-12-31', successorCode: null, changeConfirmed: false });
    const file = parse(data('ha-nam-unit-changes-2016-2019.yaml'));
    const unconfirmed = file.changes.filter((c: { confirmed: boolean }) => !c.confirmed).map((c: { id: string }) => c.id);
    expect(unconfirmed).toEqual(['C02b', 'C12', 'C14']);
    for (const id of unconfirmed) expect(unitChanges().find((c) => c.id === id)).toMatchObject({ confirmed: false, unconfirmed: expect.any(String) });
  });
});

describe('agencies through time', () => {
  test('Duy Tiên\'s committee was a district\'s in 2016 and a town\'s in 2021, and ended on 30 Jun 2025', () => {
    const c = peoplesCommitteeOfUnit('349')!;
    expect(agencyNameOn(c, '2016-06-17')).toBe('Ủy ban nhân dân huyện Duy Tiên');
    expect(agencyNameOn(c, '2021-06-01')).toBe('Ủy ban nhân dân thị xã Duy Tiên');
    expect(c.dissolvedOn).toBe('2025-06-30');
  });

  test('a body founded after 2016 does not exist before its founding', () => {
    const centre = agencies().find((a) => a.name === 'Trung tâm Phục vụ hành chính công tỉnh Hà Nam')!;
    expect(centre.establishedOn! > '2016-06-17').toBe(true);
    expect(agencyExistsOn(centre, '2017-01-01')).toBe(false);
    expect(agencyExistsOn(centre, '2020-01-01')).toBe(true);
    expect(centre.names[0]).toMatchObject({ confirmed: false, note: expect.stringContaining('61/2018/NĐ-CP') });
  });

  test('every agency of a district, and every People\'s Committee of Hà Nam, ends by 30 Jun 2025', () => {
    const districtCodes = new Set(['347', '349', '350', '351', '352', '353']);
    const ofDistricts = agencies().filter((a) => districtCodes.has(a.unitCode) && a.parentCode?.startsWith('H35.2'));
    expect(ofDistricts.length).toBeGreaterThan(6 * 12);
    for (const a of ofDistricts) expect(a.dissolvedOn! <= '2025-06-30').toBe(true);
    for (const a of agencies().filter((x) => x.kind.endsWith('PEOPLES_COMMITTEE'))) expect(a.dissolvedOn! <= '2025-06-30').toBe(true);
  });
});
