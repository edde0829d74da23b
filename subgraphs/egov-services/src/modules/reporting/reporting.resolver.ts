import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { AdministrativeProcedure } from '../procedure/procedure.type';
import { DocumentExchangeInput, OnlineServiceLevelInput, SectorStatisticInput } from './reporting.inputs';
import { DocumentExchange, SectorStatistic } from './reporting.type';
import { ReportingService } from './reporting.service';

/** Reported figures: sector offices, document registries, the online service portal. Editors of egov-services. */
@Resolver()
export class ReportingResolver {
  @Authorized('editor')
  @Mutation(() => SectorStatistic, { description: "Record a sector office's yearly e-transaction figure (tax, social insurance)." })
  recordSectorStatistic(@Arg('input', () => SectorStatisticInput, { description: 'What to record.' }) input: SectorStatisticInput, @Ctx() ctx: HubContext): Promise<SectorStatistic> {
    return new ReportingService(ctx).recordSectorStatistic(input);
  }

  @Authorized('editor')
  @Mutation(() => DocumentExchange, { description: "Record an agency's monthly count of documents sent electronically and on paper." })
  recordDocumentExchange(@Arg('input', () => DocumentExchangeInput, { description: 'What to record.' }) input: DocumentExchangeInput, @Ctx() ctx: HubContext): Promise<DocumentExchange> {
    return new ReportingService(ctx).recordDocumentExchange(input);
  }

  @Authorized('editor')
  @Mutation(() => AdministrativeProcedure, { description: "Record the level a procedure's online service reached on a date; returns the procedure with its online service." })
  setOnlineServiceLevel(@Arg('input', () => OnlineServiceLevelInput, { description: 'What to record.' }) input: OnlineServiceLevelInput, @Ctx() ctx: HubContext): Promise<AdministrativeProcedure> {
    return new ReportingService(ctx).setOnlineServiceLevel(input);
  }
}
