import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type HubContext } from '@par/platform';
import { LegalDocumentFilter } from './legal-document.inputs';
import { LegalDocumentService } from './legal-document.service';
import { LegalDocument, LegalDocumentConnection, LegalDocumentReview } from './legal-document.type';

@Resolver(() => LegalDocument)
export class LegalDocumentResolver {
  @Query(() => LegalDocument, { nullable: true, description: 'One legal document by id; null when none has that id.' })
  legalDocument(@Arg('id', () => ID, { description: 'Document id (UUID).' }) id: string, @Ctx() ctx: HubContext) {
    return new LegalDocumentService(ctx).byId(id);
  }

  @Query(() => LegalDocumentConnection, { description: 'Legal documents matching a filter, newest first, one keyset page at a time.' })
  legalDocuments(
    @Arg('filter', () => LegalDocumentFilter, { nullable: true, description: 'Conditions the documents must meet.' }) filter: LegalDocumentFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: HubContext,
  ) {
    return new LegalDocumentService(ctx).list(filter, page.first, page.after ?? null);
  }

  @FieldResolver(() => [LegalDocumentReview], { description: 'Reviews of this document, oldest first.' })
  reviews(@Root() doc: LegalDocument, @Ctx() ctx: HubContext) {
    return new LegalDocumentService(ctx).reviews(doc.id);
  }
}
