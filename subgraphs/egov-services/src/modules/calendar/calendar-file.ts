import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { HubError } from '@par/platform';
import { CalendarDayKind } from './calendar.enums';
import { checkCalendarDay } from './calendar.rules';

/** The official calendar as published (Tết, holidays, compensatory and swapped days), with its sources. */
const CALENDAR_FILE = path.join(__dirname, '..', '..', '..', 'data', 'vn-civil-service-calendar.yaml');

export interface CalendarFileRow {
  day: string;
  kind: CalendarDayKind;
  reason: string;
  note: string | null;
  source: string;
}

interface FileDay {
  date: string;
  why: string;
  note?: string;
  confirmed?: boolean;
}
interface FileYear {
  days_off?: FileDay[];
  working_saturdays?: FileDay[];
  sources?: string[];
  counts?: { weekday_days_off?: number; working_saturdays?: number };
}

/**
 * Reads the calendar file: every confirmed day off and worked Saturday of every year. Entries
 * under `possible_changes` (announced intentions, not law) are left out. The file's own per-year
 * counts are checked, so a slip in editing it stops the migration instead of shifting due dates.
 */
export function readCalendarFile(file = CALENDAR_FILE): CalendarFileRow[] {
  const doc = parse(fs.readFileSync(file, 'utf8')) as { years?: Record<string, FileYear> };
  const rows: CalendarFileRow[] = [];
  const fail = (message: string): never => {
    throw new Error(`${path.basename(file)}: ${message}`);
  };
  for (const [year, y] of Object.entries(doc.years ?? {})) {
    const source = (y.sources ?? []).join('\n');
    if (!source) fail(`${year} names no source`);
    const lists: Array<[CalendarDayKind, FileDay[], number | undefined]> = [
      [CalendarDayKind.DAY_OFF, y.days_off ?? [], y.counts?.weekday_days_off],
      [CalendarDayKind.WORKING_SATURDAY, y.working_saturdays ?? [], y.counts?.working_saturdays],
    ];
    for (const [kind, days, expected] of lists) {
      const confirmed = days.filter((d) => d.confirmed === true);
      if (expected !== undefined && confirmed.length !== expected) fail(`${year} lists ${confirmed.length} ${kind} entries but counts ${expected}`);
      for (const d of confirmed) {
        try {
          checkCalendarDay(String(d.date), kind);
        } catch (err) {
          fail(`${year}: ${err instanceof HubError ? err.message : String(err)}`);
        }
        if (!String(d.date).startsWith(`${year}-`)) fail(`${d.date} is listed under ${year}`);
        rows.push({ day: String(d.date), kind, reason: String(d.why), note: d.note ? String(d.note) : null, source });
      }
    }
  }
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.day)) fail(`${r.day} is listed twice`);
    seen.add(r.day);
  }
  return rows;
}
