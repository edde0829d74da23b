import { defineQuery } from '@par/platform';
import { z } from 'zod';

/** The latest certification of each agency of $1 (uuid[]), and whether it is in force today. */
export const LATEST_CERTIFICATIONS = defineQuery(
  'latestCertifications',
  `SELECT DISTINCT ON (agency_id) agency_id::text AS "agencyId", standard, to_char(certified_on, 'YYYY-MM-DD') AS "certifiedOn",
                  to_char(expires_on, 'YYYY-MM-DD') AS "expiresOn", certifier,
                  (certified_on <= current_date AND (expires_on IS NULL OR expires_on >= current_date)) AS valid
             FROM iso_certification WHERE agency_id = ANY($1::uuid[])
            ORDER BY agency_id, certified_on DESC, id DESC`,
  z.object({
    agencyId: z.uuid(),
    standard: z.string().min(1),
    certifiedOn: z.iso.date(),
    expiresOn: z.iso.date().nullable(),
    certifier: z.string().nullable(),
    valid: z.boolean(),
  }),
);
