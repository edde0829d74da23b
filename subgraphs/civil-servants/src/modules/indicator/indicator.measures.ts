import type { StaffFact } from '../workforce/workforce-rollup.sql';

/**
 * Every civil-servants target of the plan, as the corrected plan's `measure` lines read
 * (DESIGN §6). Each is counted over one population; `who` chooses the rows in the denominator and
 * `counted` those of them in the numerator (SQL over the population's row alias `x`).
 *  - staff: people in service on 31 December, by the facts of `staff_facts`, summed from the staff
 *    summary folded per agency, unit and category; `of` is the fact that puts a person in the
 *    denominator;
 *  - agency: agencies in force on 31 December (`agency_rows`);
 *  - appointment: appointments of the year judged against the standards, summed from their summary
 *    (evidence lists `appointment_rows`, whose `met` is the counted fact).
 */
export type Population = 'staff' | 'agency' | 'appointment';
export type MeasureDef =
  | { population: 'staff'; who: string; of?: StaffFact; counted: StaffFact | 'intermediate_or_above' }
  | { population: 'appointment'; who: string; counted: 'met' }
  | { population: 'agency'; who: string; counted: string };

const PROVINCE_DISTRICT = `x.category IN ('CADRE','CIVIL_SERVANT')`;
const PE = `x.category = 'PUBLIC_EMPLOYEE'`;
const COMMUNE = `x.category IN ('COMMUNE_CADRE','COMMUNE_CIVIL_SERVANT')`;
const staff = (who: string, counted: StaffFact | 'intermediate_or_above', of?: StaffFact): MeasureDef => ({ population: 'staff', who, counted, ...(of ? { of } : {}) });
const peTitle = staff(PE, 'title_trained');

export const MEASURES: Record<string, MeasureDef> = {
  // Provincial and district state administrative agencies (people's committees, departments,
  // district offices) and public service units: commune committees (whose posts are fixed titles)
  // and central branches (answering to their ministries) are outside. An agency's staff are
  // organised by job positions when it has an approved scheme in force and every person in its
  // service on 31 December holds one of its positions approved by then; an agency with no staff
  // counts on its approved scheme alone.
  AGENCIES_WITH_JOB_POSITIONS: {
    population: 'agency',
    who: `x.kind IN ('PROVINCIAL_PEOPLES_COMMITTEE','DEPARTMENT','DISTRICT_PEOPLES_COMMITTEE','DISTRICT_OFFICE','PUBLIC_SERVICE_UNIT')`,
    counted: 'x.has_scheme AND x.placed = x.staff',
  },
  // Appointments of provincial/district cadres and civil servants whose qualifications on the
  // appointment date met the rank's or post's minimum (see appointment-standards.sql).
  CS_MEET_STANDARDS_BEFORE_APPOINTMENT: { population: 'appointment', who: PROVINCE_DISTRICT, counted: 'met' },
  // Both a legal-knowledge update and a public-service ethics course in the year: one alone does not count.
  CS_LEGAL_ETHICS_TRAINED: staff(PROVINCE_DISTRICT, 'legal_and_ethics'),
  CS_SKILLS_TRAINED: staff(PROVINCE_DISTRICT, 'skills'),
  PE_TITLE_STANDARD_TRAINED_2020: peTitle,
  PE_TITLE_STANDARD_TRAINED_2025: peTitle,
  // Public employees in a management post whose management course ended before the appointment.
  PE_MANAGERS_TRAINED_BEFORE_APPOINTMENT: staff(PE, 'manager_trained', 'manager'),
  // Both a (professional) ethics course and a specialised knowledge and skills update in the year.
  PE_ETHICS_TRAINED: staff(PE, 'ethics_and_specialised'),
  COMMUNE_INTERMEDIATE_QUALIFIED: staff(COMMUNE, 'intermediate_or_above'),
  COMMUNE_SPECIALISATION_MATCH: staff(`x.category = 'COMMUNE_CIVIL_SERVANT'`, 'fits'),
  COMMUNE_ANNUAL_TRAINED: staff(COMMUNE, 'trained'),
  // Trained at least once in the year or the year before.
  COMMUNE_NON_DEDICATED_TRAINED_2Y: staff(`x.category = 'NON_DEDICATED_COMMUNE_WORKER'`, 'trained_2y'),
  // Cadres, civil servants and public employees at every level; non-dedicated commune workers are not of these categories.
  ELECTRONIC_PERSONNEL_RECORDS: staff(`x.category <> 'NON_DEDICATED_COMMUNE_WORKER'`, 'electronic'),
};

/** Summary column of a population's denominator: people with the `of` fact, or every appointment. */
const per = (m: MeasureDef) => (m.population === 'staff' ? (m.of ?? 'headcount') : 'appointments');

/** A measure's denominator and numerator as aggregates over its population's rows (summary rows for staff and appointments). */
export function aggregates(m: MeasureDef): { den: string; num: string } {
  if (m.population === 'agency') return { den: `count(*) FILTER (WHERE ${m.who})`, num: `count(*) FILTER (WHERE (${m.who}) AND (${m.counted}))` };
  return { den: `coalesce(sum(x.${per(m)}) FILTER (WHERE ${m.who}), 0)`, num: `coalesce(sum(x.${m.counted}) FILTER (WHERE ${m.who}), 0)` };
}

/** The same measure over single records (evidence): which are in the denominator, and whether each is counted. */
export function recordTerms(m: MeasureDef): { den: string; num: string } {
  if (m.population === 'agency') return { den: m.who, num: m.counted };
  if (m.population === 'appointment') return { den: m.who, num: `x.${m.counted}` };
  return { den: `(${m.who}) AND x.${per(m)}`, num: `x.${m.counted}` };
}
