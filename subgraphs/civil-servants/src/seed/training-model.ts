import type { Random } from './catalogue';
import { chance, dayIn, int, pick, stochasticRound, trend, uuid, weighted } from './draw';
import type { Category, Staff } from './model';
import { COURSE_TITLES, PROVIDERS } from './reference-data';

export interface SeedCourse {
  id: string;
  title: string;
  kind: string;
  provider: string;
  startsOn: string;
  endsOn: string;
  hours: number;
}

/** Courses per kind and year: one class per ~60 expected learners; earlier years for pre-plan training. */
export function drawCourses(r: Random, years: [number, number], scale: number): Map<string, SeedCourse[]> {
  const byKindYear = new Map<string, SeedCourse[]>();
  for (let y = years[0] - 8; y <= years[1]; y++) {
    for (const kind of Object.keys(COURSE_TITLES)) {
      const classes = Math.max(1, stochasticRound(r, (y < years[0] ? 2 : 6) * scale * 10));
      const list: SeedCourse[] = [];
      for (let n = 1; n <= Math.min(classes, 40); n++) {
        const startsOn = dayIn(r, y, 2, 11);
        const days = kind === 'POLITICAL_THEORY' ? int(r, 20, 27) : int(r, 2, 20);
        const [sy, sm, sd] = startsOn.split('-').map(Number);
        const ends = new Date(Date.UTC(sy, sm - 1, sd + days)).toISOString().slice(0, 10);
        list.push({
          id: uuid(r), kind, provider: pick(r, PROVIDERS), startsOn, endsOn: ends, hours: int(r, 3, 15) * 8,
          title: `${COURSE_TITLES[kind]} năm ${y}, lớp ${n}`,
        });
      }
      byKindYear.set(`${kind}|${y}`, list);
    }
  }
  return byKindYear;
}

export interface Completion {
  civilServantId: string;
  courseId: string;
  completedOn: string;
}

/** Yearly chance of each kind of training, by population, rising over the plan's years. */
const YEARLY: Record<Category, Array<[kinds: string[], from: number, to: number]>> = {
  // The legal update and the ethics course are separate classes: many take one, fewer both.
  CADRE: [[['LEGAL_KNOWLEDGE'], 0.7, 0.93], [['PUBLIC_SERVICE_ETHICS'], 0.64, 0.9], [['SKILLS_AND_METHODS'], 0.5, 0.74], [['STATE_MANAGEMENT', 'POLITICAL_THEORY'], 0.05, 0.08]],
  CIVIL_SERVANT: [[['LEGAL_KNOWLEDGE'], 0.7, 0.93], [['PUBLIC_SERVICE_ETHICS'], 0.64, 0.9], [['SKILLS_AND_METHODS'], 0.5, 0.74], [['STATE_MANAGEMENT', 'POLITICAL_THEORY'], 0.06, 0.1]],
  PUBLIC_EMPLOYEE: [[['PUBLIC_SERVICE_ETHICS'], 0.55, 0.8], [['SPECIALISED_SKILLS'], 0.58, 0.84], [['LEGAL_KNOWLEDGE'], 0.1, 0.2]],
  COMMUNE_CADRE: [[['LEGAL_KNOWLEDGE', 'SKILLS_AND_METHODS', 'PUBLIC_SERVICE_ETHICS', 'STATE_MANAGEMENT'], 0.48, 0.73]],
  COMMUNE_CIVIL_SERVANT: [[['LEGAL_KNOWLEDGE', 'SKILLS_AND_METHODS', 'PUBLIC_SERVICE_ETHICS', 'SPECIALISED_SKILLS'], 0.48, 0.73]],
  NON_DEDICATED_COMMUNE_WORKER: [[['LEGAL_KNOWLEDGE', 'SKILLS_AND_METHODS'], 0.35, 0.6]],
};

/**
 * A person's completions: yearly training while in service on 31 December, the professional-title
 * course public employees take once, and the management course some took before their appointment.
 */
export function drawCompletions(r: Random, p: Staff, courses: Map<string, SeedCourse[]>, years: [number, number]): Completion[] {
  const out: Completion[] = [];
  const taken = new Set<string>();
  const take = (kind: string, year: number, before?: string): boolean => {
    const list = (courses.get(`${kind}|${year}`) ?? []).filter((c) => c.startsOn >= p.hiredOn && (!before || c.endsOn < before) && !taken.has(c.id));
    if (!list.length) return false;
    const c = pick(r, list);
    taken.add(c.id);
    out.push({ civilServantId: p.id, courseId: c.id, completedOn: c.endsOn });
    return true;
  };
  const [first, last] = years;
  const inService = (y: number) => p.hiredOn <= `${y}-12-31` && (!p.leftOn || p.leftOn > `${y}-12-31`);
  if (p.managementPost && p.postAppointedOn) {
    const year = Number(p.postAppointedOn.slice(0, 4));
    const share = year < first ? 0.55 : trend(0.6, 0.85, year, years);
    if (chance(r, share)) take('MANAGEMENT_BEFORE_APPOINTMENT', year - 1, p.postAppointedOn) || take('MANAGEMENT_BEFORE_APPOINTMENT', year, p.postAppointedOn);
  }
  let titleTrained = false;
  if (p.category === 'PUBLIC_EMPLOYEE' && chance(r, 0.2)) titleTrained = take('PROFESSIONAL_TITLE_STANDARD', int(r, first - 6, first - 1));
  for (let y = first; y <= last; y++) {
    if (!inService(y)) continue;
    for (const [kinds, from, to] of YEARLY[p.category]) {
      if (!chance(r, trend(from, to, y, years))) continue;
      const kind = weighted(r, kinds.map((k) => [k, 1] as const));
      take(kind, y);
      // Some take a second course of the group the same year.
      if (kinds.length > 1 && chance(r, 0.25)) take(pick(r, kinds.filter((k) => k !== kind)), y);
    }
    if (p.category === 'PUBLIC_EMPLOYEE' && !titleTrained && chance(r, trend(0.13, 0.2, y, years))) titleTrained = take('PROFESSIONAL_TITLE_STANDARD', y);
  }
  return out;
}
