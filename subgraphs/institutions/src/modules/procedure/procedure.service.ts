import {
  assertUuidArg,
  badInput,
  byKeys,
  decodeCursor,
  groupByKeys,
  pageSize,
  queryRows,
  toConnection,
  type ConnectionShape,
  type HubContext,
} from '@par/platform';
import { searchPattern } from '../shared/args';
import type { ProcedureFilter } from './procedure.inputs';
import { PROCEDURE_COUNT, PROCEDURE_PAGE, PROCEDURES_BY_CODES, SIMPLIFICATIONS_OF_PROCEDURES } from './procedure.queries';
import type { AdministrativeProcedure, ProcedureSimplification } from './procedure.type';

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
        const rows = await queryRows(this.ctx.em, PROCEDURES_BY_CODES, [codes]);
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
    const [{ total }] = await queryRows(this.ctx.em, PROCEDURE_COUNT, params);
    const rows = await queryRows(this.ctx.em, PROCEDURE_PAGE, [...params, cursor?.[0] ?? null, limit + 1]);
    return toConnection(rows, limit, total, (r) => [r.code], Boolean(cursor));
  }

  simplifications(code: string): Promise<ProcedureSimplification[]> {
    return this.ctx.loaders
      .get<string, ProcedureSimplification[]>('procedure.simplifications', async (codes) => {
        const rows = await queryRows(this.ctx.em, SIMPLIFICATIONS_OF_PROCEDURES, [codes]);
        return groupByKeys(codes, rows, (r) => r.procedureCode);
      })
      .load(code);
  }
}
