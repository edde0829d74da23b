import { startTestSubgraph, type TestSubgraph } from '@par/platform/testing';
import institutions from '../src/subgraph';
import { count as countSql, rows } from './fixtures';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(institutions, { seed: { scale: 0.01 } });
});
afterAll(() => sg?.stop());

const q = async (query: string, variables?: Record<string, unknown>) => {
  const r = await sg.request(query, variables);
  expect(r.errors).toBeUndefined();
  return r.data;
};
const LEVELS = `query($asOf: Date) { administrativeUnits(asOf: $asOf) { code level kind parent { code } } }`;
const count = (units: Array<{ level: string; kind: string }>, level: string, kind?: string) => units.filter((u) => u.level === level && (!kind || u.kind === kind)).length;

describe('units as they were, through the API', () => {
  test('counts per level on the plan\'s date, 2020, 2025 and after the reorganisation', async () => {
    const u2016 = (await q(LEVELS, { asOf: '2016-06-17' })).administrativeUnits;
    expect([count(u2016, 'DISTRICT'), count(u2016, 'COMMUNE'), count(u2016, 'COMMUNE', 'COMMUNE'), count(u2016, 'COMMUNE', 'WARD'), count(u2016, 'COMMUNE', 'COMMUNE_LEVEL_TOWN')]).toEqual([6, 116, 98, 11, 7]);
    expect(count((await q(LEVELS, { asOf: '2020-01-01' })).administrativeUnits, 'COMMUNE')).toBe(109);
    expect(count((await q(LEVELS, { asOf: '2025-01-01' })).administrativeUnits, 'COMMUNE')).toBe(98);
    const july = (await q(LEVELS, { asOf: '2025-07-01' })).administrativeUnits;
    expect(count(july, 'DISTRICT')).toBe(0);
    expect(july.filter((u: any) => u.level === 'COMMUNE').every((u: any) => u.parent.code === '37')).toBe(true);
    expect(count(july, 'COMMUNE')).toBe(33);
  });

  test('today Hà Nam has ended with its successor, not six districts in force', async () => {
    const d = await q(`{ administrativeUnit(code: "35") { fullName validTo successor { code fullName } children { code } }
      duyTien: administrativeUnit(code: "349") { fullName validTo successors { unit { code } } } }`);
    expect(d.administrativeUnit).toEqual({ fullName: 'Tỉnh Hà Nam', validTo: '2025-06-30', successor: { code: '37', fullName: 'Tỉnh Ninh Bình' }, children: [] });
    expect(d.duyTien).toEqual({ fullName: 'Thị xã Duy Tiên', validTo: '2025-06-30', successors: [] });
    expect(count((await q(LEVELS)).administrativeUnits, 'DISTRICT')).toBe(0);
  });

  test('a merged commune\'s successor; a new commune\'s sources with their shares', async () => {
    const d = await q(`{ nhanHung: administrativeUnit(code: "13603") { validTo successor { code fullName validFrom } successors { share confirmed unit { code } } }
      phuLy: administrativeUnit(code: "13285", asOf: "2025-07-01") { fullName predecessors { share confirmed unit { code fullName validTo } change { act sources } } peoplesCommittee { id } } }`);
    expect(d.nhanHung).toEqual({ validTo: '2019-12-31', successor: { code: '13594', fullName: 'Xã Trần Hưng Đạo', validFrom: '2020-01-01' }, successors: [{ share: 'WHOLE', confirmed: true, unit: { code: '13594' } }] });
    expect(d.phuLy.fullName).toBe('Phường Phủ Lý');
    expect(d.phuLy.predecessors.map((p: any) => [p.unit.fullName, p.share])).toEqual([
      ['Phường Châu Cầu', 'WHOLE'], ['Phường Thanh Châu', 'WHOLE'], ['Phường Liêm Chính', 'WHOLE'], ['Phường Quang Trung', 'REST'],
    ]);
    expect(d.phuLy.predecessors[0].change.sources.length).toBeGreaterThan(0);
    // The code was Quang Trung's; its committee is not the new ward's.
    expect(d.phuLy.peoplesCommittee).toBeNull();
  });

  test('unconfirmed entries are shown as unconfirmed, with the reason', async () => {
    const d = await q(`{ administrativeUnitChanges(to: "2020-01-01", confirmed: false) { id confirmed unconfirmedReason }
      tienPhong: administrativeUnit(code: "13378", asOf: "2016-06-17") { changeConfirmed changeNote successors { confirmed unit { code } } changes { id confirmed } }
      anMy: administrativeUnit(code: "13537", asOf: "2016-06-17") { validTo successor { code } changeConfirmed } }`);
    expect(d.administrativeUnitChanges.map((c: any) => c.id)).toEqual(['C02b', 'C12', 'C14']);
    for (const c of d.administrativeUnitChanges) expect(c.unconfirmedReason).toEqual(expect.any(String));
    expect(d.tienPhong).toMatchObject({ changeConfirmed: false, successors: [{ confirmed: false, unit: { code: '13369' } }], changes: [{ id: 'C12', confirmed: false }] });
    expect(d.tienPhong.changeNote).toContain('chưa xác nhận');
    expect(d.anMy).toEqual({ validTo: '2019-12-31', successor: null, changeConfirmed: false });
  });
});

describe('agencies as they were, through the API', () => {
  test('Duy Tiên\'s committee: a district\'s name in 2016, a town\'s in 2021, with a district\'s offices then', async () => {
    const d = await q(`{ administrativeUnit(code: "349", asOf: "2016-06-17") { peoplesCommittee { id n2016: name(asOf: "2016-06-17") n2021: name(asOf: "2021-06-01") dissolvedOn names { name validTo } } } }`);
    const c = d.administrativeUnit.peoplesCommittee;
    expect([c.n2016, c.n2021, c.dissolvedOn]).toEqual(['Ủy ban nhân dân huyện Duy Tiên', 'Ủy ban nhân dân thị xã Duy Tiên', '2025-06-30']);
    expect(c.names.map((n: any) => n.validTo)).toEqual(['2019-12-31', '2025-06-30']);
    const offices = async (asOf: string) =>
      (await q(`query($id: ID!, $asOf: Date) { agencies(filter: { parentId: $id, kind: DISTRICT_OFFICE, asOf: $asOf }, first: 50) { edges { node { name(asOf: $asOf) } } } }`, { id: c.id, asOf })).agencies.edges.map((e: any) => e.node.name);
    const in2016 = await offices('2016-06-17');
    expect(in2016).toContain('Phòng Nông nghiệp và Phát triển nông thôn huyện Duy Tiên');
    expect(in2016).toContain('Phòng Kinh tế và Hạ tầng huyện Duy Tiên');
    expect(in2016.some((n: string) => n.startsWith('Phòng Quản lý đô thị'))).toBe(false);
    const in2021 = await offices('2021-06-01');
    expect(in2021).toContain('Phòng Quản lý đô thị thị xã Duy Tiên');
    expect(in2021.some((n: string) => n.startsWith('Phòng Nông nghiệp'))).toBe(false);
  });

  test('a body founded after 2016 is absent before its founding', async () => {
    const find = async (asOf: string) =>
      (await q(`query($asOf: Date) { agencies(filter: { search: "phuc vu hanh chinh cong", asOf: $asOf }) { totalCount edges { node { establishedOn names { confirmed note } } } } }`, { asOf })).agencies;
    expect((await find('2017-01-01')).totalCount).toBe(0);
    const later = await find('2020-01-01');
    expect(later.totalCount).toBe(1);
    expect(later.edges[0].node.establishedOn > '2016-06-17').toBe(true);
    expect(later.edges[0].node.names[0]).toMatchObject({ confirmed: false, note: expect.any(String) });
  });
});

describe('each unit version has its own id', () => {
  test('versions of one code differ by id; the same version has the same id whatever the date it is seen on', async () => {
    // 13285 was Phường Quang Trung until the 2025 reorganisation reused its code for Phường Phủ Lý.
    const d = await q(`{ old: administrativeUnit(code: "13285", asOf: "2016-06-17") { id code fullName validFrom }
      sameOld: administrativeUnit(code: "13285", asOf: "2020-06-01") { id }
      renamed: administrativeUnit(code: "13285", asOf: "2025-07-01") { id code fullName validFrom }
      origin: administrativeUnit(code: "35", asOf: "2016-06-17") { id validFrom } }`);
    expect(d.old.id).toBe(`13285@${d.old.validFrom ?? 'origin'}`);
    expect(d.renamed).toMatchObject({ id: '13285@2025-07-01', code: '13285', fullName: 'Phường Phủ Lý' });
    expect(d.renamed.id).not.toBe(d.old.id);
    expect(d.sameOld.id).toBe(d.old.id);
    expect(d.origin).toEqual({ id: '35@origin', validFrom: null });
  });

  test('every version held has a distinct id, and the database refuses a second version starting the same day', async () => {
    const all = await rows<{ code: string; valid_from: string | null }>(sg.databaseUrl, `SELECT code, to_char(valid_from, 'YYYY-MM-DD') AS valid_from FROM unit_version`);
    const ids = new Set(all.map((v) => `${v.code}@${v.valid_from ?? 'origin'}`));
    expect(ids.size).toBe(all.length);
    // Every version reached through the API (each list date of the plan's history) carries the id its row gives.
    for (const asOf of ['2016-06-17', '2020-01-01', '2025-07-01']) {
      const units = (await q(`query($asOf: Date) { administrativeUnits(asOf: $asOf) { id code validFrom } }`, { asOf })).administrativeUnits;
      for (const u of units) {
        expect(ids.has(u.id)).toBe(true);
        expect(u.id).toBe(`${u.code}@${u.validFrom ?? 'origin'}`);
      }
    }
    const before = await countSql(sg.databaseUrl, 'SELECT count(*) AS n FROM unit_version');
    await expect(
      rows(sg.databaseUrl, `INSERT INTO unit_version (code, name, full_name, kind, level, parent_code) SELECT code, name, full_name, kind, level, parent_code FROM unit_version WHERE code = '35' AND valid_from IS NULL`),
    ).rejects.toThrow(/unit_version_version_id_idx/);
    expect(await countSql(sg.databaseUrl, 'SELECT count(*) AS n FROM unit_version')).toBe(before);
  });
});
