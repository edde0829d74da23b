import {
  agencyKindsOf, assertUnitCode, assertUuidArg, placeDay, statisticsList, statisticsPage, statisticsYears,
  type ConnectionShape, type HubContext, type StatisticRow, type StatisticsArgsShape, type StatisticsPageArgsShape,
} from '@par/platform';
import type { DossierStatisticsFilter } from './statistics.inputs';
import { DOSSIER_SPEC, dossierFacts } from './statistics.spec';

type Args = StatisticsArgsShape<DossierStatisticsFilter>;

/** Dossier volumes and timeliness with the hub's one statistics grammar, read from the dossier summaries. */
export class DossierStatisticsService {
  constructor(private readonly ctx: HubContext) {}

  /** Every group (at most MAX_STATISTICS_GROUPS, else refused), sorted. */
  statistics(args: Args): Promise<StatisticRow[]> {
    return statisticsList(this.ctx.em, DOSSIER_SPEC, this.facts(args), { ...args, ...statisticsYears(args.filter) });
  }

  /** One page of the sorted groups, with how many there are in all. */
  page(args: StatisticsPageArgsShape<DossierStatisticsFilter>): Promise<ConnectionShape<StatisticRow>> {
    return statisticsPage(this.ctx.em, DOSSIER_SPEC, this.facts(args), { ...args, ...statisticsYears(args.filter) }, args);
  }

  private facts(args: Args) {
    const f = args.filter;
    return dossierFacts([...new Set(args.groupBy)], {
      agencyId: f?.agencyId ? assertUuidArg(f.agencyId, 'filter.agencyId') : null,
      agencyKinds: agencyKindsOf(f?.agencyKinds),
      channel: f?.channel ?? null,
      procedureCode: f?.procedureCode ?? null,
      sector: f?.sector ?? null,
      unitCode: f?.unitCode == null ? null : assertUnitCode(f.unitCode, 'filter.unitCode'),
      asOf: placeDay(args.asOf, f, args.compareTo),
    });
  }
}
