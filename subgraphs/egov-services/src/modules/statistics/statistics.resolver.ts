import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionShape, HubContext, StatisticRow } from '@par/platform';
import { AdministrativeProcedure } from '../procedure/procedure.type';
import { AdministrativeUnit } from '../reference/administrative-unit.type';
import { Agency } from '../reference/agency.type';
import { DossierStatisticsArgs } from './statistics.inputs';
import { DossierStatistic, DossierStatisticConnection } from './statistics.type';
import { DossierStatisticsService } from './statistics.service';

const unitOf = (code: unknown): AdministrativeUnit | null => (typeof code === 'string' ? { code } : null);

@Resolver(() => DossierStatistic)
export class DossierStatisticsResolver {
  @Query(() => [DossierStatistic], {
    description: 'Dossier volumes and timeliness grouped in SQL by any of the dimensions (thống kê hồ sơ TTHC); public, aggregates only.',
  })
  dossierStatistics(@Args(() => DossierStatisticsArgs.Args) args: InstanceType<typeof DossierStatisticsArgs.Args>, @Ctx() ctx: HubContext): Promise<StatisticRow[]> {
    return new DossierStatisticsService(ctx).statistics(args);
  }

  @Query(() => DossierStatisticConnection, {
    description: 'The groups of dossierStatistics sorted and paged (`first`/`after`, `totalCount`): rankings such as the five departments with the lowest online share.',
  })
  dossierStatisticsPage(@Args(() => DossierStatisticsArgs.PageArgs) args: InstanceType<typeof DossierStatisticsArgs.PageArgs>, @Ctx() ctx: HubContext): Promise<ConnectionShape<StatisticRow>> {
    return new DossierStatisticsService(ctx).page(args);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The receiving agency of the group (its name comes from institutions), when grouped by AGENCY.' })
  agency(@Root() row: StatisticRow): Agency | null {
    return typeof row.agencyId === 'string' ? { id: row.agencyId } : null;
  }

  @FieldResolver(() => AdministrativeProcedure, { nullable: true, description: 'The procedure of the group (its name comes from institutions), when grouped by PROCEDURE.' })
  procedure(@Root() row: StatisticRow): AdministrativeProcedure | null {
    return typeof row.procedureCode === 'string' ? { code: row.procedureCode } : null;
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The district-level unit of the group (its name comes from institutions), when grouped by DISTRICT.' })
  district(@Root() row: StatisticRow): AdministrativeUnit | null {
    return unitOf(row.districtCode);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The commune-level unit of the group (its name comes from institutions), when grouped by COMMUNE.' })
  commune(@Root() row: StatisticRow): AdministrativeUnit | null {
    return unitOf(row.communeCode);
  }
}
