import type { EmbeddedServer } from '@par/platform';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __parTestPg?: EmbeddedServer }).__parTestPg?.stop();
}
