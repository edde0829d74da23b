import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { AppointmentKind } from '../civil-servant/civil-servant.enums';

/** The appointments of the people in $1 (uuid[]), oldest first. */
export const APPOINTMENTS_OF_PEOPLE = defineQuery(
  'appointmentsOfPeople',
  `SELECT id, civil_servant_id AS "civilServantId", kind, rank_code AS "rankCode", post,
  to_char(appointed_on, 'YYYY-MM-DD') AS "appointedOn", met_standards AS "metStandards" FROM appointment WHERE civil_servant_id = ANY($1::uuid[]) ORDER BY appointed_on, id`,
  z.object({
    id: z.guid(),
    civilServantId: z.guid(),
    kind: z.enum(AppointmentKind),
    rankCode: z.string().nullable(),
    post: z.string().nullable(),
    appointedOn: z.iso.date(),
    metStandards: z.boolean(),
  }),
);
