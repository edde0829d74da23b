/** Procedures of the scope: implemented by the agency or its subordinates, or by agencies of the unit and its sub-units. */
export const PROCEDURE_SCOPE = `($2::uuid IS NULL OR p.implementing_agency_id IN (SELECT id FROM agency_tree))
  AND ($3::text IS NULL OR p.implementing_agency_id IN (SELECT a.id FROM agency a WHERE a.unit_code IN (SELECT code FROM unit_tree)))`;
export const TREES = `WITH RECURSIVE agency_tree AS (
    SELECT id FROM agency WHERE id = $2::uuid
    UNION SELECT a.id FROM agency a JOIN agency_tree t ON a.parent_id = t.id
  ), unit_tree AS (
    SELECT $3::text AS code
    UNION SELECT u.code FROM unit_version u JOIN unit_tree t ON u.parent_code = t.code
  )`;

/** Units of the scope (a unit and its sub-units, or the unit of an agency), open for more CTEs. */
export const UNIT_SCOPE = `WITH RECURSIVE scope AS (
      SELECT coalesce($3::text, (SELECT unit_code FROM agency WHERE id = $2::uuid)) AS code
    ), unit_tree AS (
      SELECT code FROM scope WHERE code IS NOT NULL
      UNION SELECT u.code FROM unit_version u JOIN unit_tree t ON u.parent_code = t.code
    )`;

/**
 * The day units are counted against: the measure's `baseline` (the plan's own date, as its data
 * gives it), or the earliest list held when later. An aggregate over `unit_list l` of the query.
 * `baseline` is an ISO date its kind's schema validated.
 */
export const unitBaseline = (baseline: string) => `greatest('${baseline}'::date, min(l.in_force_from))`;
