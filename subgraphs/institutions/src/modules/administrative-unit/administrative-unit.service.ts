import { byKeys, groupByKeys, queryRows, type HubContext } from '@par/platform';
import { CHILDREN_IN_FORCE, UNITS_BY_CODE_AS_OF, UNITS_IN_FORCE } from './administrative-unit.queries';
import type { AdministrativeUnit } from './administrative-unit.type';

const today = () => new Date().toISOString().slice(0, 10);

/** Units as in force on a date; every lookup of a request is batched per date. */
export class UnitService {
  constructor(private readonly ctx: HubContext) {}

  /** The unit as in force on `asOf`, or its last version when it no longer exists then. */
  byCode(code: string, asOf?: string | null): Promise<AdministrativeUnit | null> {
    const date = asOf ?? today();
    return this.ctx.loaders
      .get<string, AdministrativeUnit | null>(`unit.byCode:${date}`, async (codes) => {
        const rows = await queryRows(this.ctx.em, UNITS_BY_CODE_AS_OF, [codes, date]);
        return byKeys(codes, rows, (r) => r.code);
      })
      .load(code);
  }

  /** Units in force on `asOf`, optionally of one level and/or under one parent; a small list, so not paged. */
  list(filter: { level?: string | null; parentCode?: string | null; asOf?: string | null }): Promise<AdministrativeUnit[]> {
    return queryRows(this.ctx.em, UNITS_IN_FORCE, [filter.level ?? null, filter.asOf ?? today(), filter.parentCode ?? null]);
  }

  current(code: string): Promise<AdministrativeUnit | null> {
    return this.byCode(code, null);
  }

  /** Children in force on `asOf` for every parent asked in this request, in one query. */
  children(parentCode: string, asOf?: string | null): Promise<AdministrativeUnit[]> {
    const date = asOf ?? today();
    return this.ctx.loaders
      .get<string, AdministrativeUnit[]>(`unit.children:${date}`, async (codes) => {
        const rows = await queryRows(this.ctx.em, CHILDREN_IN_FORCE, [codes, date]);
        return groupByKeys(codes, rows, (r) => r.parentCode);
      })
      .load(parentCode);
  }
}
