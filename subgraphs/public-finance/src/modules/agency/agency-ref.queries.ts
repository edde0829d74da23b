import { defineQuery } from '@par/platform';
import { z } from 'zod';

/** An agency of the reference copy, by id ($1): what a write needs to check before it writes for it. */
export const AGENCY_REF_BY_ID = defineQuery(
  'agencyRefById',
  'SELECT id, kind FROM agency_ref WHERE id = $1::uuid',
  z.object({ id: z.uuid(), kind: z.string().min(1) }),
);
