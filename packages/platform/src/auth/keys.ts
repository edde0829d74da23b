import { createECDH, createHash, createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRemoteJWKSet, importPKCS8, importSPKI, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import { unauthenticated } from '../errors';
import { ConfigError } from '../env';

export const DEV_KEY_ALG = 'ES256';
const DEV_KID = 'par-hub-dev';

export interface DevKeyPair {
  privatePem: string;
  publicPem: string;
  kid: string;
}

/**
 * The development key pair is one well-known pair derived from a published seed: it is not a
 * secret, and it is meant not to be. Production recognises it by its fingerprint wherever it
 * arrives from (JWT_PUBLIC_KEY, a JWKS, a copied file) and refuses it; a random per-machine key
 * could only be recognised on the machine that made it. Written to the git-ignored data folder
 * for tools that read files; an older random pair already there is kept (and refused in
 * production on that machine, as before).
 */
const DEV_KEY_SEED = 'par-data-hub development key: public by design, refused in production';

function derivedDevKeyPair(): { privatePem: string; publicPem: string } {
  const d = createHash('sha256').update(DEV_KEY_SEED).digest();
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  const jwk = { kty: 'EC', crv: 'P-256', d: d.toString('base64url'), x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') };
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    publicPem: createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }) as string,
  };
}

/** SHA-256 of a public key's SubjectPublicKeyInfo (DER), hex: the same however the key is encoded. */
export function keyFingerprint(key: string | KeyObject): string {
  const object = typeof key === 'string' ? createPublicKey(key) : key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256').update(object.export({ type: 'spki', format: 'der' })).digest('hex');
}

/** Fingerprint of the development public key; production refuses a key with this fingerprint. */
export const DEV_KEY_FINGERPRINT = keyFingerprint(derivedDevKeyPair().publicPem);

export function ensureDevKeyPair(dir: string): DevKeyPair {
  const keyDir = path.join(dir, 'keys');
  const priv = path.join(keyDir, 'dev-private.pem');
  const pub = path.join(keyDir, 'dev-public.pem');
  if (!fs.existsSync(priv) || !fs.existsSync(pub)) {
    fs.mkdirSync(keyDir, { recursive: true, mode: 0o700 });
    const pair = derivedDevKeyPair();
    // Written to a temp name and renamed, so that services starting together never read half a key.
    const suffix = `.${process.pid}.tmp`;
    fs.writeFileSync(priv + suffix, pair.privatePem, { mode: 0o600 });
    fs.writeFileSync(pub + suffix, pair.publicPem);
    // The public key goes last: its presence is what readers check.
    fs.renameSync(priv + suffix, priv);
    fs.renameSync(pub + suffix, pub);
  }
  return { privatePem: fs.readFileSync(priv, 'utf8'), publicPem: fs.readFileSync(pub, 'utf8'), kid: DEV_KID };
}

export async function devSigningKey(dir: string): Promise<{ key: CryptoKey; kid: string }> {
  const pair = ensureDevKeyPair(dir);
  return { key: await importPKCS8(pair.privatePem, DEV_KEY_ALG), kid: pair.kid };
}

export interface KeyConfig {
  NODE_ENV: 'development' | 'production' | 'test';
  JWT_PUBLIC_KEY?: string;
  JWT_JWKS_URL?: string;
  JWT_HS256_SECRET?: string;
  JWT_ALGORITHMS: Array<'ES256' | 'RS256' | 'HS256'>;
  JWT_MAX_TOKEN_TTL_S?: number;
}

export interface VerificationKey {
  key: CryptoKey | Uint8Array | JWTVerifyGetKey;
  algorithms: string[];
  source: 'jwks' | 'public-key' | 'hs256-secret' | 'development';
  /** Longest lifetime (exp - iat) a token may have, in seconds. */
  maxTtlSeconds: number;
}

/** PEM text in an environment variable often arrives with literal "\n"; accept both. */
const pemOf = (s: string) => s.replace(/\\n/g, '\n').trim();

/** RSA keys shorter than this are refused: 1024-bit RSA is within reach of a determined attacker. */
const MIN_RSA_BITS = 2048;

/** The one JWS algorithm a public key can verify, from the key itself (never from a token). */
function algorithmOfPublicKey(pem: string): 'ES256' | 'RS256' {
  if (/PRIVATE KEY/.test(pem)) {
    throw new ConfigError('JWT_PUBLIC_KEY: this is a private key; give the hub only the issuer\'s public key');
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch {
    throw new ConfigError('JWT_PUBLIC_KEY: not a PEM public key ("-----BEGIN PUBLIC KEY-----")');
  }
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'ec' && details.namedCurve === 'prime256v1') return 'ES256';
  if (key.asymmetricKeyType === 'rsa') {
    if ((details.modulusLength ?? 0) < MIN_RSA_BITS) {
      throw new ConfigError(`JWT_PUBLIC_KEY: RSA keys need at least ${MIN_RSA_BITS} bits (got ${details.modulusLength})`);
    }
    return 'RS256';
  }
  throw new ConfigError('JWT_PUBLIC_KEY: only P-256 EC (ES256) and RSA (RS256) public keys are supported');
}

/**
 * A shared secret that is really a public key is the classic algorithm-confusion setup: anyone who
 * knows the public key could then sign HS256 tokens. Such secrets are refused outright.
 */
function looksLikePublicKey(secret: string): boolean {
  return /-----BEGIN|PUBLIC KEY|^MII[A-Za-z0-9+/]/.test(secret.trim());
}

/**
 * Chooses the key that verifies tokens. Each source pins its own algorithms, so a token can never
 * pick how it is checked (the classic RS256 → HS256 confusion, or `alg: none`). Exactly one source
 * may be configured: a second one would be silently ignored, which hides mistakes.
 */
export async function resolveVerificationKey(cfg: KeyConfig, dir: string): Promise<VerificationKey> {
  const asymmetric = cfg.JWT_ALGORITHMS.filter((a) => a !== 'HS256');
  const maxTtlSeconds = cfg.JWT_MAX_TOKEN_TTL_S ?? 86_400;
  const production = cfg.NODE_ENV === 'production';
  const sources = (['JWT_JWKS_URL', 'JWT_PUBLIC_KEY', 'JWT_HS256_SECRET'] as const).filter((k) => cfg[k]);
  if (sources.length > 1) {
    throw new ConfigError(`${sources.join(', ')}: configure exactly one token key source`);
  }
  if (cfg.JWT_JWKS_URL) {
    if (!asymmetric.length) throw new ConfigError('JWT_ALGORITHMS: a JWKS needs ES256 or RS256 in the list');
    const url = new URL(cfg.JWT_JWKS_URL);
    if (production && url.protocol !== 'https:') {
      throw new ConfigError('JWT_JWKS_URL: production fetches keys only over https (a key fetched in clear can be swapped)');
    }
    const remote = createRemoteJWKSet(url, { timeoutDuration: 5000, cooldownDuration: 30_000 });
    return { key: production ? refusingDevelopmentKey(remote) : remote, algorithms: asymmetric, source: 'jwks', maxTtlSeconds };
  }
  if (cfg.JWT_PUBLIC_KEY) {
    const pem = pemOf(cfg.JWT_PUBLIC_KEY);
    const alg = algorithmOfPublicKey(pem);
    if (!asymmetric.includes(alg)) {
      throw new ConfigError(`JWT_PUBLIC_KEY: this is a${alg === 'ES256' ? 'n ES256' : 'n RS256'} key but JWT_ALGORITHMS does not list ${alg}`);
    }
    if (production && isDevelopmentKey(pem, dir)) {
      throw new ConfigError('JWT_PUBLIC_KEY: production refuses the development key pair; configure the real issuer key');
    }
    return { key: await importSPKI(pem, alg), algorithms: [alg], source: 'public-key', maxTtlSeconds };
  }
  if (cfg.JWT_HS256_SECRET) {
    if (!cfg.JWT_ALGORITHMS.includes('HS256')) {
      throw new ConfigError('JWT_HS256_SECRET: set JWT_ALGORITHMS=HS256 to use a shared secret (off by default)');
    }
    if (looksLikePublicKey(cfg.JWT_HS256_SECRET)) {
      throw new ConfigError('JWT_HS256_SECRET: this looks like a public key; a public key must never be used as an HMAC secret');
    }
    return { key: new TextEncoder().encode(cfg.JWT_HS256_SECRET), algorithms: ['HS256'], source: 'hs256-secret', maxTtlSeconds };
  }
  if (production) {
    throw new ConfigError('JWT_JWKS_URL or JWT_PUBLIC_KEY: production needs the token issuer\'s key');
  }
  const pair = ensureDevKeyPair(dir);
  return { key: await importSPKI(pair.publicPem, DEV_KEY_ALG), algorithms: [DEV_KEY_ALG], source: 'development', maxTtlSeconds };
}

/** By fingerprint (key material, not text), so re-wrapped or re-encoded PEM of the dev key is caught too. */
function isDevelopmentKey(pem: string, dir: string): boolean {
  const fingerprint = keyFingerprint(pem);
  if (fingerprint === DEV_KEY_FINGERPRINT) return true;
  const file = path.join(dir, 'keys', 'dev-public.pem');
  return fs.existsSync(file) && keyFingerprint(fs.readFileSync(file, 'utf8')) === fingerprint;
}

/** A JWKS that serves the development key (a test issuer left in place) does not make its tokens good. */
function refusingDevelopmentKey(remote: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    const key = await remote(header, token);
    let fingerprint: string | undefined;
    try {
      fingerprint = keyFingerprint(KeyObject.from(key as CryptoKey));
    } catch {
      /* a key that cannot be exported is not the development key, which is plain P-256 */
    }
    if (fingerprint === DEV_KEY_FINGERPRINT) throw unauthenticated('The token is signed with the development key, which production refuses');
    return key;
  };
}
