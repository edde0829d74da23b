// Builds @par/operations for frontends outside this repository: ESM and CommonJS with type
// declarations (tsc), and a folder `dist/package` holding exactly what `npm pack` ships, with its
// own package.json pointing at the built files. Inside the repository the TypeScript sources are
// used directly (package.json "exports"), so nothing here is needed to run the hub.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const here = path.dirname(new URL(import.meta.url).pathname);
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const out = path.join(here, 'dist', 'package');
fs.rmSync(path.join(here, 'dist'), { recursive: true, force: true });

// Both formats at once: each tsc run waits mostly on its own type check.
const compile = (dir, module, moduleResolution) =>
  promisify(execFile)(process.execPath, [tsc, '-p', path.join(here, 'tsconfig.build.json'), '--outDir', path.join(out, dir), '--module', module, '--moduleResolution', moduleResolution]).catch((err) => {
    throw new Error(`tsc (${dir}) failed:\n${err.stdout}${err.stderr}`);
  });
await Promise.all([compile('esm', 'ES2020', 'bundler'), compile('cjs', 'CommonJS', 'node10')]);

// Node's ESM loader needs full relative specifiers ('./generated/graphql.js'); tsc keeps them as written.
function addExtensions(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) addExtensions(file);
    else if (/\.(js|d\.ts)$/.test(entry.name)) {
      const text = fs.readFileSync(file, 'utf8').replace(/((?:from|import)\s*['"])(\.{1,2}\/[^'"]+?)(['"])/g, (m, a, spec, b) => {
        if (/\.(js|json)$/.test(spec)) return m;
        const target = path.resolve(path.dirname(file), spec);
        return `${a}${fs.existsSync(target) && fs.statSync(target).isDirectory() ? `${spec}/index.js` : `${spec}.js`}${b}`;
      });
      fs.writeFileSync(file, text);
    }
  }
}
addExtensions(path.join(out, 'esm'));
fs.writeFileSync(path.join(out, 'esm', 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
fs.writeFileSync(path.join(out, 'cjs', 'package.json'), JSON.stringify({ type: 'commonjs' }) + '\n');

const source = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8'));
const entry = (name) => ({
  import: { types: `./esm/${name}.d.ts`, default: `./esm/${name}.js` },
  require: { types: `./cjs/${name}.d.ts`, default: `./cjs/${name}.js` },
});
const { private: _private, exports: _exports, main: _main, scripts: _scripts, devDependencies: _dev, ...meta } = source;
const manifest = {
  ...meta,
  main: './cjs/index.js',
  module: './esm/index.js',
  types: './cjs/index.d.ts',
  exports: {
    '.': entry('index'),
    './apollo': entry('apollo'),
    './operations.graphql': './operations.graphql',
    './dashboard.graphql': './dashboard.graphql',
    './scorecard.graphql': './scorecard.graphql',
    './examples.json': './examples.json',
    './package.json': './package.json',
  },
  sideEffects: false,
};
fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
for (const f of ['README.md', 'operations.graphql', 'dashboard.graphql', 'scorecard.graphql', 'examples.json']) fs.copyFileSync(path.join(here, f), path.join(out, f));
console.log(`@par/operations built into ${path.relative(process.cwd(), out) || '.'}`);
