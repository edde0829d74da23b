import { Migration } from '@mikro-orm/migrations';

/**
 * What the corrected plan measures need, and the summaries the figures read (issues 14 and 17):
 *  - the order of each qualification scale, so "at least" can be asked of levels in SQL;
 *  - the political-theory and state-management minimum of a rank, and the standards of posts;
 *  - dated qualification awards, so a person's qualifications can be judged on an appointment date;
 *  - summaries kept by every write: training kinds per person and year, staff per year at the grain
 *    of the workforce figures, and the years they cover.
 * Summaries start empty: `npm run rollup:rebuild -- civil-servants` (or a seed) fills them.
 */
export class Migration20261130060000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE TABLE qualification_level (
      dimension text NOT NULL CHECK (dimension IN ('EDUCATION','POLITICAL_THEORY','STATE_MANAGEMENT')),
      level text NOT NULL,
      ord smallint NOT NULL,
      PRIMARY KEY (dimension, level)
    )`);
    // The national scales (Law on Education; Central Committee and Ministry of Home Affairs programmes), lowest first.
    this.addSql(`INSERT INTO qualification_level (dimension, level, ord) VALUES
      ('EDUCATION','BELOW_INTERMEDIATE',1), ('EDUCATION','INTERMEDIATE',2), ('EDUCATION','COLLEGE',3),
      ('EDUCATION','BACHELOR',4), ('EDUCATION','MASTER',5), ('EDUCATION','DOCTOR',6),
      ('POLITICAL_THEORY','ELEMENTARY',1), ('POLITICAL_THEORY','INTERMEDIATE',2), ('POLITICAL_THEORY','ADVANCED',3),
      ('STATE_MANAGEMENT','OFFICER',1), ('STATE_MANAGEMENT','PRINCIPAL_OFFICER',2), ('STATE_MANAGEMENT','SENIOR_OFFICER',3)`);

    this.addSql(`ALTER TABLE rank
      ADD COLUMN min_political_theory text CHECK (min_political_theory IN ('ELEMENTARY','INTERMEDIATE','ADVANCED')),
      ADD COLUMN min_state_management text CHECK (min_state_management IN ('OFFICER','PRINCIPAL_OFFICER','SENIOR_OFFICER'))`);
    this.addSql(`CREATE TABLE post_standard (
      post text PRIMARY KEY,
      min_qualification text NOT NULL CHECK (min_qualification IN ('BELOW_INTERMEDIATE','INTERMEDIATE','COLLEGE','BACHELOR','MASTER','DOCTOR')),
      min_political_theory text CHECK (min_political_theory IN ('ELEMENTARY','INTERMEDIATE','ADVANCED')),
      min_state_management text CHECK (min_state_management IN ('OFFICER','PRINCIPAL_OFFICER','SENIOR_OFFICER'))
    )`);

    this.addSql(`CREATE TABLE qualification_award (
      civil_servant_id uuid NOT NULL REFERENCES civil_servant (id),
      dimension text NOT NULL,
      level text NOT NULL,
      awarded_on date NOT NULL,
      PRIMARY KEY (civil_servant_id, dimension, level),
      FOREIGN KEY (dimension, level) REFERENCES qualification_level (dimension, level)
    )`);
    // Records kept before awards were dated: the levels on file, held since hiring (the best the rows say).
    this.addSql(`INSERT INTO qualification_award (civil_servant_id, dimension, level, awarded_on)
      SELECT id, 'EDUCATION', qualification, hired_on FROM civil_servant
      UNION ALL SELECT id, 'POLITICAL_THEORY', political_theory_level, hired_on FROM civil_servant WHERE political_theory_level IS NOT NULL
      UNION ALL SELECT id, 'STATE_MANAGEMENT', state_management_level, hired_on FROM civil_servant WHERE state_management_level IS NOT NULL`);

    this.addSql('CREATE INDEX training_completion_day_idx ON training_completion (completed_on)');
    this.addSql(`CREATE TABLE training_person_year (
      civil_servant_id uuid NOT NULL,
      year int NOT NULL,
      kinds text[] NOT NULL,
      PRIMARY KEY (civil_servant_id, year)
    )`);
    this.addSql(`CREATE TABLE staff_year_summary (
      year int NOT NULL,
      agency_id uuid NOT NULL,
      unit_code varchar(10) NOT NULL,
      category text NOT NULL,
      rank_code text,
      qualification text NOT NULL,
      headcount int NOT NULL,
      trained int NOT NULL,
      trained_2y int NOT NULL,
      legal_and_ethics int NOT NULL,
      skills int NOT NULL,
      ethics_and_specialised int NOT NULL,
      title_trained int NOT NULL,
      manager int NOT NULL,
      manager_trained int NOT NULL,
      electronic int NOT NULL,
      fits int NOT NULL,
      in_position int NOT NULL
    )`);
    this.addSql('CREATE INDEX staff_year_summary_year_idx ON staff_year_summary (year, agency_id)');
    this.addSql('CREATE INDEX staff_year_summary_agency_idx ON staff_year_summary (agency_id, year)');
    this.addSql('CREATE INDEX staff_year_summary_unit_idx ON staff_year_summary (unit_code, year)');
    this.addSql(`CREATE TABLE rollup_window (
      name text PRIMARY KEY,
      first_year int NOT NULL,
      last_year int NOT NULL
    )`);
  }
}
