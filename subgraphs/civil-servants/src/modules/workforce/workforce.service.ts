import { assertGroupCount, assertUnitCode, assertUuidArg, assertYear, MAX_STATISTICS_GROUPS, sqlRows, type HubContext } from '@par/platform';
import { inScope, SCOPE_TREES } from '../reference/reference.service';
import { STAFF_YEARS } from '../civil-servant/personnel-rules';
import { WorkforceDimension, type WorkforceStatisticsFilter } from './workforce.inputs';
import { percent } from './workforce.sql';
import type { CategoryCount, UnitWorkforce, Workforce, WorkforceGroup } from './workforce.type';

interface AggRow {
  key: string;
  category: CategoryCount['category'] | null;
  n: number | null;
  share: number | null;
  isTotal: boolean | null;
  approvedQuota: number | null;
}


/** Per-category counts and a total row (GROUPING SETS) per requested key, folded into one figure. */
function fold(keys: readonly string[], rows: AggRow[]): Workforce[] {
  const out = new Map<string, Workforce>(keys.map((k) => [k, { headcount: 0, approvedQuota: null, byCategory: [], trainedShare: null }]));
  for (const r of rows) {
    const w = out.get(r.key)!;
    w.approvedQuota = r.approvedQuota;
    if (r.n === null) continue;
    if (r.isTotal) {
      w.headcount = r.n;
      w.trainedShare = r.share;
    } else w.byCategory.push({ category: r.category!, count: r.n });
  }
  return keys.map((k) => out.get(k)!);
}

/** Per-category and total rows (GROUPING SETS) per requested key, from the staff summary rows in `members`. */
const AGGREGATE = (members: string) => `agg AS (
    SELECT key, category, sum(headcount)::int AS n, ${percent('sum(trained)', 'sum(headcount)')} AS share,
           GROUPING(category) = 1 AS "isTotal"
      FROM ${members} GROUP BY GROUPING SETS ((key, category), (key)))`;

const cacheKey = (k: { id: string; year: number }) => `${k.id}|${k.year}`;

export class WorkforceService {
  constructor(private readonly ctx: HubContext) {}

  /** An agency's own staff (not its subordinates'), from the staff summary; every (agency, year) of a request in one statement. */
  forAgency(agencyId: string, year: number): Promise<Workforce> {
    return this.ctx.loaders
      .get<{ id: string; year: number }, Workforce>(
        'workforce.agency',
        async (keys) => {
          const rows = await sqlRows<AggRow>(
            this.ctx.em,
            `WITH k AS (SELECT DISTINCT id, year, id::text || '|' || year AS key FROM unnest($1::uuid[], $2::int[]) AS k(id, year)),
             staff AS (SELECT k.key, x.category, x.headcount, x.trained
                         FROM k JOIN staff_group_year x ON x.agency_id = k.id AND x.year = k.year),
             ${AGGREGATE('staff')}
             SELECT k.key, a.category, a.n, a.share, a."isTotal", q.approved_quota AS "approvedQuota"
               FROM k LEFT JOIN agg a ON a.key = k.key
               LEFT JOIN staffing_quota q ON q.agency_id = k.id AND q.year = k.year
              ORDER BY k.key, a.category`,
            [keys.map((k) => k.id), keys.map((k) => k.year)],
          );
          return fold(keys.map(cacheKey), rows);
        },
        cacheKey,
      )
      .load({ id: assertUuidArg(agencyId, 'id'), year: assertYear(year, 'year', STAFF_YEARS) });
  }

  /** A unit with all its sub-units (staff by workplace unit); every (unit, year) of a request in one statement. */
  forUnit(code: string, year: number): Promise<UnitWorkforce> {
    return this.ctx.loaders
      .get<{ id: string; year: number }, UnitWorkforce>(
        'workforce.unit',
        async (keys) => {
          const rows = await sqlRows<AggRow>(
            this.ctx.em,
            `WITH RECURSIVE k AS (SELECT DISTINCT code, year, code || '|' || year AS key FROM unnest($1::text[], $2::int[]) AS k(code, year)),
             sub(key, code) AS (SELECT key, code FROM k UNION SELECT sub.key, u.code FROM unit_ref u JOIN sub ON u.parent_code = sub.code),
             staff AS (SELECT k.key, x.category, x.headcount, x.trained
                         FROM k JOIN sub ON sub.key = k.key JOIN staff_group_year x ON x.unit_code = sub.code AND x.year = k.year),
             ${AGGREGATE('staff')},
             quota AS (SELECT sub.key, sum(q.approved_quota)::int AS approved_quota
                         FROM k JOIN sub ON sub.key = k.key JOIN agency_ref a ON a.unit_code = sub.code
                         JOIN staffing_quota q ON q.agency_id = a.id AND q.year = k.year GROUP BY sub.key)
             SELECT k.key, a.category, a.n, a.share, a."isTotal", q.approved_quota AS "approvedQuota"
               FROM k LEFT JOIN agg a ON a.key = k.key LEFT JOIN quota q ON q.key = k.key
              ORDER BY k.key, a.category`,
            [keys.map((k) => k.id), keys.map((k) => k.year)],
          );
          return fold(keys.map(cacheKey), rows);
        },
        cacheKey,
      )
      .load({ id: assertUnitCode(code, 'code'), year: assertYear(year, 'year', STAFF_YEARS) });
  }

  /** Headcount grouped in SQL by the chosen dimensions; the groups always add up to the ungrouped total. */
  async statistics(year: number, groupBy: WorkforceDimension[], filter: WorkforceStatisticsFilter | null | undefined): Promise<WorkforceGroup[]> {
    assertYear(year, 'year', STAFF_YEARS);
    const dims = [...new Set(groupBy)];
    const column: Record<WorkforceDimension, string> = {
      [WorkforceDimension.CATEGORY]: 'category',
      [WorkforceDimension.RANK]: 'rank_code',
      [WorkforceDimension.QUALIFICATION]: 'qualification',
      [WorkforceDimension.AGENCY]: 'agency_id',
    };
    const select = Object.values(WorkforceDimension)
      .map((d) => `${dims.includes(d) ? column[d] : 'NULL'} AS "${column[d]}"`)
      .join(', ');
    const group = dims.length ? `GROUP BY ${dims.map((d) => column[d]).join(', ')} ORDER BY ${dims.map((d) => column[d]).join(', ')}` : '';
    const rows = await sqlRows<{ category: WorkforceGroup['category']; rank_code: string | null; qualification: WorkforceGroup['qualification']; agency_id: string | null; headcount: number; trained: number; share: number | null }>(
      this.ctx.em,
      `WITH RECURSIVE scopes AS (SELECT 1 AS idx, $2::uuid AS agency_id, $3::text AS unit_code), ${SCOPE_TREES},
       staff AS (SELECT x.category, x.rank_code, x.qualification, x.agency_id, x.headcount, x.trained
                   FROM staff_year_summary x, scopes s
                  WHERE x.year = $1::int AND ${inScope('x.agency_id', 'x.unit_code')}
                    AND ($4::text[] IS NULL OR x.category = ANY($4)) AND ($5::text[] IS NULL OR x.qualification = ANY($5)))
       SELECT ${select}, coalesce(sum(headcount), 0)::int AS headcount, coalesce(sum(trained), 0)::int AS trained,
              ${percent('sum(trained)', 'sum(headcount)')} AS share
         FROM staff ${group} LIMIT ${MAX_STATISTICS_GROUPS + 1}`,
      [
        year,
        filter?.agencyId == null ? null : assertUuidArg(filter.agencyId, 'filter.agencyId'),
        filter?.unitCode == null ? null : assertUnitCode(filter.unitCode, 'filter.unitCode'),
        filter?.categories?.length ? filter.categories : null,
        filter?.qualifications?.length ? filter.qualifications : null,
      ],
    );
    // One group too many is enough to refuse: the database never returns more than that.
    return assertGroupCount(rows).map((r) => ({
      category: r.category,
      rankCode: r.rank_code,
      rank: null,
      qualification: r.qualification,
      agency: r.agency_id ? { id: r.agency_id } : null,
      headcount: r.headcount,
      trained: r.trained,
      trainedShare: r.share,
    }));
  }
}
