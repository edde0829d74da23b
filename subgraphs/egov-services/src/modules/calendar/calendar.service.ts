import type { EntityManager } from '@mikro-orm/postgresql';
import { assertYear, audit, badInput, forbidden, isIsoDate, optionalText, queryRows, requiredText, type HubContext } from '@par/platform';
import { CALENDAR_DAY_FOR_UPDATE, CALENDAR_DAYS_OF_YEAR, CALENDAR_ENTRIES, CALENDAR_YEAR_COUNTS } from './calendar.queries';
import type { SetCalendarDayInput } from './calendar.inputs';
import { CALENDAR_YEARS, checkCalendarDay } from './calendar.rules';
import type { CalendarDay, WorkingCalendarYear } from './calendar.type';
import { DELETE_CALENDAR_DAY, UPSERT_CALENDAR_DAY } from './calendar.writes';
import { WorkingCalendar } from './working-calendar';

/**
 * The calendar as due-date arithmetic needs it, in one statement on `em` (inside the caller's
 * transaction when one is open, so a write and the dates it computes see the same calendar).
 */
export async function loadWorkingCalendar(em: EntityManager): Promise<WorkingCalendar> {
  return new WorkingCalendar(await queryRows(em, CALENDAR_ENTRIES));
}

/** What the audit log keeps of an entry. */
const snapshot = (d: CalendarDay | undefined) => (d ? { day: d.day, kind: d.kind, reason: d.reason, note: d.note, source: d.source } : null);

export class CalendarService {
  constructor(private readonly ctx: HubContext) {}

  async year(year: number): Promise<WorkingCalendarYear> {
    assertYear(year, 'year', CALENDAR_YEARS);
    const days = await queryRows(this.ctx.em, CALENDAR_DAYS_OF_YEAR, [year]);
    const [counts] = await queryRows(this.ctx.em, CALENDAR_YEAR_COUNTS, [year]);
    return { year, ...counts, days };
  }

  /**
   * Records a day off or a worked Saturday. Dossiers already received keep the date promised to
   * the applicant on their receipt; dossiers received from now on, and supplement pauses closed
   * from now on, are counted with the changed calendar.
   */
  async set(input: SetCalendarDayInput): Promise<CalendarDay> {
    checkCalendarDay(input.day, input.kind);
    const reason = requiredText(input.reason, 'reason', 500);
    const note = optionalText(input.note, 'note', 1000);
    const source = optionalText(input.source, 'source', 2000);
    this.assertMayChangeCalendar();
    return this.ctx.em.transactional(async (tx) => {
      const [before] = await queryRows(tx, CALENDAR_DAY_FOR_UPDATE, [input.day]);
      const [after] = await queryRows(tx, UPSERT_CALENDAR_DAY, [input.day, input.kind, reason, note, source]);
      // Recording what is already there changes nothing, so there is nothing to audit.
      if (!after) return before;
      await this.audit(tx, 'setCalendarDay', input.day, before, after);
      return after;
    });
  }

  /** Removes an entry: the day is an ordinary one again (a weekday worked, a Saturday off). */
  async remove(day: string): Promise<CalendarDay> {
    if (!isIsoDate(day)) throw badInput('day', `must be a date YYYY-MM-DD (got ${JSON.stringify(day)})`);
    this.assertMayChangeCalendar();
    return this.ctx.em.transactional(async (tx) => {
      const [before] = await queryRows(tx, DELETE_CALENDAR_DAY, [day]);
      if (!before) throw badInput('day', `the calendar lists nothing on ${day}`);
      await this.audit(tx, 'removeCalendarDay', day, before, undefined);
      return before;
    });
  }

  /** The calendar is the same for every agency: an editor limited to one agency may not change it. */
  private assertMayChangeCalendar(): void {
    if (this.ctx.caller.agencyId && !this.ctx.caller.roles.has('admin')) {
      throw forbidden('The working calendar applies to every agency; an editor limited to one agency may not change it');
    }
  }

  private audit(tx: EntityManager, operation: string, day: string, before: CalendarDay | undefined, after: CalendarDay | undefined): Promise<void> {
    return audit(tx, { caller: this.ctx.caller, requestId: this.ctx.requestId, action: 'WRITE', operation, objectType: 'CalendarDay', objectIds: [day], before: snapshot(before), after: snapshot(after) });
  }
}
