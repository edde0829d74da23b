import { Migration } from '@mikro-orm/migrations';

/**
 * The targets of plan 851/QĐ-UBND loaded before targets named their measure kind get the kind and
 * parameters the plan's data gave them on this date (frozen here, as a migration never changes), so
 * a hub upgraded in place keeps measuring without reloading the plan. Targets that already name a
 * kind, and codes of any other plan, are left as they are.
 */
export class Migration20261130120000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`UPDATE plan_target t SET measure_kind = v.kind, measure_params = v.params::jsonb
      FROM (VALUES
      ('TTHC_SATISFACTION', 'survey_satisfaction', '{"surveyKinds":["PROCEDURE"]}'),
      ('TTHC_NEW_IMPACT_ASSESSED', 'new_procedures_impact_assessed', '{}'),
      ('TTHC_PUBLICLY_DISCLOSED', 'procedures_disclosed', '{}'),
      ('PUBLIC_SERVICE_SATISFACTION', 'survey_satisfaction', '{"surveyKinds":["EDUCATION","HEALTH"]}'),
      ('ADMIN_UNITS_NOT_INCREASED', 'admin_units_vs_baseline', '{"baseline":"2016-06-17"}'),
      ('AGENCIES_WITH_JOB_POSITIONS', 'agency_job_positions', '{"kinds":["PROVINCIAL_PEOPLES_COMMITTEE","DEPARTMENT","DISTRICT_PEOPLES_COMMITTEE","DISTRICT_OFFICE","PUBLIC_SERVICE_UNIT"]}'),
      ('CS_MEET_STANDARDS_BEFORE_APPOINTMENT', 'appointment_standards', '{"categories":["CADRE","CIVIL_SERVANT"]}'),
      ('CS_LEGAL_ETHICS_TRAINED', 'staff_share', '{"categories":["CADRE","CIVIL_SERVANT"],"fact":"legal_and_ethics"}'),
      ('CS_SKILLS_TRAINED', 'staff_share', '{"categories":["CADRE","CIVIL_SERVANT"],"fact":"skills"}'),
      ('PE_TITLE_STANDARD_TRAINED_2020', 'staff_share', '{"categories":["PUBLIC_EMPLOYEE"],"fact":"title_trained"}'),
      ('PE_TITLE_STANDARD_TRAINED_2025', 'staff_share', '{"categories":["PUBLIC_EMPLOYEE"],"fact":"title_trained"}'),
      ('PE_MANAGERS_TRAINED_BEFORE_APPOINTMENT', 'staff_share', '{"categories":["PUBLIC_EMPLOYEE"],"of":"manager","fact":"manager_trained"}'),
      ('PE_ETHICS_TRAINED', 'staff_share', '{"categories":["PUBLIC_EMPLOYEE"],"fact":"ethics_and_specialised"}'),
      ('COMMUNE_INTERMEDIATE_QUALIFIED', 'staff_share', '{"categories":["COMMUNE_CADRE","COMMUNE_CIVIL_SERVANT"],"fact":"intermediate_or_above"}'),
      ('COMMUNE_SPECIALISATION_MATCH', 'staff_share', '{"categories":["COMMUNE_CIVIL_SERVANT"],"fact":"fits"}'),
      ('COMMUNE_ANNUAL_TRAINED', 'staff_share', '{"categories":["COMMUNE_CADRE","COMMUNE_CIVIL_SERVANT"],"fact":"trained"}'),
      ('COMMUNE_NON_DEDICATED_TRAINED_2Y', 'staff_share', '{"categories":["NON_DEDICATED_COMMUNE_WORKER"],"fact":"trained_2y"}'),
      ('ELECTRONIC_PERSONNEL_RECORDS', 'staff_share', '{"categories":["CADRE","CIVIL_SERVANT","PUBLIC_EMPLOYEE","COMMUNE_CADRE","COMMUNE_CIVIL_SERVANT"],"fact":"electronic"}'),
      ('ONLINE_SERVICES_LEVEL_3_4', 'online_services_at_level', '{"minLevel":3}'),
      ('TAX_DECLARATIONS_ONLINE', 'sector_statistic', '{"indicator":"TAX_DECLARATIONS_ONLINE"}'),
      ('TAX_PAID_ONLINE', 'sector_statistic', '{"indicator":"TAX_PAID_ONLINE"}'),
      ('SOCIAL_INSURANCE_ONLINE', 'sector_statistic', '{"indicator":"SOCIAL_INSURANCE_ONLINE"}'),
      ('BUSINESS_REGISTRATION_ONLINE', 'resolved_dossiers_online', '{"procedureKind":"BUSINESS_REGISTRATION"}'),
      ('INVESTMENT_CERTIFICATE_ONLINE', 'resolved_dossiers_online', '{"procedureKind":"INVESTMENT_CERTIFICATE"}'),
      ('DOCS_TO_PPC_ELECTRONIC', 'electronic_documents', '{"direction":"TO_PPC","nonConfidentialOnly":true}'),
      ('DOCS_INTERAGENCY_ELECTRONIC', 'electronic_documents', '{"direction":"INTERAGENCY","nonConfidentialOnly":false}')) AS v(code, kind, params)
     WHERE t.code = v.code AND t.plan_code = '851/QĐ-UBND' AND t.measure_kind IS NULL`);
  }
}
