import fs from 'node:fs';
import { Client } from 'pg';
import { SUBGRAPHS, STATEMENT_COUNTER_PATH, type CountedStatement } from '@par/platform';
import { mintToken } from '../../scripts/lib/mint-token';
import { startHub, stopAll } from '../../bench/hub-process';
import { discoverFixtures, SCENARIOS, type Role } from '../../bench/scenarios';

async function main() {
  const b = { dataDir: process.cwd() + '/bench/.data/scale-1', databaseUrl: process.env.PGURL + '/postgres', namePrefix: '' };
  const hub = await startHub(b, { LOG_LEVEL: 'warn', SQL_STATEMENT_COUNTER: 'true' });
  console.error('ready', hub.secondsToReady);
  const tokens: Record<Role, string | undefined> = { public: undefined, analyst: await mintToken({ roles: ['analyst'] }, b.dataDir), leadershipPii: await mintToken({ roles: ['leadership'], scope: 'pii:read' }, b.dataDir) };
  const post = async (query: string, variables: Record<string, unknown>, role: Role) => (await (await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {}) }, body: JSON.stringify({ query, variables }) })).json()) as any;
  const fx = await discoverFixtures(post);
  const read = async (s: string) => ((await (await fetch(new URL(STATEMENT_COUNTER_PATH, (hub.subgraphUrls as any)[s]))).json()) as { statements: CountedStatement[] }).statements;
  const out: any[] = [];
  for (const sc of SCENARIOS) {
    await Promise.all(SUBGRAPHS.map(read));
    const t0 = performance.now();
    const r = await post(sc.query, sc.variables(fx, 0), sc.role);
    const ms = performance.now() - t0;
    for (const s of SUBGRAPHS) for (const st of await read(s)) out.push({ op: sc.name, subgraph: s, sql: st.sql, params: st.params });
    console.error(sc.name, ms.toFixed(1), 'ms', r.errors ? JSON.stringify(r.errors).slice(0, 200) : 'ok');
  }
  fs.writeFileSync('/tmp/benchwork/statements.json', JSON.stringify(out, null, 1));
  // EXPLAIN ANALYZE each statement in its own database.
  const report: string[] = [];
  for (const st of out) {
    if (!/^\s*(SELECT|WITH)/i.test(st.sql)) continue;
    const c = new Client({ connectionString: `${process.env.PGURL}/${st.subgraph.replace('-', '_')}` });
    await c.connect();
    try {
      const t0 = performance.now();
      const plan = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${st.sql}`, st.params);
      const lines = plan.rows.map((x: any) => x['QUERY PLAN']);
      report.push(`=== ${st.op} / ${st.subgraph} (${(performance.now() - t0).toFixed(1)} ms)\n${st.sql.replace(/\s+/g, ' ').slice(0, 300)}\nparams ${JSON.stringify(st.params).slice(0, 300)}\n${lines.join('\n')}\n`);
    } finally { await c.end(); }
  }
  fs.writeFileSync('/tmp/benchwork/explain.txt', report.join('\n'));
  await hub.stop();
}
main().catch((e) => { console.error(e); }).finally(() => stopAll().then(() => process.exit(0)));
