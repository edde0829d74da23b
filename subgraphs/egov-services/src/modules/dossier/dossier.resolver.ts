import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '@par/platform';
import { AdministrativeProcedure } from '../procedure/procedure.type';
import { Agency } from '../reference/agency.type';
import { Dossier, SupplementRequest } from './dossier.type';
import { DossierService } from './dossier.service';

@Resolver(() => Dossier)
export class DossierResolver {
  @Authorized('analyst')
  @Query(() => Dossier, { nullable: true, description: 'One dossier by id (hồ sơ); null when none has that id.' })
  dossier(@Arg('id', () => ID, { description: 'Dossier id.' }) id: string, @Ctx() ctx: HubContext): Promise<Dossier | null> {
    return new DossierService(ctx).byId(id);
  }

  @FieldResolver(() => AdministrativeProcedure, { description: 'The procedure applied for; its name comes from the institutions subgraph.' })
  procedure(@Root() d: Dossier): AdministrativeProcedure {
    return { code: d.procedureCode };
  }

  @FieldResolver(() => Agency, { description: 'The receiving agency (cơ quan tiếp nhận).' })
  agency(@Root() d: Dossier): Agency {
    return { id: d.agencyId };
  }

  @Authorized('pii:read')
  @FieldResolver(() => String, { nullable: true, description: 'Applicant name (người nộp hồ sơ): personal data, needs the pii:read scope; every read is audited.' })
  async applicantName(@Root() d: Dossier, @Ctx() ctx: HubContext): Promise<string | null> {
    await new DossierService(ctx).auditPiiRead('applicantName', d.id);
    return d.applicantName;
  }

  @Authorized('pii:read')
  @FieldResolver(() => String, { nullable: true, description: 'Applicant identity number (số định danh cá nhân, mã số doanh nghiệp): personal data, needs the pii:read scope; every read is audited.' })
  async applicantIdNumber(@Root() d: Dossier, @Ctx() ctx: HubContext): Promise<string | null> {
    await new DossierService(ctx).auditPiiRead('applicantIdNumber', d.id);
    return d.applicantIdNumber;
  }

  @FieldResolver(() => [SupplementRequest], { description: 'Supplement requests, oldest first.' })
  supplementRequests(@Root() d: Dossier, @Ctx() ctx: HubContext): Promise<SupplementRequest[]> {
    return new DossierService(ctx).supplementRequests(d.id);
  }
}
