import {
  assertUuidArg,
  badInput,
  byKeys,
  decodeCursor,
  groupByKeys,
  pageSize,
  sqlRows,
  toConnection,
  type ConnectionShape,
  type HubContext,
} from '@par/platform';
import { searchPattern } from '../shared/args';
import { IMPACT_ASSESSED_BEFORE_ISSUE } from './impact-assessment.sql';
import type { ProcedureFilter } from './procedure.inputs';
import type { AdministrativeProcedure, ProcedureSimplification } from './procedure.type';

const PROCEDURE_COLUMNS = `p.code, p.name, s.name AS sector, p.sector_code AS "sectorCode", p.level,
  p.processing_days AS "processingDays", p.fee::text AS fee,
  (p.disclosed_on IS NOT NULL AND p.disclosed_on <= current_date) AS "publiclyDisclosed",
  to_char(p.disclosed_on, 'YYYY-MM-DD') AS "disclosedOn", ${IMPACT_ASSESSED_BEFORE_ISSUE} AS "impactAssessed", p.interconnected,
  to_char(p.issued_on, 'YYYY-MM-DD') AS "issuedOn", to_char(p.abolished_on, 'YYYY-MM-DD') AS "abolishedOn",
  p.version, p.implementing_agency_id AS "implementingAgencyId"`;
const FROM = 'administrative_procedure p JOIN procedure_sector s ON s.code = p.sector_code';

const CODE = /^[A-Za-z0-9._-]{1,40}$/;
export function assertProcedureCode(code: string, arg = 'code'): string {
  if (!CODE.test(code)) throw badInput(arg, 'is not a procedure code (letters, digits, ".", "_", "-"; at most 40)');
  return code;
}

/** Reads the catalogue; by-code reads are batched per request (federation references included). */
export class ProcedureService {
  constructor(private readonly ctx: HubContext) {}

  byCode(code: string): Promise<AdministrativeProcedure | null> {
    return this.ctx.loaders
      .get<string, AdministrativeProcedure | null>('procedure.byCode', async (codes) => {
        const rows = await sqlRows<AdministrativeProcedure>(this.ctx.em, `SELECT ${PROCEDURE_COLUMNS} FROM ${FROM} WHERE p.code = ANY($1::text[])`, [codes]);
        return byKeys(codes, rows, (r) => r.code);
      })
      .load(code);
  }

  /** Keyset pages ordered by code: stable while the catalogue changes between pages. */
  async list(filter: ProcedureFilter | null | undefined, first: number, after: string | null | undefined): Promise<ConnectionShape<AdministrativeProcedure>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 1);
    if (cursor && typeof cursor[0] !== 'string') throw badInput('after', 'is not a cursor returned by this connection');
    const sector = filter?.sector?.trim() || null;
    if (sector && sector.length > 200) throw badInput('filter.sector', 'is longer than 200 characters');
    const params: unknown[] = [
      searchPattern(filter?.search),
      filter?.level ?? null,
      sector,
      filter?.implementingAgencyId == null ? null : assertUuidArg(filter.implementingAgencyId, 'filter.implementingAgencyId'),
    ];
    const where = `($1::text IS NULL OR p.search_key LIKE $1) AND ($2::text IS NULL OR p.level = $2)
      AND ($3::text IS NULL OR p.sector_code = $3 OR s.name_key = vn_fold($3))
      AND ($4::uuid IS NULL OR p.implementing_agency_id = $4)`;
    const [{ total }] = await sqlRows<{ total: number }>(this.ctx.em, `SELECT count(*)::int AS total FROM ${FROM} WHERE ${where}`, params);
    const rows = await sqlRows<AdministrativeProcedure>(
      this.ctx.em,
      `SELECT ${PROCEDURE_COLUMNS} FROM ${FROM} WHERE ${where} AND ($5::text IS NULL OR p.code > $5) ORDER BY p.code LIMIT $6`,
      [...params, cursor?.[0] ?? null, limit + 1],
    );
    return toConnection(rows, limit, total, (r) => [r.code], Boolean(cursor));
  }

  simplifications(code: string): Promise<ProcedureSimplification[]> {
    return this.ctx.loaders
      .get<string, ProcedureSimplification[]>('procedure.simplifications', async (codes) => {
        const rows = await sqlRows<ProcedureSimplification>(
          this.ctx.em,
          `SELECT procedure_code AS "procedureCode", to_char(decided_on, 'YYYY-MM-DD') AS "decidedOn",
                  days_before AS "daysBefore", days_after AS "daysAfter", note
           FROM procedure_simplification WHERE procedure_code = ANY($1::text[]) ORDER BY decided_on, id`,
          [codes],
        );
        return groupByKeys(codes, rows, (r) => r.procedureCode);
      })
      .load(code);
  }
}
