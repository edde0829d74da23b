import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { DocumentDirection, SectorIndicator } from './reporting.enums';

/** A sector statistic as its reads and its upsert return it. */
export const SECTOR_STATISTIC_COLUMNS = `indicator, year::int, reporting_agency_id::text AS "reportingAgencyId", numerator, denominator,
        round(100.0 * numerator / nullif(denominator, 0), 2)::float8 AS rate`;

/** The sector statistic of indicator $1, year $2 and reporting agency $3, if reported. */
export const SECTOR_STATISTIC_BY_KEY = defineQuery(
  'sectorStatisticByKey',
  `SELECT ${SECTOR_STATISTIC_COLUMNS} FROM sector_statistic WHERE indicator = $1 AND year = $2 AND reporting_agency_id = $3`,
  z.object({
    indicator: z.enum(SectorIndicator),
    year: z.int(),
    reportingAgencyId: z.uuid(),
    numerator: z.int().min(0),
    denominator: z.int().min(0),
    rate: z.number().min(0).max(100).nullable(),
  }),
);

/** A month's document exchange as its reads and its upsert return it. */
export const DOCUMENT_EXCHANGE_COLUMNS = `agency_id::text AS "agencyId", to_char(month, 'YYYY-MM-DD') AS month, direction, confidential, electronic, paper`;

/** The documents of agency $1, month $2, direction $3 and confidentiality $4, if reported. */
export const DOCUMENT_EXCHANGE_BY_KEY = defineQuery(
  'documentExchangeByKey',
  `SELECT ${DOCUMENT_EXCHANGE_COLUMNS} FROM document_exchange WHERE agency_id = $1 AND month = $2 AND direction = $3 AND confidential = $4`,
  z.object({
    agencyId: z.uuid(),
    month: z.iso.date(),
    direction: z.enum(DocumentDirection),
    confidential: z.boolean(),
    electronic: z.int().min(0),
    paper: z.int().min(0),
  }),
);

/** The online service of the procedure $1 with its levels, oldest first: what the audit log keeps of it. */
export const ONLINE_SERVICE_STATE = defineQuery(
  'onlineServiceState',
  `SELECT o.procedure_code AS code, to_char(o.launched_on, 'YYYY-MM-DD') AS "launchedOn", o.fully_online AS "fullyOnline",
          (SELECT json_agg(json_build_object('level', l.level, 'since', to_char(l.since, 'YYYY-MM-DD')) ORDER BY l.since) FROM online_service_level l WHERE l.procedure_code = o.procedure_code) AS levels
        FROM online_service o WHERE o.procedure_code = $1`,
  z.object({
    code: z.string().min(1),
    launchedOn: z.iso.date(),
    fullyOnline: z.boolean(),
    // json_agg of no levels is null.
    levels: z.array(z.object({ level: z.int().min(1).max(4), since: z.iso.date() })).nullable(),
  }),
);
