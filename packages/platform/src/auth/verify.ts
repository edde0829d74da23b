import { decodeProtectedHeader, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { serviceUnavailable, unauthenticated } from '../errors';
import { ANONYMOUS, callerFromClaims, type Caller, type HubClaims } from './caller';
import type { VerificationKey } from './keys';

export interface TokenVerifierOptions {
  key: VerificationKey;
  issuer: string;
  audience: string;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

/** Far above any real token; a bigger header is an attempt to make us parse and hash megabytes. */
const MAX_TOKEN_CHARS = 8192;
/** Seconds of clock skew tolerated between the issuer and the hub, for exp and nbf. */
const CLOCK_TOLERANCE_S = 5;
/**
 * Header parameters that name a key (`jwk`, `jku`, `x5u`, `x5c`): the key always comes from our
 * configuration, so a token carrying one is an attempt to choose its own verifier. `kid` is allowed
 * (a JWKS picks by it) but never widens the configured keys.
 */
const KEY_BEARING_HEADERS = ['jwk', 'jku', 'x5u', 'x5c'];

/**
 * Verifies the bearer token of a request. No header means an anonymous (public) caller; a header
 * that is present but wrong is always an error, never a silent downgrade to public.
 *
 * The algorithms come from the configured key (never from the token's header), so `alg: none`
 * and an RS256 public key reused as an HS256 secret are both refused by construction.
 */
export function createTokenVerifier({ key, issuer, audience }: TokenVerifierOptions): TokenVerifier {
  return async (authorization) => {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    if (authorization.length > MAX_TOKEN_CHARS) throw unauthenticated('The token is too long');
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization.trim());
    if (!match) throw unauthenticated('Authorization must be "Bearer <JWT>" with a signed token');
    let header: Record<string, unknown>;
    try {
      header = decodeProtectedHeader(match[1]) as Record<string, unknown>;
    } catch {
      throw unauthenticated('The token could not be verified');
    }
    const named = KEY_BEARING_HEADERS.filter((h) => h in header);
    if (named.length) throw unauthenticated(`The token names its own key (${named.join(', ')}); tokens are verified only with the configured key`);
    if (header.kid !== undefined && (typeof header.kid !== 'string' || header.kid.length > 256)) throw unauthenticated('The token\'s kid must be a short string');
    let payload: HubClaims & { exp?: number; iat?: number };
    try {
      ({ payload } = await jwtVerify(match[1], key.key as JWTVerifyGetKey, {
        issuer,
        audience,
        algorithms: key.algorithms,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: CLOCK_TOLERANCE_S,
      }));
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired');
      if (err instanceof joseErrors.JWTClaimValidationFailed) throw unauthenticated(`The token's ${err.claim} claim is not valid`);
      // Already a coded refusal (the development key seen in a production JWKS).
      if ((err as { extensions?: { code?: string } })?.extensions?.code === 'UNAUTHENTICATED') throw err;
      // The issuer's key set could not be fetched: our outage, not the caller's fault.
      if (err instanceof joseErrors.JWKSTimeout || (key.source === 'jwks' && (err as Error)?.name === 'TypeError')) {
        throw serviceUnavailable('The token issuer\'s keys cannot be fetched; try again shortly');
      }
      throw unauthenticated('The token could not be verified');
    }
    const lifetime = (payload.exp ?? 0) - (typeof payload.iat === 'number' ? payload.iat : Math.floor(Date.now() / 1000));
    if (lifetime > key.maxTtlSeconds + CLOCK_TOLERANCE_S) {
      throw unauthenticated(`The token lives ${lifetime} s, longer than the ${key.maxTtlSeconds} s this hub accepts`);
    }
    try {
      return callerFromClaims(payload);
    } catch (err) {
      throw unauthenticated(`The token's claims are not valid: ${(err as Error).message}`);
    }
  };
}
