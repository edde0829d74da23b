import { createLogger, startEmbeddedPostgres } from '@par/platform';
startEmbeddedPostgres({ dir: process.argv[2], port: Number(process.argv[3]), log: createLogger('pg', 'warn') }).then((s) => {
  process.stdout.write(`${s.url}\n`);
  process.on('SIGTERM', () => void s.stop().then(() => process.exit(0)));
});
