import { copyRows, type SeedContext } from '@par/platform';
import { agencies, unitVersions } from '@par/sample-data';

/**
 * Institutions' sample data: the real unit lists and the shared agency catalogue. These do not
 * grow with scale: a province has the units and agencies it has.
 */
export async function seedInstitutions({ client, progress }: SeedContext): Promise<void> {
  await client.query('TRUNCATE agency, unit_version RESTART IDENTITY CASCADE');
  const units = unitVersions();
  await copyRows(
    client,
    'unit_version',
    ['code', 'name', 'full_name', 'name_en', 'kind', 'level', 'parent_code', 'valid_from', 'valid_to', 'successor_code', 'change_note'],
    units.map((u) => [u.code, u.name, u.fullName, u.nameEn, u.kind, u.level, u.parentCode, u.validFrom, u.validTo, u.successorCode, u.changeNote]),
  );
  progress('units', units.length, units.length);
  // Parents before children, so the foreign key holds row by row.
  const list = agencies();
  const byCode = new Map(list.map((a) => [a.code, a]));
  const depth = (code: string | null): number => (code ? 1 + depth(byCode.get(code)?.parentCode ?? null) : 0);
  const ordered = [...list].sort((a, b) => depth(a.parentCode) - depth(b.parentCode));
  await copyRows(
    client,
    'agency',
    ['id', 'code', 'name', 'short_name', 'kind', 'parent_id', 'unit_code', 'established_on', 'dissolved_on'],
    ordered.map((a) => [a.id, a.code, a.name, a.shortName ?? null, a.kind, a.parentCode ? byCode.get(a.parentCode)!.id : null, a.unitCode, a.establishedOn, a.dissolvedOn]),
  );
  progress('agencies', list.length, list.length);
}
