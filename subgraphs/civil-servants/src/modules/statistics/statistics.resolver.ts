import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionShape, HubContext, StatisticRow } from '@par/platform';
import { AdministrativeUnit } from '../reference/administrative-unit.type';
import { Agency } from '../reference/agency.type';
import { StaffStatisticsArgs, TrainingStatisticsArgs } from './statistics.inputs';
import { StaffStatistic, StaffStatisticConnection, TrainingStatistic, TrainingStatisticConnection } from './statistics.type';
import { CivilServantStatisticsService } from './statistics.service';

const agencyOf = (row: StatisticRow): Agency | null => (typeof row.agencyId === 'string' ? { id: row.agencyId } : null);
const unitOf = (code: unknown): AdministrativeUnit | null => (typeof code === 'string' ? { code } : null);
const DISTRICT = 'The district-level unit of the group (its name comes from institutions), when grouped by DISTRICT.';
const COMMUNE = 'The commune-level unit of the group (its name comes from institutions), when grouped by COMMUNE.';

@Resolver(() => StaffStatistic)
export class StaffStatisticsResolver {
  @Authorized('analyst')
  @Query(() => [StaffStatistic], { description: 'Headcount and training coverage of staff in service on 31 December, grouped in SQL by year, agency, kind, place, category, rank or qualification (thống kê nhân sự); every group as a list.' })
  staffStatistics(@Args(() => StaffStatisticsArgs.Args) args: InstanceType<typeof StaffStatisticsArgs.Args>, @Ctx() ctx: HubContext): Promise<StatisticRow[]> {
    return new CivilServantStatisticsService(ctx).staff(args);
  }

  @Authorized('analyst')
  @Query(() => StaffStatisticConnection, { description: 'The groups of staffStatistics sorted and paged (`first`/`after`, `totalCount`): agencies by headcount or training coverage.' })
  staffStatisticsPage(@Args(() => StaffStatisticsArgs.PageArgs) args: InstanceType<typeof StaffStatisticsArgs.PageArgs>, @Ctx() ctx: HubContext): Promise<ConnectionShape<StatisticRow>> {
    return new CivilServantStatisticsService(ctx).staffPage(args);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency of the group (its name comes from institutions), when grouped by AGENCY.' })
  agency(@Root() row: StatisticRow): Agency | null {
    return agencyOf(row);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: DISTRICT })
  district(@Root() row: StatisticRow): AdministrativeUnit | null {
    return unitOf(row.districtCode);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: COMMUNE })
  commune(@Root() row: StatisticRow): AdministrativeUnit | null {
    return unitOf(row.communeCode);
  }
}

@Resolver(() => TrainingStatistic)
export class TrainingStatisticsResolver {
  @Authorized('analyst')
  @Query(() => [TrainingStatistic], { description: 'Course completions and hours grouped in SQL by year, quarter, month, agency, kind, place, category or course kind (thống kê đào tạo, bồi dưỡng); every group as a list.' })
  trainingStatistics(@Args(() => TrainingStatisticsArgs.Args) args: InstanceType<typeof TrainingStatisticsArgs.Args>, @Ctx() ctx: HubContext): Promise<StatisticRow[]> {
    return new CivilServantStatisticsService(ctx).training(args);
  }

  @Authorized('analyst')
  @Query(() => TrainingStatisticConnection, { description: 'The groups of trainingStatistics sorted and paged (`first`/`after`, `totalCount`).' })
  trainingStatisticsPage(@Args(() => TrainingStatisticsArgs.PageArgs) args: InstanceType<typeof TrainingStatisticsArgs.PageArgs>, @Ctx() ctx: HubContext): Promise<ConnectionShape<StatisticRow>> {
    return new CivilServantStatisticsService(ctx).trainingPage(args);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency of the group (its name comes from institutions), when grouped by AGENCY.' })
  agency(@Root() row: StatisticRow): Agency | null {
    return agencyOf(row);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: DISTRICT })
  district(@Root() row: StatisticRow): AdministrativeUnit | null {
    return unitOf(row.districtCode);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: COMMUNE })
  commune(@Root() row: StatisticRow): AdministrativeUnit | null {
    return unitOf(row.communeCode);
  }
}
