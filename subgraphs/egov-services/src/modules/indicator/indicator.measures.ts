import { measureKinds } from '@par/platform';
import { z } from 'zod';
import { DocumentDirection, SectorIndicator } from '../reporting/reporting.enums';
import { SurveyKind } from '../satisfaction/satisfaction.entity';
import { documentMonths, onlineServicesAtLevel, resolvedDossiersOnline, sectorStatistic, surveys, type TargetSql } from './indicator.sql';

/** Procedure kinds the catalogue marks (`procedure_ref.kind`). */
const PROCEDURE_KINDS = ['BUSINESS_REGISTRATION', 'INVESTMENT_CERTIFICATE'] as const;

/**
 * The measure kinds egov-services implements (DESIGN §6); a plan target names one and its
 * parameters (`measure_kind`, `measure_params` in the plan's data). Parameters are enums, a bounded
 * level and a boolean: the SQL of each kind holds only values these schemas let through.
 */
export const EGOV_KINDS = measureKinds({
  /** Satisfied responses / responses of the survey batches of `surveyKinds` in the year. */
  survey_satisfaction: z.strictObject({ surveyKinds: z.array(z.enum(SurveyKind)).min(1) }),
  /** Online public services launched by 31 December whose level then is at least `minLevel` / those services. */
  online_services_at_level: z.strictObject({ minLevel: z.number().int().min(1).max(4) }),
  /** A sector office's yearly figure for `indicator`, as reported. */
  sector_statistic: z.strictObject({ indicator: z.enum(SectorIndicator) }),
  /** Dossiers of procedures of `procedureKind` resolved in the year that were received online / all of them resolved in the year. */
  resolved_dossiers_online: z.strictObject({ procedureKind: z.enum(PROCEDURE_KINDS) }),
  /** Electronic documents / documents sent in `direction` in the year; confidential ones left out when `nonConfidentialOnly`. */
  electronic_documents: z.strictObject({ direction: z.enum(DocumentDirection), nonConfidentialOnly: z.boolean() }),
});
export type EgovMeasure = ReturnType<typeof EGOV_KINDS.read>;

/** The SQL of a measure: its records, and the figure when a summary answers it. */
export function sqlOf(m: EgovMeasure): TargetSql {
  switch (m.kind) {
    case 'survey_satisfaction':
      return surveys([...new Set(m.params.surveyKinds)].sort());
    case 'online_services_at_level':
      return onlineServicesAtLevel(m.params.minLevel);
    case 'sector_statistic':
      return sectorStatistic(m.params.indicator);
    case 'resolved_dossiers_online':
      return resolvedDossiersOnline(m.params.procedureKind);
    case 'electronic_documents':
      return documentMonths(m.params.direction, m.params.nonConfidentialOnly);
  }
}
