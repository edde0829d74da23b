import { byKeys, groupByKeys, sqlRows, type HubContext } from '@par/platform';
import type { AdministrativeUnit } from './administrative-unit.type';
import type { UnitChange, UnitSuccession } from './unit-change.type';

const CHANGE_COLUMNS = `c.id, to_char(c.effective_on, 'YYYY-MM-DD') AS "effectiveOn", c.act, c.kind, c.confirmed,
  c.unconfirmed AS "unconfirmedReason", c.note, c.sources,
  ARRAY(SELECT code FROM unit_change_unit x WHERE x.change_id = c.id ORDER BY code::int) AS "unitCodes"`;

/** A version's identity as a loader key: its code and first and last day. */
const versionKey = (u: Pick<AdministrativeUnit, 'code' | 'validFrom' | 'validTo'>) => `${u.code}|${u.validFrom ?? ''}|${u.validTo ?? ''}`;
const splitKeys = (keys: readonly string[]) => {
  const parts = keys.map((k) => k.split('|'));
  return [parts.map((p) => p[0]), parts.map((p) => p[1] || null), parts.map((p) => p[2] || null)];
};

/** The changes, successors and predecessors of unit versions; each batched over a request. */
export class UnitHistoryService {
  constructor(private readonly ctx: HubContext) {}

  /** Changes naming the unit that began, ended or fell within this version. */
  changesOf(unit: AdministrativeUnit): Promise<UnitChange[]> {
    return this.ctx.loaders
      .get<string, UnitChange[]>('unit.changes', async (keys) => {
        const [codes, froms, tos] = splitKeys(keys);
        const rows = await sqlRows<UnitChange & { key: string }>(
          this.ctx.em,
          `SELECT k.key, ${CHANGE_COLUMNS}
           FROM unnest($1::text[], $2::text[], $3::date[], $4::date[]) AS k(key, code, valid_from, valid_to)
           JOIN unit_change_unit cu ON cu.code = k.code
           JOIN unit_change c ON c.id = cu.change_id
             AND c.effective_on >= coalesce(k.valid_from, '-infinity'::date) AND c.effective_on <= coalesce(k.valid_to + 1, 'infinity'::date)
           ORDER BY c.effective_on, c.id`,
          [keys, codes, froms, tos],
        );
        return groupByKeys(keys, rows, (r) => r.key);
      })
      .load(versionKey(unit));
  }

  /** Units this version went into, when it ended. */
  successorsOf(unit: AdministrativeUnit): Promise<UnitSuccession[]> {
    if (!unit.validTo) return Promise.resolve([]);
    return this.links('successors', `${unit.code}|${unit.validTo}`, 'predecessor_code', 'predecessor_valid_to', 'successor_code', 'successor_valid_from');
  }

  /** Units this version was formed from, when it began. */
  predecessorsOf(unit: AdministrativeUnit): Promise<UnitSuccession[]> {
    if (!unit.validFrom) return Promise.resolve([]);
    return this.links('predecessors', `${unit.code}|${unit.validFrom}`, 'successor_code', 'successor_valid_from', 'predecessor_code', 'predecessor_valid_to');
  }

  private links(name: string, key: string, ownCode: string, ownDay: string, otherCode: string, otherDay: string): Promise<UnitSuccession[]> {
    return this.ctx.loaders
      .get<string, UnitSuccession[]>(`unit.${name}`, async (keys) => {
        const rows = await sqlRows<UnitSuccession & { key: string }>(
          this.ctx.em,
          `SELECT k.key, s.share, to_char(s.successor_valid_from, 'YYYY-MM-DD') AS "effectiveOn", c.confirmed,
                  s.${otherCode} AS "unitCode", to_char(s.${otherDay}, 'YYYY-MM-DD') AS "unitAsOf", s.change_id AS "changeId"
           FROM unnest($1::text[]) AS k(key)
           JOIN unit_succession s ON s.${ownCode} = split_part(k.key, '|', 1) AND s.${ownDay} = split_part(k.key, '|', 2)::date
           JOIN unit_change c ON c.id = s.change_id
           ORDER BY s.id`,
          [keys],
        );
        return groupByKeys(keys, rows, (r) => r.key);
      })
      .load(key);
  }

  changeById(id: string): Promise<UnitChange | null> {
    return this.ctx.loaders
      .get<string, UnitChange | null>('unit.changeById', async (ids) => {
        const rows = await sqlRows<UnitChange>(this.ctx.em, `SELECT ${CHANGE_COLUMNS} FROM unit_change c WHERE c.id = ANY($1::text[])`, [ids]);
        return byKeys(ids, rows, (r) => r.id);
      })
      .load(id);
  }

  /** Every change effective between two days (inclusive), optionally only the (un)confirmed ones; a short list. */
  list(filter: { from?: string | null; to?: string | null; confirmed?: boolean | null }): Promise<UnitChange[]> {
    return sqlRows<UnitChange>(
      this.ctx.em,
      `SELECT ${CHANGE_COLUMNS} FROM unit_change c
       WHERE ($1::date IS NULL OR c.effective_on >= $1) AND ($2::date IS NULL OR c.effective_on <= $2) AND ($3::boolean IS NULL OR c.confirmed = $3)
       ORDER BY c.effective_on, c.id`,
      [filter.from ?? null, filter.to ?? null, filter.confirmed ?? null],
    );
  }
}
