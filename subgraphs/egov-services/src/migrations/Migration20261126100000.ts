import { Migration } from '@mikro-orm/migrations';
import { CREATE_AUDIT_LOG } from '@par/platform';

/**
 * E-government data: reference copies of the shared catalogue, one-stop dossiers, online services,
 * satisfaction surveys, document exchange, sector statistics, ISO 9001 certifications.
 */
export class Migration20261126100000 extends Migration {
  async up(): Promise<void> {
    for (const sql of CREATE_AUDIT_LOG) this.addSql(sql);

    // Reference copies (DESIGN §2): the only data taken from another subgraph, refreshed by the seed.
    this.addSql(`CREATE TABLE unit_ref (
      code varchar(10) PRIMARY KEY,
      parent_code varchar(10),
      level text NOT NULL CHECK (level IN ('PROVINCE','DISTRICT','COMMUNE'))
    )`);
    this.addSql('CREATE INDEX unit_ref_parent_idx ON unit_ref (parent_code)');
    this.addSql(`CREATE TABLE agency_ref (
      id uuid PRIMARY KEY,
      kind text NOT NULL,
      parent_id uuid,
      unit_code varchar(10) NOT NULL,
      psu_sector text CHECK (psu_sector IN ('EDUCATION','HEALTH','OTHER'))
    )`);
    this.addSql('CREATE INDEX agency_ref_parent_idx ON agency_ref (parent_id)');
    this.addSql('CREATE INDEX agency_ref_unit_idx ON agency_ref (unit_code)');
    this.addSql(`CREATE TABLE procedure_ref (
      code text PRIMARY KEY,
      sector text NOT NULL,
      level text NOT NULL CHECK (level IN ('PROVINCE','DISTRICT','COMMUNE')),
      processing_days int NOT NULL CHECK (processing_days >= 0),
      kind text CHECK (kind IN ('BUSINESS_REGISTRATION','INVESTMENT_CERTIFICATE')),
      agency_id uuid
    )`);

    // Dossiers: local dates and years are generated in Vietnam's time (UTC+7, no daylight saving),
    // so a dossier received at 23:30 on 31 December counts in that year, and statistics can index them.
    this.addSql(`CREATE TABLE dossier (
      id uuid PRIMARY KEY,
      procedure_code text NOT NULL REFERENCES procedure_ref (code),
      agency_id uuid NOT NULL REFERENCES agency_ref (id),
      unit_code varchar(10) NOT NULL,
      channel text NOT NULL CHECK (channel IN ('IN_PERSON','ONLINE','POST')),
      applicant_kind text NOT NULL CHECK (applicant_kind IN ('CITIZEN','ENTERPRISE')),
      applicant_name text,
      applicant_id_number text,
      received_at timestamptz NOT NULL,
      received_on date GENERATED ALWAYS AS ((received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) STORED,
      received_year smallint GENERATED ALWAYS AS (extract(year FROM received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::smallint) STORED,
      due_on date NOT NULL,
      paused_days int NOT NULL DEFAULT 0 CHECK (paused_days >= 0),
      status text NOT NULL CHECK (status IN ('RECEIVED','SUPPLEMENT_REQUESTED','IN_PROGRESS','RESOLVED','REFUSED','WITHDRAWN')),
      resolved_at timestamptz,
      resolved_on date GENERATED ALWAYS AS ((resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) STORED,
      resolved_year smallint GENERATED ALWAYS AS (extract(year FROM resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::smallint) STORED,
      closed_at timestamptz,
      outcome text CHECK (outcome IN ('EARLY','ON_TIME','LATE')),
      close_reason text,
      version int NOT NULL DEFAULT 1,
      CHECK (resolved_at IS NULL OR resolved_at >= received_at),
      CHECK (closed_at IS NULL OR closed_at >= received_at),
      CHECK ((status = 'RESOLVED') = (resolved_at IS NOT NULL AND outcome IS NOT NULL)),
      CHECK ((status IN ('RESOLVED','REFUSED','WITHDRAWN')) = (closed_at IS NOT NULL))
    )`);
    // Statistics read by (agency, year) and (procedure, year); one index per event (receipt, resolution).
    this.addSql('CREATE INDEX dossier_agency_received_idx ON dossier (agency_id, received_year) INCLUDE (channel)');
    this.addSql('CREATE INDEX dossier_agency_resolved_idx ON dossier (agency_id, resolved_year) INCLUDE (resolved_on, due_on) WHERE resolved_year IS NOT NULL');
    this.addSql('CREATE INDEX dossier_procedure_received_idx ON dossier (procedure_code, received_year) INCLUDE (channel)');
    this.addSql('CREATE INDEX dossier_procedure_resolved_idx ON dossier (procedure_code, resolved_year) INCLUDE (resolved_on, due_on) WHERE resolved_year IS NOT NULL');
    this.addSql('CREATE INDEX dossier_unit_received_idx ON dossier (unit_code, received_year)');
    // Seeded and live dossiers arrive in time order, so a BRIN index serves province-wide year ranges at almost no cost.
    this.addSql('CREATE INDEX dossier_received_brin ON dossier USING brin (received_at)');

    this.addSql(`CREATE TABLE supplement_request (
      id bigserial PRIMARY KEY,
      dossier_id uuid NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
      reason text NOT NULL,
      opened_at timestamptz NOT NULL,
      closed_at timestamptz,
      paused_days int CHECK (paused_days >= 0),
      CHECK (closed_at IS NULL OR closed_at >= opened_at),
      CHECK ((closed_at IS NULL) = (paused_days IS NULL))
    )`);
    this.addSql('CREATE INDEX supplement_request_dossier_idx ON supplement_request (dossier_id)');
    // At most one open request per dossier: the clock can only be stopped once at a time.
    this.addSql('CREATE UNIQUE INDEX supplement_request_open_idx ON supplement_request (dossier_id) WHERE closed_at IS NULL');

    this.addSql(`CREATE TABLE online_service (
      procedure_code text PRIMARY KEY REFERENCES procedure_ref (code),
      launched_on date NOT NULL,
      fully_online boolean NOT NULL DEFAULT false
    )`);
    this.addSql(`CREATE TABLE online_service_level (
      procedure_code text NOT NULL REFERENCES online_service (procedure_code) ON DELETE CASCADE,
      since date NOT NULL,
      level smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
      PRIMARY KEY (procedure_code, since)
    )`);

    this.addSql(`CREATE TABLE satisfaction_survey (
      id bigserial PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agency_ref (id),
      year smallint NOT NULL,
      kind text NOT NULL CHECK (kind IN ('PROCEDURE','EDUCATION','HEALTH')),
      responses int NOT NULL CHECK (responses > 0),
      satisfied int NOT NULL CHECK (satisfied >= 0),
      access_index numeric(5,2) NOT NULL CHECK (access_index BETWEEN 0 AND 100),
      procedure_index numeric(5,2) NOT NULL CHECK (procedure_index BETWEEN 0 AND 100),
      civil_servant_index numeric(5,2) NOT NULL CHECK (civil_servant_index BETWEEN 0 AND 100),
      result_index numeric(5,2) NOT NULL CHECK (result_index BETWEEN 0 AND 100),
      feedback_index numeric(5,2) NOT NULL CHECK (feedback_index BETWEEN 0 AND 100),
      CHECK (satisfied <= responses),
      UNIQUE (agency_id, year, kind)
    )`);
    this.addSql('CREATE INDEX satisfaction_survey_year_idx ON satisfaction_survey (year, kind)');

    this.addSql(`CREATE TABLE document_exchange (
      agency_id uuid NOT NULL REFERENCES agency_ref (id),
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      direction text NOT NULL CHECK (direction IN ('TO_PPC','INTERAGENCY')),
      confidential boolean NOT NULL,
      electronic int NOT NULL CHECK (electronic >= 0),
      paper int NOT NULL CHECK (paper >= 0),
      PRIMARY KEY (agency_id, month, direction, confidential)
    )`);
    this.addSql('CREATE INDEX document_exchange_month_idx ON document_exchange (month, direction)');

    this.addSql(`CREATE TABLE sector_statistic (
      indicator text NOT NULL CHECK (indicator IN ('TAX_DECLARATIONS_ONLINE','TAX_PAID_ONLINE','SOCIAL_INSURANCE_ONLINE')),
      year smallint NOT NULL,
      reporting_agency_id uuid NOT NULL REFERENCES agency_ref (id),
      numerator int NOT NULL CHECK (numerator >= 0),
      denominator int NOT NULL CHECK (denominator >= 0),
      CHECK (numerator <= denominator),
      PRIMARY KEY (indicator, year, reporting_agency_id)
    )`);

    this.addSql(`CREATE TABLE iso_certification (
      id bigserial PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agency_ref (id),
      standard text NOT NULL CHECK (standard IN ('TCVN ISO 9001:2008','TCVN ISO 9001:2015')),
      certified_on date NOT NULL,
      expires_on date,
      certifier text,
      CHECK (expires_on IS NULL OR expires_on > certified_on)
    )`);
    this.addSql('CREATE INDEX iso_certification_agency_idx ON iso_certification (agency_id, certified_on DESC)');
  }
}
