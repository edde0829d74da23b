import { foldSearch } from '@par/platform';
import type { Random, SeedAgency } from './catalogue';
import { addMonths, chance, dayIn, int, iso, pick, stochasticRound, trend, uuid, weighted } from './draw';
import { POST_STANDARDS, POSTS, RANKS, TITLE_RANKS } from './reference-data';

/**
 * The staff model of the sample data: each agency has slots per category (DESIGN §8: about 20 000
 * people at scale 1); a slot is held by one person after another, as people retire, are downsized
 * under Decree 108/2014, move or are dismissed. Attributes drift over the years the way the plan
 * hoped: newer recruits are better qualified and more of them fit their position.
 */
export type Category = 'CADRE' | 'CIVIL_SERVANT' | 'PUBLIC_EMPLOYEE' | 'COMMUNE_CADRE' | 'COMMUNE_CIVIL_SERVANT' | 'NON_DEDICATED_COMMUNE_WORKER';

const SLOTS_PER_AGENCY: Record<string, Array<[Category, number]>> = {
  PROVINCIAL_PEOPLES_COMMITTEE: [['CADRE', 6], ['CIVIL_SERVANT', 55]],
  DEPARTMENT: [['CIVIL_SERVANT', 48]],
  DISTRICT_PEOPLES_COMMITTEE: [['CADRE', 5], ['CIVIL_SERVANT', 22]],
  DISTRICT_OFFICE: [['CIVIL_SERVANT', 9]],
  COMMUNE_PEOPLES_COMMITTEE: [['COMMUNE_CADRE', 11], ['COMMUNE_CIVIL_SERVANT', 10], ['NON_DEDICATED_COMMUNE_WORKER', 16]],
};
/** Public service units take the rest of the province's ~20 000 staff: a hospital or health centre counts as twelve schools. */
const PROVINCE_STAFF = 20_000;
const PSU_WEIGHT = { EDUCATION: 1, HEALTH: 12, OTHER: 1 };

export interface Staff {
  id: string;
  category: Category;
  agency: SeedAgency;
  rankCode: string | null;
  qualification: string;
  specialisationFits: boolean;
  politicalTheoryLevel: string | null;
  stateManagementLevel: string | null;
  managementPost: string | null;
  postAppointedOn: string | null;
  hiredOn: string;
  leftOn: string | null;
  leaveReason: string | null;
  electronicRecordOn: string | null;
  fullName: string;
  gender: 'MALE' | 'FEMALE';
  dateOfBirth: string;
  nationalIdNumber: string;
  phone: string;
  email: string;
}

/** Expected slots of each agency at scale 1. */
export function slotPlan(agencies: SeedAgency[]): Map<string, Array<[Category, number]>> {
  const plan = new Map<string, Array<[Category, number]>>();
  let fixed = 0;
  for (const a of agencies) {
    const slots = SLOTS_PER_AGENCY[a.kind];
    if (!slots) continue;
    plan.set(a.id, slots);
    fixed += slots.reduce((s, [, n]) => s + n, 0);
  }
  const psus = agencies.filter((a) => a.kind === 'PUBLIC_SERVICE_UNIT');
  const weight = psus.reduce((s, a) => s + PSU_WEIGHT[a.sector ?? 'OTHER'], 0);
  for (const a of psus) plan.set(a.id, [['PUBLIC_EMPLOYEE', (Math.max(0, PROVINCE_STAFF - fixed) * PSU_WEIGHT[a.sector ?? 'OTHER']) / Math.max(weight, 1)]]);
  return plan;
}

const retirementAge = (g: Staff['gender']) => (g === 'MALE' ? 60 : 55);

function qualificationOf(r: Random, c: Category, sector: SeedAgency['sector'], hiredYear: number): string {
  const recent = hiredYear >= 2012;
  switch (c) {
    case 'COMMUNE_CADRE':
    case 'COMMUNE_CIVIL_SERVANT':
      return weighted(r, recent
        ? [['BELOW_INTERMEDIATE', 1], ['INTERMEDIATE', 14], ['COLLEGE', 15], ['BACHELOR', 66], ['MASTER', 4]]
        : [['BELOW_INTERMEDIATE', 13], ['INTERMEDIATE', 37], ['COLLEGE', 14], ['BACHELOR', 35], ['MASTER', 1]]);
    case 'NON_DEDICATED_COMMUNE_WORKER':
      return weighted(r, [['BELOW_INTERMEDIATE', 40], ['INTERMEDIATE', 38], ['COLLEGE', 10], ['BACHELOR', 12]]);
    case 'PUBLIC_EMPLOYEE':
      return sector === 'HEALTH'
        ? weighted(r, [['INTERMEDIATE', 24], ['COLLEGE', 20], ['BACHELOR', 44], ['MASTER', 10], ['DOCTOR', 2]])
        : weighted(r, [['INTERMEDIATE', 4], ['COLLEGE', 24], ['BACHELOR', 60], ['MASTER', 11], ['DOCTOR', 1]]);
    default:
      return weighted(r, [['COLLEGE', 4], ['BACHELOR', 68], ['MASTER', 25], ['DOCTOR', 3]]);
  }
}

function rankOf(r: Random, c: Category, sector: SeedAgency['sector']): string | null {
  switch (c) {
    case 'CIVIL_SERVANT':
      return weighted(r, [['01.001', 2], ['01.002', 18], ['01.003', 65], ['01.004', 10], ['01.005', 5]]);
    case 'CADRE':
      return weighted(r, [['01.001', 20], ['01.002', 50], ['01.003', 30]]);
    case 'COMMUNE_CIVIL_SERVANT':
      return weighted(r, [['01.003', 70], ['01.004', 30]]);
    case 'PUBLIC_EMPLOYEE':
      return weighted(r, TITLE_RANKS[sector ?? 'OTHER']);
    default:
      return null;
  }
}

const POLITICAL: Record<Category, Array<[string | null, number]>> = {
  CADRE: [['ADVANCED', 70], ['INTERMEDIATE', 30]],
  CIVIL_SERVANT: [['ADVANCED', 10], ['INTERMEDIATE', 35], ['ELEMENTARY', 30], [null, 25]],
  PUBLIC_EMPLOYEE: [['INTERMEDIATE', 10], ['ELEMENTARY', 20], [null, 70]],
  COMMUNE_CADRE: [['INTERMEDIATE', 80], ['ELEMENTARY', 20]],
  COMMUNE_CIVIL_SERVANT: [['INTERMEDIATE', 30], ['ELEMENTARY', 50], [null, 20]],
  NON_DEDICATED_COMMUNE_WORKER: [['ELEMENTARY', 30], [null, 70]],
};
const STATE_MANAGEMENT: Record<Category, Array<[string | null, number]>> = {
  CADRE: [['SENIOR_OFFICER', 30], ['PRINCIPAL_OFFICER', 60], ['OFFICER', 10]],
  CIVIL_SERVANT: [['SENIOR_OFFICER', 3], ['PRINCIPAL_OFFICER', 20], ['OFFICER', 55], [null, 22]],
  PUBLIC_EMPLOYEE: [['PRINCIPAL_OFFICER', 3], ['OFFICER', 15], [null, 82]],
  COMMUNE_CADRE: [['OFFICER', 60], [null, 40]],
  COMMUNE_CIVIL_SERVANT: [['OFFICER', 40], [null, 60]],
  NON_DEDICATED_COMMUNE_WORKER: [[null, 100]],
};
const POST_SHARE: Partial<Record<Category, number>> = { CADRE: 0.7, CIVIL_SERVANT: 0.2, PUBLIC_EMPLOYEE: 0.1, COMMUNE_CADRE: 0.35 };

export interface PersonContext {
  r: Random;
  years: [number, number];
  seq: number;
  agencyDigitisedOn: string;
  fullName(r: Random, gender: Staff['gender']): string;
}

/** Draws one person of a slot, hired on `hiredOn` (or before the first year when null). */
export function drawPerson(ctx: PersonContext, agency: SeedAgency, category: Category, hiredOn: string | null): Staff {
  const { r, years } = ctx;
  const [first] = years;
  const gender: Staff['gender'] = chance(r, category === 'COMMUNE_CADRE' ? 0.7 : category === 'PUBLIC_EMPLOYEE' ? 0.35 : 0.55) ? 'MALE' : 'FEMALE';
  let dateOfBirth: string;
  if (hiredOn === null) {
    // In post before the plan began: born so that retirement falls after its start.
    const born = int(r, first - retirementAge(gender) + 1, first - 23);
    dateOfBirth = dayIn(r, born);
    const earliest = born + (category === 'NON_DEDICATED_COMMUNE_WORKER' ? 20 : 22);
    hiredOn = dayIn(r, int(r, earliest, Math.max(earliest, Math.min(first - 1, born + 40))));
    if (hiredOn >= iso(first, 1, 1)) hiredOn = iso(first - 1, 12, 1);
  } else {
    const age = category === 'NON_DEDICATED_COMMUNE_WORKER' ? int(r, 20, 45) : category === 'COMMUNE_CADRE' ? int(r, 25, 45) : int(r, 22, 35);
    const [y, m, d] = hiredOn.split('-').map(Number);
    dateOfBirth = iso(y - age, m, Math.min(d, 28));
  }
  const hiredYear = Number(hiredOn.slice(0, 4));
  const sector = agency.sector;
  const postShare = POST_SHARE[category] ?? 0;
  let managementPost: string | null = null;
  let postAppointedOn: string | null = null;
  if (chance(r, postShare)) {
    const from = Math.max(hiredYear + (category === 'CADRE' ? 1 : 4), first - 8);
    const to = years[1];
    if (from <= to) {
      managementPost = pick(r, POSTS[category]!);
      postAppointedOn = dayIn(r, int(r, from, to));
      if (postAppointedOn < hiredOn) postAppointedOn = hiredOn;
    }
  }
  const fullName = ctx.fullName(r, gender);
  const born = Number(dateOfBirth.slice(0, 4));
  // Citizen ID: province 035, century-and-gender digit, birth year, then a serial unique in the sample.
  const nationalIdNumber = `035${(born >= 2000 ? 2 : 0) + (gender === 'MALE' ? 0 : 1)}${String(born % 100).padStart(2, '0')}${String(ctx.seq).padStart(6, '0')}`;
  const slug = foldSearch(fullName).split(' ');
  const lagging = chance(r, 0.03);
  const electronic = hiredOn > ctx.agencyDigitisedOn ? hiredOn : ctx.agencyDigitisedOn;
  const person: Staff = {
    id: uuid(r),
    category,
    agency,
    rankCode: rankOf(r, category, sector),
    qualification: qualificationOf(r, category, sector, hiredYear),
    specialisationFits: chance(r, category === 'COMMUNE_CIVIL_SERVANT' ? (hiredYear >= 2014 ? 0.96 : 0.8) : 0.95),
    politicalTheoryLevel: weighted(r, POLITICAL[category]),
    stateManagementLevel: weighted(r, STATE_MANAGEMENT[category]),
    managementPost,
    postAppointedOn,
    hiredOn,
    leftOn: null,
    leaveReason: null,
    electronicRecordOn: lagging ? addMonths(electronic, int(r, 12, 30)) : electronic,
    fullName,
    gender,
    dateOfBirth,
    nationalIdNumber,
    phone: `09${String(int(r, 10_000_000, 99_999_999))}`,
    email: `${slug[slug.length - 1]}${slug.slice(0, -1).map((w) => w[0]).join('')}${ctx.seq}@hanam.gov.vn`,
  };
  raiseToStandards(r, person);
  return person;
}

const LEVELS: Record<'POLITICAL_THEORY' | 'STATE_MANAGEMENT', string[]> = {
  POLITICAL_THEORY: ['ELEMENTARY', 'INTERMEDIATE', 'ADVANCED'],
  STATE_MANAGEMENT: ['OFFICER', 'PRINCIPAL_OFFICER', 'SENIOR_OFFICER'],
};
const higher = (dim: keyof typeof LEVELS, a: string | null, b: string | null) => (LEVELS[dim].indexOf(a ?? '') >= LEVELS[dim].indexOf(b ?? '') ? a : b);
const RANK_STANDARD = new Map(RANKS.map(([code, , , , , pt, sm]) => [code, [pt, sm] as const]));
const POST_STANDARD = new Map(POST_STANDARDS.map(([post, , pt, sm]) => [post, [pt, sm] as const]));

/**
 * Most people hold the political-theory and state-management levels their rank and post require
 * (the levels are drawn apart from the rank); some do not, and the appointment figures show them.
 */
function raiseToStandards(r: Random, p: Staff): void {
  for (const std of [RANK_STANDARD.get(p.rankCode ?? ''), POST_STANDARD.get(p.managementPost ?? '')]) {
    if (!std || !chance(r, 0.94)) continue;
    p.politicalTheoryLevel = higher('POLITICAL_THEORY', p.politicalTheoryLevel, std[0]);
    p.stateManagementLevel = higher('STATE_MANAGEMENT', p.stateManagementLevel, std[1]);
  }
}

/**
 * When and why a person leaves within the seeded years, or null if still in service at their end:
 * retirement at the statutory age, else yearly chances of downsizing (heavier while Decree 108/2014
 * ran), transfer and dismissal.
 */
export function drawLeaving(r: Random, p: Staff, years: [number, number], agencyEnd: string | null): { on: string; reason: string } | null {
  const [first, last] = years;
  const [by, bm, bd] = p.dateOfBirth.split('-').map(Number);
  const retireOn = iso(by + retirementAge(p.gender), bm, bd);
  const start = Math.max(first, Number(p.hiredOn.slice(0, 4)));
  for (let y = start; y <= last; y++) {
    if (retireOn <= iso(y, 12, 31) && retireOn > p.hiredOn) return { on: retireOn, reason: 'RETIRED' };
    const downsizing = trend(0.014, 0.006, y, years);
    const x = r.next();
    const on = dayIn(r, y);
    if (on <= p.hiredOn) continue;
    if (x < downsizing) return { on, reason: 'DOWNSIZED' };
    if (x < downsizing + 0.012) return { on, reason: 'TRANSFERRED' };
    if (x < downsizing + 0.0125) return { on, reason: 'DISMISSED' };
  }
  if (agencyEnd && agencyEnd <= iso(last, 12, 31)) return { on: agencyEnd, reason: 'TRANSFERRED' };
  return null;
}

/** Slot counts for one agency at `scale`: fractions become coin tosses, so small scales still draw people. */
export function slotsAt(r: Random, slots: Array<[Category, number]>, scale: number): Array<[Category, number]> {
  return slots.map(([c, n]) => [c, stochasticRound(r, n * scale * (0.85 + 0.3 * r.next()))]);
}
