import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { IMPACT_ASSESSMENT_COLUMNS, TODAY_IN_VIETNAM } from './impact-assessment.sql';

const FROM = 'procedure_impact_assessment ia JOIN administrative_procedure p ON p.code = ia.procedure_code';
const ORDER = 'ORDER BY ia.carried_over, ia.assessed_on, ia.id';

const ASSESSMENT_ROW = z.object({
  id: z.number().int(),
  procedureCode: z.string(),
  draftDocument: z.string().nullable(),
  assessedOn: z.iso.date().nullable(),
  reportRef: z.string().nullable(),
  appraisedOn: z.iso.date().nullable(),
  carriedOver: z.boolean(),
  beforeIssue: z.boolean(),
});

/** The assessments of the procedures in $1 (text[]). */
export const ASSESSMENTS_OF_PROCEDURES = defineQuery(
  'impactAssessmentsOfProcedures',
  `SELECT ${IMPACT_ASSESSMENT_COLUMNS} FROM ${FROM} WHERE ia.procedure_code = ANY($1::text[]) ${ORDER}`,
  ASSESSMENT_ROW,
);

/** The assessments of procedure $1. */
export const ASSESSMENTS_OF_PROCEDURE = defineQuery(
  'impactAssessmentsOfProcedure',
  `SELECT ${IMPACT_ASSESSMENT_COLUMNS} FROM ${FROM} WHERE ia.procedure_code = $1 ${ORDER}`,
  ASSESSMENT_ROW,
);

/** Whether day $1 and day $2 (false when null) lie after today in Vietnam. */
export const ASSESSMENT_DAYS_IN_FUTURE = defineQuery(
  'impactAssessmentDaysInFuture',
  `SELECT $1::date > ${TODAY_IN_VIETNAM} AS "assessedFuture", coalesce($2::date > ${TODAY_IN_VIETNAM}, false) AS "appraisedFuture"`,
  z.object({ assessedFuture: z.boolean(), appraisedFuture: z.boolean() }),
);
