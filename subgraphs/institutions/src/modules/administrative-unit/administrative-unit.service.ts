import { byKeys, groupByKeys, sqlRows, type HubContext } from '@par/platform';
import type { AdministrativeUnit } from './administrative-unit.type';

/** A version's id (see `AdministrativeUnit.id`): its code and first day, which a reseed keeps, unlike the serial. */
const VERSION_ID = `code || '@' || coalesce(to_char(valid_from, 'YYYY-MM-DD'), 'origin')`;

const COLUMNS = `${VERSION_ID} AS id, code, name, full_name AS "fullName", name_en AS "nameEn", kind, level, parent_code AS "parentCode",
  to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo", successor_code AS "successorCode", change_note AS "changeNote",
  change_confirmed AS "changeConfirmed"`;

/** Versions in force on $2 (a NULL bound means open-ended). */
const IN_FORCE = `(valid_from IS NULL OR valid_from <= $2::date) AND (valid_to IS NULL OR valid_to >= $2::date)`;

const today = () => new Date().toISOString().slice(0, 10);

/** Units as in force on a date; every lookup of a request is batched per date. */
export class UnitService {
  constructor(private readonly ctx: HubContext) {}

  /** The unit as in force on `asOf`, or its last version when it no longer exists then. */
  byCode(code: string, asOf?: string | null): Promise<AdministrativeUnit | null> {
    const date = asOf ?? today();
    return this.ctx.loaders
      .get<string, AdministrativeUnit | null>(`unit.byCode:${date}`, async (codes) => {
        const rows = await sqlRows<AdministrativeUnit>(
          this.ctx.em,
          `SELECT DISTINCT ON (code) ${COLUMNS} FROM unit_version WHERE code = ANY($1::text[])
           ORDER BY code, (${IN_FORCE}) DESC, valid_from DESC NULLS LAST`,
          [codes, date],
        );
        return byKeys(codes, rows, (r) => r.code);
      })
      .load(code);
  }

  /** Units in force on `asOf`, optionally of one level and/or under one parent; a small list, so not paged. */
  list(filter: { level?: string | null; parentCode?: string | null; asOf?: string | null }): Promise<AdministrativeUnit[]> {
    return sqlRows<AdministrativeUnit>(
      this.ctx.em,
      `SELECT ${COLUMNS} FROM unit_version WHERE ${IN_FORCE}
         AND ($1::text IS NULL OR level = $1) AND ($3::text IS NULL OR parent_code = $3)
       ORDER BY CASE level WHEN 'PROVINCE' THEN 0 WHEN 'DISTRICT' THEN 1 ELSE 2 END, code::int`,
      [filter.level ?? null, filter.asOf ?? today(), filter.parentCode ?? null],
    );
  }

  current(code: string): Promise<AdministrativeUnit | null> {
    return this.byCode(code, null);
  }

  /** Children in force on `asOf` for every parent asked in this request, in one query. */
  children(parentCode: string, asOf?: string | null): Promise<AdministrativeUnit[]> {
    const date = asOf ?? today();
    return this.ctx.loaders
      .get<string, AdministrativeUnit[]>(`unit.children:${date}`, async (codes) => {
        const rows = await sqlRows<AdministrativeUnit>(
          this.ctx.em,
          `SELECT ${COLUMNS} FROM unit_version WHERE parent_code = ANY($1::text[]) AND ${IN_FORCE} ORDER BY code::int`,
          [codes, date],
        );
        return groupByKeys(codes, rows, (r) => r.parentCode!);
      })
      .load(parentCode);
  }
}
