import { assertUuidArg, groupByKeys, sqlRows, type HubContext } from '@par/platform';
import type { JobPosition } from './job-position.type';

export class JobPositionService {
  constructor(private readonly ctx: HubContext) {}

  /** The approved positions of each agency with their current holders, all agencies of a request at once. */
  ofAgency(agencyId: string): Promise<JobPosition[]> {
    return this.ctx.loaders
      .get<string, JobPosition[]>('jobPosition.byAgency', async (ids) => {
        const rows = await sqlRows<JobPosition>(
          this.ctx.em,
          `SELECT p.id, p.agency_id AS "agencyId", p.code, p.name, p.approved_count AS "approvedCount",
                  to_char(p.approved_on, 'YYYY-MM-DD') AS "approvedOn",
                  (SELECT count(*)::int FROM civil_servant cs WHERE cs.job_position_id = p.id
                      AND cs.hired_on <= current_date AND (cs.left_on IS NULL OR cs.left_on > current_date)) AS holders
             FROM job_position p WHERE p.agency_id = ANY($1::uuid[]) ORDER BY p.code, p.id`,
          [ids],
        );
        return groupByKeys(ids, rows, (r) => r.agencyId);
      })
      .load(assertUuidArg(agencyId, 'id'));
  }
}
