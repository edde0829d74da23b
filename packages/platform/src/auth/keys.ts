import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRemoteJWKSet, importPKCS8, importSPKI, type CryptoKey, type JWTVerifyGetKey } from 'jose';
import { ConfigError } from '../env';

export const DEV_KEY_ALG = 'ES256';
const DEV_KID = 'par-hub-dev';

export interface DevKeyPair {
  privatePem: string;
  publicPem: string;
  kid: string;
}

/**
 * The development key pair lives in the git-ignored data folder, created on first use, so a fresh
 * clone works without any secret being committed. Written to a temp name and renamed, so that
 * services starting together never read a half-written key.
 */
export function ensureDevKeyPair(dir: string): DevKeyPair {
  const keyDir = path.join(dir, 'keys');
  const priv = path.join(keyDir, 'dev-private.pem');
  const pub = path.join(keyDir, 'dev-public.pem');
  if (!fs.existsSync(priv) || !fs.existsSync(pub)) {
    fs.mkdirSync(keyDir, { recursive: true, mode: 0o700 });
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const suffix = `.${process.pid}.tmp`;
    fs.writeFileSync(priv + suffix, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    fs.writeFileSync(pub + suffix, publicKey.export({ type: 'spki', format: 'pem' }));
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
}

export interface VerificationKey {
  key: CryptoKey | Uint8Array | JWTVerifyGetKey;
  algorithms: string[];
  source: 'jwks' | 'public-key' | 'hs256-secret' | 'development';
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
    return { key: createRemoteJWKSet(url, { timeoutDuration: 5000, cooldownDuration: 30_000 }), algorithms: asymmetric, source: 'jwks' };
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
    return { key: await importSPKI(pem, alg), algorithms: [alg], source: 'public-key' };
  }
  if (cfg.JWT_HS256_SECRET) {
    if (!cfg.JWT_ALGORITHMS.includes('HS256')) {
      throw new ConfigError('JWT_HS256_SECRET: set JWT_ALGORITHMS=HS256 to use a shared secret (off by default)');
    }
    if (looksLikePublicKey(cfg.JWT_HS256_SECRET)) {
      throw new ConfigError('JWT_HS256_SECRET: this looks like a public key; a public key must never be used as an HMAC secret');
    }
    return { key: new TextEncoder().encode(cfg.JWT_HS256_SECRET), algorithms: ['HS256'], source: 'hs256-secret' };
  }
  if (production) {
    throw new ConfigError('JWT_JWKS_URL or JWT_PUBLIC_KEY: production needs the token issuer\'s key');
  }
  const pair = ensureDevKeyPair(dir);
  return { key: await importSPKI(pair.publicPem, DEV_KEY_ALG), algorithms: [DEV_KEY_ALG], source: 'development' };
}

/** Compares key material, not text, so that re-wrapped or re-encoded PEM of the dev key is caught too. */
function isDevelopmentKey(pem: string, dir: string): boolean {
  const file = path.join(dir, 'keys', 'dev-public.pem');
  if (!fs.existsSync(file)) return false;
  const der = (p: string) => createPublicKey(p).export({ type: 'spki', format: 'der' });
  return der(fs.readFileSync(file, 'utf8')).equals(der(pem));
}
