import { defineQuery } from '@par/platform';
import { z } from 'zod';

/** The ids a write touched, so the caller knows whether anything changed. */
const TOUCHED_ROW = z.object({ id: z.number().int() });

/** Drops the record carried over from the old catalogue flag for procedure $1, if there is one. */
export const DROP_CARRIED_OVER_ASSESSMENT = defineQuery(
  'dropCarriedOverAssessment',
  'DELETE FROM procedure_impact_assessment WHERE procedure_code = $1 AND carried_over RETURNING id',
  TOUCHED_ROW,
);

/**
 * Records an assessment ($1 procedure, $2 draft document, $3 assessed on, $4 report, $5 appraised
 * on): a known draft document is replaced, and only when something differs, so that recording the
 * same assessment again returns no row and changes nothing.
 */
export const UPSERT_ASSESSMENT = defineQuery(
  'upsertAssessment',
  `INSERT INTO procedure_impact_assessment AS ia (procedure_code, draft_document, assessed_on, report_ref, appraised_on)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (procedure_code, draft_document) DO UPDATE
         SET assessed_on = EXCLUDED.assessed_on, report_ref = EXCLUDED.report_ref, appraised_on = EXCLUDED.appraised_on, recorded_at = now()
         WHERE (ia.assessed_on, ia.report_ref, ia.appraised_on) IS DISTINCT FROM (EXCLUDED.assessed_on, EXCLUDED.report_ref, EXCLUDED.appraised_on)
       RETURNING ia.id`,
  TOUCHED_ROW,
);
