import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { ApplicantKind, DossierChannel, DossierOutcome, DossierStatus } from './dossier.enums';

/** Instants leave SQL as ISO 8601 UTC text with microseconds, exact enough for keyset cursors. */
const isoInstant = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const DOSSIER_COLUMNS = `d.id, d.status, d.channel, d.applicant_kind AS "applicantKind", ${isoInstant('d.received_at')} AS "receivedAt",
  to_char(d.due_on, 'YYYY-MM-DD') AS "dueAt", d.paused_days AS "pausedWorkingDays", ${isoInstant('d.resolved_at')} AS "resolvedAt",
  ${isoInstant('d.closed_at')} AS "closedAt", d.outcome, d.close_reason AS "closeReason", d.unit_code AS "unitCode",
  d.procedure_code AS "procedureCode", d.agency_id AS "agencyId", d.applicant_name AS "applicantName",
  d.applicant_id_number AS "applicantIdNumber"`;

const DOSSIER_ROW = z.object({
  id: z.uuid(),
  status: z.enum(DossierStatus),
  channel: z.enum(DossierChannel),
  applicantKind: z.enum(ApplicantKind),
  receivedAt: z.iso.datetime(),
  dueAt: z.iso.date(),
  pausedWorkingDays: z.int().min(0),
  resolvedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  outcome: z.enum(DossierOutcome).nullable(),
  closeReason: z.string().nullable(),
  unitCode: z.string().min(1),
  procedureCode: z.string().min(1),
  agencyId: z.uuid(),
  applicantName: z.string().nullable(),
  applicantIdNumber: z.string().nullable(),
});

/** Dossiers by id ($1 uuid[]). */
export const DOSSIERS_BY_IDS = defineQuery('dossiersByIds', `SELECT ${DOSSIER_COLUMNS} FROM dossier d WHERE d.id = ANY($1::uuid[])`, DOSSIER_ROW);

const PAGE_WHERE = `d.agency_id = a.id AND ($2::int IS NULL OR d.received_year = $2) AND ($3::text IS NULL OR d.status = $3)
          AND ($4::text IS NULL OR d.channel = $4) AND ($5::text IS NULL OR d.procedure_code = $5)`;

/**
 * A keyset page of dossiers per agency of $1 (newest first), each agency's total beside it: $2 year, $3 status,
 * $4 channel, $5 procedure, $6/$7 the cursor (received at, id), $8 the page size. An agency without dossiers
 * on the page has one row whose dossier columns are null.
 */
export const DOSSIER_PAGES_BY_AGENCY = defineQuery(
  'dossierPagesByAgency',
  `SELECT a.id::text AS key, t.total, p.*
             FROM unnest($1::uuid[]) a(id)
             CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM dossier d WHERE ${PAGE_WHERE}) t
             LEFT JOIN LATERAL (SELECT ${DOSSIER_COLUMNS} FROM dossier d
                                 WHERE ${PAGE_WHERE} AND ($6::timestamptz IS NULL OR (d.received_at, d.id) < ($6::timestamptz, $7::uuid))
                                 ORDER BY d.received_at DESC, d.id DESC LIMIT $8) p ON true`,
  z.union([DOSSIER_ROW.extend({ key: z.uuid(), total: z.int().min(0) }), z.object({ key: z.uuid(), total: z.int().min(0), id: z.null() })]),
);

/** Supplement requests of the dossiers $1 (uuid[]), oldest first. */
export const SUPPLEMENT_REQUESTS_BY_DOSSIERS = defineQuery(
  'supplementRequestsByDossiers',
  `SELECT id::text, dossier_id AS "dossierId", reason, ${isoInstant('opened_at')} AS "openedAt", ${isoInstant('closed_at')} AS "closedAt", paused_days AS "pausedWorkingDays"
             FROM supplement_request WHERE dossier_id = ANY($1::uuid[]) ORDER BY opened_at`,
  z.object({
    id: z.string().regex(/^\d+$/),
    dossierId: z.uuid(),
    reason: z.string(),
    openedAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
    pausedWorkingDays: z.int().min(0).nullable(),
  }),
);

/**
 * The ORM's type parser leaves timestamptz as PostgreSQL's text ("2020-07-06 08:00:00.123456+07"): an instant,
 * once checked, to compare with the instants of a write.
 */
const PG_INSTANT = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}(:\d{2})?$/)
  .transform((text) => new Date(text));

/** When the dossier $1's last supplement request was opened or closed; null without one. */
export const LAST_SUPPLEMENT_EVENT = defineQuery(
  'lastSupplementEvent',
  'SELECT max(coalesce(closed_at, opened_at)) AS at FROM supplement_request WHERE dossier_id = $1',
  z.object({ at: PG_INSTANT.nullable() }),
);
