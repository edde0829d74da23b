import { defineQuery } from '@par/platform';
import { z } from 'zod';

/** The approved positions of the agencies in $1 (uuid[]), each with the number of people holding it today. */
export const JOB_POSITIONS_OF_AGENCIES = defineQuery(
  'jobPositionsOfAgencies',
  `SELECT p.id, p.agency_id AS "agencyId", p.code, p.name, p.approved_count AS "approvedCount",
                  to_char(p.approved_on, 'YYYY-MM-DD') AS "approvedOn",
                  (SELECT count(*)::int FROM civil_servant cs WHERE cs.job_position_id = p.id
                      AND cs.hired_on <= current_date AND (cs.left_on IS NULL OR cs.left_on > current_date)) AS holders
             FROM job_position p WHERE p.agency_id = ANY($1::uuid[]) ORDER BY p.code, p.id`,
  z.object({
    id: z.guid(),
    agencyId: z.guid(),
    code: z.string(),
    name: z.string(),
    approvedCount: z.number().int(),
    approvedOn: z.iso.date(),
    holders: z.number().int(),
  }),
);

/** A row when job position $1 belongs to agency $2. */
export const JOB_POSITION_OF_AGENCY = defineQuery(
  'jobPositionOfAgency',
  'SELECT 1 FROM job_position WHERE id = $1::uuid AND agency_id = $2::uuid',
  z.object({ '?column?': z.literal(1) }),
);
