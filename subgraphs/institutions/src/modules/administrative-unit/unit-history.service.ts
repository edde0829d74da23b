import { byKeys, groupByKeys, queryRows, type HubContext } from '@par/platform';
import type { AdministrativeUnit } from './administrative-unit.type';
import type { UnitChange, UnitSuccession } from './unit-change.type';
import { CHANGES_BETWEEN, CHANGES_BY_IDS, CHANGES_OF_VERSIONS, PREDECESSORS, SUCCESSORS } from './unit-history.queries';

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
        const rows = await queryRows(this.ctx.em, CHANGES_OF_VERSIONS, [keys, codes, froms, tos]);
        return groupByKeys(keys, rows, (r) => r.key);
      })
      .load(versionKey(unit));
  }

  /** Units this version went into, when it ended. */
  successorsOf(unit: AdministrativeUnit): Promise<UnitSuccession[]> {
    if (!unit.validTo) return Promise.resolve([]);
    return this.links('successors', `${unit.code}|${unit.validTo}`, SUCCESSORS);
  }

  /** Units this version was formed from, when it began. */
  predecessorsOf(unit: AdministrativeUnit): Promise<UnitSuccession[]> {
    if (!unit.validFrom) return Promise.resolve([]);
    return this.links('predecessors', `${unit.code}|${unit.validFrom}`, PREDECESSORS);
  }

  private links(name: string, key: string, query: typeof SUCCESSORS): Promise<UnitSuccession[]> {
    return this.ctx.loaders
      .get<string, UnitSuccession[]>(`unit.${name}`, async (keys) => {
        const rows = await queryRows(this.ctx.em, query, [keys]);
        return groupByKeys(keys, rows, (r) => r.key);
      })
      .load(key);
  }

  changeById(id: string): Promise<UnitChange | null> {
    return this.ctx.loaders
      .get<string, UnitChange | null>('unit.changeById', async (ids) => {
        const rows = await queryRows(this.ctx.em, CHANGES_BY_IDS, [ids]);
        return byKeys(ids, rows, (r) => r.id);
      })
      .load(id);
  }

  /** Every change effective between two days (inclusive), optionally only the (un)confirmed ones; a short list. */
  list(filter: { from?: string | null; to?: string | null; confirmed?: boolean | null }): Promise<UnitChange[]> {
    return queryRows(this.ctx.em, CHANGES_BETWEEN, [filter.from ?? null, filter.to ?? null, filter.confirmed ?? null]);
  }
}
