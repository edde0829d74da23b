import { SUBGRAPHS } from '../env';
import { UUID_PATTERN as UUID } from '../validate';

/** Roles of DESIGN §7. `public` is whoever comes without a token. */
export const ROLES = ['public', 'analyst', 'leadership', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Scope that unlocks personal data (national ID, date of birth, contact, applicant identity). */
export const PII_SCOPE = 'pii:read';

/** The verified caller of one request. Built only from a verified token, never from headers alone. */
export interface Caller {
  subject: string | null;
  roles: ReadonlySet<Role>;
  scopes: ReadonlySet<string>;
  /** Editors and staff may be limited to one agency and its subordinates. */
  agencyId: string | null;
  /** The subgraph an editor may write to. */
  editorOf: string | null;
}

export const ANONYMOUS: Caller = Object.freeze({
  subject: null,
  roles: new Set<Role>(['public']),
  scopes: new Set<string>(),
  agencyId: null,
  editorOf: null,
});

/** Claims the hub reads from a token; everything else in the token is ignored. */
export interface HubClaims {
  sub?: string;
  roles?: unknown;
  scope?: unknown;
  agency?: unknown;
  subgraph?: unknown;
}

/** Turns verified claims into a caller; malformed claims are refused rather than guessed at. */
export function callerFromClaims(claims: HubClaims): Caller {
  if (claims.roles !== undefined && !Array.isArray(claims.roles)) throw new Error('token roles must be a list');
  const roles = (claims.roles ?? []) as unknown[];
  if (!roles.every((r): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r))) {
    throw new Error('token has an unknown role');
  }
  if (claims.scope !== undefined && typeof claims.scope !== 'string') throw new Error('token scope must be a string');
  if (claims.agency !== undefined && (typeof claims.agency !== 'string' || !UUID.test(claims.agency))) {
    throw new Error('token agency must be an agency id');
  }
  if (claims.subgraph !== undefined && !(SUBGRAPHS as readonly unknown[]).includes(claims.subgraph)) {
    throw new Error(`token subgraph must be one of ${SUBGRAPHS.join(', ')}`);
  }
  if (claims.sub !== undefined && (typeof claims.sub !== 'string' || claims.sub.length > 256)) throw new Error('token sub must be a short string');
  if (roles.includes('editor') && !claims.subgraph) throw new Error('an editor token must name its subgraph');
  return {
    subject: claims.sub ?? null,
    roles: new Set<Role>(roles.length ? roles : ['public']),
    scopes: new Set(typeof claims.scope === 'string' ? claims.scope.split(/\s+/).filter(Boolean) : []),
    agencyId: (claims.agency as string | undefined)?.toLowerCase() ?? null,
    editorOf: (claims.subgraph as string | undefined) ?? null,
  };
}

export const hasRole = (c: Caller, ...roles: Role[]) => roles.some((r) => c.roles.has(r));
export const isAnonymous = (c: Caller) => c.subject === null && !hasRole(c, 'analyst', 'leadership', 'editor', 'admin');
