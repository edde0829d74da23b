import { Migration } from '@mikro-orm/migrations';
import { CREATE_AUDIT_LOG } from '@par/platform';

/**
 * Reference copy of the agency catalogue, budget lines, PAR funding, autonomy assessments.
 * Money is bigint (whole đồng): exact, and its sums are numeric in PostgreSQL, so nothing rounds.
 */
export class Migration20261126100000 extends Migration {
  async up(): Promise<void> {
    for (const sql of CREATE_AUDIT_LOG) this.addSql(sql);

    // Owned by institutions; copied here (DESIGN §2) for agency-scoped editors and id checks.
    this.addSql(`CREATE TABLE agency_ref (
      id uuid PRIMARY KEY,
      code text NOT NULL,
      kind text NOT NULL,
      parent_id uuid,
      unit_code varchar(10) NOT NULL,
      district_code varchar(10),
      psu_sector text CHECK (psu_sector IN ('EDUCATION','HEALTH','OTHER')),
      is_public_service_unit boolean GENERATED ALWAYS AS (kind = 'PUBLIC_SERVICE_UNIT') STORED
    )`);
    this.addSql('CREATE INDEX agency_ref_parent_idx ON agency_ref (parent_id)');

    this.addSql(`CREATE TABLE budget_line (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agency_ref (id),
      fiscal_year smallint NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2100),
      category text NOT NULL CHECK (category IN ('RECURRENT','INVESTMENT','PAR','REVENUE')),
      stage text NOT NULL CHECK (stage IN ('ESTIMATE','SETTLEMENT')),
      amount bigint NOT NULL CHECK (amount >= 0),
      approved_on date,
      approving_body text,
      version int NOT NULL DEFAULT 1 CHECK (version >= 1),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT budget_line_once UNIQUE (agency_id, fiscal_year, category, stage)
    )`);
    this.addSql('CREATE INDEX budget_line_year_idx ON budget_line (fiscal_year, category, stage) INCLUDE (amount)');

    this.addSql(`CREATE TABLE par_funding (
      id uuid PRIMARY KEY,
      agency_id uuid NOT NULL REFERENCES agency_ref (id),
      fiscal_year smallint NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2100),
      plan_area smallint NOT NULL CHECK (plan_area BETWEEN 1 AND 7),
      task text NOT NULL CHECK (length(task) BETWEEN 1 AND 500),
      source text NOT NULL CHECK (source IN ('STATE_BUDGET','NON_BUDGET')),
      planned bigint NOT NULL CHECK (planned >= 0),
      allocated bigint NOT NULL CHECK (allocated >= 0),
      spent bigint NOT NULL CHECK (spent >= 0),
      version int NOT NULL DEFAULT 1 CHECK (version >= 1),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT par_funding_task_once UNIQUE (agency_id, fiscal_year, plan_area, task, source)
    )`);
    this.addSql('CREATE INDEX par_funding_year_area_idx ON par_funding (fiscal_year, plan_area)');
    this.addSql('CREATE INDEX par_funding_agency_idx ON par_funding (agency_id, fiscal_year)');

    // Rate and group are generated so that every query reads the one Decree 60/2021 rule. The group
    // compares exact integers (revenue × 10 vs spending), never the rounded rate.
    this.addSql(`CREATE TABLE autonomy_assessment (
      agency_id uuid NOT NULL REFERENCES agency_ref (id),
      fiscal_year smallint NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2100),
      revenue bigint NOT NULL CHECK (revenue >= 0),
      recurrent_spending bigint NOT NULL CHECK (recurrent_spending > 0),
      covers_investment boolean NOT NULL DEFAULT false,
      self_financing_rate numeric GENERATED ALWAYS AS (100 * revenue::numeric / recurrent_spending) STORED,
      autonomy_group smallint GENERATED ALWAYS AS (
        CASE
          WHEN revenue >= recurrent_spending AND covers_investment THEN 1
          WHEN revenue >= recurrent_spending THEN 2
          WHEN revenue::numeric * 10 >= recurrent_spending THEN 3
          ELSE 4
        END) STORED,
      PRIMARY KEY (agency_id, fiscal_year)
    )`);
    this.addSql('CREATE INDEX autonomy_assessment_year_idx ON autonomy_assessment (fiscal_year, autonomy_group)');
  }
}
