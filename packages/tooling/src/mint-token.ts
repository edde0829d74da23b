import { SignJWT } from 'jose';
import { DEV_KEY_ALG, devSigningKey, type Role } from '@par/platform';

export interface MintOptions {
  roles: Role[];
  scope?: string;
  agency?: string;
  subgraph?: string;
  sub?: string;
  /** Lifetime in seconds. */
  ttl?: number;
}

/** Signs a development token with the key pair in the data folder (never used in production). */
export async function mintToken(o: MintOptions, dir: string): Promise<string> {
  const { key, kid } = await devSigningKey(dir);
  return new SignJWT({ roles: o.roles, ...(o.scope ? { scope: o.scope } : {}), ...(o.agency ? { agency: o.agency } : {}), ...(o.subgraph ? { subgraph: o.subgraph } : {}) })
    .setProtectedHeader({ alg: DEV_KEY_ALG, kid })
    .setSubject(o.sub ?? `dev-${o.roles.join('-')}`)
    .setIssuer(process.env.JWT_ISSUER ?? 'par-data-hub')
    .setAudience(process.env.JWT_AUDIENCE ?? 'par-data-hub')
    .setIssuedAt()
    .setExpirationTime(`${o.ttl ?? 12 * 3600}s`)
    .sign(key);
}
