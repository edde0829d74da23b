import { assertUuidArg, byKeys, sqlRows, type HubContext } from '@par/platform';
import type { QualityCertification } from './quality.type';

export class QualityService {
  constructor(private readonly ctx: HubContext) {}

  /** The latest certification of each agency, one statement for all agencies of the request. */
  latest(agencyId: string): Promise<QualityCertification | null> {
    return this.ctx.loaders
      .get<string, QualityCertification | null>('quality.latest', async (ids) => {
        const rows = await sqlRows<QualityCertification>(
          this.ctx.em,
          `SELECT DISTINCT ON (agency_id) agency_id::text AS "agencyId", standard, to_char(certified_on, 'YYYY-MM-DD') AS "certifiedOn",
                  to_char(expires_on, 'YYYY-MM-DD') AS "expiresOn", certifier,
                  (certified_on <= current_date AND (expires_on IS NULL OR expires_on >= current_date)) AS valid
             FROM iso_certification WHERE agency_id = ANY($1::uuid[])
            ORDER BY agency_id, certified_on DESC, id DESC`,
          [ids],
        );
        return byKeys(ids, rows, (r) => r.agencyId);
      })
      .load(assertUuidArg(agencyId, 'id'));
  }
}
