import { errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { unauthenticated } from '../errors';
import { ANONYMOUS, callerFromClaims, type Caller, type HubClaims } from './caller';
import type { VerificationKey } from './keys';

export interface TokenVerifierOptions {
  key: VerificationKey;
  issuer: string;
  audience: string;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

/**
 * Verifies the bearer token of a request. No header means an anonymous (public) caller; a header
 * that is present but wrong is always an error, never a silent downgrade to public.
 */
export function createTokenVerifier({ key, issuer, audience }: TokenVerifierOptions): TokenVerifier {
  return async (authorization) => {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization.trim());
    if (!match) throw unauthenticated('Authorization must be "Bearer <JWT>"');
    try {
      const { payload } = await jwtVerify(match[1], key.key as JWTVerifyGetKey, {
        issuer,
        audience,
        algorithms: key.algorithms,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 5,
      });
      return callerFromClaims(payload as HubClaims);
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired');
      if (err instanceof joseErrors.JWTClaimValidationFailed) throw unauthenticated(`The token's ${err.claim} claim is not valid`);
      throw unauthenticated('The token could not be verified');
    }
  };
}
