import { measureKinds } from '@par/platform';
import { z } from 'zod';
import { StaffCategory } from '../civil-servant/civil-servant.enums';
import { STAFF_FACT_COLUMNS, type StaffFact } from '../workforce/workforce-rollup.sql';

/**
 * The measure kinds civil-servants implements (DESIGN §6); a plan target names one and its
 * parameters (`measure_kind`, `measure_params` in the plan's data). Each is counted over one
 * population; `who` chooses the rows in the denominator and `counted` those of them in the
 * numerator (SQL over the population's row alias `x`, built only from the validated enum values):
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

/** Kinds of agency in the hub's catalogue. */
const AGENCY_KINDS = [
  'PROVINCIAL_PEOPLES_COMMITTEE',
  'DEPARTMENT',
  'DISTRICT_PEOPLES_COMMITTEE',
  'DISTRICT_OFFICE',
  'PUBLIC_SERVICE_UNIT',
  'COMMUNE_PEOPLES_COMMITTEE',
  'CENTRAL_BRANCH',
] as const;
/** What a staff share can count: a column of the staff summary. */
const STAFF_FACTS = [...STAFF_FACT_COLUMNS, 'intermediate_or_above'] as const;
const categories = z.array(z.enum(StaffCategory)).min(1);

export const WORKFORCE_KINDS = measureKinds({
  /**
   * People of `categories` in service on 31 December (those with the fact `of`, when given) who have
   * the fact `fact` that year, e.g. `legal_and_ethics`: both a legal-knowledge update and a
   * public-service ethics course in the year.
   */
  staff_share: z.strictObject({ categories, fact: z.enum(STAFF_FACTS), of: z.enum(STAFF_FACT_COLUMNS).optional() }),
  /**
   * Agencies of `kinds` in force on 31 December whose staff are organised by job positions: an
   * approved scheme in force and every person in their service holding one of its positions approved
   * by then (an agency with no staff counts on its scheme alone).
   */
  agency_job_positions: z.strictObject({ kinds: z.array(z.enum(AGENCY_KINDS)).min(1) }),
  /** Appointments in the year of people of `categories` whose qualifications on the day met the rank's or post's minimum (appointment-standards.sql). */
  appointment_standards: z.strictObject({ categories }),
});
export type WorkforceMeasure = ReturnType<typeof WORKFORCE_KINDS.read>;

/** `col IN (…)` over whitelisted values, sorted so equal sets give equal SQL. */
const within = (col: string, values: readonly string[]) =>
  `${col} IN (${[...new Set(values)]
    .sort()
    .map((v) => `'${v}'`)
    .join(',')})`;

/** What a measure counts, as SQL over its population. */
export function definitionOf(m: WorkforceMeasure): MeasureDef {
  switch (m.kind) {
    case 'staff_share':
      return { population: 'staff', who: within('x.category', m.params.categories), counted: m.params.fact, ...(m.params.of ? { of: m.params.of } : {}) };
    case 'agency_job_positions':
      return { population: 'agency', who: within('x.kind', m.params.kinds), counted: 'x.has_scheme AND x.placed = x.staff' };
    case 'appointment_standards':
      return { population: 'appointment', who: within('x.category', m.params.categories), counted: 'met' };
  }
}

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
