import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { ProcedureDossierStats } from './dossier-stats.type';
import { OnlineService } from './online-service.type';
import { AdministrativeProcedure } from './procedure.type';
import { ProcedureEgovService } from './procedure.service';

/** Public, like the catalogue itself (DESIGN §7): online services and aggregate counts only, no applicant data. */
@Resolver(() => AdministrativeProcedure)
export class AdministrativeProcedureEgovResolver {
  @FieldResolver(() => OnlineService, { nullable: true, description: 'The online public service of this procedure (dịch vụ công trực tuyến); null when none is offered.' })
  onlineService(@Root() procedure: AdministrativeProcedure, @Ctx() ctx: HubContext): Promise<OnlineService | null> {
    return new ProcedureEgovService(ctx).onlineService(procedure.code);
  }

  @FieldResolver(() => ProcedureDossierStats, { description: 'Dossiers of this procedure received and resolved in the year, all agencies together.' })
  dossierStats(
    @Root() procedure: AdministrativeProcedure,
    @Arg('year', () => Int, { description: 'Calendar year (năm).' }) year: number,
    @Ctx() ctx: HubContext,
  ): Promise<ProcedureDossierStats> {
    return new ProcedureEgovService(ctx).dossierStats(procedure.code, year);
  }
}
