import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { UnitKind, UnitLevel } from './administrative-unit.entity';

/** A version's id (see `AdministrativeUnit.id`): its code and first day, which a reseed keeps, unlike the serial. */
const VERSION_ID = `code || '@' || coalesce(to_char(valid_from, 'YYYY-MM-DD'), 'origin')`;

const COLUMNS = `${VERSION_ID} AS id, code, name, full_name AS "fullName", name_en AS "nameEn", kind, level, parent_code AS "parentCode",
  to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo", successor_code AS "successorCode", change_note AS "changeNote",
  change_confirmed AS "changeConfirmed"`;

/** Versions in force on $2 (a NULL bound means open-ended). */
const IN_FORCE = `(valid_from IS NULL OR valid_from <= $2::date) AND (valid_to IS NULL OR valid_to >= $2::date)`;

const UNIT_ROW = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  nameEn: z.string().nullable(),
  kind: z.enum(UnitKind),
  level: z.enum(UnitLevel),
  parentCode: z.string().nullable(),
  validFrom: z.iso.date().nullable(),
  validTo: z.iso.date().nullable(),
  successorCode: z.string().nullable(),
  changeNote: z.string().nullable(),
  changeConfirmed: z.boolean(),
});

/** For each code in $1 (text[]), the version in force on $2, else its last version. */
export const UNITS_BY_CODE_AS_OF = defineQuery(
  'unitsByCodeAsOf',
  `SELECT DISTINCT ON (code) ${COLUMNS} FROM unit_version WHERE code = ANY($1::text[])
           ORDER BY code, (${IN_FORCE}) DESC, valid_from DESC NULLS LAST`,
  UNIT_ROW,
);

/** Units in force on $2, of level $1 and under parent $3 when given. */
export const UNITS_IN_FORCE = defineQuery(
  'unitsInForce',
  `SELECT ${COLUMNS} FROM unit_version WHERE ${IN_FORCE}
         AND ($1::text IS NULL OR level = $1) AND ($3::text IS NULL OR parent_code = $3)
       ORDER BY CASE level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 ELSE 2 END, code::int`,
  UNIT_ROW,
);

/** The children in force on $2 of the parents in $1 (text[]). */
export const CHILDREN_IN_FORCE = defineQuery(
  'unitChildrenInForce',
  `SELECT ${COLUMNS} FROM unit_version WHERE parent_code = ANY($1::text[]) AND ${IN_FORCE} ORDER BY code::int`,
  UNIT_ROW.extend({ parentCode: z.string() }),
);
