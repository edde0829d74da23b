import { freePort } from '../db/embedded';

/**
 * A port for a server a test starts later. `freePort()` asks the kernel for one and lets it go, so
 * between that answer and the listen another jest worker's `listen(0)` (or an outgoing connection)
 * may take it: the kernel hands out the same ephemeral range to everyone. Test ports therefore come
 * from below that range (which the kernel never hands out on its own), in a block per jest worker,
 * so no two workers and no two calls in one worker can be given the same port.
 */
const BLOCK_BASE = 20_000;
const BLOCK_SIZE = 1_000;
const BLOCKS = 12;
// A random start, because each test file in a worker loads this module afresh.
let next = Math.floor(Math.random() * BLOCK_SIZE);

export async function testPort(): Promise<number> {
  const worker = Number(process.env.JEST_WORKER_ID ?? 1);
  const base = BLOCK_BASE + ((worker - 1) % BLOCKS) * BLOCK_SIZE;
  for (let tries = 0; tries < BLOCK_SIZE; tries++) {
    const port = base + (next++ % BLOCK_SIZE);
    // Taken by something outside the tests (or a leftover of an earlier run): skip it.
    if ((await freePort(port)) === port) return port;
  }
  throw new Error(`no free test port in ${base}-${base + BLOCK_SIZE - 1}`);
}
