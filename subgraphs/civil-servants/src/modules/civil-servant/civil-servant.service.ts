import { assertUnitCode, assertUuidArg, audit, badInput, byKeys, decodeCursor, foldSearch, groupByKeys, isIsoDate, isUuid, likeContains, pageSize, sqlRows, toConnection, type ConnectionShape, type HubContext } from '@par/platform';
import { CivilServantOrder, type CivilServantFilter } from './civil-servant.inputs';
import type { CivilServant, PersonalData, Rank } from './civil-servant.type';

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

type Row = CivilServant & { sortKey: string };
const toNode = ({ sortKey: _s, ...r }: Row): CivilServant => ({ ...r, agency: { id: r.agencyId } });

export class CivilServantService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<CivilServant | null> {
    return this.ctx.loaders
      .get<string, CivilServant | null>('civilServant.byId', async (ids) => {
        const valid = ids.filter((id) => isUuid(id));
        const rows = await sqlRows<Row>(this.ctx.em, `SELECT ${CS_COLUMNS} FROM civil_servant cs WHERE cs.id = ANY($1::uuid[])`, [valid]);
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
    const [sort, cast] = byDate ? ['cs.hired_on', 'date'] : ['cs.search_key', 'text'];
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
    const where = `($1::text IS NULL OR cs.search_key LIKE $1)
      AND ($2::uuid IS NULL OR cs.agency_id = $2)
      AND ($3::text[] IS NULL OR cs.category = ANY($3))
      AND ($4::text[] IS NULL OR cs.qualification = ANY($4))
      AND ($5::boolean IS NULL OR $5 = (cs.hired_on <= current_date AND (cs.left_on IS NULL OR cs.left_on > current_date)))
      AND ($6::text IS NULL OR cs.unit_code IN (
        WITH RECURSIVE sub(code) AS (SELECT $6::text UNION SELECT u.code FROM unit_ref u JOIN sub ON u.parent_code = sub.code)
        SELECT code FROM sub))`;
    // One statement: the filter's total and the page (a lateral join keeps the count when the page is empty).
    const rows = await sqlRows<Row & { total: number }>(
      this.ctx.em,
      `WITH counted AS (SELECT count(*)::int AS total FROM civil_servant cs WHERE ${where})
       SELECT c.total, p.* FROM counted c LEFT JOIN LATERAL (
         SELECT ${CS_COLUMNS} FROM civil_servant cs
          WHERE ${where} AND ($7::${cast} IS NULL OR (${sort}, cs.id) > ($7::${cast}, $8::uuid))
          ORDER BY ${sort}, cs.id LIMIT $9) p ON true`,
      [...params, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
    );
    const total = rows[0]?.total ?? 0;
    const page = rows.filter((r) => r.id !== null).map(({ total: _t, ...r }) => r as Row);
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
        const rows = await sqlRows<Row & { rn: number; total: number; key: string }>(
          this.ctx.em,
          `WITH totals AS (SELECT a.id AS key, count(cs.id)::int AS total FROM unnest($1::uuid[]) AS a(id)
                             LEFT JOIN civil_servant cs ON cs.agency_id = a.id GROUP BY a.id),
           ranked AS (SELECT ${CS_COLUMNS}, row_number() OVER (PARTITION BY cs.agency_id ORDER BY cs.search_key, cs.id)::int AS rn
                        FROM civil_servant cs
                       WHERE cs.agency_id = ANY($1::uuid[]) AND ($2::text IS NULL OR (cs.search_key, cs.id) > ($2::text, $3::uuid)))
           SELECT t.key, t.total, r.* FROM totals t LEFT JOIN ranked r ON r."agencyId" = t.key AND r.rn <= $4
            ORDER BY t.key, r.rn`,
          [ids, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
        );
        return groupByKeys(ids, rows, (r) => r.key).map((group) => {
          const page = group.filter((r) => r.id !== null).map(({ rn: _n, total: _t, key: _k, ...r }) => r as Row);
          return toConnection(page, limit, group[0]?.total ?? 0, (r) => [r.sortKey, r.id], Boolean(cursor), toNode);
        });
      })
      .load(assertUuidArg(agencyId, 'id'));
  }

  rank(code: string): Promise<Rank | null> {
    return this.ctx.loaders
      .get<string, Rank | null>('rank.byCode', async (codes) => {
        const rows = await sqlRows<Rank>(
          this.ctx.em,
          'SELECT code, name, kind, grade, min_qualification AS "minQualification" FROM rank WHERE code = ANY($1::text[])',
          [codes],
        );
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
        const rows = await sqlRows<PersonalData>(
          this.ctx.em,
          `SELECT id, to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", national_id_number AS "nationalIdNumber", phone, email
             FROM civil_servant WHERE id = ANY($1::uuid[])`,
          [ids],
        );
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
