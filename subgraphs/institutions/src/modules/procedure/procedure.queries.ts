import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { UnitLevel } from '../administrative-unit/administrative-unit.entity';
import { IMPACT_ASSESSED_BEFORE_ISSUE } from './impact-assessment.sql';

const PROCEDURE_COLUMNS = `p.code, p.name, s.name AS sector, p.sector_code AS "sectorCode", p.level,
  p.processing_days AS "processingDays", p.fee::text AS fee,
  (p.disclosed_on IS NOT NULL AND p.disclosed_on <= current_date) AS "publiclyDisclosed",
  to_char(p.disclosed_on, 'YYYY-MM-DD') AS "disclosedOn", ${IMPACT_ASSESSED_BEFORE_ISSUE} AS "impactAssessed", p.interconnected,
  to_char(p.issued_on, 'YYYY-MM-DD') AS "issuedOn", to_char(p.abolished_on, 'YYYY-MM-DD') AS "abolishedOn",
  p.version, p.implementing_agency_id AS "implementingAgencyId"`;
const FROM = 'administrative_procedure p JOIN procedure_sector s ON s.code = p.sector_code';

const PROCEDURE_ROW = z.object({
  code: z.string(),
  name: z.string(),
  sector: z.string(),
  sectorCode: z.string(),
  level: z.enum(UnitLevel),
  processingDays: z.number().int(),
  // bigint, as its decimal text: no precision lost on the way.
  fee: z.string().regex(/^\d+$/).nullable(),
  publiclyDisclosed: z.boolean(),
  disclosedOn: z.iso.date().nullable(),
  impactAssessed: z.boolean(),
  interconnected: z.boolean(),
  issuedOn: z.iso.date(),
  abolishedOn: z.iso.date().nullable(),
  version: z.number().int(),
  implementingAgencyId: z.guid().nullable(),
});

/** Procedures by code ($1 text[]). */
export const PROCEDURES_BY_CODES = defineQuery('proceduresByCodes', `SELECT ${PROCEDURE_COLUMNS} FROM ${FROM} WHERE p.code = ANY($1::text[])`, PROCEDURE_ROW);

/** $1 folded search pattern, $2 level, $3 sector code or name, $4 implementing agency; each ignored when null. */
const WHERE = `($1::text IS NULL OR p.search_key LIKE $1) AND ($2::text IS NULL OR p.level = $2)
      AND ($3::text IS NULL OR p.sector_code = $3 OR s.name_key = vn_fold($3))
      AND ($4::uuid IS NULL OR p.implementing_agency_id = $4)`;

/** How many procedures match the list filter ($1–$4). */
export const PROCEDURE_COUNT = defineQuery(
  'procedureCount',
  `SELECT count(*)::int AS total FROM ${FROM} WHERE ${WHERE}`,
  z.object({ total: z.number().int() }),
);

/** One page of the list filter ($1–$4) by code, after code $5, $6 rows at most. */
export const PROCEDURE_PAGE = defineQuery(
  'procedurePage',
  `SELECT ${PROCEDURE_COLUMNS} FROM ${FROM} WHERE ${WHERE} AND ($5::text IS NULL OR p.code > $5) ORDER BY p.code LIMIT $6`,
  PROCEDURE_ROW,
);

/** The simplifications of the procedures in $1 (text[]), oldest first. */
export const SIMPLIFICATIONS_OF_PROCEDURES = defineQuery(
  'simplificationsOfProcedures',
  `SELECT procedure_code AS "procedureCode", to_char(decided_on, 'YYYY-MM-DD') AS "decidedOn",
                  days_before AS "daysBefore", days_after AS "daysAfter", note
           FROM procedure_simplification WHERE procedure_code = ANY($1::text[]) ORDER BY decided_on, id`,
  z.object({ procedureCode: z.string(), decidedOn: z.iso.date(), daysBefore: z.number().int(), daysAfter: z.number().int(), note: z.string() }),
);

/** A row when sector $1 exists. */
export const SECTOR_EXISTS = defineQuery('sectorExists', 'SELECT 1 FROM procedure_sector WHERE code = $1', z.object({ '?column?': z.literal(1) }));
