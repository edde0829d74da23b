import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ConnectionShape, HubContext } from '@par/platform';
import { AdministrativeProcedure } from '../procedure/procedure.type';
import { Agency } from '../reference/agency.type';
import { DossierStatisticsArgs, DossierStatisticsPageArgs } from './statistics.inputs';
import { DossierStatistic, DossierStatisticConnection } from './statistics.type';
import { DossierStatisticsService } from './statistics.service';

@Resolver(() => DossierStatistic)
export class DossierStatisticsResolver {
  @Query(() => [DossierStatistic], {
    description: 'Dossier volumes and timeliness grouped in SQL by any of the dimensions (thống kê hồ sơ TTHC); public, aggregates only.',
  })
  dossierStatistics(@Args(() => DossierStatisticsArgs) args: DossierStatisticsArgs, @Ctx() ctx: HubContext): Promise<DossierStatistic[]> {
    return new DossierStatisticsService(ctx).statistics(args);
  }

  @Query(() => DossierStatisticConnection, {
    description: 'The groups of dossierStatistics sorted and paged (`first`/`after`, `totalCount`): rankings such as the five departments with the lowest online share.',
  })
  dossierStatisticsPage(@Args(() => DossierStatisticsPageArgs) args: DossierStatisticsPageArgs, @Ctx() ctx: HubContext): Promise<ConnectionShape<DossierStatistic>> {
    return new DossierStatisticsService(ctx).page(args);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The receiving agency of the group (its name comes from institutions), when grouped by AGENCY.' })
  agency(@Root() row: DossierStatistic): Agency | null {
    return row.agencyId ? { id: row.agencyId } : null;
  }

  @FieldResolver(() => AdministrativeProcedure, { nullable: true, description: 'The procedure of the group (its name comes from institutions), when grouped by PROCEDURE.' })
  procedure(@Root() row: DossierStatistic): AdministrativeProcedure | null {
    return row.procedureCode ? { code: row.procedureCode } : null;
  }
}
