import type { SubgraphRollups } from '@par/platform';

/**
 * `dossier_year_rollup`: per year × receiving agency × unit × procedure × channel, the dossiers
 * received and resolved (on time) that year. Triggers on `dossier` keep it in every writer's
 * transaction (Migration20261130200000); this recomputes it from the dossiers when asked.
 * `dossier_agency_year_rollup` and `dossier_unit_year_rollup` fold it per year × agency (unit) ×
 * channel, kept by triggers on it (Migration20261201120000). `dossier_month_rollup`: per month ×
 * agency × unit × channel, kept by its own triggers on `dossier` (Migration20261202110000).
 */
export const egovRollups: SubgraphRollups = {
  async rebuild(db) {
    // The yearly run also readies the dossier partitions of this year and the next (Migration20261202100000).
    await db.query(`SELECT dossier_add_year_partitions(y, y + 1) FROM (SELECT extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS y) now`);
    const [r] = await db.query<{ n: string }>('SELECT dossier_rollup_rebuild() AS n');
    // The per-agency and per-unit summaries follow the yearly one through its triggers.
    const [c] = await db.query<{ agency: string; unit: string }>(
      'SELECT (SELECT count(*) FROM dossier_agency_year_rollup) AS agency, (SELECT count(*) FROM dossier_unit_year_rollup) AS unit',
    );
    // Overdue dossiers at the end of every year that has ended, up to the one just ended.
    const [o] = await db.query<{ n: string }>('SELECT dossier_overdue_rebuild() AS n');
    const [m] = await db.query<{ n: string }>('SELECT dossier_month_rollup_rebuild() AS n');
    return {
      dossier_year_rollup: Number(r.n),
      dossier_agency_year_rollup: Number(c.agency),
      dossier_unit_year_rollup: Number(c.unit),
      dossier_overdue_rollup: Number(o.n),
      dossier_month_rollup: Number(m.n),
    };
  },
};
