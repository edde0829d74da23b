import { Migration } from '@mikro-orm/migrations';
import { CREATE_AUDIT_LOG, trigramIndex } from '@par/platform';

/**
 * The audit log, the unit lists held, legal documents, the procedure catalogue, the reform plan
 * and the PAR Index.
 */
export class Migration20261126120000 extends Migration {
  async up(): Promise<void> {
    for (const sql of CREATE_AUDIT_LOG) this.addSql(sql);

    // The dates the loaded unit lists came into force: years before the earliest have no unit data
    // (the admin_units_vs_baseline measure kind reads it).
    this.addSql(`CREATE TABLE unit_list (
      in_force_from date PRIMARY KEY,
      source text NOT NULL
    )`);

    this.addSql(`CREATE TABLE legal_document (
      id uuid PRIMARY KEY,
      number_symbol text NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('LAW','RESOLUTION','DECREE','DECISION','DIRECTIVE','CIRCULAR','PLAN')),
      issuer text NOT NULL,
      title text NOT NULL,
      issued_on date NOT NULL,
      effective_on date,
      expired_on date,
      normative boolean NOT NULL,
      status text NOT NULL CHECK (status IN ('IN_FORCE','PARTLY_EXPIRED','EXPIRED','NOT_YET_IN_FORCE')),
      search_key text GENERATED ALWAYS AS (vn_fold(number_symbol || ' ' || title || ' ' || issuer)) STORED
    )`);
    this.addSql('CREATE INDEX legal_document_issued_idx ON legal_document (issued_on DESC, id)');
    this.addSql(trigramIndex('legal_document', 'search_key'));
    this.addSql(`CREATE TABLE legal_document_review (
      id serial PRIMARY KEY,
      document_id uuid NOT NULL REFERENCES legal_document (id) ON DELETE CASCADE,
      reviewed_on date NOT NULL,
      result text NOT NULL CHECK (result IN ('KEEP','AMEND','REPLACE','REPEAL')),
      constitution_consistent boolean NOT NULL,
      note text
    )`);
    this.addSql('CREATE INDEX legal_document_review_doc_idx ON legal_document_review (document_id, reviewed_on)');

    this.addSql(`CREATE TABLE procedure_sector (
      code text PRIMARY KEY,
      name text NOT NULL,
      name_key text GENERATED ALWAYS AS (vn_fold(name)) STORED
    )`);
    this.addSql(`CREATE TABLE administrative_procedure (
      code text PRIMARY KEY,
      name text NOT NULL,
      sector_code text NOT NULL REFERENCES procedure_sector (code),
      level text NOT NULL CHECK (level IN ('PROVINCE','DISTRICT','COMMUNE')),
      implementing_agency_id uuid REFERENCES agency (id),
      processing_days integer NOT NULL CHECK (processing_days >= 0),
      fee bigint CHECK (fee >= 0),
      disclosed_on date,
      impact_assessed boolean NOT NULL DEFAULT false,
      interconnected boolean NOT NULL DEFAULT false,
      issued_on date NOT NULL,
      abolished_on date,
      version integer NOT NULL DEFAULT 1,
      search_key text GENERATED ALWAYS AS (vn_fold(code || ' ' || name)) STORED,
      CHECK (abolished_on IS NULL OR abolished_on >= issued_on)
    )`);
    this.addSql('CREATE INDEX administrative_procedure_sector_idx ON administrative_procedure (sector_code, code)');
    this.addSql('CREATE INDEX administrative_procedure_agency_idx ON administrative_procedure (implementing_agency_id, code)');
    this.addSql('CREATE INDEX administrative_procedure_issued_idx ON administrative_procedure (issued_on)');
    this.addSql(trigramIndex('administrative_procedure', 'search_key'));
    this.addSql(`CREATE TABLE procedure_legal_basis (
      procedure_code text NOT NULL REFERENCES administrative_procedure (code) ON DELETE CASCADE,
      document_id uuid NOT NULL REFERENCES legal_document (id),
      PRIMARY KEY (procedure_code, document_id)
    )`);
    this.addSql(`CREATE TABLE procedure_simplification (
      id serial PRIMARY KEY,
      procedure_code text NOT NULL REFERENCES administrative_procedure (code) ON DELETE CASCADE,
      decided_on date NOT NULL,
      days_before integer NOT NULL CHECK (days_before >= 0),
      days_after integer NOT NULL CHECK (days_after >= 0),
      note text NOT NULL
    )`);
    this.addSql('CREATE INDEX procedure_simplification_code_idx ON procedure_simplification (procedure_code, decided_on)');

    this.addSql(`CREATE TABLE reform_plan (
      code text PRIMARY KEY,
      title text NOT NULL,
      issuer text NOT NULL,
      issued_on date NOT NULL,
      period_start integer NOT NULL,
      period_end integer NOT NULL CHECK (period_end >= period_start)
    )`);
    this.addSql(`CREATE TABLE plan_target (
      code text PRIMARY KEY,
      plan_code text NOT NULL REFERENCES reform_plan (code) ON DELETE CASCADE,
      position integer NOT NULL,
      area text NOT NULL CHECK (area IN ('INSTITUTIONS','PROCEDURES','ORGANISATION','CIVIL_SERVICE','PUBLIC_FINANCE','MODERNISATION','STEERING')),
      subgraph text NOT NULL CHECK (subgraph IN ('institutions','civil-servants','egov-services')),
      ref text,
      description text NOT NULL,
      description_en text NOT NULL,
      measure text,
      note text,
      lead text NOT NULL,
      comparator text NOT NULL CHECK (comparator IN ('GT','GTE','LT','LTE','EQ')),
      value double precision NOT NULL,
      unit text NOT NULL,
      due_year integer,
      annual boolean NOT NULL,
      CHECK (annual = (due_year IS NULL))
    )`);
    this.addSql('CREATE INDEX plan_target_plan_idx ON plan_target (plan_code, position)');
    this.addSql(`CREATE TABLE plan_target_lead (
      target_code text NOT NULL REFERENCES plan_target (code) ON DELETE CASCADE,
      agency_id uuid NOT NULL REFERENCES agency (id),
      position integer NOT NULL,
      PRIMARY KEY (target_code, agency_id)
    )`);

    this.addSql(`CREATE TABLE par_assessment (
      agency_id uuid NOT NULL REFERENCES agency (id),
      year integer NOT NULL,
      self_score numeric(5,2) NOT NULL CHECK (self_score BETWEEN 0 AND 100),
      appraised_score numeric(5,2) NOT NULL CHECK (appraised_score BETWEEN 0 AND 100),
      survey_score numeric(5,2) CHECK (survey_score BETWEEN 0 AND 100),
      score numeric(5,2) GENERATED ALWAYS AS (
        CASE WHEN survey_score IS NULL THEN appraised_score ELSE round(appraised_score * 0.7 + survey_score * 0.3, 2) END
      ) STORED,
      PRIMARY KEY (agency_id, year)
    )`);
    this.addSql('CREATE INDEX par_assessment_year_idx ON par_assessment (year, score DESC)');
    this.addSql(`CREATE TABLE par_component (
      agency_id uuid NOT NULL,
      year integer NOT NULL,
      area text NOT NULL CHECK (area IN ('STEERING','INSTITUTIONS','PROCEDURES','ORGANISATION','CIVIL_SERVICE','PUBLIC_FINANCE','MODERNISATION','IMPACT')),
      max_points numeric(5,2) NOT NULL,
      self_points numeric(5,2) NOT NULL CHECK (self_points BETWEEN 0 AND max_points),
      appraised_points numeric(5,2) NOT NULL CHECK (appraised_points BETWEEN 0 AND max_points),
      PRIMARY KEY (agency_id, year, area),
      FOREIGN KEY (agency_id, year) REFERENCES par_assessment (agency_id, year) ON DELETE CASCADE
    )`);
  }
}
