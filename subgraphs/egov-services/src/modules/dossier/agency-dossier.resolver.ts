import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ConnectionShape, HubContext } from '@par/platform';
import { Agency } from '../reference/agency.type';
import { AgencyDossiersArgs } from './dossier.inputs';
import { Dossier, DossierConnection } from './dossier.type';
import { DossierService } from './dossier.service';

@Resolver(() => Agency)
export class AgencyDossierResolver {
  @Authorized('analyst')
  @FieldResolver(() => DossierConnection, { description: 'Dossiers received by this agency, newest first (hồ sơ tiếp nhận).' })
  dossiers(@Root() agency: Agency, @Args(() => AgencyDossiersArgs) args: AgencyDossiersArgs, @Ctx() ctx: HubContext): Promise<ConnectionShape<Dossier>> {
    return new DossierService(ctx).forAgency(agency.id, args.first, args.after, args.filter);
  }
}
