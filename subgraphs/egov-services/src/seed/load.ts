import { copyRows, withIndexesDeferred, type CopyValue, type SeedContext } from '@par/platform';
import { CALENDAR_ENTRIES } from '../modules/calendar/calendar.queries';
import { WorkingCalendar } from '../modules/calendar/working-calendar';
import type { SeedCatalogue, SeedRandom } from './catalogue';
import { DOSSIER_COLUMNS, DOSSIERS_PER_YEAR, generateDossiers, SUPPLEMENT_COLUMNS } from './dossiers';
import { generateDocumentExchange, generateIsoCertifications, generateOnlineServices, generateSectorStatistics, generateSurveys } from './indicators';

const TABLES = 'supplement_request, dossier, online_service_level, online_service, satisfaction_survey, document_exchange, sector_statistic, iso_certification, procedure_ref, agency_ref, unit_ref, unit_version_ref';

/**
 * Replaces all e-government data with data generated from `catalogue`: reference copies first,
 * then each area from its own random stream, so changing one area leaves the others as they were.
 */
export async function seedFromCatalogue(
  ctx: SeedContext,
  catalogue: SeedCatalogue,
  random: (area: string) => SeedRandom,
  applicantName: (enterprise: boolean) => string,
): Promise<void> {
  const { client, scale, years, progress } = ctx;
  await client.query(`TRUNCATE ${TABLES} RESTART IDENTITY`);
  await copyRows(client, 'unit_ref', ['code', 'parent_code', 'level'], catalogue.units.map((u) => [u.code, u.parentCode, u.level]));
  await copyRows(
    client,
    'unit_version_ref',
    ['code', 'valid_from', 'valid_to', 'parent_code', 'level', 'successor_code'],
    (catalogue.unitVersions ?? []).map((u) => [u.code, u.validFrom, u.validTo, u.parentCode, u.level, u.successorCode]),
  );
  await copyRows(client, 'agency_ref', ['id', 'kind', 'parent_id', 'unit_code', 'psu_sector'], catalogue.agencies.map((a) => [a.id, a.kind, a.parentId, a.unitCode, a.psuSector]));
  await copyRows(
    client,
    'procedure_ref',
    ['code', 'sector', 'level', 'processing_days', 'kind', 'agency_id'],
    catalogue.procedures.map((p) => [p.code, p.sector, p.level, p.processingDays, p.kind, p.agencyId]),
  );
  progress('reference', 1, 1);

  const online = generateOnlineServices(random('online-services'), catalogue);
  await copyRows(client, 'online_service', ['procedure_code', 'launched_on', 'fully_online'], online.services);
  await copyRows(client, 'online_service_level', ['procedure_code', 'since', 'level'], online.levels);

  // The calendar is not sample data: the migrations load it and editors keep it; the seed only reads it.
  const calendar = new WorkingCalendar((await client.query(CALENDAR_ENTRIES.sql)).rows.map((r) => CALENDAR_ENTRIES.row.parse(r)));
  const supplements: CopyValue[][] = [];
  const expected = Math.round(DOSSIERS_PER_YEAR * scale * (years[1] - years[0] + 1));
  function* counted(rows: Iterable<CopyValue[]>) {
    let n = 0;
    for (const row of rows) {
      if (++n % 50_000 === 0) progress('dossiers', n, Math.max(n, expected));
      yield row;
    }
  }
  // Each seeded year in its own partition (Migration20261202100000), not in the default one.
  await client.query('SELECT dossier_add_year_partitions($1::int, $2::int)', years);
  const dossiers = await withIndexesDeferred(client, 'dossier', () =>
    copyRows(client, 'dossier', DOSSIER_COLUMNS, counted(generateDossiers(random('dossiers'), catalogue, years, scale, supplements, applicantName, calendar))),
  );
  await withIndexesDeferred(client, 'supplement_request', () => copyRows(client, 'supplement_request', SUPPLEMENT_COLUMNS, supplements));
  progress('dossiers', dossiers, dossiers);

  await copyRows(
    client,
    'satisfaction_survey',
    ['agency_id', 'year', 'kind', 'responses', 'satisfied', 'access_index', 'procedure_index', 'civil_servant_index', 'result_index', 'feedback_index'],
    generateSurveys(random('surveys'), catalogue, years),
  );
  await copyRows(client, 'document_exchange', ['agency_id', 'month', 'direction', 'confidential', 'electronic', 'paper'], generateDocumentExchange(random('documents'), catalogue, years));
  await copyRows(client, 'sector_statistic', ['indicator', 'year', 'reporting_agency_id', 'numerator', 'denominator'], generateSectorStatistics(random('sector'), catalogue, years));
  await copyRows(client, 'iso_certification', ['agency_id', 'standard', 'certified_on', 'expires_on', 'certifier'], generateIsoCertifications(random('iso'), catalogue));
  progress('indicators', 1, 1);
}
