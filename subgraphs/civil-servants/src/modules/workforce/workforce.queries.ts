import { defineQuery, MAX_STATISTICS_GROUPS } from '@par/platform';
import { z } from 'zod';
import { Qualification, StaffCategory } from '../civil-servant/civil-servant.enums';
import { inScope, SCOPE_TREES } from '../reference/reference.service';
import { WorkforceDimension } from './workforce.inputs';
import { percent } from './workforce.sql';

/** Per-category and total rows (GROUPING SETS) per requested key, from the staff summary rows in `members`. */
const AGGREGATE = (members: string) => `agg AS (
    SELECT key, category, sum(headcount)::int AS n, ${percent('sum(trained)', 'sum(headcount)')} AS share,
           GROUPING(category) = 1 AS "isTotal"
      FROM ${members} GROUP BY GROUPING SETS ((key, category), (key)))`;

/** A requested key with no staff has one row with only its quota (null when none was approved). */
const AGG_ROW = z.object({
  key: z.string(),
  category: z.enum(StaffCategory).nullable(),
  n: z.number().int().nullable(),
  share: z.number().nullable(),
  isTotal: z.boolean().nullable(),
  approvedQuota: z.number().int().nullable(),
});

/** An agency's own staff and quota for the (agency, year) pairs given as $1 (uuid[]) and $2 (int[]). */
export const AGENCY_WORKFORCE = defineQuery(
  'agencyWorkforce',
  `WITH k AS (SELECT DISTINCT id, year, id::text || '|' || year AS key FROM unnest($1::uuid[], $2::int[]) AS k(id, year)),
             staff AS (SELECT k.key, x.category, x.headcount, x.trained
                         FROM k JOIN staff_group_year x ON x.agency_id = k.id AND x.year = k.year),
             ${AGGREGATE('staff')}
             SELECT k.key, a.category, a.n, a.share, a."isTotal", q.approved_quota AS "approvedQuota"
               FROM k LEFT JOIN agg a ON a.key = k.key
               LEFT JOIN staffing_quota q ON q.agency_id = k.id AND q.year = k.year
              ORDER BY k.key, a.category`,
  AGG_ROW,
);

/** The staff and quotas of a unit with all its sub-units, for the (unit, year) pairs given as $1 (text[]) and $2 (int[]). */
export const UNIT_WORKFORCE = defineQuery(
  'unitWorkforce',
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
  AGG_ROW,
);

export type AggRow = z.infer<typeof AGG_ROW>;

const COLUMN: Record<WorkforceDimension, string> = {
  [WorkforceDimension.CATEGORY]: 'category',
  [WorkforceDimension.RANK]: 'rank_code',
  [WorkforceDimension.QUALIFICATION]: 'qualification',
  [WorkforceDimension.AGENCY]: 'agency_id',
};

/**
 * Headcount in year $1 grouped by `dims` (a dimension not grouped by is null), within agency $2 and
 * unit $3 (with their subordinates), categories $4 and qualifications $5; one group more than the
 * platform allows at most, so that too many groups can be refused.
 */
export function workforceStatistics(dims: readonly WorkforceDimension[]) {
  const select = Object.values(WorkforceDimension)
    .map((d) => `${dims.includes(d) ? COLUMN[d] : 'NULL'} AS "${COLUMN[d]}"`)
    .join(', ');
  const group = dims.length ? `GROUP BY ${dims.map((d) => COLUMN[d]).join(', ')} ORDER BY ${dims.map((d) => COLUMN[d]).join(', ')}` : '';
  return defineQuery(
    `workforceStatistics(${dims.join(',')})`,
    `WITH RECURSIVE scopes AS (SELECT 1 AS idx, $2::uuid AS agency_id, $3::text AS unit_code), ${SCOPE_TREES},
       staff AS (SELECT x.category, x.rank_code, x.qualification, x.agency_id, x.headcount, x.trained
                   FROM staff_year_summary x, scopes s
                  WHERE x.year = $1::int AND ${inScope('x.agency_id', 'x.unit_code')}
                    AND ($4::text[] IS NULL OR x.category = ANY($4)) AND ($5::text[] IS NULL OR x.qualification = ANY($5)))
       SELECT ${select}, coalesce(sum(headcount), 0)::int AS headcount, coalesce(sum(trained), 0)::int AS trained,
              ${percent('sum(trained)', 'sum(headcount)')} AS share
         FROM staff ${group} LIMIT ${MAX_STATISTICS_GROUPS + 1}`,
    z.object({
      category: z.enum(StaffCategory).nullable(),
      rank_code: z.string().nullable(),
      qualification: z.enum(Qualification).nullable(),
      agency_id: z.guid().nullable(),
      headcount: z.number().int(),
      trained: z.number().int(),
      share: z.number().nullable(),
    }),
  );
}
