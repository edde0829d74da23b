import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { AgencyKind } from './agency.entity';
import { AgencyOrder } from './agency.inputs';

const COLUMNS = `id, code, name, short_name AS "shortName", kind, parent_id AS "parentId", unit_code AS "unitCode",
  to_char(established_on, 'YYYY-MM-DD') AS "establishedOn", to_char(dissolved_on, 'YYYY-MM-DD') AS "dissolvedOn"`;

/** A row of an agency's columns, for the queries of other features that read agencies. */
export const AGENCY_ROW = z.object({
  id: z.guid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(AgencyKind),
  parentId: z.guid().nullable(),
  unitCode: z.string(),
  establishedOn: z.iso.date().nullable(),
  dissolvedOn: z.iso.date().nullable(),
});

/** Agencies by id ($1 uuid[]). */
export const AGENCIES_BY_IDS = defineQuery('agenciesByIds', `SELECT ${COLUMNS} FROM agency WHERE id = ANY($1::uuid[])`, AGENCY_ROW);

/** $1 kind, $2 unit, $3 parent, $4 folded search pattern, $5 a day the agency existed on; each ignored when null. */
const WHERE = `($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR unit_code = $2)
      AND ($3::uuid IS NULL OR parent_id = $3) AND ($4::text IS NULL OR search_key LIKE $4)
      AND ($5::date IS NULL OR ((established_on IS NULL OR established_on <= $5) AND (dissolved_on IS NULL OR dissolved_on >= $5)))`;

/** How many agencies match the list filter ($1–$5). */
export const AGENCY_COUNT = defineQuery('agencyCount', `SELECT count(*)::int AS total FROM agency WHERE ${WHERE}`, z.object({ total: z.number().int() }));

const SORT_COLUMN: Record<AgencyOrder, string> = { [AgencyOrder.NAME]: 'name', [AgencyOrder.CODE]: 'code' };

const page = (order: AgencyOrder) => {
  const sort = SORT_COLUMN[order];
  return defineQuery(
    `agencyPage(${order})`,
    `SELECT ${COLUMNS} FROM agency WHERE ${WHERE} AND ($6::text IS NULL OR (${sort}, id) > ($6::text, $7::uuid))
       ORDER BY ${sort}, id LIMIT $8`,
    AGENCY_ROW,
  );
};

/** One keyset page of the list filter ($1–$5) in each order, after cursor $6/$7 (sort key, id), $8 rows at most. */
export const AGENCY_PAGE: Record<AgencyOrder, ReturnType<typeof page>> = {
  [AgencyOrder.NAME]: page(AgencyOrder.NAME),
  [AgencyOrder.CODE]: page(AgencyOrder.CODE),
};

/**
 * The People's Committee of each unit version $1 (its key), given as code $2, first day $3 and last day $4
 * (arrays): the committee of that code whose life overlaps the version's.
 */
export const PEOPLES_COMMITTEES_OF_VERSIONS = defineQuery(
  'peoplesCommitteesOfVersions',
  `SELECT k.key, a.* FROM unnest($1::text[], $2::text[], $3::date[], $4::date[]) AS k(key, ucode, vfrom, vto)
           CROSS JOIN LATERAL (
             SELECT ${COLUMNS} FROM agency
             WHERE unit_code = k.ucode AND kind IN ('PROVINCIAL_PEOPLES_COMMITTEE','DISTRICT_PEOPLES_COMMITTEE','COMMUNE_PEOPLES_COMMITTEE')
               AND (established_on IS NULL OR k.vto IS NULL OR established_on <= k.vto)
               AND (dissolved_on IS NULL OR k.vfrom IS NULL OR dissolved_on >= k.vfrom)
             ORDER BY dissolved_on DESC NULLS FIRST LIMIT 1) a`,
  AGENCY_ROW.extend({ key: z.string() }),
);

/** Every name of the agencies in $1 (uuid[]), oldest first. */
export const AGENCY_NAMES = defineQuery(
  'agencyNames',
  `SELECT agency_id AS "agencyId", name, short_name AS "shortName", to_char(valid_from, 'YYYY-MM-DD') AS "validFrom",
                  to_char(valid_to, 'YYYY-MM-DD') AS "validTo", confirmed, note
           FROM agency_name WHERE agency_id = ANY($1::uuid[]) ORDER BY agency_id, valid_from NULLS FIRST`,
  z.object({
    agencyId: z.guid(),
    name: z.string(),
    shortName: z.string().nullable(),
    validFrom: z.iso.date().nullable(),
    validTo: z.iso.date().nullable(),
    confirmed: z.boolean(),
    note: z.string().nullable(),
  }),
);
