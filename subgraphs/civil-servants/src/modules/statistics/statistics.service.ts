import { agencyKindsOf, assertUnitCode, assertUuidArg, placeDay, statisticsList, statisticsPage, statisticsYears, type ConnectionShape, type HubContext, type StatisticRow, type StatisticsArgsShape, type StatisticsPageArgsShape } from '@par/platform';
import type { StaffStatisticsFilter, TrainingStatisticsFilter } from './statistics.inputs';
import { STAFF_SPEC, staffFacts, TRAINING_SPEC, trainingFacts, type StaffFilterValues } from './statistics.spec';

type Args = StatisticsArgsShape<TrainingStatisticsFilter>;

/** Staff (headcount, training coverage) and training (completions, hours) statistics with the hub's one grammar. */
export class CivilServantStatisticsService {
  constructor(private readonly ctx: HubContext) {}

  staff(args: StatisticsArgsShape<StaffStatisticsFilter>): Promise<StatisticRow[]> {
    return statisticsList(this.ctx.em, STAFF_SPEC, staffFacts(this.values(args)), this.request(args));
  }

  staffPage(args: StatisticsPageArgsShape<StaffStatisticsFilter>): Promise<ConnectionShape<StatisticRow>> {
    return statisticsPage(this.ctx.em, STAFF_SPEC, staffFacts(this.values(args)), this.request(args), args);
  }

  training(args: Args): Promise<StatisticRow[]> {
    return statisticsList(this.ctx.em, TRAINING_SPEC, trainingFacts(this.values(args)), this.request(args));
  }

  trainingPage(args: StatisticsPageArgsShape<TrainingStatisticsFilter>): Promise<ConnectionShape<StatisticRow>> {
    return statisticsPage(this.ctx.em, TRAINING_SPEC, trainingFacts(this.values(args)), this.request(args), args);
  }

  private request(args: Args) {
    return { ...args, ...statisticsYears(args.filter) };
  }

  private values(args: Args): StaffFilterValues {
    const f = args.filter;
    const unitCode = f?.unitCode == null ? null : assertUnitCode(f.unitCode, 'filter.unitCode');
    return {
      agencyId: f?.agencyId == null ? null : assertUuidArg(f.agencyId, 'filter.agencyId'),
      agencyKinds: agencyKindsOf(f?.agencyKinds),
      unitCode,
      categories: f?.categories?.length ? f.categories : null,
      qualifications: f?.qualifications?.length ? f.qualifications : null,
      trainingKinds: f?.trainingKinds?.length ? f.trainingKinds : null,
      asOf: placeDay(args.asOf, f, args.compareTo),
      withPlace: !!unitCode || args.groupBy.includes('DISTRICT') || args.groupBy.includes('COMMUNE'),
    };
  }
}
