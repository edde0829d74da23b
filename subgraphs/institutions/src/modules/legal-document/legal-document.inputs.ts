import { Field, InputType, Int } from 'type-graphql';
import { LegalDocumentKind, LegalDocumentStatus } from './legal-document.type';

@InputType({ description: 'Filter for legal documents; every given condition must hold.' })
export class LegalDocumentFilter {
  @Field(() => String, { nullable: true, description: 'Words in the issuing body\'s name, accent-insensitive ("ubnd tinh").' })
  issuer?: string | null;

  @Field(() => LegalDocumentKind, { nullable: true, description: 'Only documents of this kind.' })
  kind?: LegalDocumentKind | null;

  @Field(() => LegalDocumentStatus, { nullable: true, description: 'Only documents with this validity.' })
  status?: LegalDocumentStatus | null;

  @Field(() => Int, { nullable: true, description: 'Only documents issued in this year.' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Accent-insensitive words in the number, title or issuer.' })
  search?: string | null;
}
