import { documentMonths, onlineServicesAtLevel, resolvedDossiersOnline, sectorStatistic, surveys, type TargetSql } from './indicator.sql';

/**
 * How each e-government target of plan 851 is measured (the `measure` lines of the plan's target
 * list) and which records lie behind its figure. The target's value and its reading are data in
 * the plan; only what is counted is here.
 */
export const TARGETS: Record<string, TargetSql> = {
  // satisfied survey responses / all survey responses on procedure handling, in the year
  TTHC_SATISFACTION: surveys(['PROCEDURE']),
  // satisfied responses / responses, surveys of education and health public service units, in the year
  PUBLIC_SERVICE_SATISFACTION: surveys(['EDUCATION', 'HEALTH']),
  // online public services at level 3 or 4 on 31 Dec / online public services on 31 Dec
  ONLINE_SERVICES_LEVEL_3_4: onlineServicesAtLevel(3),
  // sector statistics reported by the tax office and the social insurance office
  TAX_DECLARATIONS_ONLINE: sectorStatistic('TAX_DECLARATIONS_ONLINE'),
  TAX_PAID_ONLINE: sectorStatistic('TAX_PAID_ONLINE'),
  SOCIAL_INSURANCE_ONLINE: sectorStatistic('SOCIAL_INSURANCE_ONLINE'),
  // dossiers of the kind received online and resolved in the year / all of the kind resolved in the year
  BUSINESS_REGISTRATION_ONLINE: resolvedDossiersOnline('BUSINESS_REGISTRATION'),
  INVESTMENT_CERTIFICATE_ONLINE: resolvedDossiersOnline('INVESTMENT_CERTIFICATE'),
  // electronic non-confidential documents submitted to the PPC / non-confidential documents submitted to the PPC, in the year
  DOCS_TO_PPC_ELECTRONIC: documentMonths('TO_PPC', true),
  // electronic documents exchanged between agencies / documents exchanged between agencies, in the year
  DOCS_INTERAGENCY_ELECTRONIC: documentMonths('INTERAGENCY', false),
};
