import { runSeed, createLogger } from '@par/platform';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '@par/platform/testing';
import publicFinance from '../src/subgraph';
import { generateFinance, type SeedAgency, type SeedRandom } from '../src/seed/generate';
import { loadFinance } from '../src/seed/load';
import { withClient } from './fixtures';

/** mulberry32, one stream per area: the test's own source of randomness, independent of the catalogue package. */
function streams(seed: number) {
  return (area: string): SeedRandom => {
    let s = seed;
    for (const ch of area) s = Math.imul(s ^ ch.charCodeAt(0), 2654435761) >>> 0;
    return {
      next() {
        s = (s + 0x6d2b79f5) >>> 0;
        let t = s;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      },
    };
  };
}

/** A synthetic province: the kinds and names the generator keys on, in realistic proportions. */
function catalogue(): SeedAgency[] {
  const list: SeedAgency[] = [];
  let n = 0;
  const add = (kind: string, name: string, parentId: string | null, extra: Partial<SeedAgency> = {}) => {
    const a: SeedAgency = { id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, code: `A${String(n).padStart(4, '0')}`, name, kind, parentId, unitCode: '35', districtCode: null, establishedOn: null, dissolvedOn: null, psuSector: null, ...extra };
    list.push(a);
    return a;
  };
  const ppc = add('PROVINCIAL_PEOPLES_COMMITTEE', 'Ủy ban nhân dân tỉnh Hà Nam', null);
  const depts = ['Văn phòng UBND tỉnh', 'Sở Tư pháp', 'Sở Nội vụ', 'Sở Tài chính', 'Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ', 'Sở Y tế', 'Sở Giáo dục và Đào tạo']
    .map((name) => add('DEPARTMENT', name, ppc.id));
  for (let d = 0; d < 6; d++) {
    const pc = add('DISTRICT_PEOPLES_COMMITTEE', `Ủy ban nhân dân huyện H${d}`, ppc.id, { unitCode: `34${d}`, districtCode: `34${d}` });
    add('DISTRICT_OFFICE', `Phòng Nội vụ huyện H${d}`, pc.id, { districtCode: `34${d}` });
    for (let c = 0; c < 5; c++) add('COMMUNE_PEOPLES_COMMITTEE', `Ủy ban nhân dân xã X${d}${c}`, pc.id, { districtCode: `34${d}` });
    for (let s = 0; s < 4; s++) add('PUBLIC_SERVICE_UNIT', `Trường THCS ${d}${s}`, pc.id, { psuSector: 'EDUCATION' });
  }
  for (let h = 0; h < 10; h++) add('PUBLIC_SERVICE_UNIT', `Bệnh viện ${h}`, depts[6].id, { psuSector: 'HEALTH' });
  for (let o = 0; o < 8; o++) add('PUBLIC_SERVICE_UNIT', `Trung tâm ${o}`, depts[o % 6].id, { psuSector: 'OTHER', dissolvedOn: o === 0 ? '2018-07-01' : null });
  add('CENTRAL_BRANCH', 'Cục Thuế tỉnh Hà Nam', null);
  return list;
}

test('the generator is deterministic per seed', () => {
  const a = generateFinance(catalogue(), [2016, 2020], streams(851));
  const b = generateFinance(catalogue().reverse(), [2016, 2020], streams(851));
  expect(b).toEqual(a);
  expect(generateFinance(catalogue(), [2016, 2020], streams(852)).budgetLines).not.toEqual(a.budgetLines);
});

describe('loaded sample data', () => {
  let sg: TestSubgraph;
  let analyst: string;
  beforeAll(async () => {
    sg = await startTestSubgraph(publicFinance);
    analyst = await tokenFor({ roles: ['analyst'] });
    const seed = (ctx: Parameters<typeof loadFinance>[0]) => loadFinance(ctx, catalogue(), streams(851));
    // Twice: the second load must replace the first, not add to it.
    await runSeed(seed, { url: sg.databaseUrl, scale: 0.01, seed: 851, log: createLogger('seed', 'silent') });
    await runSeed(seed, { url: sg.databaseUrl, scale: 0.01, seed: 851, log: createLogger('seed', 'silent') });
  });
  afterAll(() => sg?.stop());

  test('budgetSummary equals sums made independently in SQL (numeric)', async () => {
    const res = await sg.request(`{ budgetSummary(yearFrom: 2016, yearTo: 2020) { year category estimate settlement } }`, {}, analyst);
    expect(res.errors).toBeUndefined();
    const expected = await withClient(sg.databaseUrl, async (c) => (await c.query(
      `SELECT y AS year, cat AS category,
              (SELECT sum(amount::numeric)::text FROM budget_line WHERE fiscal_year = y AND category = cat AND stage = 'ESTIMATE') AS estimate,
              (SELECT sum(amount::numeric)::text FROM budget_line WHERE fiscal_year = y AND category = cat AND stage = 'SETTLEMENT') AS settlement
         FROM generate_series(2016, 2020) y, unnest(ARRAY['RECURRENT','INVESTMENT','PAR','REVENUE']) WITH ORDINALITY AS c(cat, o)
        ORDER BY y, o`)).rows);
    expect(res.data.budgetSummary).toEqual(expected);
    expect(res.data.budgetSummary).toHaveLength(20);
  });

  test('plausible magnitudes: departments spend billions a year, commune committees far less; the last year is partly settled', async () => {
    const rows = await withClient(sg.databaseUrl, async (c) => (await c.query(
      `SELECT r.kind, percentile_cont(0.5) WITHIN GROUP (ORDER BY b.amount)::float8 AS median
         FROM budget_line b JOIN agency_ref r ON r.id = b.agency_id
        WHERE b.category = 'RECURRENT' AND b.stage = 'ESTIMATE' GROUP BY r.kind`)).rows);
    const median = Object.fromEntries(rows.map((r) => [r.kind, r.median]));
    expect(median.DEPARTMENT).toBeGreaterThan(5e9);
    expect(median.DEPARTMENT).toBeLessThan(1e11);
    expect(median.COMMUNE_PEOPLES_COMMITTEE).toBeLessThan(median.DEPARTMENT / 2);
    expect(median.CENTRAL_BRANCH).toBeUndefined();
    const settled = await withClient(sg.databaseUrl, async (c) => (await c.query(
      `SELECT fiscal_year AS year, count(*) FILTER (WHERE stage = 'SETTLEMENT')::float8 / count(*) FILTER (WHERE stage = 'ESTIMATE') AS share
         FROM budget_line GROUP BY fiscal_year ORDER BY fiscal_year`)).rows);
    expect(settled.slice(0, 4).every((r) => r.share === 1)).toBe(true);
    expect(settled[4].share).toBeGreaterThan(0.2);
    expect(settled[4].share).toBeLessThan(0.8);
  });

  test('PAR budget lines are the state-budget share of the PAR funding of each agency', async () => {
    const mismatches = await withClient(sg.databaseUrl, async (c) => (await c.query(
      `SELECT b.agency_id, b.fiscal_year FROM budget_line b
         FULL JOIN (SELECT agency_id, fiscal_year, sum(allocated) AS allocated FROM par_funding WHERE source = 'STATE_BUDGET' GROUP BY 1, 2) p
           ON p.agency_id = b.agency_id AND p.fiscal_year = b.fiscal_year
        WHERE (b.category = 'PAR' AND b.stage = 'ESTIMATE' OR b.agency_id IS NULL) AND b.amount IS DISTINCT FROM p.allocated`)).rows);
    expect(mismatches).toEqual([]);
    const areas = await sg.request(`{ parFunding(year: 2020) { area executionRate } }`, {}, analyst);
    expect(areas.data.parFunding.map((a: { area: number }) => a.area)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('the autonomy mix shifts toward groups 1 and 2 over the years', async () => {
    const res = await sg.request(`{ autonomyDistribution(yearFrom: 2016, yearTo: 2020) { year group units } }`, {}, analyst);
    const share = (year: number) => {
      const rows = res.data.autonomyDistribution.filter((r: { year: number }) => r.year === year);
      const total = rows.reduce((s: number, r: { units: number }) => s + r.units, 0);
      return rows.filter((r: { group: string }) => r.group === 'GROUP_1' || r.group === 'GROUP_2').reduce((s: number, r: { units: number }) => s + r.units, 0) / total;
    };
    expect(share(2020)).toBeGreaterThan(share(2016) + 0.1);
    expect(res.data.autonomyDistribution.filter((r: { year: number; units: number }) => r.year === 2020 && r.units > 0).length).toBeGreaterThanOrEqual(3);
  });
});
