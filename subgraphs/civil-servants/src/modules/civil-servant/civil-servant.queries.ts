import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { Gender, LeaveReason, PoliticalTheoryLevel, Qualification, RankKind, StaffCategory, StateManagementLevel } from './civil-servant.enums';

/** Columns of a record without personal data; `birthYear` is derived so the full date never leaves the PII path. */
const CS_COLUMNS = `cs.id, cs.full_name AS "fullName", cs.gender, extract(year FROM cs.date_of_birth)::int AS "birthYear",
  cs.category, cs.agency_id AS "agencyId", cs.unit_code AS "unitCode", cs.job_position_id AS "jobPositionId",
  cs.rank_code AS "rankCode", cs.qualification, cs.specialisation_fits AS "specialisationFits",
  cs.political_theory_level AS "politicalTheoryLevel", cs.state_management_level AS "stateManagementLevel",
  cs.management_post AS "managementPost", to_char(cs.post_appointed_on, 'YYYY-MM-DD') AS "postAppointedOn",
  to_char(cs.hired_on, 'YYYY-MM-DD') AS "hiredOn", to_char(cs.left_on, 'YYYY-MM-DD') AS "leftOn", cs.leave_reason AS "leaveReason",
  (cs.hired_on <= current_date AND (cs.left_on IS NULL OR cs.left_on > current_date)) AS active,
  (cs.electronic_record_on IS NOT NULL AND cs.electronic_record_on <= current_date) AS "electronicRecord",
  to_char(cs.electronic_record_on, 'YYYY-MM-DD') AS "electronicRecordOn", cs.version, cs.search_key AS "sortKey"`;

const isoDate = z.iso.date();

/** A row of `CS_COLUMNS`. */
const CS_ROW = z.object({
  id: z.guid(),
  fullName: z.string(),
  gender: z.enum(Gender),
  birthYear: z.number().int(),
  category: z.enum(StaffCategory),
  agencyId: z.guid(),
  unitCode: z.string(),
  jobPositionId: z.guid().nullable(),
  rankCode: z.string().nullable(),
  qualification: z.enum(Qualification),
  specialisationFits: z.boolean(),
  politicalTheoryLevel: z.enum(PoliticalTheoryLevel).nullable(),
  stateManagementLevel: z.enum(StateManagementLevel).nullable(),
  managementPost: z.string().nullable(),
  postAppointedOn: isoDate.nullable(),
  hiredOn: isoDate,
  leftOn: isoDate.nullable(),
  leaveReason: z.enum(LeaveReason).nullable(),
  active: z.boolean(),
  electronicRecord: z.boolean(),
  electronicRecordOn: isoDate.nullable(),
  version: z.number().int(),
  sortKey: z.string(),
});

/** Records by id ($1 uuid[]). */
export const CIVIL_SERVANTS_BY_IDS = defineQuery('civilServantsByIds', `SELECT ${CS_COLUMNS} FROM civil_servant cs WHERE cs.id = ANY($1::uuid[])`, CS_ROW);

const LIST_WHERE = `($1::text IS NULL OR cs.search_key LIKE $1)
      AND ($2::uuid IS NULL OR cs.agency_id = $2)
      AND ($3::text[] IS NULL OR cs.category = ANY($3))
      AND ($4::text[] IS NULL OR cs.qualification = ANY($4))
      AND ($5::boolean IS NULL OR $5 = (cs.hired_on <= current_date AND (cs.left_on IS NULL OR cs.left_on > current_date)))
      AND ($6::text IS NULL OR cs.unit_code IN (
        WITH RECURSIVE sub(code) AS (SELECT $6::text UNION SELECT u.code FROM unit_ref u JOIN sub ON u.parent_code = sub.code)
        SELECT code FROM sub))`;

const listPage = (name: string, sort: string, cast: string) =>
  defineQuery(
    name,
    `WITH counted AS (SELECT count(*)::int AS total FROM civil_servant cs WHERE ${LIST_WHERE})
       SELECT c.total, p.* FROM counted c LEFT JOIN LATERAL (
         SELECT ${CS_COLUMNS} FROM civil_servant cs
          WHERE ${LIST_WHERE} AND ($7::${cast} IS NULL OR (${sort}, cs.id) > ($7::${cast}, $8::uuid))
          ORDER BY ${sort}, cs.id LIMIT $9) p ON true`,
    // A lateral join keeps the count when the page is empty: then one row whose record columns are null.
    z.union([CS_ROW.extend({ total: z.number().int() }), z.object({ total: z.number().int(), id: z.null() })]),
  );

/**
 * One keyset page and the filter's total in one statement: $1 folded search pattern, $2 agency, $3 categories,
 * $4 qualifications, $5 active, $6 unit (with its sub-units), $7/$8 the cursor (sort key, id), $9 the limit.
 */
export const CIVIL_SERVANT_PAGE_BY_NAME = listPage('civilServantPageByName', 'cs.search_key', 'text');
export const CIVIL_SERVANT_PAGE_BY_HIRED_ON = listPage('civilServantPageByHiredOn', 'cs.hired_on', 'date');

/** The same page of every agency in $1 (uuid[]), after cursor $2/$3 (sort key, id), $4 rows at most, with each agency's total. */
export const CIVIL_SERVANT_PAGES_OF_AGENCIES = defineQuery(
  'civilServantPagesOfAgencies',
  `WITH totals AS (SELECT a.id AS key, count(cs.id)::int AS total FROM unnest($1::uuid[]) AS a(id)
                             LEFT JOIN civil_servant cs ON cs.agency_id = a.id GROUP BY a.id),
           ranked AS (SELECT ${CS_COLUMNS}, row_number() OVER (PARTITION BY cs.agency_id ORDER BY cs.search_key, cs.id)::int AS rn
                        FROM civil_servant cs
                       WHERE cs.agency_id = ANY($1::uuid[]) AND ($2::text IS NULL OR (cs.search_key, cs.id) > ($2::text, $3::uuid)))
           SELECT t.key, t.total, r.* FROM totals t LEFT JOIN ranked r ON r."agencyId" = t.key AND r.rn <= $4
            ORDER BY t.key, r.rn`,
  // An agency with no record on the page still has its row, with the record columns null.
  z.union([
    CS_ROW.extend({ key: z.guid(), total: z.number().int(), rn: z.number().int() }),
    z.object({ key: z.guid(), total: z.number().int(), id: z.null() }),
  ]),
);

/** Ranks and titles of the catalogue by code ($1 text[]). */
export const RANKS_BY_CODES = defineQuery(
  'ranksByCodes',
  'SELECT code, name, kind, grade, min_qualification AS "minQualification" FROM rank WHERE code = ANY($1::text[])',
  z.object({ code: z.string(), name: z.string(), kind: z.enum(RankKind), grade: z.number().int().nullable(), minQualification: z.enum(Qualification) }),
);

/** Personal data of the records in $1 (uuid[]); every read is audited by the caller. */
export const PERSONAL_DATA_BY_IDS = defineQuery(
  'personalDataByIds',
  `SELECT id, to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", national_id_number AS "nationalIdNumber", phone, email
             FROM civil_servant WHERE id = ANY($1::uuid[])`,
  z.object({ id: z.guid(), dateOfBirth: isoDate, nationalIdNumber: z.string().regex(/^\d{12}$/), phone: z.string().nullable(), email: z.string().nullable() }),
);

/** A row when rank or title $1 is in the catalogue. */
export const RANK_EXISTS = defineQuery('rankExists', 'SELECT 1 FROM rank WHERE code = $1', z.object({ '?column?': z.literal(1) }));
