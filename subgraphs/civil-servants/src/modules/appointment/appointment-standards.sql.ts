/**
 * Appointments made in the years of the CTE `years`, each judged from the rows that show it: the
 * appointee's qualifications awarded on or before the appointment date (education, political
 * theory, state management) against the minimum of the post (`post_standard`) or, for a rank
 * appointment or a post without a recorded standard, of the rank (`rank`). An appointment with no
 * standard on record cannot be shown to have met one: `met` is false. The `met_standards` flag the
 * appointing authority declared is not read.
 */
export const APPOINTMENT_ROWS_CTE = `appointee_levels AS (
      SELECT ap.id,
             max(l.ord) FILTER (WHERE l.dimension = 'EDUCATION') AS education,
             max(l.ord) FILTER (WHERE l.dimension = 'POLITICAL_THEORY') AS political_theory,
             max(l.ord) FILTER (WHERE l.dimension = 'STATE_MANAGEMENT') AS state_management
        FROM appointment ap
        JOIN qualification_award qa ON qa.civil_servant_id = ap.civil_servant_id AND qa.awarded_on <= ap.appointed_on
        JOIN qualification_level l ON l.dimension = qa.dimension AND l.level = qa.level
       WHERE extract(year FROM ap.appointed_on)::int IN (SELECT year FROM years)
       GROUP BY ap.id),
    appointment_rows AS (
      SELECT ap.id, ap.civil_servant_id AS person_id, extract(year FROM ap.appointed_on)::int AS year, ap.appointed_on AS day, ap.kind,
             CASE WHEN ap.kind = 'RANK' THEN r.name ELSE ap.post END AS title, cs.agency_id, cs.unit_code, cs.category,
             me.ord IS NOT NULL AND coalesce(lv.education, 0) >= me.ord
               AND (mp.ord IS NULL OR coalesce(lv.political_theory, 0) >= mp.ord)
               AND (ms.ord IS NULL OR coalesce(lv.state_management, 0) >= ms.ord) AS met
        FROM appointment ap
        JOIN civil_servant cs ON cs.id = ap.civil_servant_id
        LEFT JOIN post_standard ps ON ap.kind = 'POST' AND ps.post = ap.post
        LEFT JOIN rank r ON r.code = CASE WHEN ap.kind = 'RANK' THEN ap.rank_code ELSE cs.rank_code END
        CROSS JOIN LATERAL (SELECT
             CASE WHEN ps.post IS NOT NULL THEN ps.min_qualification ELSE r.min_qualification END AS education,
             CASE WHEN ps.post IS NOT NULL THEN ps.min_political_theory ELSE r.min_political_theory END AS political_theory,
             CASE WHEN ps.post IS NOT NULL THEN ps.min_state_management ELSE r.min_state_management END AS state_management) std
        LEFT JOIN qualification_level me ON me.dimension = 'EDUCATION' AND me.level = std.education
        LEFT JOIN qualification_level mp ON mp.dimension = 'POLITICAL_THEORY' AND mp.level = std.political_theory
        LEFT JOIN qualification_level ms ON ms.dimension = 'STATE_MANAGEMENT' AND ms.level = std.state_management
        LEFT JOIN appointee_levels lv ON lv.id = ap.id
       WHERE extract(year FROM ap.appointed_on)::int IN (SELECT year FROM years))`;
