import { startGateway } from '@par/gateway';
(async () => {
  const g = await startGateway({ env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'error', DATABASE_URL: 'postgres://x@127.0.0.1:1/x' }, port: 0 });
  const r = await fetch(g.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query A { __typename } query B { __typename }' }) });
  console.log(r.status, await r.text());
  await g.close();
})();
