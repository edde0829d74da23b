import type { EntityManager } from '@mikro-orm/postgresql';
import { assertMayWriteFor, assertUuidArg, assertYear, audit, badInput, forbidden, isIsoDate, queryRows, type HubContext, type YearRange } from '@par/platform';
import { PROCEDURE_AGENCY } from '../reference/reference.queries';
import { ReferenceService } from '../reference/reference.service';
import type { DocumentExchangeInput, OnlineServiceLevelInput, SectorStatisticInput } from './reporting.inputs';
import { DOCUMENT_EXCHANGE_BY_KEY, ONLINE_SERVICE_STATE, SECTOR_STATISTIC_BY_KEY } from './reporting.queries';
import type { DocumentExchange, SectorStatistic } from './reporting.type';
import { UPSERT_DOCUMENT_EXCHANGE, UPSERT_ONLINE_SERVICE, UPSERT_ONLINE_SERVICE_LEVEL, UPSERT_SECTOR_STATISTIC } from './reporting.writes';

const today = () => new Date().toISOString().slice(0, 10);
const count = (v: number, field: string) => {
  if (!Number.isInteger(v) || v < 0) throw badInput(field, `must be a count, 0 or more (got ${v})`);
};

/**
 * Figures that sector offices and agencies report rather than the hub recording them event by
 * event: each is an upsert of one row, one transaction and one audit row with before and after.
 */
/** Sector figures are reported for a year that has begun, from the first year the hub's sources cover. */
const STATISTIC_YEARS: YearRange = { min: 2000, max: 'this year' };

export class ReportingService {
  constructor(private readonly ctx: HubContext) {}

  async recordSectorStatistic(input: SectorStatisticInput): Promise<SectorStatistic> {
    const agencyId = assertUuidArg(input.reportingAgencyId, 'reportingAgencyId');
    assertYear(input.year, 'year', STATISTIC_YEARS);
    count(input.numerator, 'numerator');
    count(input.denominator, 'denominator');
    if (input.numerator > input.denominator) throw badInput('numerator', `must not exceed the denominator (${input.numerator} > ${input.denominator})`);
    return this.write('recordSectorStatistic', 'SectorStatistic', agencyId, async (tx) => {
      const [before] = await queryRows(tx, SECTOR_STATISTIC_BY_KEY, [input.indicator, input.year, agencyId]);
      const [after] = await queryRows(tx, UPSERT_SECTOR_STATISTIC, [input.indicator, input.year, agencyId, input.numerator, input.denominator]);
      return { id: `${input.indicator}/${input.year}/${agencyId}`, before: before ?? null, after };
    });
  }

  async recordDocumentExchange(input: DocumentExchangeInput): Promise<DocumentExchange> {
    const agencyId = assertUuidArg(input.agencyId, 'agencyId');
    if (!isIsoDate(input.month) || !input.month.endsWith('-01')) throw badInput('month', `must be the first day of a month, YYYY-MM-01 (got ${input.month})`);
    if (input.month > today()) throw badInput('month', 'is in the future');
    count(input.electronic, 'electronic');
    count(input.paper, 'paper');
    return this.write('recordDocumentExchange', 'DocumentExchange', agencyId, async (tx) => {
      const key = [agencyId, input.month, input.direction, input.confidential];
      const [before] = await queryRows(tx, DOCUMENT_EXCHANGE_BY_KEY, key);
      const [after] = await queryRows(tx, UPSERT_DOCUMENT_EXCHANGE, [...key, input.electronic, input.paper]);
      return { id: key.join('/'), before: before ?? null, after };
    });
  }

  /** Records a level of a procedure's online service; the first level launches the service. */
  async setOnlineServiceLevel(input: OnlineServiceLevelInput): Promise<{ code: string }> {
    if (!Number.isInteger(input.level) || input.level < 1 || input.level > 4) throw badInput('level', `must be 1, 2, 3 or 4 (Decree 43/2011/NĐ-CP; got ${input.level})`);
    if (input.since > today()) throw badInput('since', 'is in the future');
    return this.ctx.em.transactional(async (tx) => {
      const [procedure] = await queryRows(tx, PROCEDURE_AGENCY, [input.procedureCode]);
      if (!procedure) throw badInput('procedureCode', `no administrative procedure ${JSON.stringify(input.procedureCode)} is known`);
      if (procedure.agencyId) await assertMayWriteFor(this.ctx, [procedure.agencyId], { em: tx });
      else if (this.ctx.caller.agencyId && !this.ctx.caller.roles.has('admin')) throw forbidden('Only a province-wide editor may change a procedure without an implementing agency');
      const [before] = await queryRows(tx, ONLINE_SERVICE_STATE, [input.procedureCode]);
      if (before && input.since < before.launchedOn) throw badInput('since', `is before the service was launched (${before.launchedOn})`);
      await queryRows(tx, UPSERT_ONLINE_SERVICE, [input.procedureCode, input.since, input.fullyOnline]);
      await queryRows(tx, UPSERT_ONLINE_SERVICE_LEVEL, [input.procedureCode, input.since, input.level]);
      const [after] = await queryRows(tx, ONLINE_SERVICE_STATE, [input.procedureCode]);
      await audit(tx, { caller: this.ctx.caller, requestId: this.ctx.requestId, action: 'WRITE', operation: 'setOnlineServiceLevel', objectType: 'OnlineService', objectIds: [input.procedureCode], before: before ?? null, after });
      return { code: input.procedureCode };
    });
  }

  private write<T>(operation: string, objectType: string, agencyId: string, upsert: (tx: EntityManager) => Promise<{ id: string; before: T | null; after: T }>): Promise<T> {
    return this.ctx.em.transactional(async (tx) => {
      const refs = new ReferenceService(this.ctx, tx);
      if (!(await refs.agency(agencyId))) throw badInput(objectType === 'SectorStatistic' ? 'reportingAgencyId' : 'agencyId', `no agency ${JSON.stringify(agencyId)} is known`);
      await assertMayWriteFor(this.ctx, [agencyId], { em: tx });
      const { id, before, after } = await upsert(tx);
      await audit(tx, { caller: this.ctx.caller, requestId: this.ctx.requestId, action: 'WRITE', operation, objectType, objectIds: [id], before, after });
      return after;
    });
  }
}
