import {
  agencyKindsOf,
  assertUnitCode,
  assertUuidArg,
  placeDay,
  statisticsList,
  statisticsPage,
  statisticsYears,
  type ConnectionShape,
  type HubContext,
  type StatisticRow,
  type StatisticsArgsShape,
  type StatisticsPageArgsShape,
} from '@par/platform';
import type { SatisfactionStatisticsFilter } from './satisfaction-statistics.inputs';
import { SATISFACTION_SPEC, satisfactionFacts } from './satisfaction-statistics.spec';

type Args = StatisticsArgsShape<SatisfactionStatisticsFilter>;

/** Satisfaction of people served, by sector, agency, place and year, with the hub's one statistics grammar. */
export class SatisfactionStatisticsService {
  constructor(private readonly ctx: HubContext) {}

  list(args: Args): Promise<StatisticRow[]> {
    return statisticsList(this.ctx.em, SATISFACTION_SPEC, this.facts(args), { ...args, ...statisticsYears(args.filter) });
  }

  page(args: StatisticsPageArgsShape<SatisfactionStatisticsFilter>): Promise<ConnectionShape<StatisticRow>> {
    return statisticsPage(this.ctx.em, SATISFACTION_SPEC, this.facts(args), { ...args, ...statisticsYears(args.filter) }, args);
  }

  private facts(args: Args) {
    const f = args.filter;
    const unitCode = f?.unitCode == null ? null : assertUnitCode(f.unitCode, 'filter.unitCode');
    return satisfactionFacts({
      agencyId: f?.agencyId == null ? null : assertUuidArg(f.agencyId, 'filter.agencyId'),
      agencyKinds: agencyKindsOf(f?.agencyKinds),
      unitCode,
      surveyKinds: f?.surveyKinds?.length ? f.surveyKinds : null,
      asOf: placeDay(args.asOf, f, args.compareTo),
      withPlace: !!unitCode || args.groupBy.includes('DISTRICT'),
    });
  }
}
