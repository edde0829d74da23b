import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, DateScalar } from '@par/platform';

export enum LegalDocumentKind {
  LAW = 'LAW',
  RESOLUTION = 'RESOLUTION',
  DECREE = 'DECREE',
  DECISION = 'DECISION',
  DIRECTIVE = 'DIRECTIVE',
  CIRCULAR = 'CIRCULAR',
  PLAN = 'PLAN',
}
registerEnumType(LegalDocumentKind, {
  name: 'LegalDocumentKind',
  description: 'Kind of legal document (loại văn bản).',
  valuesConfig: {
    LAW: { description: 'Law or code (luật, bộ luật)' },
    RESOLUTION: { description: 'Resolution (nghị quyết)' },
    DECREE: { description: 'Government decree (nghị định)' },
    DECISION: { description: 'Decision (quyết định)' },
    DIRECTIVE: { description: 'Directive (chỉ thị)' },
    CIRCULAR: { description: 'Ministerial circular (thông tư)' },
    PLAN: { description: 'Plan (kế hoạch); not normative' },
  },
});

export enum LegalDocumentStatus {
  IN_FORCE = 'IN_FORCE',
  PARTLY_EXPIRED = 'PARTLY_EXPIRED',
  EXPIRED = 'EXPIRED',
  NOT_YET_IN_FORCE = 'NOT_YET_IN_FORCE',
}
registerEnumType(LegalDocumentStatus, {
  name: 'LegalDocumentStatus',
  description: 'Validity of a legal document (tình trạng hiệu lực).',
  valuesConfig: {
    IN_FORCE: { description: 'In force (còn hiệu lực)' },
    PARTLY_EXPIRED: { description: 'Partly expired (hết hiệu lực một phần)' },
    EXPIRED: { description: 'Expired (hết hiệu lực toàn bộ)' },
    NOT_YET_IN_FORCE: { description: 'Issued, not yet in force (chưa có hiệu lực)' },
  },
});

export enum ReviewResult {
  KEEP = 'KEEP',
  AMEND = 'AMEND',
  REPLACE = 'REPLACE',
  REPEAL = 'REPEAL',
}
registerEnumType(ReviewResult, {
  name: 'ReviewResult',
  description: 'Outcome of a legal document review (kết quả rà soát).',
  valuesConfig: {
    KEEP: { description: 'Keep as is (giữ nguyên)' },
    AMEND: { description: 'Amend or supplement (sửa đổi, bổ sung)' },
    REPLACE: { description: 'Replace (thay thế)' },
    REPEAL: { description: 'Repeal (bãi bỏ)' },
  },
});

@ObjectType({ description: 'One review of a legal document (rà soát văn bản), including its check against the 2013 Constitution.' })
export class LegalDocumentReview {
  @Field(() => DateScalar, { description: 'Date of the review (ngày rà soát).' })
  reviewedOn!: string;

  @Field(() => ReviewResult, { description: 'What the review concluded.' })
  result!: ReviewResult;

  @Field({ description: 'Whether the document was found consistent with the 2013 Constitution (phù hợp Hiến pháp 2013).' })
  constitutionConsistent!: boolean;

  @Field(() => String, { nullable: true, description: 'Reviewer\'s note, in Vietnamese.' })
  note!: string | null;

  documentId!: string;
}

@ObjectType({ description: 'A legal document (văn bản quy phạm pháp luật and others cited as legal basis).' })
export class LegalDocument {
  @Field(() => ID, { description: 'Stable document id (UUID).' })
  id!: string;

  @Field({ description: 'Number and symbol (số, ký hiệu), e.g. "851/QĐ-UBND".' })
  numberSymbol!: string;

  @Field(() => LegalDocumentKind, { description: 'Kind of document.' })
  kind!: LegalDocumentKind;

  @Field({ description: 'Issuing body (cơ quan ban hành), e.g. "UBND tỉnh Hà Nam".' })
  issuer!: string;

  @Field({ description: 'Title (trích yếu), in Vietnamese.' })
  title!: string;

  @Field(() => DateScalar, { description: 'Date issued (ngày ban hành).' })
  issuedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date it takes effect (ngày có hiệu lực).' })
  effectiveOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date it ceased to be in force (ngày hết hiệu lực), if it has.' })
  expiredOn!: string | null;

  @Field({ description: 'Whether it is a legal normative document (văn bản quy phạm pháp luật).' })
  normative!: boolean;

  @Field(() => LegalDocumentStatus, { description: 'Current validity.' })
  status!: LegalDocumentStatus;

  @Field(() => Int, { description: 'Year issued.' })
  year!: number;
}

export const LegalDocumentConnection = Connection(LegalDocument);
