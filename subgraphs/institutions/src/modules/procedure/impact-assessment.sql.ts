/**
 * The one reading of "assessed" (Decree 63/2010/NĐ-CP): a procedure counts as assessed when an
 * assessment of the draft that introduced it is dated on or before the day the procedure was
 * issued. An assessment made later is recorded but does not count; a record carried over from the
 * old catalogue flag has no date and does not count either. `p` is the administrative_procedure row.
 * The procedure field, the plan measure and its evidence all use this expression.
 */
export const IMPACT_ASSESSED_BEFORE_ISSUE = `EXISTS (
  SELECT 1 FROM procedure_impact_assessment ia WHERE ia.procedure_code = p.code AND ia.assessed_on <= p.issued_on)`;

/** Columns of a ProcedureImpactAssessment, from `ia` joined to its procedure `p`. */
export const IMPACT_ASSESSMENT_COLUMNS = `ia.id, ia.procedure_code AS "procedureCode", ia.draft_document AS "draftDocument",
  to_char(ia.assessed_on, 'YYYY-MM-DD') AS "assessedOn", ia.report_ref AS "reportRef",
  to_char(ia.appraised_on, 'YYYY-MM-DD') AS "appraisedOn", ia.carried_over AS "carriedOver",
  coalesce(ia.assessed_on <= p.issued_on, false) AS "beforeIssue"`;

/** Today in the calendar the records are kept in (Vietnam), for "not in the future". */
export const TODAY_IN_VIETNAM = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
