import { Client } from 'pg';

/** Deterministic test ids: `agencyId(7)` → 00000000-0000-4000-8000-000000000007. */
export const agencyId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const PROVINCE_PC = agencyId(1);
export const DEPT_FINANCE = agencyId(2);
export const DEPT_HEALTH = agencyId(3);
export const HOSPITAL = agencyId(4);
export const SCHOOL = agencyId(5);
export const COMMUNE_PC = agencyId(6);

/** A small catalogue: province PC → two departments → units under the health department. */
export async function insertAgencies(client: Client, extraUnits = 0): Promise<void> {
  const rows: Array<[string, string, string, string | null]> = [
    [PROVINCE_PC, 'H35', 'PROVINCIAL_PEOPLES_COMMITTEE', null],
    [DEPT_FINANCE, 'H35.10', 'DEPARTMENT', PROVINCE_PC],
    [DEPT_HEALTH, 'H35.20', 'DEPARTMENT', PROVINCE_PC],
    [HOSPITAL, 'H35.20.01', 'PUBLIC_SERVICE_UNIT', DEPT_HEALTH],
    [SCHOOL, 'H35.20.02', 'PUBLIC_SERVICE_UNIT', DEPT_HEALTH],
    [COMMUNE_PC, 'H35.99.01', 'COMMUNE_PEOPLES_COMMITTEE', PROVINCE_PC],
  ];
  for (let i = 0; i < extraUnits; i++) rows.push([agencyId(100 + i), `H35.20.${100 + i}`, 'PUBLIC_SERVICE_UNIT', DEPT_HEALTH]);
  for (const [id, code, kind, parent] of rows) {
    await client.query('INSERT INTO agency_ref (id, code, kind, parent_id, unit_code) VALUES ($1, $2, $3, $4, $5)', [id, code, kind, parent, '35']);
  }
}

export async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Row counts of every table a write may touch: a refused write must leave all of them unchanged. */
export async function counts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (c) => {
    const { rows } = await c.query(`SELECT (SELECT count(*) FROM budget_line)::int AS budget_line, (SELECT count(*) FROM par_funding)::int AS par_funding,
      (SELECT count(*) FROM autonomy_assessment)::int AS autonomy_assessment, (SELECT count(*) FROM audit_log)::int AS audit_log`);
    return rows[0];
  });
}
