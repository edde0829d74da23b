import { copyRows, type SeedContext } from '@par/platform';
import { AGENCY_REF_COLUMNS, AUTONOMY_COLUMNS, BUDGET_COLUMNS, generateFinance, PAR_COLUMNS, type SeedAgency, type SeedRandom } from './generate';

/** Replaces all finance data (and the agency reference copy) with rows generated from `catalogue`. */
export async function loadFinance(ctx: SeedContext, catalogue: SeedAgency[], random: (area: string) => SeedRandom): Promise<void> {
  const { client, years, progress } = ctx;
  await client.query('TRUNCATE autonomy_assessment, budget_line, par_funding, agency_ref');
  const rows = generateFinance(catalogue, years, random);
  await copyRows(client, 'agency_ref', AGENCY_REF_COLUMNS, rows.agencyRef);
  progress('agency_ref', rows.agencyRef.length, rows.agencyRef.length);
  await copyRows(client, 'par_funding', PAR_COLUMNS, rows.parFunding);
  progress('par_funding', rows.parFunding.length, rows.parFunding.length);
  await copyRows(client, 'budget_line', BUDGET_COLUMNS, rows.budgetLines);
  progress('budget_line', rows.budgetLines.length, rows.budgetLines.length);
  await copyRows(client, 'autonomy_assessment', AUTONOMY_COLUMNS, rows.autonomy);
  progress('autonomy_assessment', rows.autonomy.length, rows.autonomy.length);
}
