import { activeAt, completedIn, yearEnd } from '../workforce/workforce.sql';

/**
 * Every civil-servants target of the plan, as SQL conditions over one population (DESIGN §6):
 * `den` selects the rows counted, `num` those of them meeting the target's condition. Row aliases:
 * `cs` staff in service on 31 December, `a` agencies in force, `ap` appointments of the year;
 * `s.year` is the year measured.
 */
export type Population = 'staff' | 'agency' | 'appointment';
export interface MeasureDef {
  population: Population;
  den: string;
  num: string;
}

const Y = 's.year';
const PROVINCE_DISTRICT = `cs.category IN ('CADRE','CIVIL_SERVANT')`;
const PE = `cs.category = 'PUBLIC_EMPLOYEE'`;
const COMMUNE = `cs.category IN ('COMMUNE_CADRE','COMMUNE_CIVIL_SERVANT')`;
const everCompleted = (kind: string) => `EXISTS (SELECT 1 FROM training_completion tc JOIN training_course co ON co.id = tc.course_id
    WHERE tc.civil_servant_id = cs.id AND co.kind = '${kind}' AND tc.completed_on <= ${yearEnd(Y)})`;
const peTitle: MeasureDef = { population: 'staff', den: PE, num: everCompleted('PROFESSIONAL_TITLE_STANDARD') };

export const MEASURES: Record<string, MeasureDef> = {
  // agencies with an approved job-position scheme / agencies (central branches answer to their ministries)
  AGENCIES_WITH_JOB_POSITIONS: {
    population: 'agency',
    den: 'true',
    num: `EXISTS (SELECT 1 FROM job_position jp WHERE jp.agency_id = a.id AND jp.approved_on <= ${yearEnd(Y)})`,
  },
  // appointments of provincial/district cadres and civil servants in the year whose appointee met the standards
  CS_MEET_STANDARDS_BEFORE_APPOINTMENT: { population: 'appointment', den: PROVINCE_DISTRICT, num: 'ap.met_standards' },
  CS_LEGAL_ETHICS_TRAINED: { population: 'staff', den: PROVINCE_DISTRICT, num: completedIn('cs', Y, `'LEGAL_KNOWLEDGE','PUBLIC_SERVICE_ETHICS'`) },
  CS_SKILLS_TRAINED: { population: 'staff', den: PROVINCE_DISTRICT, num: completedIn('cs', Y, `'SKILLS_AND_METHODS'`) },
  PE_TITLE_STANDARD_TRAINED_2020: peTitle,
  PE_TITLE_STANDARD_TRAINED_2025: peTitle,
  // public employees in a management post whose management course ended before the appointment
  PE_MANAGERS_TRAINED_BEFORE_APPOINTMENT: {
    population: 'staff',
    den: `${PE} AND cs.management_post IS NOT NULL AND cs.post_appointed_on <= ${yearEnd(Y)}`,
    num: `EXISTS (SELECT 1 FROM training_completion tc JOIN training_course co ON co.id = tc.course_id
      WHERE tc.civil_servant_id = cs.id AND co.kind = 'MANAGEMENT_BEFORE_APPOINTMENT'
        AND co.ends_on < cs.post_appointed_on AND tc.completed_on < cs.post_appointed_on)`,
  },
  PE_ETHICS_TRAINED: { population: 'staff', den: PE, num: completedIn('cs', Y, `'PUBLIC_SERVICE_ETHICS','SPECIALISED_SKILLS'`) },
  COMMUNE_INTERMEDIATE_QUALIFIED: { population: 'staff', den: COMMUNE, num: `cs.qualification <> 'BELOW_INTERMEDIATE'` },
  COMMUNE_SPECIALISATION_MATCH: { population: 'staff', den: `cs.category = 'COMMUNE_CIVIL_SERVANT'`, num: 'cs.specialisation_fits' },
  COMMUNE_ANNUAL_TRAINED: { population: 'staff', den: COMMUNE, num: completedIn('cs', Y) },
  // trained at least once in the year or the year before
  COMMUNE_NON_DEDICATED_TRAINED_2Y: {
    population: 'staff',
    den: `cs.category = 'NON_DEDICATED_COMMUNE_WORKER'`,
    num: `EXISTS (SELECT 1 FROM training_completion tc WHERE tc.civil_servant_id = cs.id
      AND tc.completed_on >= make_date(${Y} - 1, 1, 1) AND tc.completed_on <= ${yearEnd(Y)})`,
  },
  ELECTRONIC_PERSONNEL_RECORDS: { population: 'staff', den: 'true', num: `cs.electronic_record_on <= ${yearEnd(Y)}` },
};

export const POPULATION_SQL: Record<Population, string> = {
  staff: `scopes s JOIN civil_servant cs ON ${activeAt('cs', Y)}`,
  agency: `scopes s JOIN agency_ref a ON a.kind <> 'CENTRAL_BRANCH'
    AND (a.established_on IS NULL OR a.established_on <= ${yearEnd(Y)}) AND (a.dissolved_on IS NULL OR a.dissolved_on > ${yearEnd(Y)})`,
  appointment: `scopes s JOIN appointment ap ON ap.appointed_on >= make_date(${Y}, 1, 1) AND ap.appointed_on <= ${yearEnd(Y)}
    JOIN civil_servant cs ON cs.id = ap.civil_servant_id`,
};

/** Which columns place a population's rows in an agency/unit scope. */
export const SCOPE_COLUMNS: Record<Population, [string, string]> = {
  staff: ['cs.agency_id', 'cs.unit_code'],
  agency: ['a.id', 'a.unit_code'],
  appointment: ['cs.agency_id', 'cs.unit_code'],
};
