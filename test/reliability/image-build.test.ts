import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTransformer } from '@swc/jest';
import { graphql } from 'graphql';
import { buildSubgraphSchema, dataDir, databaseNameOf, dropDatabase, REPO_ROOT } from '@par/platform';
import { testPort, testServerUrl, uniquePrefix } from '@par/platform/testing';
import institutions from '../../subgraphs/institutions/src/subgraph';

/**
 * The production image, without Docker (this machine has none): the build command of the
 * Dockerfile's build stage is run as written, and what it produces starts with plain `node`, with
 * no TypeScript compiler, bundler or test tool loadable, and serves the schema the tests serve.
 */
const dockerfile = fs.readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8');
const [buildStage, runStage] = dockerfile.split(/^FROM .*$/m).slice(1);
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'par-hub-image-'));
const children: ChildProcess[] = [];
const prefix = uniquePrefix();
/** Modules the run stage must not need: a compiler, a bundler, the test tools. */
const DEV_ONLY = ['@swc/core', '@swc-node/register', 'esbuild', 'vite', 'typescript', 'jest', '@swc/jest'];

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  fs.rmSync(out, { recursive: true, force: true });
  await dropDatabase(testServerUrl(), databaseNameOf('institutions', prefix)).catch(() => undefined);
});

test('the build stage compiles with `npm run build` and the run stage ships production dependencies and JavaScript only', () => {
  const build = /^RUN (npm run build -- --out (\S+))$/m.exec(buildStage);
  expect(build).not.toBeNull();
  expect(runStage).toMatch(new RegExp(`^COPY --from=build ${build![2].replace(/[/]/g, '\\/')} \\./?$`, 'm'));
  expect(runStage).toMatch(/^RUN npm ci --omit=dev\b/m);
  expect(runStage).toMatch(/exec node gateway\/src\/main\.js/);
  expect(runStage).toMatch(/exec node subgraphs\/\$SERVICE\/src\/main\.js/);
  expect(runStage).not.toMatch(/run\.js|\.ts\b|swc|esbuild/);
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  expect(DEV_ONLY.filter((d) => d in pkg.dependencies)).toEqual([]);
});

test('the build command produces JavaScript that starts a subgraph and the gateway with plain node', async () => {
  const command = /^RUN (npm run build -- --out) \S+$/m.exec(buildStage)![1];
  execFileSync('sh', ['-c', `${command} "$0"`, out], { cwd: REPO_ROOT, stdio: 'pipe' });
  const sources: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else sources.push(path.relative(out, path.join(d, e.name)));
    }
  };
  walk(out);
  expect(sources.filter((f) => f.endsWith('.ts'))).toEqual([]);
  expect(sources).toEqual(
    expect.arrayContaining(['gateway/src/main.js', 'subgraphs/institutions/src/main.js', 'gateway/src/graphiql/prebuilt/app.js', 'supergraph.graphql', 'dashboard/dist/index.html', 'dashboard/dist/assets/app.js', 'dashboard/dist/assets/app.css']),
  );

  // The same JavaScript the tests run: jest's transformer (its options in jest.config.js) compiles these sources as the build did.
  const jestConfig = require(path.join(REPO_ROOT, 'jest.config.js')) as { transform: Record<string, [string, Record<string, unknown>]> };
  const [transformerName, transformerOptions] = jestConfig.transform['^.+\\.ts$'];
  expect(transformerName).toBe('@swc/jest');
  const transformer = createTransformer(transformerOptions);
  const withoutSourceMap = (code: string) => code.replace(/\n\/\/# sourceMappingURL=.*$/s, '');
  for (const file of ['packages/platform/src/db/idempotency.ts', 'subgraphs/institutions/src/modules/procedure/procedure.resolver.ts', 'gateway/src/gateway.ts']) {
    const from = path.join(REPO_ROOT, file);
    const tested = transformer.process!(fs.readFileSync(from, 'utf8'), from, { supportsStaticESM: false } as never) as { code: string };
    expect(withoutSourceMap(fs.readFileSync(path.join(out, file.replace(/\.ts$/, '.js')), 'utf8'))).toBe(withoutSourceMap(tested.code));
  }

  // node_modules as `npm ci` lays it out: packages by link, the workspaces pointing into the build.
  fs.mkdirSync(path.join(out, 'node_modules', '@par'), { recursive: true });
  for (const e of fs.readdirSync(path.join(REPO_ROOT, 'node_modules'))) {
    if (e !== '@par' && !e.startsWith('.')) fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', e), path.join(out, 'node_modules', e));
  }
  for (const e of fs.readdirSync(path.join(REPO_ROOT, 'node_modules', '@par'))) {
    fs.symlinkSync(fs.readlinkSync(path.join(REPO_ROOT, 'node_modules', '@par', e)), path.join(out, 'node_modules', '@par', e));
  }
  // Loading a TypeScript file, or any package `npm ci --omit=dev` leaves out (the lockfile marks it dev), fails the built services loudly.
  const lock = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const devPackages = Object.keys(lock.packages).filter((k) => lock.packages[k].dev);
  expect(devPackages).toEqual(expect.arrayContaining(DEV_ONLY.map((d) => `node_modules/${d}`)));
  const guard = path.join(out, 'guard.js');
  fs.writeFileSync(
    guard,
    `const Module = require('module'); const path = require('path'); const resolve = Module._resolveFilename;
     const dev = new Set(${JSON.stringify(devPackages)});
     Module._resolveFilename = function (request, ...rest) {
       const file = resolve.call(this, request, ...rest);
       if (/\\.tsx?$/.test(file)) throw new Error('TypeScript loaded at run time: ' + file);
       const pkg = /^(.*node_modules\\/(?:@[^/]+\\/)?[^/]+)/.exec(path.relative(${JSON.stringify(REPO_ROOT)}, file));
       if (pkg && dev.has(pkg[1])) throw new Error('dev-only package loaded at run time: ' + pkg[1] + ' (' + request + ')');
       return file;
     };`,
  );
  const start = (entry: string, env: NodeJS.ProcessEnv) =>
    new Promise<number>((resolve, reject) => {
      const child = fork(path.join(out, entry), [], { cwd: out, execArgv: ['--require', guard], env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.push(child);
      child.on('message', (m: { type?: string; port?: number }) => (m?.type === 'ready' ? resolve(m.port!) : undefined));
      child.once('exit', (code) => reject(new Error(`${entry} exited with code ${code}`)));
    });
  const common = { NODE_ENV: 'test', LOG_LEVEL: 'silent', HUB_DATA_DIR: dataDir(process.env.HUB_DATA_DIR) };
  const port = await start('subgraphs/institutions/src/main.js', { ...common, DATABASE_URL: testServerUrl(), DATABASE_NAME_PREFIX: prefix, INSTITUTIONS_PORT: String(await testPort()), SEED_WHEN_EMPTY: 'false' });
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
  const built = (await res.json()) as { data: { _service: { sdl: string } } };
  // The same schema as the TypeScript the tests compile themselves.
  const tested = await graphql({ schema: await buildSubgraphSchema(institutions), source: '{ _service { sdl } }' });
  expect(built.data._service.sdl).toBe((tested.data as typeof built.data)._service.sdl);

  const gatewayPort = await start('gateway/src/main.js', { ...common, GATEWAY_PORT: String(await testPort()), ENABLE_GRAPHIQL: 'true', INSTITUTIONS_URL: `http://127.0.0.1:${port}/graphql` });
  const page = await fetch(`http://127.0.0.1:${gatewayPort}/graphiql/app.js`);
  expect(page.status).toBe(200);
  expect((await page.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
  // The dashboard the build shipped, served as built: the run stage has no vite to build it (loading it fails, see guard).
  const dashboard = await fetch(`http://127.0.0.1:${gatewayPort}/`);
  expect(dashboard.status).toBe(200);
  const html = await dashboard.text();
  expect(html).toContain('/assets/app.js');
  const app = await fetch(`http://127.0.0.1:${gatewayPort}/assets/app.js`);
  expect(app.status).toBe(200);
  expect(Buffer.from(await app.arrayBuffer()).equals(fs.readFileSync(path.join(out, 'dashboard/dist/assets/app.js')))).toBe(true);
}, 120_000);
