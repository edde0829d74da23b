import { assertMayWriteFor, assertUuidArg, assertYear, audit, badInput, groupByKeys, queryRows, type HubContext, type YearRange } from '@par/platform';
import { ReferenceService } from '../reference/reference.service';
import { SatisfactionSurveyEntity } from './satisfaction.entity';
import type { SatisfactionSurveyInput } from './satisfaction.inputs';
import { SURVEYS_BY_AGENCIES } from './satisfaction.queries';
import type { SatisfactionSurvey } from './satisfaction.type';

const FACTORS = ['accessIndex', 'procedureIndex', 'civilServantIndex', 'resultIndex', 'feedbackIndex'] as const;

const view = (s: SatisfactionSurveyEntity): SatisfactionSurvey => ({
  agencyId: s.agencyId,
  year: s.year,
  kind: s.kind,
  responses: s.responses,
  satisfied: s.satisfied,
  satisfactionRate: Math.round((10_000 * s.satisfied) / s.responses) / 100,
  accessIndex: Number(s.accessIndex),
  procedureIndex: Number(s.procedureIndex),
  civilServantIndex: Number(s.civilServantIndex),
  resultIndex: Number(s.resultIndex),
  feedbackIndex: Number(s.feedbackIndex),
});

/** Surveys are recorded for a year that has begun, from the first year the hub's sources cover. */
const SURVEY_YEARS: YearRange = { min: 2000, max: 'this year' };

export class SatisfactionService {
  constructor(private readonly ctx: HubContext) {}

  forAgency(agencyId: string, year: number): Promise<SatisfactionSurvey[]> {
    return this.ctx.loaders
      .get<string, SatisfactionSurvey[]>(`satisfaction.forAgency.${year}`, async (ids) => {
        const rows = await queryRows(this.ctx.em, SURVEYS_BY_AGENCIES, [ids, year]);
        return groupByKeys(ids, rows, (r) => r.agencyId);
      })
      .load(assertUuidArg(agencyId, 'id'));
  }

  async record(input: SatisfactionSurveyInput): Promise<SatisfactionSurvey> {
    const agencyId = assertUuidArg(input.agencyId, 'agencyId');
    assertYear(input.year, 'year', SURVEY_YEARS);
    if (input.responses < 1) throw badInput('responses', 'must be at least 1');
    if (input.satisfied < 0 || input.satisfied > input.responses) throw badInput('satisfied', `must be between 0 and responses (${input.responses})`);
    for (const f of FACTORS) {
      const v = input[f];
      if (!Number.isFinite(v) || v < 0 || v > 100) throw badInput(f, `is a SIPAS index in percent and must be between 0 and 100 (got ${v})`);
    }
    return this.ctx.em.transactional(async (tx) => {
      const refs = new ReferenceService(this.ctx, tx);
      if (!(await refs.agency(agencyId))) throw badInput('agencyId', `no agency ${JSON.stringify(agencyId)} is known`);
      await assertMayWriteFor(this.ctx, [agencyId], { em: tx });
      const existing = await tx.findOne(SatisfactionSurveyEntity, { agencyId, year: input.year, kind: input.kind });
      const before = existing ? view(existing) : null;
      const survey = existing ?? tx.create(SatisfactionSurveyEntity, { agencyId, year: input.year, kind: input.kind } as SatisfactionSurveyEntity);
      survey.responses = input.responses;
      survey.satisfied = input.satisfied;
      for (const f of FACTORS) survey[f] = input[f];
      await tx.flush();
      const after = view(survey);
      await audit(tx, { caller: this.ctx.caller, requestId: this.ctx.requestId, action: 'WRITE', operation: 'recordSatisfactionSurvey', objectType: 'SatisfactionSurvey', objectIds: [String(survey.id)], before, after });
      return after;
    });
  }
}
