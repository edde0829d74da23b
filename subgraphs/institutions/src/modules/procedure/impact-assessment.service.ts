import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, groupByKeys, queryRows, type HubContext } from '@par/platform';
import type { ImpactAssessmentInput } from './impact-assessment.inputs';
import { ASSESSMENT_DAYS_IN_FUTURE, ASSESSMENTS_OF_PROCEDURE, ASSESSMENTS_OF_PROCEDURES } from './impact-assessment.queries';
import type { ProcedureImpactAssessment } from './impact-assessment.type';
import { DROP_CARRIED_OVER_ASSESSMENT, UPSERT_ASSESSMENT } from './impact-assessment.writes';

function text(value: string, field: string, max: number): string {
  const v = value.trim();
  if (!v || [...v].length > max) throw badInput(field, `must be 1 to ${max} characters`);
  if (/[\u0000-\u001f]/.test(v)) throw badInput(field, 'contains control characters');
  return v;
}

/** Impact assessment records of procedures: read in batches per request, recorded inside an editor's transaction. */
export class ImpactAssessmentService {
  constructor(private readonly ctx: HubContext) {}

  ofProcedure(code: string): Promise<ProcedureImpactAssessment[]> {
    return this.ctx.loaders
      .get<string, ProcedureImpactAssessment[]>('procedure.impactAssessments', async (codes) => {
        const rows = await queryRows(this.ctx.em, ASSESSMENTS_OF_PROCEDURES, [codes]);
        return groupByKeys(codes, rows, (r) => r.procedureCode);
      })
      .load(code);
  }

  /** Trimmed input, or BAD_USER_INPUT naming the field. Dates are compared with today in Vietnam. */
  async validate(input: ImpactAssessmentInput, field: string): Promise<ImpactAssessmentInput> {
    const draftDocument = text(input.draftDocument, `${field}.draftDocument`, 500);
    const reportRef = text(input.reportRef, `${field}.reportRef`, 200);
    const appraisedOn = input.appraisedOn ?? null;
    if (appraisedOn && appraisedOn < input.assessedOn) throw badInput(`${field}.appraisedOn`, 'is before assessedOn: the appraisal follows the assessment');
    const [{ assessedFuture, appraisedFuture }] = await queryRows(this.ctx.em, ASSESSMENT_DAYS_IN_FUTURE, [input.assessedOn, appraisedOn]);
    if (assessedFuture) throw badInput(`${field}.assessedOn`, 'must not be in the future');
    if (appraisedFuture) throw badInput(`${field}.appraisedOn`, 'must not be in the future');
    return { draftDocument, reportRef, assessedOn: input.assessedOn, appraisedOn };
  }

  /**
   * Records a validated assessment in the caller's transaction: a new draft document adds a record,
   * a known one is replaced. The carried-over flag of the procedure, if any, gives way to it.
   * Returns whether anything changed.
   */
  static async record(tx: EntityManager, code: string, a: ImpactAssessmentInput): Promise<boolean> {
    const dropped = await queryRows(tx, DROP_CARRIED_OVER_ASSESSMENT, [code]);
    const written = await queryRows(tx, UPSERT_ASSESSMENT, [code, a.draftDocument, a.assessedOn, a.reportRef, a.appraisedOn ?? null]);
    return dropped.length + written.length > 0;
  }

  /** A procedure's records as stored, for the audit row's before and after. */
  static list(tx: EntityManager, code: string): Promise<ProcedureImpactAssessment[]> {
    return queryRows(tx, ASSESSMENTS_OF_PROCEDURE, [code]);
  }
}
