import { assertUuidArg, byKeys, queryRows, type HubContext } from '@par/platform';
import { LATEST_CERTIFICATIONS } from './quality.queries';
import type { QualityCertification } from './quality.type';

export class QualityService {
  constructor(private readonly ctx: HubContext) {}

  /** The latest certification of each agency, one statement for all agencies of the request. */
  latest(agencyId: string): Promise<QualityCertification | null> {
    return this.ctx.loaders
      .get<string, QualityCertification | null>('quality.latest', async (ids) => {
        const rows = await queryRows(this.ctx.em, LATEST_CERTIFICATIONS, [ids]);
        return byKeys(ids, rows, (r) => r.agencyId);
      })
      .load(assertUuidArg(agencyId, 'id'));
  }
}
