import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { SurveyKind } from './satisfaction.entity';

const INDEX = z.number().min(0).max(100);

/** The surveys of the agencies $1 (uuid[]) in the year $2, by kind. */
export const SURVEYS_BY_AGENCIES = defineQuery(
  'surveysByAgencies',
  `SELECT agency_id::text AS "agencyId", year, kind, responses, satisfied,
                  round(100.0 * satisfied / responses, 2)::float8 AS "satisfactionRate",
                  access_index::float8 AS "accessIndex", procedure_index::float8 AS "procedureIndex",
                  civil_servant_index::float8 AS "civilServantIndex", result_index::float8 AS "resultIndex",
                  feedback_index::float8 AS "feedbackIndex"
             FROM satisfaction_survey WHERE agency_id = ANY($1::uuid[]) AND year = $2 ORDER BY kind`,
  z.object({
    agencyId: z.uuid(),
    year: z.int(),
    kind: z.enum(SurveyKind),
    responses: z.int().min(1),
    satisfied: z.int().min(0),
    satisfactionRate: INDEX,
    accessIndex: INDEX,
    procedureIndex: INDEX,
    civilServantIndex: INDEX,
    resultIndex: INDEX,
    feedbackIndex: INDEX,
  }),
);
