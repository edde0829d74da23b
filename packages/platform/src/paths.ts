import path from 'node:path';

/** The repository root, found from this file's place so that any working directory works. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** The git-ignored folder for local state: the embedded database and the development keys. */
export function dataDir(configured?: string): string {
  return path.resolve(REPO_ROOT, configured ?? '.data');
}
