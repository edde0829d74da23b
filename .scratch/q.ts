import fs from 'node:fs';
import { postGraphQL } from '@par/platform/testing';
const hub = JSON.parse(fs.readFileSync(__dirname + '/hub.json', 'utf8'));
const ops = fs.readFileSync(__dirname + '/../packages/operations/operations.graphql', 'utf8');
(async () => {
  const [name, vars = '{}', tok = 'leadership'] = process.argv.slice(2);
  const query = name.startsWith('{') || name.startsWith('query') || name.startsWith('mutation') ? name : ops;
  const body: any = await postGraphQL(hub.gatewayUrl, query, JSON.parse(vars), tok === 'none' ? undefined : hub.tokens[tok]);
  if (!name.startsWith('{') && !name.startsWith('query') && !name.startsWith('mutation')) {
    const res = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(tok === 'none' ? {} : { authorization: `Bearer ${hub.tokens[tok]}` }) }, body: JSON.stringify({ query: ops, operationName: name, variables: JSON.parse(vars) }) });
    console.log(JSON.stringify(await res.json(), null, 1));
  } else console.log(JSON.stringify(body, null, 1));
})();
