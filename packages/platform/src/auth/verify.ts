import { errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
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
    let payload: HubClaims;
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
      // The issuer's key set could not be fetched: our outage, not the caller's fault.
      if (err instanceof joseErrors.JWKSTimeout || (key.source === 'jwks' && (err as Error)?.name === 'TypeError')) {
        throw serviceUnavailable('The token issuer\'s keys cannot be fetched; try again shortly');
      }
      throw unauthenticated('The token could not be verified');
    }
    try {
      return callerFromClaims(payload);
    } catch (err) {
      throw unauthenticated(`The token's claims are not valid: ${(err as Error).message}`);
    }
  };
}
