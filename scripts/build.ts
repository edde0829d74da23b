import fs from 'node:fs';
import path from 'node:path';
import { transformFile, type Options } from '@swc/core';
import { REPO_ROOT } from '@par/platform';
import { buildGraphiql, PREBUILT_GRAPHIQL_DIR } from '../gateway/src/graphiql/bundle';
import { buildDashboard } from '../gateway/src/dashboard/serve';

/**
 * `npm run build -- --out DIR`: the hub as plain JavaScript for the production image. Every service
 * source file is compiled with the same swc options `npm start` and the tests use (.swcrc), into
 * the same layout, so `node gateway/src/main.js` needs no compiler; the files services read at run
 * time (data, documents, the supergraph, package.json with `.js` entry points) come along, and the
 * GraphiQL page and the leadership dashboard (`dashboard/dist`, which the gateway serves at `/`)
 * are built here: the run stage has no bundler to build them at the gateway's first request.
 */
const ROOT_PACKAGE = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { workspaces: string[] };
const WORKSPACES = ROOT_PACKAGE.workspaces.flatMap((w) =>
  w.endsWith('/*') ? fs.readdirSync(path.join(REPO_ROOT, w.slice(0, -2))).map((d) => `${w.slice(0, -2)}/${d}`).filter((d) => fs.existsSync(path.join(REPO_ROOT, d, 'package.json'))) : [w],
);
/** What the services run: the shared packages, the gateway, the subgraphs. */
const SOURCE_ROOTS = WORKSPACES.filter((w) => /^(packages|subgraphs)\/|^gateway$/.test(w));
/** `npm ci` in the run stage needs every workspace's manifest, even of those it runs nothing from. */
const ROOT_FILES = ['package.json', 'package-lock.json', 'supergraph.graphql', 'services.json', ...WORKSPACES.filter((w) => !SOURCE_ROOTS.includes(w)).map((w) => `${w}/package.json`)];
/** Not part of a running service: tests, and the docs of a workspace. */
const SKIP = /(^|\/)(test|node_modules|dist)(\/|$)|\.md$|(^|\/)src\/testing(\/|$)/;

function* files(dir: string, rel = ''): Generator<string> {
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${entry.name}` : entry.name;
    if (SKIP.test(p)) continue;
    if (entry.isDirectory()) yield* files(dir, p);
    else yield p;
  }
}

/** A workspace's entry points name its TypeScript sources; the image has their JavaScript. */
function jsManifest(text: string): string {
  const pkg = JSON.parse(text) as Record<string, unknown>;
  const toJs = (v: unknown): unknown =>
    typeof v === 'string' ? v.replace(/\.ts$/, '.js') : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJs(x)])) : v;
  for (const field of ['main', 'exports']) if (pkg[field]) pkg[field] = toJs(pkg[field]);
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

async function build(out: string): Promise<{ compiled: number; copied: number }> {
  const swc = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, '.swcrc'), 'utf8')) as Options;
  let compiled = 0;
  let copied = 0;
  const write = (file: string, data: string | Buffer) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
  };
  for (const root of SOURCE_ROOTS) {
    for (const rel of files(path.join(REPO_ROOT, root))) {
      const from = path.join(REPO_ROOT, root, rel);
      const to = path.join(out, root, rel);
      if (rel.endsWith('.ts') && !rel.endsWith('.d.ts')) {
        const { code } = await transformFile(from, { ...swc, swcrc: false, filename: from, sourceFileName: path.relative(path.dirname(to), from) });
        write(to.replace(/\.ts$/, '.js'), code);
        compiled++;
      } else {
        write(to, rel === 'package.json' ? jsManifest(fs.readFileSync(from, 'utf8')) : fs.readFileSync(from));
        copied++;
      }
    }
  }
  for (const f of ROOT_FILES) (write(path.join(out, f), fs.readFileSync(path.join(REPO_ROOT, f))), copied++);
  const graphiql = await buildGraphiql(null);
  write(path.join(out, 'gateway/src/graphiql', PREBUILT_GRAPHIQL_DIR, 'app.js'), graphiql.js);
  write(path.join(out, 'gateway/src/graphiql', PREBUILT_GRAPHIQL_DIR, 'app.css'), graphiql.css);
  await buildDashboard(path.join(REPO_ROOT, 'dashboard'), path.join(out, 'dashboard', 'dist'));
  return { compiled, copied };
}

const at = process.argv.indexOf('--out');
const out = path.resolve(at > 0 ? process.argv[at + 1] : path.join(REPO_ROOT, 'dist'));
const started = Date.now();
build(out)
  .then(({ compiled, copied }) => console.log(`built ${compiled} modules and ${copied} files into ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
