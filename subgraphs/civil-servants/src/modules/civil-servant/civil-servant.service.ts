import { assertUnitCode, assertUuidArg, audit, badInput, byKeys, decodeCursor, foldSearch, groupByKeys, isIsoDate, isUuid, likeContains, pageSize, queryRows, toConnection, type ConnectionShape, type HubContext, type RowOf } from '@par/platform';
import { CivilServantOrder, type CivilServantFilter } from './civil-servant.inputs';
import {
  CIVIL_SERVANT_PAGE_BY_HIRED_ON, CIVIL_SERVANT_PAGE_BY_NAME, CIVIL_SERVANT_PAGES_OF_AGENCIES, CIVIL_SERVANTS_BY_IDS, PERSONAL_DATA_BY_IDS, RANKS_BY_CODES,
} from './civil-servant.queries';
import type { CivilServant, PersonalData, Rank } from './civil-servant.type';

/** A record as read, with the folded name that orders the pages. */
type Row = RowOf<typeof CIVIL_SERVANTS_BY_IDS>;
const toNode = ({ sortKey: _s, ...r }: Row): CivilServant => ({ ...r, agency: { id: r.agencyId } });

export class CivilServantService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<CivilServant | null> {
    return this.ctx.loaders
      .get<string, CivilServant | null>('civilServant.byId', async (ids) => {
        const valid = ids.filter((id) => isUuid(id));
        const rows = await queryRows(this.ctx.em, CIVIL_SERVANTS_BY_IDS, [valid]);
        return byKeys(ids, rows.map(toNode), (r) => r.id);
      })
      .load(id.toLowerCase());
  }

  /** One keyset page sorted by `order` then id. */
  async list(filter: CivilServantFilter | null | undefined, first: number, after: string | null | undefined, order = CivilServantOrder.NAME): Promise<ConnectionShape<CivilServant>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const byDate = order === CivilServantOrder.HIRED_ON;
    if (cursor && (typeof cursor[0] !== 'string' || typeof cursor[1] !== 'string' || !isUuid(cursor[1]) || (byDate && !isIsoDate(cursor[0])))) {
      throw badInput('after', 'is not a cursor returned by this connection');
    }
    const search = filter?.search?.trim() ? likeContains(foldSearch(filter.search)) : null;
    if (search && search.length > 200) throw badInput('filter.search', 'at most 200 characters');
    const params: unknown[] = [
      search,
      filter?.agencyId == null ? null : assertUuidArg(filter.agencyId, 'filter.agencyId'),
      filter?.categories?.length ? filter.categories : null,
      filter?.qualifications?.length ? filter.qualifications : null,
      filter?.active ?? null,
      filter?.unitCode == null ? null : assertUnitCode(filter.unitCode, 'filter.unitCode'),
    ];
    // One statement: the filter's total and the page (a lateral join keeps the count when the page is empty).
    const rows = await queryRows(this.ctx.em, byDate ? CIVIL_SERVANT_PAGE_BY_HIRED_ON : CIVIL_SERVANT_PAGE_BY_NAME, [
      ...params, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1,
    ]);
    const total = rows[0]?.total ?? 0;
    const page = rows.filter((r) => r.id !== null).map(({ total: _t, ...r }) => r);
    return toConnection(page, limit, total, (r) => [byDate ? r.hiredOn : r.sortKey, r.id], Boolean(cursor), toNode);
  }

  /**
   * `Agency.civilServants`: the same page of every agency of a request in one statement (a window
   * per agency), so a list of agencies never costs a query each.
   */
  ofAgency(agencyId: string, first: number, after: string | null | undefined): Promise<ConnectionShape<CivilServant>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || typeof cursor[1] !== 'string' || !isUuid(cursor[1]))) {
      throw badInput('after', 'is not a cursor returned by this connection');
    }
    return this.ctx.loaders
      .get<string, ConnectionShape<CivilServant>>(`civilServant.byAgency|${limit}|${after ?? ''}`, async (ids) => {
        const rows = await queryRows(this.ctx.em, CIVIL_SERVANT_PAGES_OF_AGENCIES, [ids, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1]);
        return groupByKeys(ids, rows, (r) => r.key).map((group) => {
          const page = group.filter((r) => r.id !== null).map(({ rn: _n, total: _t, key: _k, ...r }) => r);
          return toConnection(page, limit, group[0]?.total ?? 0, (r) => [r.sortKey, r.id], Boolean(cursor), toNode);
        });
      })
      .load(assertUuidArg(agencyId, 'id'));
  }

  rank(code: string): Promise<Rank | null> {
    return this.ctx.loaders
      .get<string, Rank | null>('rank.byCode', async (codes) => {
        const rows = await queryRows(this.ctx.em, RANKS_BY_CODES, [codes]);
        return byKeys(codes, rows, (r) => r.code);
      })
      .load(code);
  }

  /**
   * Personal data of the records a request touches: one SELECT and one audit row per request,
   * however many records and PII fields it asks for.
   */
  personalData(id: string): Promise<PersonalData | null> {
    return this.ctx.loaders
      .get<string, PersonalData | null>('civilServant.pii', async (ids) => {
        const rows = await queryRows(this.ctx.em, PERSONAL_DATA_BY_IDS, [ids]);
        if (rows.length) {
          await audit(this.ctx.em, {
            caller: this.ctx.caller,
            requestId: this.ctx.requestId,
            action: 'PII_READ',
            operation: 'CivilServant.personalData',
            objectType: 'CivilServant',
            objectIds: rows.map((r) => r.id),
          });
        }
        return byKeys(ids, rows, (r) => r.id);
      })
      .load(id);
  }
}
