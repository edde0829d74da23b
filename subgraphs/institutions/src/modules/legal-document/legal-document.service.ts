import {
  assertUuidArg,
  assertYear,
  badInput,
  byKeys,
  isUuid,
  decodeCursor,
  groupByKeys,
  isIsoDate,
  pageSize,
  queryRows,
  toConnection,
  type ConnectionShape,
  type HubContext,
} from '@par/platform';
import { searchPattern } from '../shared/args';
import type { LegalDocumentFilter } from './legal-document.inputs';
import { LEGAL_BASES_OF_PROCEDURES, LEGAL_DOCUMENT_COUNT, LEGAL_DOCUMENT_PAGE, LEGAL_DOCUMENTS_BY_IDS, REVIEWS_OF_DOCUMENTS } from './legal-document.queries';
import type { LegalDocument, LegalDocumentReview } from './legal-document.type';

/** Legal documents and their reviews; reviews and legal bases are batched per request. */
export class LegalDocumentService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<LegalDocument | null> {
    return this.ctx.loaders
      .get<string, LegalDocument | null>('legalDocument.byId', async (ids) => {
        const rows = await queryRows(this.ctx.em, LEGAL_DOCUMENTS_BY_IDS, [ids]);
        return byKeys(ids, rows, (r) => r.id);
      })
      .load(assertUuidArg(id, 'id'));
  }

  /** Newest first; keyset on (issued_on, id) descending. */
  async list(filter: LegalDocumentFilter | null | undefined, first: number, after: string | null | undefined): Promise<ConnectionShape<LegalDocument>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (cursor && (typeof cursor[0] !== 'string' || !isIsoDate(cursor[0]) || !isUuid(cursor[1]))) {
      throw badInput('after', 'is not a cursor returned by this connection');
    }
    const params: unknown[] = [
      searchPattern(filter?.issuer, 'filter.issuer'),
      filter?.kind ?? null,
      filter?.status ?? null,
      filter?.year == null ? null : assertYear(filter.year, 'filter.year'),
      searchPattern(filter?.search),
    ];
    const [{ total }] = await queryRows(this.ctx.em, LEGAL_DOCUMENT_COUNT, params);
    const rows = await queryRows(this.ctx.em, LEGAL_DOCUMENT_PAGE, [...params, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1]);
    return toConnection(rows, limit, total, (r) => [r.issuedOn, r.id], Boolean(cursor));
  }

  reviews(documentId: string): Promise<LegalDocumentReview[]> {
    return this.ctx.loaders
      .get<string, LegalDocumentReview[]>('legalDocument.reviews', async (ids) => {
        const rows = await queryRows(this.ctx.em, REVIEWS_OF_DOCUMENTS, [ids]);
        return groupByKeys(ids, rows, (r) => r.documentId);
      })
      .load(documentId);
  }

  /** Legal bases of each procedure asked for in this request, in one query. */
  basisOf(procedureCode: string): Promise<LegalDocument[]> {
    return this.ctx.loaders
      .get<string, Array<LegalDocument & { procedureCode: string }>>('legalDocument.basisOf', async (codes) => {
        const rows = await queryRows(this.ctx.em, LEGAL_BASES_OF_PROCEDURES, [codes]);
        return groupByKeys(codes, rows, (r) => r.procedureCode);
      })
      .load(procedureCode);
  }
}
