import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { AgencyKind } from '../agency/agency.entity';
import { ParIndexArea } from './par-index.type';

/** Every ranked assessment of year $1 among agencies of kinds $2 (text[]), with its rank within its kind, computed by the database. */
const RANKED = `SELECT p.agency_id AS "agencyId", p.year, p.score::float8 AS score, p.self_score::float8 AS "selfScore",
    p.appraised_score::float8 AS "appraisedScore", p.survey_score::float8 AS "surveyScore", a.kind, a.name,
    rank() OVER (PARTITION BY a.kind ORDER BY p.score DESC)::int AS rank,
    count(*) OVER (PARTITION BY a.kind)::int AS "rankOf"
  FROM par_assessment p JOIN agency a ON a.id = p.agency_id
  WHERE p.year = $1 AND a.kind = ANY($2::text[])`;

const RANKED_ROW = z.object({
  agencyId: z.guid(),
  year: z.number().int(),
  score: z.number(),
  selfScore: z.number(),
  appraisedScore: z.number(),
  surveyScore: z.number().nullable(),
  kind: z.enum(AgencyKind),
  name: z.string(),
  rank: z.number().int(),
  rankOf: z.number().int(),
});

/** The ranked results ($1 year, $2 kinds) of the agencies in $3 (uuid[]). */
export const PAR_RESULTS_OF_AGENCIES = defineQuery('parResultsOfAgencies', `SELECT * FROM (${RANKED}) r WHERE r."agencyId" = ANY($3::uuid[])`, RANKED_ROW);

/** The ranking of year $1 over kinds $2, by kind then rank. */
export const PAR_RANKING = defineQuery('parRanking', `SELECT * FROM (${RANKED}) r ORDER BY r.kind, r.rank, r.name, r."agencyId"`, RANKED_ROW);

/** The area points of year $1 for the agencies in $2 (uuid[]), areas in the Index's order. */
export const PAR_COMPONENTS = defineQuery(
  'parComponents',
  `SELECT agency_id AS "agencyId", area, max_points::float8 AS "maxPoints", self_points::float8 AS "selfPoints", appraised_points::float8 AS "appraisedPoints"
           FROM par_component WHERE year = $1 AND agency_id = ANY($2::uuid[])
           ORDER BY array_position(ARRAY['STEERING','INSTITUTIONS','PROCEDURES','ORGANISATION','CIVIL_SERVICE','PUBLIC_FINANCE','MODERNISATION','IMPACT'], area)`,
  z.object({ agencyId: z.guid(), area: z.enum(ParIndexArea), maxPoints: z.number(), selfPoints: z.number(), appraisedPoints: z.number() }),
);

/** The assessment of agency $1 for year $2, with its computed score. */
export const PAR_ASSESSMENT = defineQuery(
  'parAssessment',
  `SELECT agency_id AS "agencyId", year, self_score::float8 AS "selfScore", appraised_score::float8 AS "appraisedScore",
              survey_score::float8 AS "surveyScore", score::float8 AS score FROM par_assessment WHERE agency_id = $1 AND year = $2`,
  z.object({
    agencyId: z.guid(),
    year: z.number().int(),
    selfScore: z.number(),
    appraisedScore: z.number(),
    surveyScore: z.number().nullable(),
    score: z.number(),
  }),
);
