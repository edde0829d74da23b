import { assertUuidArg, groupByKeys, queryRows, type HubContext } from '@par/platform';
import { JOB_POSITIONS_OF_AGENCIES } from './job-position.queries';
import type { JobPosition } from './job-position.type';

export class JobPositionService {
  constructor(private readonly ctx: HubContext) {}

  /** The approved positions of each agency with their current holders, all agencies of a request at once. */
  ofAgency(agencyId: string): Promise<JobPosition[]> {
    return this.ctx.loaders
      .get<string, JobPosition[]>('jobPosition.byAgency', async (ids) => {
        const rows = await queryRows(this.ctx.em, JOB_POSITIONS_OF_AGENCIES, [ids]);
        return groupByKeys(ids, rows, (r) => r.agencyId);
      })
      .load(assertUuidArg(agencyId, 'id'));
  }
}
