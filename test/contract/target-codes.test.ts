import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@par/platform';
import { reformPlan } from '@par/sample-data';

/**
 * A target is data: its code lives in the plan's YAML and in the rows loaded from it, never in code.
 * Owners measure kinds with parameters (docs/MEASURES.md), so a code written in a source file would
 * be a measure keyed by the target instead of by its data. What may carry a code's spelling:
 *  - the sample-data package, which reads and writes the plan's data;
 *  - the migration that gave targets loaded before measure kinds existed their kinds, a frozen copy of the plan's data;
 *  - a reported sector statistic's own name (a value of `SectorIndicator`, the `indicator` parameter of
 *    `sector_statistic`), which the plan happens to reuse as a target code;
 *  - an example in a description ("e.g. TTHC_PUBLICLY_DISCLOSED").
 */
const ROOTS = ['packages', 'subgraphs', 'gateway/src', 'dashboard/src', 'scripts', 'bench'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'test', 'results', '.data', 'generated']);
const SOURCE = /\.(ts|tsx|js|mjs|cjs|sql)$/;
const PLAN_DATA = [/^packages\/sample-data\//, /^subgraphs\/institutions\/src\/migrations\/Migration20261130120000\.ts$/];
const SECTOR_STATISTICS = new Set(['TAX_DECLARATIONS_ONLINE', 'TAX_PAID_ONLINE', 'SOCIAL_INSURANCE_ONLINE']);

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) sources(rel, out);
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.test.ts')) out.push(rel);
  }
  return out;
}

test("no source file names a target code of plan 851 outside the plan's data", () => {
  const codes = reformPlan().targets.map((t) => t.code);
  expect(codes.length).toBeGreaterThan(20);
  const named = new RegExp(`(e\\.g\\. )?\\b(${codes.join('|')})\\b`, 'g');
  const files = ROOTS.flatMap((r) => sources(r));
  expect(files.length).toBeGreaterThan(200);
  const found: string[] = [];
  for (const file of files) {
    if (PLAN_DATA.some((p) => p.test(file))) continue;
    const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
    for (const m of text.matchAll(named)) {
      if (m[1] || SECTOR_STATISTICS.has(m[2])) continue;
      found.push(`${file}: ${m[2]}`);
    }
  }
  expect(found).toEqual([]);
});
