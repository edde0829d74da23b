import { startProbeHub } from './probe-hub';

/**
 * The probe hub in a process of its own (started with --expose-gc), so that a test can measure the
 * gateway's live memory during an export without the test's own memory in the figure. Live
 * memory is sampled after a full collection, so garbage waiting to be collected does not count.
 */
async function main() {
  // Memory is measured here, not the export budgets (test/security/abuse-limits.test.ts): a slow,
  // shared machine must not cut the 100 000 rows short.
  const hub = await startProbeHub({ EXPORT_MAX_MS: '3600000', EXPORT_CALLER_MAX_MS: '86400000' });
  let baseline = 0;
  let peak = 0;
  let timer: NodeJS.Timeout | undefined;
  const live = () => {
    (globalThis as { gc?: () => void }).gc?.();
    return process.memoryUsage().heapUsed;
  };
  process.on('message', async (m: { type: string }) => {
    if (m.type === 'measure') {
      baseline = live();
      peak = baseline;
      timer = setInterval(() => (peak = Math.max(peak, live())), 250);
      process.send!({ type: 'measuring' });
    } else if (m.type === 'report') {
      clearInterval(timer);
      peak = Math.max(peak, live());
      process.send!({ type: 'report', baseline, peak });
    } else if (m.type === 'stop') {
      await hub.stop();
      process.exit(0);
    }
  });
  process.send!({ type: 'ready', origin: hub.origin });
}
main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
