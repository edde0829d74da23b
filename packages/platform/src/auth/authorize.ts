import type { AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from '../errors';
import type { HubContext } from '../context';
import { hasRole, isAnonymous, PII_SCOPE, type Caller } from './caller';

/**
 * Requirements that resolvers name in `@Authorized(...)`. Any one satisfied is enough.
 * - `analyst`: read everything but personal data (analysts, leadership, editors, admins)
 * - `leadership`, `admin`: those roles (admin satisfies every requirement)
 * - `editor`: an editor of *this* subgraph (agency limits are checked by the service, per object)
 * - `pii:read`: the personal-data scope
 */
export type Requirement = 'analyst' | 'leadership' | 'editor' | 'admin' | typeof PII_SCOPE;

export function satisfies(caller: Caller, req: Requirement, service: string): boolean {
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
    case PII_SCOPE:
      return caller.scopes.has(PII_SCOPE) && !isAnonymous(caller);
    default:
      return false;
  }
}

/** type-graphql's auth checker: refuses with a coded error so the client learns why. */
export const hubAuthChecker: AuthChecker<HubContext, Requirement> = ({ context }, requirements) => {
  if (requirements.length === 0) return !isAnonymous(context.caller) || (() => { throw unauthenticated(); })();
  if (requirements.some((r) => satisfies(context.caller, r, context.service))) return true;
  // Personal data: always FORBIDDEN, so the rest of the answer stands (the contract's PersonnelRecord).
  if (requirements.includes(PII_SCOPE)) throw forbidden('This field holds personal data and needs the pii:read scope');
  if (isAnonymous(context.caller)) throw unauthenticated();
  throw forbidden();
};
