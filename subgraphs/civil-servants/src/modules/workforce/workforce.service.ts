import { assertGroupCount, assertUnitCode, assertUuidArg, assertYear, queryRows, type HubContext } from '@par/platform';
import { STAFF_YEARS } from '../civil-servant/personnel-rules';
import type { WorkforceDimension, WorkforceStatisticsFilter } from './workforce.inputs';
import { AGENCY_WORKFORCE, UNIT_WORKFORCE, workforceStatistics, type AggRow } from './workforce.queries';
import type { UnitWorkforce, Workforce, WorkforceGroup } from './workforce.type';

/** Per-category counts and a total row (GROUPING SETS) per requested key, folded into one figure. */
function fold(keys: readonly string[], rows: AggRow[]): Workforce[] {
  const out = new Map<string, Workforce>(keys.map((k) => [k, { headcount: 0, approvedQuota: null, byCategory: [], trainedShare: null }]));
  for (const r of rows) {
    const w = out.get(r.key)!;
    w.approvedQuota = r.approvedQuota;
    if (r.n === null) continue;
    if (r.isTotal) {
      w.headcount = r.n;
      w.trainedShare = r.share;
    } else w.byCategory.push({ category: r.category!, count: r.n });
  }
  return keys.map((k) => out.get(k)!);
}

const cacheKey = (k: { id: string; year: number }) => `${k.id}|${k.year}`;

export class WorkforceService {
  constructor(private readonly ctx: HubContext) {}

  /** An agency's own staff (not its subordinates'), from the staff summary; every (agency, year) of a request in one statement. */
  forAgency(agencyId: string, year: number): Promise<Workforce> {
    return this.ctx.loaders
      .get<{ id: string; year: number }, Workforce>(
        'workforce.agency',
        async (keys) => {
          const rows = await queryRows(this.ctx.em, AGENCY_WORKFORCE, [keys.map((k) => k.id), keys.map((k) => k.year)]);
          return fold(keys.map(cacheKey), rows);
        },
        cacheKey,
      )
      .load({ id: assertUuidArg(agencyId, 'id'), year: assertYear(year, 'year', STAFF_YEARS) });
  }

  /** A unit with all its sub-units (staff by workplace unit); every (unit, year) of a request in one statement. */
  forUnit(code: string, year: number): Promise<UnitWorkforce> {
    return this.ctx.loaders
      .get<{ id: string; year: number }, UnitWorkforce>(
        'workforce.unit',
        async (keys) => {
          const rows = await queryRows(this.ctx.em, UNIT_WORKFORCE, [keys.map((k) => k.id), keys.map((k) => k.year)]);
          return fold(keys.map(cacheKey), rows);
        },
        cacheKey,
      )
      .load({ id: assertUnitCode(code, 'code'), year: assertYear(year, 'year', STAFF_YEARS) });
  }

  /** Headcount grouped in SQL by the chosen dimensions; the groups always add up to the ungrouped total. */
  async statistics(year: number, groupBy: WorkforceDimension[], filter: WorkforceStatisticsFilter | null | undefined): Promise<WorkforceGroup[]> {
    assertYear(year, 'year', STAFF_YEARS);
    const dims = [...new Set(groupBy)];
    const rows = await queryRows(this.ctx.em, workforceStatistics(dims), [
        year,
        filter?.agencyId == null ? null : assertUuidArg(filter.agencyId, 'filter.agencyId'),
        filter?.unitCode == null ? null : assertUnitCode(filter.unitCode, 'filter.unitCode'),
        filter?.categories?.length ? filter.categories : null,
        filter?.qualifications?.length ? filter.qualifications : null,
    ]);
    // One group too many is enough to refuse: the database never returns more than that.
    return assertGroupCount(rows).map((r) => ({
      category: r.category,
      rankCode: r.rank_code,
      rank: null,
      qualification: r.qualification,
      agency: r.agency_id ? { id: r.agency_id } : null,
      headcount: r.headcount,
      trained: r.trained,
      trainedShare: r.share,
    }));
  }
}
