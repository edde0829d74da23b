import { Migration } from '@mikro-orm/migrations';
import { CREATE_AUDIT_LOG, CREATE_TRGM_IF_AVAILABLE, CREATE_VN_FOLD, trigramIndex } from '@par/platform';

const list = (values: string[]) => values.map((v) => `'${v}'`).join(',');
export const STAFF_CATEGORIES = ['CADRE', 'CIVIL_SERVANT', 'PUBLIC_EMPLOYEE', 'COMMUNE_CADRE', 'COMMUNE_CIVIL_SERVANT', 'NON_DEDICATED_COMMUNE_WORKER'];
const QUALIFICATIONS = ['BELOW_INTERMEDIATE', 'INTERMEDIATE', 'COLLEGE', 'BACHELOR', 'MASTER', 'DOCTOR'];
const COURSE_KINDS = [
  'LEGAL_KNOWLEDGE', 'PUBLIC_SERVICE_ETHICS', 'SKILLS_AND_METHODS', 'PROFESSIONAL_TITLE_STANDARD',
  'MANAGEMENT_BEFORE_APPOINTMENT', 'STATE_MANAGEMENT', 'POLITICAL_THEORY', 'SPECIALISED_SKILLS',
];

/**
 * Personnel, positions, quotas, ranks, evaluations, training and appointments, with reference copies
 * of the agency and unit catalogues (the only data this subgraph takes from institutions, DESIGN §2).
 */
export class Migration20261126200000 extends Migration {
  async up(): Promise<void> {
    this.addSql(CREATE_VN_FOLD);
    this.addSql(CREATE_TRGM_IF_AVAILABLE);
    for (const sql of CREATE_AUDIT_LOG) this.addSql(sql);
    // The indicator and statistics statements are large but cheap (tens of ms); their cost estimates
    // still cross jit_above_cost, and JIT compilation then takes seconds. New sessions start without it.
    this.addSql(`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET jit = off', current_database()); END $$`);

    this.addSql(`CREATE TABLE agency_ref (
      id uuid PRIMARY KEY,
      kind text NOT NULL,
      parent_id uuid,
      unit_code varchar(10) NOT NULL,
      district_code varchar(10),
      established_on date,
      dissolved_on date
    )`);
    this.addSql('CREATE INDEX agency_ref_parent_idx ON agency_ref (parent_id)');
    this.addSql('CREATE INDEX agency_ref_unit_idx ON agency_ref (unit_code)');
    this.addSql(`CREATE TABLE unit_ref (
      code varchar(10) PRIMARY KEY,
      parent_code varchar(10),
      level text NOT NULL CHECK (level IN ('PROVINCE','DISTRICT','COMMUNE'))
    )`);
    this.addSql('CREATE INDEX unit_ref_parent_idx ON unit_ref (parent_code)');

    this.addSql(`CREATE TABLE rank (
      code text PRIMARY KEY,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('RANK','PROFESSIONAL_TITLE')),
      grade smallint CHECK (grade BETWEEN 1 AND 4),
      min_qualification text NOT NULL CHECK (min_qualification IN (${list(QUALIFICATIONS)}))
    )`);

    this.addSql(`CREATE TABLE job_position (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL,
      code text NOT NULL,
      name text NOT NULL,
      approved_count int NOT NULL CHECK (approved_count >= 0),
      approved_on date NOT NULL,
      UNIQUE (agency_id, code)
    )`);
    this.addSql('CREATE INDEX job_position_approved_idx ON job_position (agency_id, approved_on)');

    this.addSql(`CREATE TABLE staffing_quota (
      agency_id uuid NOT NULL,
      year int NOT NULL,
      approved_quota int NOT NULL CHECK (approved_quota >= 0),
      PRIMARY KEY (agency_id, year)
    )`);
    this.addSql('CREATE INDEX staffing_quota_year_idx ON staffing_quota (year)');

    this.addSql(`CREATE TABLE civil_servant (
      id uuid PRIMARY KEY,
      category text NOT NULL CHECK (category IN (${list(STAFF_CATEGORIES)})),
      agency_id uuid NOT NULL,
      unit_code varchar(10) NOT NULL,
      job_position_id uuid REFERENCES job_position (id),
      rank_code text REFERENCES rank (code),
      qualification text NOT NULL CHECK (qualification IN (${list(QUALIFICATIONS)})),
      specialisation_fits boolean NOT NULL DEFAULT true,
      political_theory_level text CHECK (political_theory_level IN ('ELEMENTARY','INTERMEDIATE','ADVANCED')),
      state_management_level text CHECK (state_management_level IN ('OFFICER','PRINCIPAL_OFFICER','SENIOR_OFFICER')),
      management_post text,
      post_appointed_on date,
      hired_on date NOT NULL,
      left_on date,
      leave_reason text CHECK (leave_reason IN ('RETIRED','DOWNSIZED','TRANSFERRED','DISMISSED')),
      electronic_record_on date,
      full_name text NOT NULL,
      search_key text GENERATED ALWAYS AS (vn_fold(full_name)) STORED,
      gender text NOT NULL CHECK (gender IN ('MALE','FEMALE')),
      date_of_birth date NOT NULL,
      national_id_number char(12) NOT NULL UNIQUE CHECK (national_id_number ~ '^[0-9]{12}$'),
      phone text,
      email text,
      version int NOT NULL DEFAULT 1,
      CHECK ((left_on IS NULL) = (leave_reason IS NULL)),
      CHECK (left_on IS NULL OR left_on >= hired_on),
      CHECK ((management_post IS NULL) = (post_appointed_on IS NULL))
    )`);
    // Listing pages sort by folded name then id; the agency pages and per-agency aggregates go by agency.
    this.addSql('CREATE INDEX civil_servant_name_idx ON civil_servant (search_key, id)');
    this.addSql('CREATE INDEX civil_servant_agency_idx ON civil_servant (agency_id, search_key, id)');
    this.addSql('CREATE INDEX civil_servant_unit_idx ON civil_servant (unit_code)');
    this.addSql('CREATE INDEX civil_servant_position_idx ON civil_servant (job_position_id)');
    this.addSql('CREATE INDEX civil_servant_category_idx ON civil_servant (category, hired_on)');
    this.addSql(trigramIndex('civil_servant', 'search_key'));

    this.addSql(`CREATE TABLE evaluation (
      civil_servant_id uuid NOT NULL REFERENCES civil_servant (id),
      year int NOT NULL,
      rating text NOT NULL CHECK (rating IN ('EXCELLENT','GOOD','COMPLETED','NOT_COMPLETED')),
      PRIMARY KEY (civil_servant_id, year)
    )`);
    this.addSql('CREATE INDEX evaluation_year_idx ON evaluation (year)');

    this.addSql(`CREATE TABLE training_course (
      id uuid PRIMARY KEY,
      title text NOT NULL,
      kind text NOT NULL CHECK (kind IN (${list(COURSE_KINDS)})),
      provider text NOT NULL,
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      hours int NOT NULL CHECK (hours > 0),
      CHECK (ends_on >= starts_on)
    )`);
    this.addSql(`CREATE TABLE training_completion (
      id uuid PRIMARY KEY,
      civil_servant_id uuid NOT NULL REFERENCES civil_servant (id),
      course_id uuid NOT NULL REFERENCES training_course (id),
      completed_on date NOT NULL,
      UNIQUE (civil_servant_id, course_id)
    )`);
    this.addSql('CREATE INDEX training_completion_person_idx ON training_completion (civil_servant_id, completed_on)');
    this.addSql('CREATE INDEX training_completion_course_idx ON training_completion (course_id)');

    this.addSql(`CREATE TABLE appointment (
      id uuid PRIMARY KEY,
      civil_servant_id uuid NOT NULL REFERENCES civil_servant (id),
      kind text NOT NULL CHECK (kind IN ('RANK','POST')),
      rank_code text REFERENCES rank (code),
      post text,
      appointed_on date NOT NULL,
      met_standards boolean NOT NULL,
      CHECK ((kind = 'RANK') = (rank_code IS NOT NULL))
    )`);
    this.addSql('CREATE INDEX appointment_date_idx ON appointment (appointed_on)');
    this.addSql('CREATE INDEX appointment_person_idx ON appointment (civil_servant_id)');
  }
}
