import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../auth/caller';
import { sqlRows } from './query';

/**
 * The audit table every subgraph creates in its first migration. Append-only is enforced by the
 * database itself (a trigger refuses UPDATE and DELETE), not by convention.
 */
export const CREATE_AUDIT_LOG = [
  `CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    request_id text,
    subject text,
    roles text[] NOT NULL,
    agency_id uuid,
    action text NOT NULL CHECK (action IN ('WRITE', 'PII_READ')),
    operation text NOT NULL,
    object_type text NOT NULL,
    object_ids text[] NOT NULL,
    before jsonb,
    after jsonb
  )`,
  'CREATE INDEX audit_log_at_idx ON audit_log (at)',
  'CREATE INDEX audit_log_object_idx ON audit_log USING gin (object_ids)',
  `CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`,
  `CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
   FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
];

export interface AuditEntry {
  caller: Caller;
  requestId: string;
  action: 'WRITE' | 'PII_READ';
  /** The GraphQL field or command, e.g. `recordTrainingCompletion`. */
  operation: string;
  objectType: string;
  objectIds: string[];
  before?: unknown;
  after?: unknown;
}

/** Values that JSON cannot carry as-is (bigint money) are written as strings. */
const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)));

/**
 * Appends one audit row. Call it inside the write's transaction (same EntityManager), so the
 * write and its audit row commit together or not at all.
 */
export async function audit(em: EntityManager, e: AuditEntry): Promise<void> {
  await sqlRows(
    em,
    `INSERT INTO audit_log (request_id, subject, roles, agency_id, action, operation, object_type, object_ids, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb)`,
    [e.requestId, e.caller.subject, [...e.caller.roles], e.caller.agencyId, e.action, e.operation, e.objectType, e.objectIds, json(e.before), json(e.after)],
  );
}
