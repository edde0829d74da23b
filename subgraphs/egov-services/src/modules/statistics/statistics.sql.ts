/**
 * The SQL of dossier statistics. Parameters: $1–$2 the years counted, $3 agency, $4 procedure,
 * $5 sector, $6 the day units are placed as of, $7 unit, $8 agency kinds, $9 channel, $10–$11 the
 * years compared.
 */

/**
 * Where each unit code stood on $6: the versions in force that day; a unit that had ended is
 * followed to its successor (through successive merges); a code the dated history cannot place
 * (or a database seeded before it existed) keeps the single hierarchy of `unit_ref`. `place` gives
 * each code its district and commune that day and every unit it lies within.
 */
const PLACE_CTES = `on_day AS (
    SELECT code, parent_code, level FROM unit_version_ref
     WHERE (valid_from IS NULL OR valid_from <= $6::date) AND (valid_to IS NULL OR valid_to >= $6::date)),
  moved(code, cur, hops) AS (
    SELECT code, code, 0 FROM unit_ref
    UNION ALL
    SELECT m.code,
           (SELECT v.successor_code FROM unit_version_ref v WHERE v.code = m.cur AND v.valid_to < $6::date ORDER BY v.valid_to DESC LIMIT 1),
           m.hops + 1
      FROM moved m
     WHERE m.hops < 10 AND m.cur IS NOT NULL AND NOT EXISTS (SELECT 1 FROM on_day o WHERE o.code = m.cur)),
  landed AS (SELECT DISTINCT ON (code) code, cur FROM moved WHERE cur IS NOT NULL ORDER BY code, hops DESC),
  hier AS (
    SELECT code, parent_code, level FROM on_day
    UNION ALL SELECT u.code, u.parent_code, u.level FROM unit_ref u WHERE NOT EXISTS (SELECT 1 FROM on_day o WHERE o.code = u.code)),
  up(code, anc, level, hops) AS (
    SELECT l.code, h.code, h.level, 0 FROM landed l JOIN hier h ON h.code = l.cur
    UNION ALL
    SELECT u.code, p.code, p.level, u.hops + 1
      FROM up u JOIN hier c ON c.code = u.anc JOIN hier p ON p.code = c.parent_code
     WHERE u.hops < 5),
  place AS (
    SELECT code, max(anc) FILTER (WHERE level = 'DISTRICT') AS district, max(anc) FILTER (WHERE level = 'COMMUNE') AS commune,
           array_agg(anc) AS within
      FROM up GROUP BY code)`;

const FILTERS = `($3::uuid IS NULL OR r.agency_id = $3::uuid) AND ($8::text[] IS NULL OR a.kind = ANY($8::text[]))
  AND ($9::text IS NULL OR r.channel = $9)`;

/**
 * Where the events come from: the yearly summary (per procedure and unit, placed when a place is
 * asked for), or, when neither a procedure, a sector nor a place is asked for, the same folded per
 * agency — a few thousand rows however many dossiers and procedures there are.
 */
export type EventSource = 'procedure' | 'place' | 'agency';

/**
 * A dossier contributes two events: its receipt (in the year received) and its resolution (in the
 * year resolved); the yearly summaries hold both, so every group's figures are additive and the
 * groups always sum to the ungrouped totals. Read from a summary, never from the dossiers.
 */
function eventsSql(source: EventSource): string {
  const from =
    source === 'agency'
      ? {
          rows: 'dossier_agency_year_rollup r',
          cols: 'NULL::text AS procedure_code, NULL::text AS sector, NULL::text AS district, NULL::text AS commune',
          where: 'AND $4::text IS NULL AND $5::text IS NULL AND $6::date IS NOT NULL AND $7::text IS NULL',
        }
      : {
          rows: `dossier_year_rollup r JOIN procedure_ref p ON p.code = r.procedure_code${source === 'place' ? ' LEFT JOIN place pl ON pl.code = r.unit_code' : ''}`,
          cols: `r.procedure_code, p.sector, ${source === 'place' ? 'pl.district, pl.commune' : 'NULL::text AS district, NULL::text AS commune'}`,
          where: `AND ($4::text IS NULL OR r.procedure_code = $4) AND ($5::text IS NULL OR p.sector = $5)
            ${source === 'place' ? 'AND ($7::text IS NULL OR $7 = ANY(pl.within))' : 'AND $6::date IS NOT NULL AND $7::text IS NULL'}`,
        };
  return `WITH RECURSIVE ${source === 'place' ? `${PLACE_CTES},` : ''}
  ev AS (
    SELECT r.year, r.channel, r.agency_id, a.kind AS agency_kind, ${from.cols},
           r.received, CASE WHEN r.channel = 'ONLINE' THEN r.received ELSE 0 END AS online, r.resolved, r.resolved_on_time AS on_time
      FROM ${from.rows} JOIN agency_ref a ON a.id = r.agency_id
     WHERE (r.year BETWEEN $1 AND $2 OR r.year IN ($10::int, $11::int)) AND ${FILTERS} ${from.where})`;
}

const sums = (cond: string, p: string) =>
  ['received', 'online', 'resolved', 'on_time'].map((m) => `coalesce(sum(${m}) FILTER (WHERE ${cond}), 0)::int AS ${p}${m}`).join(', ');

const rates = (p: string) =>
  `round(100.0 * ${p}on_time / nullif(${p}resolved, 0), 2) AS ${p}on_time_rate, round(100.0 * ${p}online / nullif(${p}received, 0), 2) AS ${p}online_rate`;

/** Groups with their figures over the years counted and, when compared, in each compared year; rates and changes in SQL. */
export function groupsSql(source: EventSource, select: string, groupBy: string[], order: string): string {
  const group = groupBy.length ? `GROUP BY ${groupBy.join(', ')}` : '';
  const diff = (m: string) => `(t_${m} - f_${m})::float8`;
  const ratio = (m: string) => `round(t_${m}::numeric / nullif(f_${m}, 0), 4)::float8`;
  return `${eventsSql(source)},
  g AS (
    SELECT ${select}, ${sums('year BETWEEN $1 AND $2', '')}, ${sums('year = $10', 'f_')}, ${sums('year = $11', 't_')}
      FROM ev ${group}),
  s AS (SELECT g.*, ${rates('')}, ${rates('f_')}, ${rates('t_')} FROM g)
  SELECT s.*, count(*) OVER ()::int AS total_count,
         ${['received', 'online', 'resolved', 'on_time'].map((m) => `${diff(m)} AS d_${m}, ${ratio(m)} AS r_${m}`).join(', ')},
         (t_on_time_rate - f_on_time_rate)::float8 AS d_on_time_rate, round(t_on_time_rate / nullif(f_on_time_rate, 0), 4)::float8 AS r_on_time_rate,
         (t_online_rate - f_online_rate)::float8 AS d_online_rate, round(t_online_rate / nullif(f_online_rate, 0), 4)::float8 AS r_online_rate
    FROM s ${order} LIMIT $12 OFFSET $13`;
}
