import fs from 'node:fs';
import { Client } from 'pg';
// usage: explain.ts <op> <subgraph> [full]
async function main() {
  const [op, sg, full] = process.argv.slice(2);
  const all = JSON.parse(fs.readFileSync('/tmp/benchwork/statements.json', 'utf8'));
  for (const st of all.filter((s: any) => s.op === op && s.subgraph === sg)) {
    if (!/^\s*(SELECT|WITH)/i.test(st.sql)) continue;
    const c = new Client({ connectionString: `${process.env.PGURL}/${sg.replace('-', '_')}` });
    await c.connect();
    if (process.env.WORK_MEM) await c.query(`SET work_mem = '${process.env.WORK_MEM}'`);
    for (let i = 0; i < 2; i++) {
      const plan = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${st.sql}`, st.params);
      const lines: string[] = plan.rows.map((x: any) => x['QUERY PLAN']);
      if (i === 1) console.log(full ? lines.join('\n') : lines.filter((l) => /Execution Time|Index Only|Index Scan|Seq Scan on dossier|Heap Fetches|Sort Method: external/.test(l)).map((l) => l.slice(0, 160)).join('\n'));
    }
    await c.end();
  }
}
main();
