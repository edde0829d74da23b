import { defineQuery } from '@par/platform';
import { z } from 'zod';

/** An agency of the reference copy, by id ($1), with its unit. */
export const AGENCY_REF_BY_ID = defineQuery(
  'agencyRefById',
  'SELECT id, kind, unit_code AS "unitCode" FROM agency_ref WHERE id = $1::uuid',
  z.object({ id: z.uuid(), kind: z.string().min(1), unitCode: z.string().regex(/^\d+$/) }),
);
