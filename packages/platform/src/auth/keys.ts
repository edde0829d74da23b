import { generateKeyPairSync } from 'node:crypto';
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

/**
 * Chooses the key that verifies tokens. Each source pins its own algorithms, so a token can never
 * pick how it is checked (the classic RS256 → HS256 confusion, or `alg: none`).
 */
export async function resolveVerificationKey(cfg: KeyConfig, dir: string): Promise<VerificationKey> {
  const asymmetric = cfg.JWT_ALGORITHMS.filter((a) => a !== 'HS256');
  const production = cfg.NODE_ENV === 'production';
  if (cfg.JWT_JWKS_URL) {
    return { key: createRemoteJWKSet(new URL(cfg.JWT_JWKS_URL)), algorithms: asymmetric, source: 'jwks' };
  }
  if (cfg.JWT_PUBLIC_KEY) {
    const pem = pemOf(cfg.JWT_PUBLIC_KEY);
    if (production && isDevelopmentKey(pem, dir)) {
      throw new ConfigError('JWT_PUBLIC_KEY: production refuses the development key pair; configure the real issuer key');
    }
    // The PEM's own key type decides the one algorithm it can verify.
    for (const alg of asymmetric) {
      try {
        return { key: await importSPKI(pem, alg), algorithms: [alg], source: 'public-key' };
      } catch {
        /* try the next allowed algorithm */
      }
    }
    throw new ConfigError(`JWT_PUBLIC_KEY: not a PEM public key usable with ${asymmetric.join(' or ')}`);
  }
  if (cfg.JWT_HS256_SECRET) {
    if (!cfg.JWT_ALGORITHMS.includes('HS256')) {
      throw new ConfigError('JWT_HS256_SECRET: set JWT_ALGORITHMS=HS256 to use a shared secret (off by default)');
    }
    return { key: new TextEncoder().encode(cfg.JWT_HS256_SECRET), algorithms: ['HS256'], source: 'hs256-secret' };
  }
  if (production) {
    throw new ConfigError('JWT_JWKS_URL or JWT_PUBLIC_KEY: production needs the token issuer\'s key');
  }
  const pair = ensureDevKeyPair(dir);
  return { key: await importSPKI(pair.publicPem, DEV_KEY_ALG), algorithms: [DEV_KEY_ALG], source: 'development' };
}

function isDevelopmentKey(pem: string, dir: string): boolean {
  const file = path.join(dir, 'keys', 'dev-public.pem');
  return fs.existsSync(file) && fs.readFileSync(file, 'utf8').trim() === pem;
}
