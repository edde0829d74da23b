import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type HubContext } from '@par/platform';
import { Agency } from '../agency/agency.type';
import { AgencyService } from '../agency/agency.service';
import { LegalDocument } from '../legal-document/legal-document.type';
import { LegalDocumentService } from '../legal-document/legal-document.service';
import { CreateProcedureInput, ProcedureFilter, UpdateProcedureInput } from './procedure.inputs';
import { ProcedureEditorService } from './procedure-editor.service';
import { assertProcedureCode, ProcedureService } from './procedure.service';
import { AdministrativeProcedure, AdministrativeProcedureConnection, ProcedureSimplification } from './procedure.type';

/** The procedure catalogue is public: a public portal shows it to anyone. */
@Resolver(() => AdministrativeProcedure)
export class AdministrativeProcedureResolver {
  @Query(() => AdministrativeProcedure, { nullable: true, description: 'One procedure by code; null when the catalogue has no such code.' })
  administrativeProcedure(@Arg('code', () => ID, { description: 'Procedure code (mã TTHC).' }) code: string, @Ctx() ctx: HubContext) {
    return new ProcedureService(ctx).byCode(assertProcedureCode(code));
  }

  @Query(() => AdministrativeProcedureConnection, { description: 'The procedure catalogue (bộ TTHC), filtered, ordered by code, one keyset page at a time.' })
  administrativeProcedures(
    @Arg('filter', () => ProcedureFilter, { nullable: true, description: 'Conditions the procedures must meet.' }) filter: ProcedureFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: HubContext,
  ) {
    return new ProcedureService(ctx).list(filter, page.first, page.after ?? null);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Agency that settles the procedure (cơ quan thực hiện); null for district and commune procedures, which every district\'s (commune\'s) office settles.' })
  implementingAgency(@Root() p: AdministrativeProcedure, @Ctx() ctx: HubContext) {
    return p.implementingAgencyId ? new AgencyService(ctx).byId(p.implementingAgencyId) : null;
  }

  @FieldResolver(() => [LegalDocument], { description: 'Legal documents the procedure is based on (căn cứ pháp lý).' })
  legalBasis(@Root() p: AdministrativeProcedure, @Ctx() ctx: HubContext) {
    return new LegalDocumentService(ctx).basisOf(p.code);
  }

  @FieldResolver(() => [ProcedureSimplification], { description: 'Simplifications made to the procedure, oldest first.' })
  simplifications(@Root() p: AdministrativeProcedure, @Ctx() ctx: HubContext) {
    return new ProcedureService(ctx).simplifications(p.code);
  }

  @Authorized('editor')
  @Mutation(() => AdministrativeProcedure, { description: 'Adds a procedure to the catalogue (editors of institutions). Audit-logged.' })
  createAdministrativeProcedure(@Arg('input', () => CreateProcedureInput, { description: 'The new procedure.' }) input: CreateProcedureInput, @Ctx() ctx: HubContext) {
    return new ProcedureEditorService(ctx).create(input);
  }

  @Authorized('editor')
  @Mutation(() => AdministrativeProcedure, { description: 'Changes a procedure (editors of institutions); `version` must be the one read, else CONFLICT. Audit-logged.' })
  updateAdministrativeProcedure(
    @Arg('code', () => ID, { description: 'Code of the procedure to change.' }) code: string,
    @Arg('version', () => Int, { description: 'The `version` last read; a stale version is a CONFLICT error.' }) version: number,
    @Arg('input', () => UpdateProcedureInput, { description: 'The changes.' }) input: UpdateProcedureInput,
    @Ctx() ctx: HubContext,
  ) {
    return new ProcedureEditorService(ctx).update(code, version, input);
  }
}

export const resolveProcedureReference = (ref: { code: string }, ctx: HubContext) => new ProcedureService(ctx).byCode(ref.code);
