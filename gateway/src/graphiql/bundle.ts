import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface GraphiqlBundle {
  js: Buffer;
  css: Buffer;
}

const ENTRY = path.join(__dirname, 'client', 'app.js');
/** Beside this module in a production build (`npm run build`), which bundles the page ahead of time. */
export const PREBUILT_GRAPHIQL_DIR = 'prebuilt';

function versionOf(pkg: string): string {
  try {
    return (JSON.parse(fs.readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Changes whenever the page's code or the packages it is built from change. */
function cacheKey(): string {
  const h = createHash('sha256');
  h.update(fs.readFileSync(ENTRY));
  for (const pkg of ['esbuild', 'graphiql', '@graphiql/react', 'react', 'react-dom', 'graphql']) h.update(`${pkg}@${versionOf(pkg)}`);
  return h.digest('hex').slice(0, 16);
}

/**
 * Bundles the page with esbuild from node_modules, once per version: the result is cached under
 * `<cacheDir>/<key>/` (the data folder) when writable, so later starts serve it at once.
 */
export async function buildGraphiql(cacheDir: string | null): Promise<GraphiqlBundle> {
  const prebuilt = path.join(__dirname, PREBUILT_GRAPHIQL_DIR);
  if (fs.existsSync(path.join(prebuilt, 'app.js'))) {
    return { js: fs.readFileSync(path.join(prebuilt, 'app.js')), css: fs.readFileSync(path.join(prebuilt, 'app.css')) };
  }
  const dir = cacheDir ? path.join(cacheDir, cacheKey()) : null;
  if (dir && fs.existsSync(path.join(dir, 'app.js')) && fs.existsSync(path.join(dir, 'app.css'))) {
    return { js: fs.readFileSync(path.join(dir, 'app.js')), css: fs.readFileSync(path.join(dir, 'app.css')) };
  }
  // Loaded only when the page is first asked for: a gateway without GraphiQL never needs esbuild.
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: { app: ENTRY },
    bundle: true,
    minify: true,
    write: false,
    outdir: 'out',
    format: 'iife',
    platform: 'browser',
    target: ['chrome100', 'firefox100', 'safari15'],
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
    logLevel: 'silent',
    legalComments: 'none',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'));
  if (!js || !css) throw new Error('GraphiQL bundle: esbuild produced no JavaScript or CSS');
  const bundle = { js: Buffer.from(js.contents), css: Buffer.from(css.contents) };
  if (dir) {
    try {
      fs.mkdirSync(dir, { recursive: true });
      // Written under temporary names first, so a concurrent start never reads half a file.
      for (const [name, data] of [['app.js', bundle.js], ['app.css', bundle.css]] as const) {
        const tmp = path.join(dir, `${name}.${process.pid}.tmp`);
        fs.writeFileSync(tmp, data);
        fs.renameSync(tmp, path.join(dir, name));
      }
    } catch {
      // A read-only data folder (a container) only costs a rebuild at the next start.
    }
  }
  return bundle;
}
