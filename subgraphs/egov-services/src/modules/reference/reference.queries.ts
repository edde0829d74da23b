import { defineQuery } from '@par/platform';
import { z } from 'zod';

/** An agency of the reference copy, by id ($1), with its place in the hierarchy and its unit. */
export const AGENCY_REF_BY_ID = defineQuery(
  'agencyRefById',
  'SELECT id, kind, parent_id AS "parentId", unit_code AS "unitCode" FROM agency_ref WHERE id = $1::uuid',
  z.object({ id: z.uuid(), kind: z.string().min(1), parentId: z.uuid().nullable(), unitCode: z.string().regex(/^\d+$/) }),
);

/** A row (PostgreSQL names the bare `SELECT 1` column `?column?`) when the unit $1 exists. */
export const UNIT_EXISTS = defineQuery('unitExists', 'SELECT 1 FROM unit_ref WHERE code = $1', z.object({ '?column?': z.literal(1) }));

/** A row when the unit $1 is $2 or one of its sub-units (a commune of a district). */
export const UNIT_WITHIN = defineQuery(
  'unitWithin',
  `WITH RECURSIVE up(code, parent_code) AS (
         SELECT code, parent_code FROM unit_ref WHERE code = $1
         UNION SELECT u.code, u.parent_code FROM unit_ref u JOIN up ON u.code = up.parent_code)
       SELECT 1 FROM up WHERE code = $2`,
  z.object({ '?column?': z.literal(1) }),
);

/** The implementing agency of the procedure $1 (none for some province-wide procedures). */
export const PROCEDURE_AGENCY = defineQuery(
  'procedureAgency',
  'SELECT agency_id AS "agencyId" FROM procedure_ref WHERE code = $1',
  z.object({ agencyId: z.uuid().nullable() }),
);

/** The statutory working days of the procedure $1. */
export const PROCEDURE_PROCESSING_DAYS = defineQuery(
  'procedureProcessingDays',
  'SELECT processing_days AS days FROM procedure_ref WHERE code = $1',
  z.object({ days: z.int().min(0) }),
);
