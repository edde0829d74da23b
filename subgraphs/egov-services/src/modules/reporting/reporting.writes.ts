import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { DOCUMENT_EXCHANGE_BY_KEY, DOCUMENT_EXCHANGE_COLUMNS, SECTOR_STATISTIC_BY_KEY, SECTOR_STATISTIC_COLUMNS } from './reporting.queries';

/*
 * The reported figures are upserts keyed by what they report on; the rows they return are those of
 * the reads, so the audit row's before and after have one shape.
 */

/** Indicator $1, year $2, reporting agency $3: numerator $4 of denominator $5. */
export const UPSERT_SECTOR_STATISTIC = defineQuery(
  'upsertSectorStatistic',
  `INSERT INTO sector_statistic (indicator, year, reporting_agency_id, numerator, denominator) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (indicator, year, reporting_agency_id) DO UPDATE SET numerator = excluded.numerator, denominator = excluded.denominator
         RETURNING ${SECTOR_STATISTIC_COLUMNS}`,
  SECTOR_STATISTIC_BY_KEY.row,
);

/** Agency $1, month $2, direction $3, confidentiality $4: $5 documents sent electronically, $6 on paper. */
export const UPSERT_DOCUMENT_EXCHANGE = defineQuery(
  'upsertDocumentExchange',
  `INSERT INTO document_exchange (agency_id, month, direction, confidential, electronic, paper) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (agency_id, month, direction, confidential) DO UPDATE SET electronic = excluded.electronic, paper = excluded.paper
         RETURNING ${DOCUMENT_EXCHANGE_COLUMNS}`,
  DOCUMENT_EXCHANGE_BY_KEY.row,
);

/** The online service of procedure $1, launched on $2 (kept once launched), fully online $3. Returns no rows. */
export const UPSERT_ONLINE_SERVICE = defineQuery(
  'upsertOnlineService',
  `INSERT INTO online_service (procedure_code, launched_on, fully_online) VALUES ($1, $2, $3)
         ON CONFLICT (procedure_code) DO UPDATE SET fully_online = excluded.fully_online`,
  z.never(),
);

/** The level $3 of the online service of procedure $1 from day $2. Returns no rows. */
export const UPSERT_ONLINE_SERVICE_LEVEL = defineQuery(
  'upsertOnlineServiceLevel',
  `INSERT INTO online_service_level (procedure_code, since, level) VALUES ($1, $2, $3)
         ON CONFLICT (procedure_code, since) DO UPDATE SET level = excluded.level`,
  z.never(),
);
