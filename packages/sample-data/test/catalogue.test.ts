import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { agencies, checkUnits, MERGES_2025, procedures, reformPlan, Rng, unitsInForce, unitVersions, foldVietnamese } from '../src';

describe('sample catalogue', () => {
  test('units: 6 districts and 109 communes in 2020, 98 communes in 2025, merges inside their district', () => {
    expect(() => checkUnits()).not.toThrow();
    const communes = (d: string) => unitsInForce(d).filter((u) => u.level === 'COMMUNE').length;
    expect(communes('2020-12-31')).toBe(109);
    expect(communes('2025-01-01')).toBe(98);
    expect(MERGES_2025).toHaveLength(11);
    const kimBang = unitVersions().filter((u) => u.code === '350');
    expect(kimBang.map((u) => u.kind)).toEqual(['RURAL_DISTRICT', 'DISTRICT_LEVEL_TOWN']);
  });

  test('agencies: unique ids and codes, a committee for every 2020 commune, units that exist', () => {
    const list = agencies();
    expect(new Set(list.map((a) => a.id)).size).toBe(list.length);
    expect(new Set(list.map((a) => a.code)).size).toBe(list.length);
    const codes = new Set(unitVersions().map((u) => u.code));
    expect(list.every((a) => codes.has(a.unitCode))).toBe(true);
    const committees = new Set(list.filter((a) => a.kind === 'COMMUNE_PEOPLES_COMMITTEE').map((a) => a.unitCode));
    for (const u of unitsInForce('2020-12-31').filter((v) => v.level === 'COMMUNE')) expect(committees.has(u.code)).toBe(true);
    const byCode = new Set(list.map((a) => a.code));
    expect(list.every((a) => a.parentCode === null || byCode.has(a.parentCode))).toBe(true);
    // Committees of merged communes are dissolved with their unit.
    expect(list.filter((a) => a.kind === 'COMMUNE_PEOPLES_COMMITTEE' && a.dissolvedOn).length).toBe(11);
  });

  test('procedures: unique codes, all three levels, the two kinds the targets count', () => {
    const list = procedures();
    expect(new Set(list.map((p) => p.code)).size).toBe(list.length);
    expect(new Set(list.map((p) => p.level))).toEqual(new Set(['PROVINCE', 'DISTRICT', 'COMMUNE']));
    expect(list.some((p) => p.kind === 'BUSINESS_REGISTRATION')).toBe(true);
    expect(list.some((p) => p.kind === 'INVESTMENT_CERTIFICATE')).toBe(true);
    for (const y of [2016, 2017, 2018, 2019, 2020]) expect(list.some((p) => p.issuedOn.startsWith(String(y)))).toBe(true);
  });

  test('plan: every target of the decision, in order, with the YAML values', () => {
    const yaml = parse(fs.readFileSync(path.join(__dirname, '..', 'data', 'plan-851-targets.yaml'), 'utf8'));
    const plan = reformPlan();
    expect(plan.targets.map((t) => t.code)).toEqual(yaml.targets.map((t: { code: string }) => t.code));
    expect(plan.targets.every((t) => t.leadAgencyCodes.length > 0)).toBe(true);
    expect(plan.targets.find((t) => t.code === 'TTHC_SATISFACTION')).toMatchObject({ comparator: 'GT', value: 80, dueYear: 2020, annual: false });
  });

  test('rng: same seed, same sequence; forks independent of each other', () => {
    const a = new Rng(851);
    const b = new Rng(851);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    const f1 = new Rng(851).fork('staff');
    const f2 = new Rng(851).fork('dossiers');
    expect(f1.next()).not.toBe(f2.next());
    expect(new Rng(851).fork('staff').next()).toBe(new Rng(851).fork('staff').next());
  });

  test('folding: Vietnamese without accents', () => {
    expect(foldVietnamese('Sở Nội vụ  ĐỒNG Văn')).toBe('so noi vu dong van');
  });
});
