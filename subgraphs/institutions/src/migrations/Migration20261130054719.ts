import { Migration } from '@mikro-orm/migrations';

/**
 * Impact assessments of procedures as records. Under Decree 63/2010/NĐ-CP (as amended by
 * 48/2013/NĐ-CP) the drafting agency assesses each procedure in the draft legal document that
 * introduces it, with a report, before the document is issued; the justice department appraises
 * it. Whether a procedure was assessed in time is then read from these rows and its issue date.
 *
 * The catalogue flag `impact_assessed` said only "yes". Each "yes" is carried over as a record
 * marked `carried_over`, with no draft, date or report, because none is known: it keeps the claim
 * visible for an editor to complete, and does not count until the assessment itself is recorded.
 * The flag column is dropped rather than kept as a derived view: a generated column cannot read
 * another table, and a second stored copy of the answer is what let the figure drift from the records.
 */
export class Migration20261130054719 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE TABLE procedure_impact_assessment (
      id serial PRIMARY KEY,
      procedure_code text NOT NULL REFERENCES administrative_procedure (code) ON DELETE CASCADE,
      draft_document text CHECK (length(draft_document) BETWEEN 1 AND 500),
      assessed_on date,
      report_ref text CHECK (length(report_ref) BETWEEN 1 AND 200),
      appraised_on date,
      carried_over boolean NOT NULL DEFAULT false,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (procedure_code, draft_document),
      CHECK (carried_over OR (draft_document IS NOT NULL AND assessed_on IS NOT NULL AND report_ref IS NOT NULL)),
      CHECK (NOT carried_over OR (draft_document IS NULL AND assessed_on IS NULL AND report_ref IS NULL AND appraised_on IS NULL)),
      CHECK (appraised_on IS NULL OR appraised_on >= assessed_on)
    )`);
    this.addSql('CREATE UNIQUE INDEX procedure_impact_assessment_carried_idx ON procedure_impact_assessment (procedure_code) WHERE carried_over');
    this.addSql('CREATE INDEX procedure_impact_assessment_code_idx ON procedure_impact_assessment (procedure_code, assessed_on)');
    this.addSql(`INSERT INTO procedure_impact_assessment (procedure_code, carried_over)
      SELECT code, true FROM administrative_procedure WHERE impact_assessed ORDER BY code`);
    this.addSql('ALTER TABLE administrative_procedure DROP COLUMN impact_assessed');
  }
}
