import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { LegalDocumentKind, LegalDocumentStatus, ReviewResult } from './legal-document.type';

const LEGAL_DOCUMENT_COLUMNS = `d.id, d.number_symbol AS "numberSymbol", d.kind, d.issuer, d.title,
  to_char(d.issued_on, 'YYYY-MM-DD') AS "issuedOn", to_char(d.effective_on, 'YYYY-MM-DD') AS "effectiveOn",
  to_char(d.expired_on, 'YYYY-MM-DD') AS "expiredOn", d.normative, d.status, extract(year FROM d.issued_on)::int AS year`;

const DOCUMENT_ROW = z.object({
  id: z.guid(),
  numberSymbol: z.string(),
  kind: z.enum(LegalDocumentKind),
  issuer: z.string(),
  title: z.string(),
  issuedOn: z.iso.date(),
  effectiveOn: z.iso.date().nullable(),
  expiredOn: z.iso.date().nullable(),
  normative: z.boolean(),
  status: z.enum(LegalDocumentStatus),
  year: z.number().int(),
});

/** Documents by id ($1 uuid[]). */
export const LEGAL_DOCUMENTS_BY_IDS = defineQuery(
  'legalDocumentsByIds',
  `SELECT ${LEGAL_DOCUMENT_COLUMNS} FROM legal_document d WHERE d.id = ANY($1::uuid[])`,
  DOCUMENT_ROW,
);

/** $1 folded issuer pattern, $2 kind, $3 status, $4 year of issue, $5 folded search pattern; each ignored when null. */
const WHERE = `($1::text IS NULL OR vn_fold(d.issuer) LIKE $1) AND ($2::text IS NULL OR d.kind = $2)
      AND ($3::text IS NULL OR d.status = $3) AND ($4::int IS NULL OR extract(year FROM d.issued_on) = $4)
      AND ($5::text IS NULL OR d.search_key LIKE $5)`;

/** How many documents match the list filter ($1–$5). */
export const LEGAL_DOCUMENT_COUNT = defineQuery(
  'legalDocumentCount',
  `SELECT count(*)::int AS total FROM legal_document d WHERE ${WHERE}`,
  z.object({ total: z.number().int() }),
);

/** One page of the list filter ($1–$5), newest first, after cursor $6/$7 (issue date, id), $8 rows at most. */
export const LEGAL_DOCUMENT_PAGE = defineQuery(
  'legalDocumentPage',
  `SELECT ${LEGAL_DOCUMENT_COLUMNS} FROM legal_document d
       WHERE ${WHERE} AND ($6::date IS NULL OR (d.issued_on, d.id) < ($6::date, $7::uuid))
       ORDER BY d.issued_on DESC, d.id DESC LIMIT $8`,
  DOCUMENT_ROW,
);

/** The reviews of the documents in $1 (uuid[]), oldest first. */
export const REVIEWS_OF_DOCUMENTS = defineQuery(
  'reviewsOfDocuments',
  `SELECT document_id AS "documentId", to_char(reviewed_on, 'YYYY-MM-DD') AS "reviewedOn", result,
                  constitution_consistent AS "constitutionConsistent", note
           FROM legal_document_review WHERE document_id = ANY($1::uuid[]) ORDER BY reviewed_on, id`,
  z.object({
    documentId: z.guid(),
    reviewedOn: z.iso.date(),
    result: z.enum(ReviewResult),
    constitutionConsistent: z.boolean(),
    note: z.string().nullable(),
  }),
);

/** The legal bases of the procedures in $1 (text[]), oldest first. */
export const LEGAL_BASES_OF_PROCEDURES = defineQuery(
  'legalBasesOfProcedures',
  `SELECT b.procedure_code AS "procedureCode", ${LEGAL_DOCUMENT_COLUMNS}
           FROM procedure_legal_basis b JOIN legal_document d ON d.id = b.document_id
           WHERE b.procedure_code = ANY($1::text[]) ORDER BY d.issued_on, d.id`,
  DOCUMENT_ROW.extend({ procedureCode: z.string() }),
);
