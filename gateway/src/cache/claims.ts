import { createHash } from 'node:crypto';
import type { Caller } from '@par/platform';

/**
 * The parts of a verified caller that can change an answer: roles, scopes, agency and the
 * subgraph an editor writes to. Never the token nor the subject, so twenty leaders share one
 * entry while an analyst, an agency's editor or a `pii:read` holder each get their own.
 */
export function claimsOf(caller: Caller): string {
  return JSON.stringify([[...caller.roles].sort(), [...caller.scopes].sort(), caller.agencyId, caller.editorOf]);
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` variables are one key. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]])) : v,
  );
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The response cache key: the operation (document hash and name), its variables, the claims. */
export function responseKey(queryHash: string, operationName: string | null | undefined, variables: unknown, caller: Caller): string {
  return sha256(canonicalJson([queryHash, operationName ?? null, variables ?? {}, claimsOf(caller)]));
}
