import fs from 'node:fs';
import { startTestHub } from '../test/support/hub';
import { tokenFor } from '@par/platform/testing';
(async () => {
  const t0 = Date.now();
  const hub = await startTestHub({ scale: Number(process.env.SCALE ?? 0.01) });
  const tokens = { leadership: await tokenFor({ roles: ['leadership'], scope: 'pii:read' }), analyst: await tokenFor({ roles: ['analyst'] }) };
  fs.writeFileSync(__dirname + '/hub.json', JSON.stringify({ gatewayUrl: hub.gatewayUrl, prefix: hub.prefix, tokens }, null, 1));
  console.error('hub up in', (Date.now() - t0) / 1000, 's', hub.gatewayUrl, hub.prefix);
  process.on('SIGTERM', async () => { await hub.stop(); process.exit(0); });
  setInterval(() => undefined, 1 << 30);
})().catch((e) => { console.error(e); process.exit(1); });
