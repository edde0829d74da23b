import type { CopyValue } from '@par/platform';
import type { WorkingCalendar } from '../modules/calendar/working-calendar';
import { fromDayNumber, toDayNumber } from '../modules/dossier/working-days';
import { between, chance, noise, pick, trend, type SeedAgency, type SeedCatalogue, type SeedProcedure, type SeedRandom } from './catalogue';

/** Dossiers per year at scale 1 (DESIGN §8: about 300 000 a year in the province). */
export const DOSSIERS_PER_YEAR = 300_000;

/** Share of dossiers by the level of the procedure: most are commune-level civil status and certification. */
const LEVEL_SHARE = { PROVINCE: 0.15, DISTRICT: 0.25, COMMUNE: 0.6 } as const;

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;
/** A local (UTC+7) clock time on a day number, as an instant. */
const localInstant = (day: number, minutes: number) => new Date(day * DAY_MS + minutes * 60_000 - VN_OFFSET_MS);

export interface DossierTrends {
  /** Online share of ordinary procedures, of business registrations, of investment certificates. */
  online: [number, number];
  onlineBusiness: [number, number];
  onlineInvestment: [number, number];
  onTime: [number, number];
}

/** Rising online share and timeliness: business registration passes its 20% target by 2020, investment certificates miss 10%. */
const TRENDS: DossierTrends = {
  online: [0.02, 0.19],
  onlineBusiness: [0.06, 0.31],
  onlineInvestment: [0.01, 0.05],
  onTime: [0.9, 0.985],
};

/**
 * Shares of all dossiers that are business registrations and investment certificates, whatever
 * the number of such procedures in the catalogue: a few thousand registrations a year, investment
 * certificates far fewer.
 */
const KIND_SHARE: ReadonlyArray<readonly ['BUSINESS_REGISTRATION' | 'INVESTMENT_CERTIFICATE', number]> = [
  ['BUSINESS_REGISTRATION', 0.02],
  ['INVESTMENT_CERTIFICATE', 0.003],
];

/** Cumulative weights for a Zipf-like choice: a few procedures take most dossiers, as in practice. */
function zipf(items: SeedProcedure[]): { items: SeedProcedure[]; cumulative: number[] } {
  let sum = 0;
  const cumulative = items.map((_p, i) => (sum += 1 / (i + 1)));
  return { items, cumulative: cumulative.map((c) => c / sum) };
}
function drawZipf(r: SeedRandom, z: { items: SeedProcedure[]; cumulative: number[] }): SeedProcedure {
  const u = r.next();
  let lo = 0;
  let hi = z.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (z.cumulative[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return z.items[lo];
}

export const DOSSIER_COLUMNS = [
  'id', 'procedure_code', 'agency_id', 'unit_code', 'channel', 'applicant_kind', 'applicant_name', 'applicant_id_number',
  'received_at', 'due_on', 'paused_days', 'status', 'resolved_at', 'closed_at', 'outcome', 'close_reason',
] as const;
export const SUPPLEMENT_COLUMNS = ['dossier_id', 'reason', 'opened_at', 'closed_at', 'paused_days', 'dossier_received_at'] as const;

/** Fast deterministic ids: a fixed prefix and the dossier's sequence number. */
const dossierId = (n: number) => `d055e700-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * Generates the dossiers of `years`, in receipt order (so the BRIN index on `received_at` stays
 * tight), pushing supplement requests into `supplements` (a few percent of the dossiers). Offices
 * receive and promise by `calendar`: no in-person or postal dossier on a day off.
 */
export function* generateDossiers(
  r: SeedRandom,
  catalogue: SeedCatalogue,
  years: [number, number],
  scale: number,
  supplements: CopyValue[][],
  applicantName: (enterprise: boolean) => string,
  calendar: WorkingCalendar,
  trends: DossierTrends = TRENDS,
): Generator<CopyValue[]> {
  const byKind = (kinds: string[]) => catalogue.agencies.filter((a) => kinds.includes(a.kind));
  const agenciesOf: Record<keyof typeof LEVEL_SHARE, SeedAgency[]> = {
    PROVINCE: byKind(['DEPARTMENT', 'CENTRAL_BRANCH']),
    DISTRICT: byKind(['DISTRICT_PEOPLES_COMMITTEE']),
    COMMUNE: byKind(['COMMUNE_PEOPLES_COMMITTEE']),
  };
  const agencyById = new Map(catalogue.agencies.map((a) => [a.id, a]));
  const fallback = catalogue.agencies.filter((a) => a.kind !== 'PUBLIC_SERVICE_UNIT');
  const proceduresOf = (level: keyof typeof LEVEL_SHARE) => zipf(catalogue.procedures.filter((p) => p.level === level && p.kind === null));
  const ofKind = KIND_SHARE.map(([kind, share]) => [catalogue.procedures.filter((p) => p.kind === kind), share] as const).filter(([list]) => list.length > 0);
  const levels = (Object.keys(LEVEL_SHARE) as Array<keyof typeof LEVEL_SHARE>).filter((l) => proceduresOf(l).items.length > 0);
  if (!levels.length || !fallback.length) return;
  const procedures = Object.fromEntries(levels.map((l) => [l, proceduresOf(l)])) as Record<string, ReturnType<typeof proceduresOf>>;
  // Each agency is a little better or worse than the province's trend, consistently over the years.
  const agencySkill = new Map(catalogue.agencies.map((a) => [a.id, noise(r, 0.02)]));

  let seq = 0;
  // Committees of communes merged or founded during the years receive dossiers only while they exist.
  const existing = new Map<number, Map<SeedAgency[], SeedAgency[]>>();
  const inYear = (list: SeedAgency[], year: number) => {
    if (!existing.has(year)) existing.set(year, new Map());
    const memo = existing.get(year)!;
    if (!memo.has(list)) memo.set(list, list.filter((a) => (!a.establishedOn || a.establishedOn <= `${year}-12-31`) && (!a.dissolvedOn || a.dissolvedOn >= `${year}-12-31`)));
    return memo.get(list)!;
  };
  for (let year = years[0]; year <= years[1]; year++) {
    const n = Math.max(1, Math.round(DOSSIERS_PER_YEAR * scale * (0.9 + 0.05 * (year - years[0]) + noise(r, 0.02))));
    const first = toDayNumber(`${year}-01-01`);
    const days = toDayNumber(`${year + 1}-01-01`) - first;
    const onTimeP = trend(year, ...trends.onTime);
    for (let i = 0; i < n; i++) {
      seq++;
      let levelU = r.next();
      let level = levels[levels.length - 1];
      for (const l of levels) {
        if (levelU < LEVEL_SHARE[l]) {
          level = l;
          break;
        }
        levelU -= LEVEL_SHARE[l];
      }
      let p: SeedProcedure = drawZipf(r, procedures[level]);
      let kindU = r.next();
      for (const [list, share] of ofKind) {
        if (kindU < share) {
          p = pick(r, list);
          break;
        }
        kindU -= share;
      }
      const procedureLevel = p.level;
      const pool = inYear(agenciesOf[procedureLevel], year).length ? inYear(agenciesOf[procedureLevel], year) : fallback;
      const agency = (p.agencyId && agencyById.get(p.agencyId)) || pick(r, pool);

      const onlineP =
        p.kind === 'BUSINESS_REGISTRATION' ? trend(year, ...trends.onlineBusiness) : p.kind === 'INVESTMENT_CERTIFICATE' ? trend(year, ...trends.onlineInvestment) : trend(year, ...trends.online);
      const channel = chance(r, onlineP) ? 'ONLINE' : chance(r, 0.03) ? 'POST' : 'IN_PERSON';
      const enterprise = p.kind !== null || chance(r, 0.08);

      // Receipt order follows i; in-person and postal dossiers arrive on working days in office hours.
      let day = first + Math.floor((i * days) / n);
      let minute = between(r, 0, 24 * 60 - 1);
      if (channel !== 'ONLINE') {
        // Closed days pass to the next open one, or at the year's end back to the last one.
        day = calendar.nextWorkingDayNumber(day);
        if (day >= first + days) day = calendar.previousWorkingDayNumber(first + days - 1);
        minute = between(r, 7 * 60 + 30, 16 * 60 + 30);
      }
      const receivedAt = localInstant(day, minute);
      let paused = 0;
      let due = calendar.addWorkingDayNumbers(day, p.processingDays);

      const fate = r.next();
      const status = fate < 0.01 ? 'WITHDRAWN' : fate < 0.025 ? 'REFUSED' : fate < 0.027 ? 'IN_PROGRESS' : 'RESOLVED';
      const id = dossierId(seq);

      // Some dossiers wait for a supplement; the clock stops for the working days it is open.
      let lastEvent = receivedAt;
      if (chance(r, 0.07) && status !== 'WITHDRAWN') {
        const openDay = calendar.addWorkingDayNumbers(day, between(r, 0, Math.min(3, p.processingDays)));
        const openedAt = new Date(Math.max(localInstant(openDay, between(r, 8 * 60, 16 * 60)).getTime(), receivedAt.getTime() + 3_600_000));
        const closeDay = calendar.addWorkingDayNumbers(openDay, between(r, 1, 6));
        const closedAt = localInstant(closeDay, between(r, 8 * 60, 16 * 60));
        const stuck = status === 'IN_PROGRESS' && chance(r, 0.5);
        const pausedHere = stuck ? null : calendar.workingDaysBetween(fromDayNumber(openDay), fromDayNumber(closeDay));
        supplements.push([id, pick(r, ['Thiếu bản sao giấy tờ chứng thực', 'Tờ khai chưa đầy đủ thông tin', 'Cần bổ sung giấy ủy quyền']), openedAt, stuck ? null : closedAt, pausedHere, receivedAt]);
        if (pausedHere !== null) {
          paused = pausedHere;
          due = calendar.addWorkingDayNumbers(due, paused);
          lastEvent = closedAt;
        } else {
          lastEvent = openedAt;
        }
      }

      let resolvedAt: Date | null = null;
      let closedAt: Date | null = null;
      let outcome: string | null = null;
      if (status === 'RESOLVED') {
        const skill = agencySkill.get(agency.id) ?? 0;
        let resolveDay: number;
        if (chance(r, Math.min(0.999, onTimeP + skill))) {
          const early = between(r, 0, Math.max(0, Math.floor(p.processingDays / 2)));
          resolveDay = due;
          for (let k = 0; k < early && resolveDay > day; k++) {
            do resolveDay--;
            while (!calendar.isWorkingDayNumber(resolveDay) && resolveDay > day);
          }
        } else {
          resolveDay = calendar.addWorkingDayNumbers(due, between(r, 1, 12));
        }
        resolvedAt = localInstant(resolveDay, between(r, 8 * 60, 17 * 60));
        if (resolvedAt <= lastEvent) resolvedAt = new Date(lastEvent.getTime() + between(r, 10, 120) * 60_000);
        closedAt = resolvedAt;
        const on = fromDayNumber(Math.floor((resolvedAt.getTime() + VN_OFFSET_MS) / DAY_MS));
        const dueIso = fromDayNumber(due);
        outcome = on < dueIso ? 'EARLY' : on === dueIso ? 'ON_TIME' : 'LATE';
      } else if (status !== 'IN_PROGRESS') {
        closedAt = new Date(lastEvent.getTime() + between(r, 1, 5 * 24) * 3_600_000);
      }
      const stuckSupplement = status === 'IN_PROGRESS' && supplements.length > 0 && supplements[supplements.length - 1][0] === id && supplements[supplements.length - 1][3] === null;

      const name = applicantName(enterprise);
      const idNumber = enterprise ? `07${String(between(r, 0, 99_999_999)).padStart(8, '0')}` : `035${between(r, 0, 3)}${String(between(r, 50, 99))}${String(between(r, 0, 999_999)).padStart(6, '0')}`;
      yield [
        id, p.code, agency.id, agency.unitCode, channel, enterprise ? 'ENTERPRISE' : 'CITIZEN', name, idNumber,
        receivedAt, fromDayNumber(due), paused, stuckSupplement ? 'SUPPLEMENT_REQUESTED' : status, resolvedAt, closedAt, outcome,
        status === 'REFUSED' ? 'Hồ sơ không đủ điều kiện theo quy định' : status === 'WITHDRAWN' ? 'Người nộp rút hồ sơ' : null,
      ];
    }
  }
}
