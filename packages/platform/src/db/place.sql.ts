/**
 * Places units in the hierarchy of a given day, for statistics by district, commune or any unit
 * level. Each subgraph that groups by place keeps a dated copy of the unit history
 * (`unit_version_ref`) beside its `unit_ref`.
 */

/**
 * Where each unit code stood on `asOf` (an SQL date expression, such as a parameter): the versions in force that day; a unit that had ended is
 * followed to its successor (through successive merges); a code the dated history cannot place
 * (or a database seeded before it existed) keeps the single hierarchy of `unit_ref`. `place` gives
 * each code its district and commune that day and every unit it lies within.
 */
export const placeCtes = (asOf: string): string => `on_day AS (
    SELECT code, parent_code, level FROM unit_version_ref
     WHERE (valid_from IS NULL OR valid_from <= ${asOf}) AND (valid_to IS NULL OR valid_to >= ${asOf})),
  moved(code, cur, hops) AS (
    SELECT code, code, 0 FROM unit_ref
    UNION ALL
    SELECT m.code,
           (SELECT v.successor_code FROM unit_version_ref v WHERE v.code = m.cur AND v.valid_to < ${asOf} ORDER BY v.valid_to DESC LIMIT 1),
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

/** The dated unit history a subgraph keeps for `placeCtes` (the same table in every subgraph that places by unit). */
export const UNIT_VERSION_REF_DDL = [
  `CREATE TABLE IF NOT EXISTS unit_version_ref (
      code varchar(10) NOT NULL,
      valid_from date,
      valid_to date,
      parent_code varchar(10),
      level text NOT NULL CHECK (level IN ('PROVINCE','DISTRICT','COMMUNE')),
      successor_code varchar(10),
      CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
    )`,
  'CREATE INDEX IF NOT EXISTS unit_version_ref_code_idx ON unit_version_ref (code, valid_to)',
];
