import { assertYear, optionalText, type ImportError, type ImporterDefinition } from '@par/platform';
import { BudgetCategory, BudgetStage } from '../modules/budget/budget-line.entity';
import { FISCAL_YEARS } from '../modules/shared/validate';

interface BudgetLineRow {
  agencyCode: string;
  year: number;
  category: BudgetCategory;
  stage: BudgetStage;
  amount: bigint;
  approvedOn: string | null;
  approvingBody: string | null;
}

/**
 * Budget estimates and settlements (dự toán, quyết toán) from the finance department's yearly
 * spreadsheet, one line per agency, year, category and stage. The same rules as the mutations:
 * a settlement follows its estimate, is recorded once, and closes the estimate to revisions.
 */
export const budgetLinesImporter: ImporterDefinition<BudgetLineRow> = {
  entity: 'budget-lines',
  description: 'Budget estimates and settlements by agency, fiscal year and category.',
  columns: [
    { name: 'agency_code', required: true, description: 'Agency code in the catalogue (mã đơn vị), e.g. H35.10.' },
    { name: 'year', required: true, description: 'Fiscal year (năm ngân sách).' },
    { name: 'category', required: true, description: 'RECURRENT, INVESTMENT, PAR or REVENUE.' },
    { name: 'stage', required: true, description: 'ESTIMATE (dự toán) or SETTLEMENT (quyết toán).' },
    { name: 'amount', required: true, description: 'Whole đồng, not negative.' },
    { name: 'approved_on', required: false, description: 'Date of the approving decision.' },
    { name: 'approving_body', required: false, description: 'Body that approved it (cơ quan phê duyệt).' },
  ],
  parse(r) {
    const year = r.int('year', { required: true, min: 0, max: 9999 });
    return {
      agencyCode: r.text('agency_code', { required: true, max: 50 })!,
      year: year === null ? 0 : r.attempt('year', () => assertYear(year, 'year', FISCAL_YEARS), 0),
      category: r.oneOf('category', Object.values(BudgetCategory), { required: true })!,
      stage: r.oneOf('stage', Object.values(BudgetStage), { required: true })!,
      amount: r.money('amount', { required: true })!,
      approvedOn: r.date('approved_on'),
      approvingBody: r.attempt('approving_body', () => optionalText(r.text('approving_body', { max: 1000 }), 'approving_body', 200), null),
    };
  },
  key: (v) => `${v.agencyCode} ${v.year} ${v.category} ${v.stage}`,

  async check(db, rows) {
    const errors: ImportError[] = [];
    const agencies = await db.query<{ code: string; id: string }>('SELECT code, id FROM agency_ref WHERE code = ANY($1::text[])', [[...new Set(rows.map((r) => r.value.agencyCode))]]);
    const idOf = new Map(agencies.map((a) => [a.code, a.id]));
    const stored = await db.query<{ code: string; year: number; category: string; stage: string; amount: string }>(
      `SELECT a.code, b.fiscal_year AS year, b.category, b.stage, b.amount::text AS amount
         FROM budget_line b JOIN agency_ref a ON a.id = b.agency_id
        WHERE a.code = ANY($1::text[]) FOR UPDATE OF b`,
      [[...idOf.keys()]],
    );
    const line = (code: string, year: number, category: string, stage: string) => `${code} ${year} ${category} ${stage}`;
    const inDb = new Map(stored.map((s) => [line(s.code, s.year, s.category, s.stage), s.amount]));
    const inFile = new Map(rows.map((r) => [line(r.value.agencyCode, r.value.year, r.value.category, r.value.stage), r.value]));
    for (const { row, value: v } of rows) {
      if (!idOf.has(v.agencyCode)) {
        errors.push({ row, column: 'agency_code', message: `no agency has code ${JSON.stringify(v.agencyCode)}` });
        continue;
      }
      const settlement = line(v.agencyCode, v.year, v.category, BudgetStage.SETTLEMENT);
      const estimate = line(v.agencyCode, v.year, v.category, BudgetStage.ESTIMATE);
      if (v.stage === BudgetStage.SETTLEMENT) {
        if (!inDb.has(estimate) && !inFile.has(estimate)) errors.push({ row, column: 'stage', message: 'no estimate (dự toán) is recorded or imported for this settlement' });
        const was = inDb.get(settlement);
        if (was !== undefined && was !== v.amount.toString()) errors.push({ row, column: 'amount', message: `already settled at ${was} đồng; a settlement is recorded once` });
      } else {
        const was = inDb.get(estimate);
        if (inDb.has(settlement) && was !== v.amount.toString()) errors.push({ row, column: 'amount', message: 'this budget is already settled; its estimate can no longer be revised' });
      }
    }
    // The agency ids are remembered for write().
    for (const r of rows) (r.value as BudgetLineRow & { agencyId?: string }).agencyId = idOf.get(r.value.agencyCode);
    return errors;
  },

  async write(db, rows) {
    const v = rows.map((r) => r.value as BudgetLineRow & { agencyId: string });
    // One statement for the whole file; a line that already holds these figures is left alone (not even its version moves).
    const written = await db.query<{ id: string; inserted: boolean }>(
      `INSERT INTO budget_line AS b (id, agency_id, fiscal_year, category, stage, amount, approved_on, approving_body, version, recorded_at)
       SELECT gen_random_uuid(), t.agency_id, t.year, t.category, t.stage, t.amount, t.approved_on, t.approving_body, 1, now()
         FROM unnest($1::uuid[], $2::smallint[], $3::text[], $4::text[], $5::bigint[], $6::date[], $7::text[])
              AS t(agency_id, year, category, stage, amount, approved_on, approving_body)
       ON CONFLICT (agency_id, fiscal_year, category, stage) DO UPDATE
          SET amount = EXCLUDED.amount, approved_on = EXCLUDED.approved_on, approving_body = EXCLUDED.approving_body,
              version = b.version + 1, recorded_at = now()
        WHERE (b.amount, b.approved_on, b.approving_body) IS DISTINCT FROM (EXCLUDED.amount, EXCLUDED.approved_on, EXCLUDED.approving_body)
       RETURNING b.id, (xmax = 0) AS inserted`,
      [v.map((x) => x.agencyId), v.map((x) => x.year), v.map((x) => x.category), v.map((x) => x.stage), v.map((x) => x.amount.toString()), v.map((x) => x.approvedOn), v.map((x) => x.approvingBody)],
    );
    const inserted = written.filter((w) => w.inserted).length;
    return { inserted, updated: written.length - inserted, changed: written.map((w) => w.id) };
  },
};
