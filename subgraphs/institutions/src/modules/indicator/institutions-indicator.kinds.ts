import { measureKinds } from '@par/platform';
import { z } from 'zod';

/**
 * The measure kinds institutions implements from its catalogue and unit data (DESIGN §6); a plan
 * target names one and its parameters (`measure_kind`, `measure_params` in the plan's data).
 */
export const INSTITUTIONS_KINDS = measureKinds({
  /** Procedures first issued in the year with an impact assessment dated on or before their issue / procedures first issued in the year. */
  new_procedures_impact_assessed: z.strictObject({}),
  /** Procedures in force on 31 December that are publicly disclosed by then / procedures in force on 31 December. */
  procedures_disclosed: z.strictObject({}),
  /**
   * Administrative units in force on 31 December / units in force on `baseline` (an ISO date, e.g.
   * the plan's own; the earliest unit list held when that is later). Years before that list have no data.
   */
  admin_units_vs_baseline: z.strictObject({ baseline: z.iso.date() }),
});
export type InstitutionsMeasure = ReturnType<typeof INSTITUTIONS_KINDS.read>;
