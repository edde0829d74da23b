import { copyRows, rollupDb, withIndexesDeferred, type SeedContext } from '@par/platform';
import { workforceRollups } from '../modules/workforce/workforce-rollup';
import type { Random, SeedAgency, SeedUnit, SeedUnitVersion } from './catalogue';
import { addMonths, chance, dayIn, int, iso, pick, trend, uuid, weighted } from './draw';
import { drawLeaving, drawPerson, slotPlan, slotsAt, type Staff } from './model';
import { JOB_POSITIONS, POST_STANDARDS, RANKS } from './reference-data';
import { drawCompletions, drawCourses, type Completion } from './training-model';

const TABLES = `appointment, qualification_award, training_completion, training_course, evaluation, civil_servant, staffing_quota, job_position,
  rank, post_standard, agency_ref, unit_ref, training_person_year, staff_year_summary, staff_group_year, appointment_year_summary, rollup_window`;

/** Year an agency digitised its personnel records, or approved its job-position scheme: mostly mid-plan. */
const ROLLOUT = (last: number): Array<[number, number]> => [[last - 4, 8], [last - 3, 22], [last - 2, 30], [last - 1, 30], [last, 10]];

/** What the seed takes from the shared sample catalogue (see catalogue.ts). */
export interface Catalogue {
  units: SeedUnit[];
  /** The dated unit history, for statistics by place as of a day; absent, `unit_ref` alone places units. */
  unitVersions?: SeedUnitVersion[];
  agencies: SeedAgency[];
  random(seed: number, area: string): Random;
  fullName(r: Random, gender: 'MALE' | 'FEMALE'): string;
}

/** The seed of the running hub: the shared sample catalogue, loaded only when seeding. */
export async function seedCivilServants(ctx: SeedContext): Promise<void> {
  const { catalogueAgencies, catalogueUnits, catalogueUnitVersions, fullName, random } = await import('./catalogue');
  await seedFromCatalogue(ctx, { units: catalogueUnits(`${ctx.years[1]}-12-31`), unitVersions: catalogueUnitVersions(), agencies: catalogueAgencies(), random, fullName });
}

/**
 * Civil-servants sample data (DESIGN §8): reference copies of the shared catalogue, then about
 * 20 000 × scale people over the seeded years with their ratings, training, appointments, positions
 * and quotas. Everything is drawn from `seed`, so the same seed gives the same data.
 */
export async function seedFromCatalogue({ client, scale, seed, years, progress, log }: SeedContext, catalogue: Catalogue): Promise<void> {
  await client.query(`TRUNCATE ${TABLES}`);
  const [first, last] = years;
  const { units, random } = catalogue;
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const districtOf = (code: string): string | null => {
    for (let u = unitByCode.get(code); u; u = u.parentCode ? unitByCode.get(u.parentCode) : undefined) if (u.level === 'DISTRICT') return u.code;
    return null;
  };
  await copyRows(client, 'unit_ref', ['code', 'parent_code', 'level'], units.map((u) => [u.code, u.parentCode, u.level]));
  await client.query('TRUNCATE unit_version_ref');
  await copyRows(client, 'unit_version_ref', ['code', 'valid_from', 'valid_to', 'parent_code', 'level', 'successor_code'],
    (catalogue.unitVersions ?? []).map((u) => [u.code, u.validFrom, u.validTo, u.parentCode, u.level, u.successorCode]));
  const { agencies } = catalogue;
  await copyRows(client, 'agency_ref', ['id', 'kind', 'parent_id', 'unit_code', 'district_code', 'established_on', 'dissolved_on'],
    agencies.map((a) => [a.id, a.kind, a.parentId, a.unitCode, districtOf(a.unitCode), a.establishedOn, a.dissolvedOn]));
  await copyRows(client, 'rank', ['code', 'name', 'kind', 'grade', 'min_qualification', 'min_political_theory', 'min_state_management'], RANKS);
  await copyRows(client, 'post_standard', ['post', 'min_qualification', 'min_political_theory', 'min_state_management'], POST_STANDARDS);
  progress('reference', agencies.length, agencies.length);

  const courses = drawCourses(random(seed, 'civil-servants/courses'), years, scale);
  await copyRows(client, 'training_course', ['id', 'title', 'kind', 'provider', 'starts_on', 'ends_on', 'hours'],
    [...courses.values()].flat().map((c) => [c.id, c.title, c.kind, c.provider, c.startsOn, c.endsOn, c.hours]));

  // People, slot by slot: each successor is hired some months after the predecessor left.
  const staff: Staff[] = [];
  const plan = slotPlan(agencies);
  const rollout = ROLLOUT(last);
  const inForce = (a: SeedAgency) => !a.dissolvedOn || a.dissolvedOn > iso(first, 1, 1);
  for (const agency of agencies) {
    const slots = plan.get(agency.id);
    if (!slots || !inForce(agency)) continue;
    // A stream per agency: a change to one agency's staff leaves every other agency's as it was.
    const r = random(seed, `civil-servants/people/${agency.code}`);
    const agencyDigitisedOn = dayIn(r, weighted(r, rollout));
    const opensOn = agency.establishedOn && agency.establishedOn > iso(first, 1, 1) ? agency.establishedOn : null;
    for (const [category, n] of slotsAt(r, slots, scale)) {
      for (let s = 0; s < n; s++) {
        let hiredOn: string | null = opensOn ? addMonths(opensOn, int(r, 0, 3)) : null;
        // Nobody is hired into an agency after it is dissolved.
        while (hiredOn === null || (hiredOn <= iso(last, 12, 31) && !(agency.dissolvedOn && hiredOn >= agency.dissolvedOn))) {
          const p = drawPerson({ r, years, seq: staff.length + 1, agencyDigitisedOn, fullName: catalogue.fullName }, agency, category, hiredOn);
          const leaving = drawLeaving(r, p, years, agency.dissolvedOn);
          if (leaving) {
            p.leftOn = leaving.on;
            p.leaveReason = leaving.reason;
            if (p.postAppointedOn && p.postAppointedOn >= leaving.on) p.managementPost = p.postAppointedOn = null;
          }
          staff.push(p);
          // A post cut under Decree 108 is usually not filled again.
          if (!leaving || (leaving.reason === 'DOWNSIZED' && chance(r, 0.8)) || leaving.on === agency.dissolvedOn) break;
          hiredOn = addMonths(leaving.on, int(r, 1, 8));
        }
      }
    }
  }
  progress('people', staff.length, staff.length);

  // Job-position schemes: every agency but the central branches, approved between 2016 and 2020.
  const rp = random(seed, 'civil-servants/positions');
  const positions: Array<[string, string, string, string, number, string]> = [];
  const positionOf = new Map<Staff, string>();
  const byAgency = new Map<string, Staff[]>();
  for (const p of staff) {
    const list = byAgency.get(p.agency.id);
    if (list) list.push(p);
    else byAgency.set(p.agency.id, [p]);
  }
  for (const agency of agencies) {
    if (agency.kind === 'CENTRAL_BRANCH' || !inForce(agency)) continue;
    const group = agency.kind === 'COMMUNE_PEOPLES_COMMITTEE' ? 'COMMUNE' : agency.kind === 'PUBLIC_SERVICE_UNIT' ? agency.sector ?? 'OTHER' : 'ADMIN';
    const scheme = JOB_POSITIONS[group].map(([code, name]) => ({ id: uuid(rp), code, name, holders: 0 }));
    let approvedOn = dayIn(rp, weighted(rp, rollout));
    if (agency.establishedOn && approvedOn < agency.establishedOn) approvedOn = agency.establishedOn;
    for (const p of byAgency.get(agency.id) ?? []) {
      // Some recruits of an agency with a scheme are not yet placed in one of its positions.
      if (p.hiredOn > approvedOn && chance(rp, 0.03)) continue;
      const pos = p.managementPost ? scheme[0] : p.category === 'NON_DEDICATED_COMMUNE_WORKER' ? scheme[scheme.length - 1] : pick(rp, scheme.slice(1, group === 'COMMUNE' ? -1 : undefined));
      positionOf.set(p, pos.id);
      if (!p.leftOn) pos.holders++;
    }
    for (const pos of scheme) positions.push([pos.id, agency.id, pos.code, pos.name, pos.holders + int(rp, 0, 2), approvedOn]);
  }
  await copyRows(client, 'job_position', ['id', 'agency_id', 'code', 'name', 'approved_count', 'approved_on'], positions);

  await withIndexesDeferred(client, 'civil_servant', () => copyRows(client, 'civil_servant', [
    'id', 'category', 'agency_id', 'unit_code', 'job_position_id', 'rank_code', 'qualification', 'specialisation_fits', 'political_theory_level',
    'state_management_level', 'management_post', 'post_appointed_on', 'hired_on', 'left_on', 'leave_reason', 'electronic_record_on',
    'full_name', 'gender', 'date_of_birth', 'national_id_number', 'phone', 'email',
  ], staff.map((p) => [
    p.id, p.category, p.agency.id, p.agency.unitCode, positionOf.get(p) ?? null, p.rankCode, p.qualification, p.specialisationFits,
    p.politicalTheoryLevel, p.stateManagementLevel, p.managementPost, p.postAppointedOn, p.hiredOn, p.leftOn, p.leaveReason,
    p.electronicRecordOn, p.fullName, p.gender, p.dateOfBirth, p.nationalIdNumber, p.phone, p.email,
  ])));

  // Qualifications with the day each was earned: most held on hiring, some earned in service (after an appointment, at times).
  const rw = random(seed, 'civil-servants/awards');
  function* awards(): Generator<[string, string, string, string]> {
    for (const p of staff) {
      yield [p.id, 'EDUCATION', p.qualification, p.hiredOn];
      for (const [dimension, level] of [['POLITICAL_THEORY', p.politicalTheoryLevel], ['STATE_MANAGEMENT', p.stateManagementLevel]] as const) {
        if (!level) continue;
        let on = chance(rw, 0.72) ? p.hiredOn : dayIn(rw, int(rw, Math.max(Number(p.hiredOn.slice(0, 4)), first - 3), last));
        if (on < p.hiredOn || (p.leftOn && on >= p.leftOn)) on = p.hiredOn;
        yield [p.id, dimension, level, on];
      }
    }
  }
  await withIndexesDeferred(client, 'qualification_award', () => copyRows(client, 'qualification_award', ['civil_servant_id', 'dimension', 'level', 'awarded_on'], awards()));

  const rt = random(seed, 'civil-servants/training');
  function* completions(): Generator<[string, string, string, string]> {
    for (const p of staff) for (const c of drawCompletions(rt, p, courses, years) as Completion[]) yield [uuid(rt), c.civilServantId, c.courseId, c.completedOn];
  }
  const trained = await withIndexesDeferred(client, 'training_completion', () => copyRows(client, 'training_completion', ['id', 'civil_servant_id', 'course_id', 'completed_on'], completions()));
  progress('training', trained, trained);

  const inService = (p: Staff, y: number) => p.hiredOn <= iso(y, 12, 31) && (!p.leftOn || p.leftOn > iso(y, 12, 31));
  const re = random(seed, 'civil-servants/evaluations');
  function* evaluations(): Generator<[string, number, string]> {
    for (const p of staff) {
      for (let y = first; y <= last; y++) {
        if (!inService(p, y) || p.category === 'NON_DEDICATED_COMMUNE_WORKER') continue;
        yield [p.id, y, weighted(re, [['EXCELLENT', trend(10, 14, y, years)], ['GOOD', 62], ['COMPLETED', 24], ['NOT_COMPLETED', trend(4, 2, y, years)]])];
      }
    }
  }
  await withIndexesDeferred(client, 'evaluation', () => copyRows(client, 'evaluation', ['civil_servant_id', 'year', 'rating'], evaluations()));

  // Appointments: to a post (dated on the record), and promotions in rank, with the standards check the authority declared
  // (kept as recorded; the plan's measure judges the qualifications on the day instead).
  const ra = random(seed, 'civil-servants/appointments');
  function* appointments(): Generator<[string, string, string, string | null, string | null, string, boolean]> {
    for (const p of staff) {
      const provincial = p.category === 'CADRE' || p.category === 'CIVIL_SERVANT';
      if (p.postAppointedOn && Number(p.postAppointedOn.slice(0, 4)) >= first) {
        const y = Number(p.postAppointedOn.slice(0, 4));
        yield [uuid(ra), p.id, 'POST', null, p.managementPost, p.postAppointedOn, chance(ra, provincial ? trend(0.9, 1, y, years) : 0.95)];
      }
      if (!provincial || !p.rankCode) continue;
      for (let y = first; y <= last; y++) {
        if (!inService(p, y) || !chance(ra, 0.04)) continue;
        const on = dayIn(ra, y);
        if (on > p.hiredOn) yield [uuid(ra), p.id, 'RANK', p.rankCode, null, on, chance(ra, trend(0.88, 1, y, years))];
      }
    }
  }
  await withIndexesDeferred(client, 'appointment', () => copyRows(client, 'appointment', ['id', 'civil_servant_id', 'kind', 'rank_code', 'post', 'appointed_on', 'met_standards'], appointments()));

  // Staffing quotas (biên chế): a little above each year's headcount, non-dedicated workers aside.
  const rq = random(seed, 'civil-servants/quotas');
  const quotas: Array<[string, number, number]> = [];
  for (const [agencyId, people] of byAgency) {
    for (let y = first; y <= last; y++) {
      const headcount = people.filter((p) => inService(p, y) && p.category !== 'NON_DEDICATED_COMMUNE_WORKER').length;
      if (headcount) quotas.push([agencyId, y, Math.round(headcount * (1.02 + 0.08 * rq.next()))]);
    }
  }
  await copyRows(client, 'staffing_quota', ['agency_id', 'year', 'approved_quota'], quotas);
  const summaries = await workforceRollups.rebuild(rollupDb(client));
  progress('summaries', summaries.staff_year_summary, summaries.staff_year_summary);
  log.info({ staff: staff.length, completions: trained, positions: positions.length }, 'civil-servants sample data loaded');
}
