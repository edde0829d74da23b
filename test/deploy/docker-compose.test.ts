import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { baseEnvSchema, databaseNameOf, DEFAULT_PORTS, envPrefix, parseEnv, REPO_ROOT, serviceDir, SUBGRAPHS, subgraphUrlEnv } from '@par/platform';
import { gatewayEnvSchema } from '@par/gateway/src/config';

/**
 * docker-compose.yml and the Dockerfile cannot run on this machine, so they are checked against
 * the code: service names, ports, health checks and every environment variable against the zod
 * schemas the services parse at start, and the image against the workspaces it must install.
 */
interface ComposeService {
  build?: unknown;
  image?: string;
  environment?: Record<string, string | number | boolean | null>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] | string };
}
const compose = YAML.parse(fs.readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
const dockerfile = fs.readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8');
const services = compose.services;
const APP_SERVICES = [...SUBGRAPHS, 'gateway'] as const;

/** Compose's interpolation with the values an operator would set: `${X:?msg}`, `${X:-default}`, `${X}`. */
const SECRETS: Record<string, string> = { POSTGRES_PASSWORD: 'p4ss-word', JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'par-data-hub' };
function interpolate(value: string): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::([?-])([^}]*))?\}/g, (_m, name: string, kind?: string, rest?: string) => SECRETS[name] ?? (kind === '-' ? (rest ?? '') : kind === '?' ? `missing-${name}` : ''));
}
const envOf = (s: string): Record<string, string> => Object.fromEntries(Object.entries(services[s].environment ?? {}).map(([k, v]) => [k, interpolate(String(v ?? ''))]));
const healthUrl = (s: string) => /https?:\/\/[^'"\s)]+/.exec([services[s].healthcheck?.test ?? []].flat().join(' '))?.[0];

test('the services are PostgreSQL, the four subgraphs and the gateway, all apps from the one shared image', () => {
  expect(Object.keys(services).sort()).toEqual(['postgres', ...APP_SERVICES].sort());
  const images = new Set(APP_SERVICES.map((s) => services[s].image));
  expect(images.size).toBe(1);
  for (const s of APP_SERVICES) {
    expect(services[s].build).toBeDefined();
    expect(envOf(s).SERVICE).toBe(s);
  }
  expect(services.postgres.healthcheck?.test).toBeDefined();
});

test('each app listens on its default port on all interfaces, and its health check asks that port', () => {
  for (const s of APP_SERVICES) {
    const env = envOf(s);
    expect(env[`${envPrefix(s)}_PORT`]).toBe(String(DEFAULT_PORTS[s]));
    expect(env.HOST).toBe('0.0.0.0');
    expect(healthUrl(s)).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${DEFAULT_PORTS[s]}/(readyz|healthz)$`));
  }
  expect(services.gateway.ports).toContain(`${DEFAULT_PORTS.gateway}:${DEFAULT_PORTS.gateway}`);
});

test('every variable is one the service reads (no typos), and the values pass its configuration schema', () => {
  for (const s of APP_SERVICES) {
    const env = envOf(s);
    const schema = s === 'gateway' ? gatewayEnvSchema : baseEnvSchema;
    const known = new Set([...Object.keys(schema.shape), 'SERVICE', `${envPrefix(s)}_PORT`]);
    expect(Object.keys(env).filter((k) => !known.has(k))).toEqual([]);
    expect(() => parseEnv(schema, env)).not.toThrow();
    expect(parseEnv(schema, env).NODE_ENV).toBe('production');
  }
});

test('secrets come from the environment, never from the file', () => {
  for (const s of Object.keys(services)) {
    for (const [k, v] of Object.entries(services[s].environment ?? {})) {
      if (/PASSWORD|SECRET|KEY|ISSUER|AUDIENCE|JWKS/.test(k)) expect(String(v)).toMatch(/^\$\{[A-Z0-9_]+(:[-?][^}]*)?\}$/);
      if (k === 'DATABASE_URL') expect(String(v)).toMatch(/:\$\{POSTGRES_PASSWORD(:\?[^}]*)?\}@/);
    }
  }
});

test('subgraphs wait for a healthy PostgreSQL and each gets a database of its own on it', () => {
  const names = SUBGRAPHS.map((s) => {
    const env = parseEnv(baseEnvSchema, envOf(s));
    expect(new URL(env.DATABASE_URL!).hostname).toBe('postgres');
    expect(services[s].depends_on?.postgres?.condition).toBe('service_healthy');
    return databaseNameOf(s, env.DATABASE_NAME_PREFIX);
  });
  expect(new Set(names).size).toBe(SUBGRAPHS.length);
  expect(envOf('postgres').POSTGRES_USER).toBe(new URL(envOf('institutions').DATABASE_URL).username);
});

test('the gateway reaches each subgraph by its service name and port, after they are healthy', () => {
  const env = parseEnv(gatewayEnvSchema, envOf('gateway')) as Record<string, unknown>;
  for (const s of SUBGRAPHS) {
    expect(env[subgraphUrlEnv(s)]).toBe(`http://${s}:${DEFAULT_PORTS[s]}/graphql`);
    expect(services.gateway.depends_on?.[s]?.condition).toBe('service_healthy');
  }
});

test('the Dockerfile installs every workspace from the lockfile and ships what the services read at run time', () => {
  const workspaces = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces.flatMap((w) =>
    w.endsWith('/*')
      ? fs.readdirSync(path.join(REPO_ROOT, w.slice(0, -2))).map((d) => `${w.slice(0, -2)}/${d}`).filter((d) => fs.existsSync(path.join(REPO_ROOT, d, 'package.json')))
      : [w],
  );
  const beforeInstall = dockerfile.slice(0, dockerfile.indexOf('npm ci'));
  expect(beforeInstall).toMatch(/COPY package\.json package-lock\.json/);
  // npm ci refuses a lockfile whose workspaces are missing, so each package.json must be there first.
  const missing = workspaces.filter((w) => !new RegExp(`COPY ${w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}/package\\.json ${w}/?\\n`).test(beforeInstall));
  expect(missing).toEqual([]);
  // The build stage takes the whole context (trimmed by .dockerignore) and compiles it; the run stage starts the JavaScript.
  expect(dockerfile).toMatch(/^COPY \. \.$/m);
  expect(dockerfile).toMatch(/gateway\/src\/main\.js/);
  expect(dockerfile).toMatch(/subgraphs\/\$SERVICE\/src\/main\.js/);
  for (const s of SUBGRAPHS) expect(fs.existsSync(path.join(serviceDir(s), 'src/main.ts'))).toBe(true);
  const ignored = fs.readFileSync(path.join(REPO_ROOT, '.dockerignore'), 'utf8').split('\n');
  expect(ignored).toEqual(expect.arrayContaining(['node_modules', '.data', '.env']));
});
