import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { SuccessionShare } from './unit-change.type';

const CHANGE_COLUMNS = `c.id, to_char(c.effective_on, 'YYYY-MM-DD') AS "effectiveOn", c.act, c.kind, c.confirmed,
  c.unconfirmed AS "unconfirmedReason", c.note, c.sources,
  ARRAY(SELECT code FROM unit_change_unit x WHERE x.change_id = c.id ORDER BY code::int) AS "unitCodes"`;

const CHANGE_ROW = z.object({
  id: z.string(),
  effectiveOn: z.iso.date(),
  act: z.string(),
  kind: z.string(),
  confirmed: z.boolean(),
  unconfirmedReason: z.string().nullable(),
  note: z.string().nullable(),
  sources: z.array(z.string()),
  unitCodes: z.array(z.string()),
});

/** The changes naming each unit version $1 (its key), given as code $2, first day $3 and last day $4 (arrays). */
export const CHANGES_OF_VERSIONS = defineQuery(
  'unitChangesOfVersions',
  `SELECT k.key, ${CHANGE_COLUMNS}
           FROM unnest($1::text[], $2::text[], $3::date[], $4::date[]) AS k(key, code, valid_from, valid_to)
           JOIN unit_change_unit cu ON cu.code = k.code
           JOIN unit_change c ON c.id = cu.change_id
             AND c.effective_on >= coalesce(k.valid_from, '-infinity'::date) AND c.effective_on <= coalesce(k.valid_to + 1, 'infinity'::date)
           ORDER BY c.effective_on, c.id`,
  CHANGE_ROW.extend({ key: z.string() }),
);

/** Changes by id ($1 text[]). */
export const CHANGES_BY_IDS = defineQuery('unitChangesByIds', `SELECT ${CHANGE_COLUMNS} FROM unit_change c WHERE c.id = ANY($1::text[])`, CHANGE_ROW);

/** Changes effective from $1 to $2 (inclusive, open when null), confirmed or not as $3 says (either when null). */
export const CHANGES_BETWEEN = defineQuery(
  'unitChangesBetween',
  `SELECT ${CHANGE_COLUMNS} FROM unit_change c
       WHERE ($1::date IS NULL OR c.effective_on >= $1) AND ($2::date IS NULL OR c.effective_on <= $2) AND ($3::boolean IS NULL OR c.confirmed = $3)
       ORDER BY c.effective_on, c.id`,
  CHANGE_ROW,
);

const links = (name: string, ownCode: string, ownDay: string, otherCode: string, otherDay: string) =>
  defineQuery(
    name,
    `SELECT k.key, s.share, to_char(s.successor_valid_from, 'YYYY-MM-DD') AS "effectiveOn", c.confirmed,
                  s.${otherCode} AS "unitCode", to_char(s.${otherDay}, 'YYYY-MM-DD') AS "unitAsOf", s.change_id AS "changeId"
           FROM unnest($1::text[]) AS k(key)
           JOIN unit_succession s ON s.${ownCode} = split_part(k.key, '|', 1) AND s.${ownDay} = split_part(k.key, '|', 2)::date
           JOIN unit_change c ON c.id = s.change_id
           ORDER BY s.id`,
    z.object({
      key: z.string(),
      share: z.enum(SuccessionShare),
      effectiveOn: z.iso.date(),
      confirmed: z.boolean(),
      unitCode: z.string(),
      unitAsOf: z.iso.date(),
      changeId: z.string(),
    }),
  );

/** The units each version went into, for keys `code|last day` in $1 (text[]). */
export const SUCCESSORS = links('unitSuccessors', 'predecessor_code', 'predecessor_valid_to', 'successor_code', 'successor_valid_from');
/** The units each version was formed from, for keys `code|first day` in $1 (text[]). */
export const PREDECESSORS = links('unitPredecessors', 'successor_code', 'successor_valid_from', 'predecessor_code', 'predecessor_valid_to');
