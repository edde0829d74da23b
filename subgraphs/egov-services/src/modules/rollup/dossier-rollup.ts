import type { SubgraphRollups } from '@par/platform';

/**
 * `dossier_year_rollup`: per year × receiving agency × unit × procedure × channel, the dossiers
 * received and resolved (on time) that year. Triggers on `dossier` keep it in every writer's
 * transaction (Migration20261130200000); this recomputes it from the dossiers when asked.
 */
export const egovRollups: SubgraphRollups = {
  async rebuild(db) {
    const [r] = await db.query<{ n: string }>('SELECT dossier_rollup_rebuild() AS n');
    return { dossier_year_rollup: Number(r.n) };
  },
};
