import type { SubgraphRollups } from '@par/platform';

/**
 * `dossier_year_rollup`: per year × receiving agency × unit × procedure × channel, the dossiers
 * received and resolved (on time) that year. Triggers on `dossier` keep it in every writer's
 * transaction (Migration20261130200000); this recomputes it from the dossiers when asked.
 * `dossier_agency_year_rollup` folds it per year × agency × channel, kept by triggers on it
 * (Migration20261201110000).
 */
export const egovRollups: SubgraphRollups = {
  async rebuild(db) {
    const [r] = await db.query<{ n: string }>('SELECT dossier_rollup_rebuild() AS n');
    // The per-agency summary follows the yearly one through its triggers.
    const [a] = await db.query<{ n: string }>('SELECT count(*) AS n FROM dossier_agency_year_rollup');
    return { dossier_year_rollup: Number(r.n), dossier_agency_year_rollup: Number(a.n) };
  },
};
