import { assertMayWriteFor, assertUuidArg, assertYear, audit, badInput, groupByKeys, byKeys, queryRows, type HubContext, type YearRange } from '@par/platform';
import { AgencyKind } from '../agency/agency.entity';
import { AgencyService } from '../agency/agency.service';
import { ParAssessmentEntity, ParComponentEntity } from './par-index.entity';
import type { ParAssessmentInput } from './par-index.inputs';
import { PAR_ASSESSMENT, PAR_COMPONENTS, PAR_RANKING, PAR_RESULTS_OF_AGENCIES } from './par-index.queries';
import { AREA_MAX_POINTS, type ParIndexArea, type ParAssessment, type ParIndexComponent, type ParIndexResult } from './par-index.type';

/** Only departments and district People's Committees are assessed and ranked. */
const RANKED_KINDS: string[] = [AgencyKind.DEPARTMENT, AgencyKind.DISTRICT_PEOPLES_COMMITTEE];
const FIRST_PAR_YEAR = 2012;
/** An assessment is recorded for a year the PAR Index existed in and that has begun. */
const PAR_INDEX_YEARS: YearRange = { min: FIRST_PAR_YEAR, max: 'this year' };

const round2 = (n: number) => Math.round(n * 100) / 100;

export class ParIndexService {
  constructor(private readonly ctx: HubContext) {}

  /** One agency's result, batched: every agency asked for in the request and year costs one query. */
  forAgency(agencyId: string, year: number): Promise<ParIndexResult | null> {
    assertYear(year, 'year');
    return this.ctx.loaders
      .get<string, ParIndexResult | null>(`parIndex.forAgency:${year}`, async (ids) => {
        const rows = await queryRows(this.ctx.em, PAR_RESULTS_OF_AGENCIES, [year, RANKED_KINDS, ids]);
        return byKeys(ids, rows, (r) => r.agencyId);
      })
      .load(agencyId);
  }

  ranking(year: number, kind: AgencyKind | null): Promise<ParIndexResult[]> {
    assertYear(year, 'year');
    if (kind && !RANKED_KINDS.includes(kind)) throw badInput('kind', `only ${RANKED_KINDS.join(' and ')} are ranked`);
    return queryRows(this.ctx.em, PAR_RANKING, [year, kind ? [kind] : RANKED_KINDS]);
  }

  components(agencyId: string, year: number): Promise<ParIndexComponent[]> {
    return this.ctx.loaders
      .get<string, Array<ParIndexComponent & { agencyId: string }>>(`parIndex.components:${year}`, async (ids) => {
        const rows = await queryRows(this.ctx.em, PAR_COMPONENTS, [year, ids]);
        return groupByKeys(ids, rows, (r) => r.agencyId);
      })
      .load(agencyId);
  }

  /** Validates everything before writing; the assessment, its areas and the audit row commit together (its agency resolves by field). */
  async record(input: ParAssessmentInput): Promise<Omit<ParAssessment, 'agency'>> {
    const agencyId = assertUuidArg(input.agencyId, 'input.agencyId');
    const year = assertYear(input.year, 'input.year', PAR_INDEX_YEARS);
    for (const f of ['selfScore', 'appraisedScore', 'surveyScore'] as const) {
      const v = input[f];
      if (v != null && !(Number.isFinite(v) && v >= 0 && v <= 100)) throw badInput(`input.${f}`, 'must be between 0 and 100');
    }
    const components = input.components ?? null;
    if (components) this.validateComponents(input);
    const agencies = new AgencyService(this.ctx);
    const agency = await agencies.byId(agencyId);
    if (!agency) throw badInput('input.agencyId', 'no agency has this id');
    // Scope before kind: an editor learns nothing about an agency it may not write for.
    await assertMayWriteFor(this.ctx, [agencyId], { table: 'agency' });
    if (!RANKED_KINDS.includes(agency.kind)) throw badInput('input.agencyId', 'only departments and district People\'s Committees receive a PAR Index');

    await this.ctx.em.transactional(async (tx) => {
      const existing = await tx.findOne(ParAssessmentEntity, { agencyId, year });
      const before = existing ? { ...existing, components: await tx.find(ParComponentEntity, { agencyId, year }) } : null;
      const values = { selfScore: round2(input.selfScore).toFixed(2), appraisedScore: round2(input.appraisedScore).toFixed(2), surveyScore: input.surveyScore == null ? null : round2(input.surveyScore).toFixed(2) };
      if (existing) tx.assign(existing, values);
      else tx.create(ParAssessmentEntity, { agencyId, year, ...values });
      await tx.flush();
      await tx.nativeDelete(ParComponentEntity, { agencyId, year });
      for (const c of components ?? []) {
        tx.create(ParComponentEntity, { agencyId, year, area: c.area, maxPoints: AREA_MAX_POINTS[c.area].toFixed(2), selfPoints: round2(c.selfPoints).toFixed(2), appraisedPoints: round2(c.appraisedPoints).toFixed(2) });
      }
      await tx.flush();
      await audit(tx, {
        caller: this.ctx.caller,
        requestId: this.ctx.requestId,
        action: 'WRITE',
        operation: 'recordParAssessment',
        objectType: 'ParAssessment',
        objectIds: [`${agencyId}:${year}`],
        before,
        after: { agencyId, year, ...values, components },
      });
    });
    const [row] = await queryRows(this.ctx.em.fork(), PAR_ASSESSMENT, [agencyId, year]);
    return row;
  }

  private validateComponents(input: ParAssessmentInput): void {
    const list = input.components!;
    const areas = new Set(list.map((c) => c.area));
    if (areas.size !== list.length || areas.size !== Object.keys(AREA_MAX_POINTS).length) {
      throw badInput('input.components', `must give each of the ${Object.keys(AREA_MAX_POINTS).length} areas exactly once`);
    }
    list.forEach((c, i) => {
      const max = AREA_MAX_POINTS[c.area as ParIndexArea];
      for (const f of ['selfPoints', 'appraisedPoints'] as const) {
        if (!(Number.isFinite(c[f]) && c[f] >= 0 && c[f] <= max)) throw badInput(`input.components[${i}].${f}`, `must be between 0 and ${max} for ${c.area}`);
      }
    });
    const sum = (f: 'selfPoints' | 'appraisedPoints') => round2(list.reduce((s, c) => s + c[f], 0));
    if (Math.abs(sum('selfPoints') - input.selfScore) > 0.01) throw badInput('input.components', 'self points do not add up to selfScore');
    if (Math.abs(sum('appraisedPoints') - input.appraisedScore) > 0.01) throw badInput('input.components', 'appraised points do not add up to appraisedScore');
  }
}
