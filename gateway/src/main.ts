import { ConfigError, createLogger } from '@par/platform';
import { startGateway, type RunningGateway } from './gateway';

const log = createLogger('gateway', process.env.LOG_LEVEL ?? 'info');
let running: RunningGateway | undefined;

let shuttingDown = false;

async function shutdown(signal: string) {
  if (shuttingDown) return;
  shuttingDown = true;
  log.info({ signal }, 'shutting down');
  setTimeout(() => process.exit(1), 15_000).unref();
  await running?.close().catch((err) => log.error({ err }, 'shutdown failed'));
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
// The supervisor that forked us is gone (even by SIGKILL): nobody would stop or restart us.
process.once('disconnect', () => void shutdown('supervisor gone'));

startGateway({ log })
  .then((g) => {
    running = g;
    process.send?.({ type: 'ready', service: 'gateway', port: g.port });
  })
  .catch((err) => {
    if (err instanceof ConfigError) log.fatal(err.message);
    else log.fatal({ err }, 'failed to start');
    process.exit(1);
  });
