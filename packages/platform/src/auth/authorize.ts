import type { AuthChecker } from 'type-graphql';
import { ErrorCode, forbidden, HubError } from '../errors';
import type { HubContext } from '../context';
import { markPersonal } from '../cache/cache-hints';
import { hasRole, isAnonymous, PII_SCOPE, type Caller } from './caller';

/**
 * Requirements that resolvers name in `@Authorized(...)`. Any one satisfied is enough.
 * - `analyst`: read everything but personal data (analysts, leadership, editors, admins)
 * - `leadership`, `admin`: those roles (admin satisfies every requirement but `pii:read`)
 * - `editor`: an editor of *this* subgraph (agency limits are checked by the service, per object)
 * - `pii:read`: the personal-data scope, held by a role entitled to personal data (leadership,
 *   admin, or an editor of this subgraph, i.e. HR of the owning department). Analysts never read
 *   personal data (DESIGN §7), even with the scope in their token; admin needs the scope too.
 */
export type Requirement = 'analyst' | 'leadership' | 'editor' | 'admin' | typeof PII_SCOPE;

export function satisfies(caller: Caller, req: Requirement, service: string): boolean {
  if (req === PII_SCOPE) {
    if (isAnonymous(caller) || !caller.scopes.has(PII_SCOPE)) return false;
    return hasRole(caller, 'leadership', 'admin') || (hasRole(caller, 'editor') && caller.editorOf === service);
  }
  if (hasRole(caller, 'admin')) return true;
  switch (req) {
    case 'analyst':
      return hasRole(caller, 'analyst', 'leadership', 'editor');
    case 'leadership':
      return hasRole(caller, 'leadership');
    case 'editor':
      return hasRole(caller, 'editor') && caller.editorOf === service;
    case 'admin':
      return false;
    default:
      return false;
  }
}

/**
 * Throws the coded refusal when none of `requirements` is met (an empty list means any
 * authenticated caller). Personal data is always FORBIDDEN, so the rest of an answer stands (the
 * contract's PersonnelRecord); other refusals are UNAUTHENTICATED for anonymous callers.
 */
/**
 * UNAUTHENTICATED for one field, without the HTTP 401 that `unauthenticated()` carries for a token
 * refused outright: a field refusal is part of a normal (partial) GraphQL answer, and a 401 from a
 * subgraph would make the gateway treat the whole subgraph response as failed.
 */
const fieldUnauthenticated = () => new HubError(ErrorCode.UNAUTHENTICATED, 'A valid bearer token is required');

function assertAuthorized(caller: Caller, requirements: readonly Requirement[], service: string): void {
  if (requirements.length === 0) {
    if (isAnonymous(caller)) throw fieldUnauthenticated();
    return;
  }
  if (requirements.some((r) => satisfies(caller, r, service))) return;
  if (requirements.includes(PII_SCOPE)) throw forbidden('This field holds personal data and needs the pii:read scope');
  if (isAnonymous(caller)) throw fieldUnauthenticated();
  throw forbidden();
}

/** type-graphql's auth checker: refuses with a coded error so the client learns why. */
export const hubAuthChecker: AuthChecker<HubContext, Requirement> = ({ context, info }, requirements) => {
  // Personal data and the audit log (admins only) are never cached nor shared between callers.
  if (requirements.includes(PII_SCOPE) || (requirements.length === 1 && requirements[0] === 'admin')) markPersonal(info);
  assertAuthorized(context.caller, requirements, context.service);
  return true;
};

/**
 * Guards a federation reference resolver. `_entities` is a root field of every subgraph that
 * anyone reaching the subgraph can call, so an entity whose fields are not public must require
 * the same role as the root fields that list it — else its fields can be read "however the id is
 * reached". Use: `referenceResolvers: { CivilServant: authorizedReference('analyst', resolveX) }`.
 */
export function authorizedReference<T>(
  requirement: Requirement,
  resolve: (reference: Record<string, unknown>, ctx: HubContext) => T,
): (reference: Record<string, unknown>, ctx: HubContext) => T {
  return (reference, ctx) => {
    assertAuthorized(ctx.caller, [requirement], ctx.service);
    return resolve(reference, ctx);
  };
}
