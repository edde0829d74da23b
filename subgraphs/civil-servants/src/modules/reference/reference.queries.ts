import { defineQuery } from '@par/platform';
import { z } from 'zod';

/** An agency of the reference copy, by id ($1), with its unit. */
export const AGENCY_REF_BY_ID = defineQuery(
  'agencyRefById',
  'SELECT id, kind, unit_code AS "unitCode" FROM agency_ref WHERE id = $1::uuid',
  z.object({ id: z.uuid(), kind: z.string().min(1), unitCode: z.string().regex(/^\d+$/) }),
);

/** Whether unit $1 exists (a row) and lies in the territory of agency $2 (always, when $2 is null). */
export const UNIT_INSIDE_AGENCY = defineQuery(
  'unitInsideAgency',
  `WITH RECURSIVE up(code, parent) AS (
         SELECT code, parent_code FROM unit_ref WHERE code = $1
         UNION SELECT u.code, u.parent_code FROM unit_ref u JOIN up ON u.code = up.parent)
       SELECT $2::uuid IS NULL OR EXISTS (SELECT 1 FROM up JOIN agency_ref a ON a.unit_code = up.code WHERE a.id = $2::uuid) AS inside
         FROM unit_ref WHERE code = $1`,
  z.object({ inside: z.boolean() }),
);
