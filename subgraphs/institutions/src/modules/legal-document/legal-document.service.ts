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
  sqlRows,
  toConnection,
  type ConnectionShape,
  type HubContext,
} from '@par/platform';
import { searchPattern } from '../shared/args';
import type { LegalDocumentFilter } from './legal-document.inputs';
import type { LegalDocument, LegalDocumentReview } from './legal-document.type';

const LEGAL_DOCUMENT_COLUMNS = `d.id, d.number_symbol AS "numberSymbol", d.kind, d.issuer, d.title,
  to_char(d.issued_on, 'YYYY-MM-DD') AS "issuedOn", to_char(d.effective_on, 'YYYY-MM-DD') AS "effectiveOn",
  to_char(d.expired_on, 'YYYY-MM-DD') AS "expiredOn", d.normative, d.status, extract(year FROM d.issued_on)::int AS year`;

/** Legal documents and their reviews; reviews and legal bases are batched per request. */
export class LegalDocumentService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<LegalDocument | null> {
    return this.ctx.loaders
      .get<string, LegalDocument | null>('legalDocument.byId', async (ids) => {
        const rows = await sqlRows<LegalDocument>(this.ctx.em, `SELECT ${LEGAL_DOCUMENT_COLUMNS} FROM legal_document d WHERE d.id = ANY($1::uuid[])`, [ids]);
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
    const where = `($1::text IS NULL OR vn_fold(d.issuer) LIKE $1) AND ($2::text IS NULL OR d.kind = $2)
      AND ($3::text IS NULL OR d.status = $3) AND ($4::int IS NULL OR extract(year FROM d.issued_on) = $4)
      AND ($5::text IS NULL OR d.search_key LIKE $5)`;
    const [{ total }] = await sqlRows<{ total: number }>(this.ctx.em, `SELECT count(*)::int AS total FROM legal_document d WHERE ${where}`, params);
    const rows = await sqlRows<LegalDocument>(
      this.ctx.em,
      `SELECT ${LEGAL_DOCUMENT_COLUMNS} FROM legal_document d
       WHERE ${where} AND ($6::date IS NULL OR (d.issued_on, d.id) < ($6::date, $7::uuid))
       ORDER BY d.issued_on DESC, d.id DESC LIMIT $8`,
      [...params, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
    );
    return toConnection(rows, limit, total, (r) => [r.issuedOn, r.id], Boolean(cursor));
  }

  reviews(documentId: string): Promise<LegalDocumentReview[]> {
    return this.ctx.loaders
      .get<string, LegalDocumentReview[]>('legalDocument.reviews', async (ids) => {
        const rows = await sqlRows<LegalDocumentReview>(
          this.ctx.em,
          `SELECT document_id AS "documentId", to_char(reviewed_on, 'YYYY-MM-DD') AS "reviewedOn", result,
                  constitution_consistent AS "constitutionConsistent", note
           FROM legal_document_review WHERE document_id = ANY($1::uuid[]) ORDER BY reviewed_on, id`,
          [ids],
        );
        return groupByKeys(ids, rows, (r) => r.documentId);
      })
      .load(documentId);
  }

  /** Legal bases of each procedure asked for in this request, in one query. */
  basisOf(procedureCode: string): Promise<LegalDocument[]> {
    return this.ctx.loaders
      .get<string, Array<LegalDocument & { procedureCode: string }>>('legalDocument.basisOf', async (codes) => {
        const rows = await sqlRows<LegalDocument & { procedureCode: string }>(
          this.ctx.em,
          `SELECT b.procedure_code AS "procedureCode", ${LEGAL_DOCUMENT_COLUMNS}
           FROM procedure_legal_basis b JOIN legal_document d ON d.id = b.document_id
           WHERE b.procedure_code = ANY($1::text[]) ORDER BY d.issued_on, d.id`,
          [codes],
        );
        return groupByKeys(codes, rows, (r) => r.procedureCode);
      })
      .load(procedureCode);
  }
}
