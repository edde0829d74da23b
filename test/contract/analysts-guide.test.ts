import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, type SubgraphName } from '@par/platform';
import { startContractHub, tokens, type ContractHub } from './support';

/**
 * The analyst's guide (docs/ANALYSTS.md) runs as written: every query is read from the guide, run
 * through the gateway of a hub seeded with the sample data, and its answer checked against counts
 * made here in SQL from the owning subgraph's own rows (dossiers, surveys, personnel records,
 * completions, budget lines, assessments), not from the summaries the services read.
 */
const GUIDE = fs.readFileSync(path.join(REPO_ROOT, 'docs/ANALYSTS.md'), 'utf8');
const QUESTIONS = [...GUIDE.matchAll(/^## (\d+)\. (.+)\n[\s\S]*?```graphql\n([\s\S]*?)```/gm)].map((m) => ({ n: Number(m[1]), title: m[2], query: m[3] }));

let hub: ContractHub;
let analyst: string;
beforeAll(async () => {
  hub = await startContractHub({ scale: 0.01 });
  analyst = await tokens.analyst();
}, 240_000);
afterAll(() => hub?.close());

type Row = Record<string, any>;
const rate = (n: number, d: number) => (d ? (100 * n) / d : null);
/** A rate as the services give it, to two decimals: differences are taken between these. */
const rate2 = (n: number, d: number) => (d ? Math.round((10000 * n) / d) / 100 : null);
const close = (actual: number | null, expected: number | null) => (expected === null ? expect(actual).toBeNull() : expect(actual).toBeCloseTo(expected, 2));
const byKey = <T extends Row>(rows: T[], key: string) => new Map(rows.map((r) => [String(r[key]), r]));
const sorted = (xs: number[], dir: 'asc' | 'desc') => [...xs].sort((a, b) => (dir === 'asc' ? a - b : b - a));
const sql = (s: SubgraphName, text: string, params: unknown[] = []) => hub.sql(s, text, params);

/**
 * The district of each unit code as the units stood at the end of 2020: a unit that had ended by
 * then counts in its successor (through successive merges; one with no successor stays itself).
 */
const DISTRICT_2020 = `
  WITH RECURSIVE v AS (SELECT * FROM unit_version_ref WHERE coalesce(valid_from, '-infinity') <= '2020-12-31' AND coalesce(valid_to, 'infinity') >= '2020-12-31'),
  h AS (SELECT code, parent_code, level FROM v UNION ALL SELECT code, parent_code, level FROM unit_ref u WHERE NOT EXISTS (SELECT 1 FROM v WHERE v.code = u.code)),
  chain(code, cur, hops) AS (
    SELECT code, code, 0 FROM unit_ref
    UNION ALL
    SELECT c.code, (SELECT x.successor_code FROM unit_version_ref x WHERE x.code = c.cur AND x.valid_to < '2020-12-31' ORDER BY x.valid_to DESC LIMIT 1), c.hops + 1
      FROM chain c WHERE c.cur IS NOT NULL AND c.hops < 10 AND NOT EXISTS (SELECT 1 FROM v WHERE v.code = c.cur)),
  now AS (SELECT DISTINCT ON (code) code, cur FROM chain WHERE cur IS NOT NULL ORDER BY code, hops DESC)
  SELECT now.code, CASE h.level WHEN 'DISTRICT' THEN h.code WHEN 'COMMUNE' THEN h.parent_code END AS district FROM now JOIN h ON h.code = now.cur`;

/** Dossier figures per key and year from the dossiers themselves; `key` is SQL over d (dossier), a (agency), pl (its unit's district). */
async function dossiers(key: string, where: string) {
  const rows = await sql(
    'egov-services',
    `WITH pl AS (${DISTRICT_2020})
     SELECT ${key} AS k, y.year,
            count(*) FILTER (WHERE d.received_year = y.year)::int AS received,
            count(*) FILTER (WHERE d.received_year = y.year AND d.channel = 'ONLINE')::int AS online,
            count(*) FILTER (WHERE d.resolved_year = y.year AND d.status = 'RESOLVED')::int AS resolved,
            count(*) FILTER (WHERE d.resolved_year = y.year AND d.outcome IN ('EARLY', 'ON_TIME'))::int AS on_time
       FROM dossier d JOIN agency_ref a ON a.id = d.agency_id LEFT JOIN pl ON pl.code = d.unit_code CROSS JOIN (VALUES (2019), (2020)) y(year)
      WHERE ${where} GROUP BY 1, 2`,
  );
  const out = new Map<string, Map<number, Row>>();
  for (const r of rows) out.set(String(r.k), (out.get(String(r.k)) ?? new Map()).set(r.year, r));
  return out;
}

/** Headcount and trained per key and year from the personnel records and completions; `key` is SQL over cs, a and pl. */
async function staff(key: string, years: number[], where = 'true') {
  const rows = await sql(
    'civil-servants',
    `WITH pl AS (${DISTRICT_2020})
     SELECT ${key} AS k, y.year, count(*)::int AS headcount,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id AND extract(year FROM tc.completed_on) = y.year))::int AS trained
       FROM unnest($1::int[]) y(year)
       JOIN civil_servant cs ON cs.hired_on <= make_date(y.year, 12, 31) AND (cs.left_on IS NULL OR cs.left_on > make_date(y.year, 12, 31))
       JOIN agency_ref a ON a.id = cs.agency_id LEFT JOIN pl ON pl.code = cs.unit_code
      WHERE ${where} GROUP BY 1, 2`,
    [years],
  );
  const out = new Map<string, Map<number, Row>>();
  for (const r of rows) out.set(String(r.k), (out.get(String(r.k)) ?? new Map()).set(r.year, r));
  return out;
}

const CHECKS: Record<number, (data: Row) => Promise<void>> = {
  1: async ({ dossierStatistics: groups }) => {
    const want = await dossiers('pl.district', 'true');
    expect(new Set(groups.map((g: Row) => String(g.districtCode)))).toEqual(new Set(want.keys()));
    for (const g of groups) {
      const [f, t] = [want.get(String(g.districtCode))!.get(2019)!, want.get(String(g.districtCode))!.get(2020)!];
      expect([g.change.from.resolved, g.change.to.resolved]).toEqual([f.resolved, t.resolved]);
      close(g.change.to.onTimeRate, rate(t.on_time, t.resolved));
      close(g.change.difference.onTimeRate, rate2(t.on_time, t.resolved)! - rate2(f.on_time, f.resolved)!);
    }
    const d = groups.map((g: Row) => g.change.difference.onTimeRate);
    expect(d).toEqual(sorted(d, 'desc'));
  },
  2: async ({ dossierStatisticsPage: page }) => {
    const want = await dossiers('a.id::text', `a.kind = 'DEPARTMENT' AND d.received_year = 2020`);
    const rates = [...want.values()].map((m) => rate(m.get(2020)!.online, m.get(2020)!.received)!);
    expect(page.totalCount).toBe(want.size);
    expect(page.edges).toHaveLength(Math.min(5, want.size));
    page.edges.forEach(({ node }: Row, i: number) => {
      const w = want.get(node.agencyId)!.get(2020)!;
      expect([node.received, node.receivedOnline]).toEqual([w.received, w.online]);
      close(node.onlineRate, sorted(rates, 'asc')[i]);
      expect(node.agency.name).toEqual(expect.any(String));
    });
  },
  3: async ({ satisfactionStatistics: groups }) => {
    const want = byKey(
      await sql(
        'egov-services',
        `SELECT kind, count(*)::int AS n, sum(responses)::int AS r, sum(satisfied)::int AS s,
      sum(civil_servant_index * responses) / sum(responses) AS cs FROM satisfaction_survey WHERE year = 2020 GROUP BY kind`,
      ),
      'kind',
    );
    expect(groups.map((g: Row) => g.surveyKind).sort()).toEqual([...want.keys()].sort());
    for (const g of groups) {
      const w = want.get(g.surveyKind)!;
      expect([g.surveys, g.responses, g.satisfied]).toEqual([w.n, w.r, w.s]);
      close(g.satisfactionRate, rate(w.s, w.r));
      close(g.civilServantIndex, Number(w.cs));
    }
    const r = groups.map((g: Row) => g.satisfactionRate);
    expect(r).toEqual(sorted(r, 'desc'));
  },
  4: async ({ staffStatisticsPage: page }) => {
    const want = await staff('a.id::text', [2020], `a.kind = 'DEPARTMENT'`);
    const rates = [...want.values()].map((m) => rate(m.get(2020)!.trained, m.get(2020)!.headcount)!);
    expect(page.totalCount).toBe(want.size);
    page.edges.forEach(({ node }: Row, i: number) => {
      const w = want.get(node.agencyId)!.get(2020)!;
      expect([node.headcount, node.trained]).toEqual([w.headcount, w.trained]);
      close(node.trainingCoverage, sorted(rates, 'asc')[i]);
    });
  },
  5: async ({ budgetStatistics: groups }) => {
    const want = byKey(
      await sql(
        'public-finance',
        `SELECT b.agency_id::text AS id, coalesce(sum(amount) FILTER (WHERE stage = 'ESTIMATE'), 0)::text AS e,
      coalesce(sum(amount) FILTER (WHERE stage = 'SETTLEMENT'), 0)::text AS s
      FROM budget_line b JOIN agency_ref a ON a.id = b.agency_id WHERE fiscal_year = 2020 AND a.kind = 'DEPARTMENT' AND category <> 'REVENUE' GROUP BY 1`,
      ),
      'id',
    );
    expect(groups.map((g: Row) => g.agencyId).sort()).toEqual([...want.keys()].sort());
    for (const g of groups) {
      const w = want.get(g.agencyId)!;
      expect([g.estimate, g.settled]).toEqual([w.e, w.s]);
      close(g.executionRate, BigInt(w.e) ? Number((BigInt(w.s) * 1_000_000n) / BigInt(w.e)) / 10_000 : null);
    }
    const r = groups.map((g: Row) => g.executionRate).filter((x: number | null) => x !== null);
    expect(r).toEqual(sorted(r, 'asc'));
  },
  6: async (data) => {
    for (const year of [2018, 2019, 2020]) {
      const want = byKey(
        await sql(
          'institutions',
          `SELECT a.id::text AS id, p.score::float8 AS score, rank() OVER (ORDER BY p.score DESC)::int AS rank, count(*) OVER ()::int AS n
        FROM par_assessment p JOIN agency a ON a.id = p.agency_id WHERE p.year = $1 AND a.kind = 'DEPARTMENT'`,
          [year],
        ),
        'id',
      );
      const ranking = data[`y${year}`] as Row[];
      expect(ranking.length).toBe(want.size);
      expect(ranking.length).toBeGreaterThan(3);
      for (const e of ranking)
        expect([e.score, e.rank, e.rankOf]).toEqual([want.get(e.agency.id)!.score, want.get(e.agency.id)!.rank, want.get(e.agency.id)!.n]);
    }
  },
  7: async ({ staffStatistics: groups }) => {
    const want = await staff('pl.district', [2016, 2020]);
    for (const g of groups) {
      const m = want.get(String(g.districtCode))!;
      const [f, t] = [m.get(2016)?.headcount ?? 0, m.get(2020)?.headcount ?? 0];
      expect([g.change.from.headcount, g.change.to.headcount, g.change.difference.headcount]).toEqual([f, t, t - f]);
    }
    expect(groups.reduce((s: number, g: Row) => s + g.change.to.headcount, 0)).toBe([...want.values()].reduce((s, m) => s + (m.get(2020)?.headcount ?? 0), 0));
  },
  8: async ({ dossiers, training }) => {
    const local = (col: string) => `to_char(${col} AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-"Q"Q')`;
    const want = await sql(
      'egov-services',
      `SELECT q, count(*)::int AS received, count(*) FILTER (WHERE channel = 'ONLINE')::int AS online
         FROM (SELECT ${local('received_at')} AS q, channel FROM dossier) d WHERE q LIKE '2020-%' GROUP BY q ORDER BY q`,
    );
    expect(dossiers.map((g: Row) => [g.quarter, g.received, g.receivedOnline])).toEqual(want.map((w) => [w.q, w.received, w.online]));
    dossiers.forEach((g: Row, i: number) => close(g.onlineRate, rate(want[i].online, want[i].received)));
    const done = await sql(
      'civil-servants',
      `SELECT to_char(tc.completed_on, 'YYYY-"Q"Q') AS q, co.kind, count(*)::int AS n, sum(co.hours)::int AS h
      FROM training_completion tc JOIN training_course co ON co.id = tc.course_id WHERE extract(year FROM tc.completed_on) = 2020 GROUP BY 1, 2`,
    );
    expect(training.map((g: Row) => [g.quarter, g.trainingKind, g.completions, g.hours]).sort()).toEqual(done.map((w) => [w.q, w.kind, w.n, w.h]).sort());
    expect(training.map((g: Row) => g.quarter)).toEqual([...training.map((g: Row) => g.quarter)].sort());
  },
  9: async ({ dossierStatistics: groups }) => {
    const want = await dossiers('a.id::text', `a.kind = 'DISTRICT_PEOPLES_COMMITTEE'`);
    const change = (m: Map<number, Row>) => rate2(m.get(2020)!.on_time, m.get(2020)!.resolved)! - rate2(m.get(2019)!.on_time, m.get(2019)!.resolved)!;
    // Rates are compared as the service gives them, to two decimals.
    const worse = [...want].filter(([, m]) => Math.round(100 * change(m)) <= 0);
    expect(groups.map((g: Row) => g.agencyId).sort()).toEqual(worse.map(([id]) => id).sort());
    for (const g of groups) close(g.change.difference.onTimeRate, change(want.get(g.agencyId)!));
    const d = groups.map((g: Row) => g.change.difference.onTimeRate);
    expect(d).toEqual(sorted(d, 'asc'));
  },
  10: async ({ satisfactionStatisticsPage: page }) => {
    const all = await sql(
      'egov-services',
      `SELECT agency_id::text AS id, sum(responses)::int AS r, sum(satisfied)::int AS s FROM satisfaction_survey WHERE year = 2020 GROUP BY 1`,
    );
    // The service rounds rates to two decimals before comparing with the bound, as an analyst reads them.
    const under = all.filter((w) => rate2(w.s, w.r)! <= 90);
    expect(page.totalCount).toBe(under.length);
    expect(page.totalCount).toBeGreaterThan(0);
    const want = byKey(under, 'id');
    page.edges.forEach(({ node }: Row, i: number) => {
      const w = want.get(node.agencyId)!;
      expect([node.responses, node.satisfied]).toEqual([w.r, w.s]);
      close(
        node.satisfactionRate,
        sorted(
          under.map((x) => rate(x.s, x.r)!),
          'asc',
        )[i],
      );
    });
  },
};

test('the guide holds the ten questions, each with one query', () => {
  expect(QUESTIONS.map((q) => q.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
});

test.each(QUESTIONS.map((q) => [`${q.n}. ${q.title}`, q] as const))('%s', async (_, q) => {
  const res = await hub.request(q.query, {}, analyst);
  expect(res.errors).toBeUndefined();
  await CHECKS[q.n](res.data);
});
