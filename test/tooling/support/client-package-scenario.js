// What a frontend team does with the installed @par/operations tarball, run inside a fresh ESM and
// a fresh CommonJS project (client-package.test.ts copies this file there and appends the export in
// that project's module format). `m` holds the modules as that project loaded them; the answers
// go to `config.out` as JSON for the test to compare with the gateway's own.

async function scenario(m, config) {
  const { ops, apollo, ac, dev, urql, gqlr } = m;
  dev.loadDevMessages();
  dev.loadErrorMessages();
  let warnings = [];
  // Apollo's messages are printf-style; the start says which field and type.
  for (const level of ['warn', 'error']) console[level] = (...args) => warnings.push(`${level}: ${m.util.format(...args).slice(0, 400)}`);

  const doc = (op) => {
    const d = ops[`${op}Document`];
    if (!d) throw new Error(`@par/operations exports no ${op}Document`);
    return d;
  };
  const auth = (token) => (token ? { authorization: `Bearer ${token}` } : {});
  const at = (data, dotted) => dotted.split('.').reduce((o, k) => o[k], data);
  const apolloClient = (token, policies) =>
    new ac.ApolloClient({ link: new ac.HttpLink({ uri: config.url, headers: auth(token) }), cache: new ac.InMemoryCache(policies) });

  /** Each case's variables in turn on one cache, then every one read back from the cache. */
  async function throughApollo(client, c) {
    const fetched = [];
    const variables = [];
    for (const v of c.variables) {
      // `nextPage`: the page after the previous answer's, from that connection's endCursor.
      const vars = v === 'nextPage' ? { ...variables.at(-1), [c.afterVariable ?? 'after']: at(fetched.at(-1), c.connection).pageInfo.endCursor } : v;
      variables.push(vars);
      const { data } = await client.query({ query: doc(c.op), variables: vars, fetchPolicy: 'network-only' }).catch((err) => {
        throw new Error(`${c.op} ${JSON.stringify(vars)}: ${err.message}`);
      });
      fetched.push(data);
    }
    const cached = c.variables.map((v, i) => (v === 'nextPage' ? undefined : client.readQuery({ query: doc(c.op), variables: variables[i] })));
    return { op: c.op, variables, fetched, cached };
  }

  const out = {
    resolved: config.resolved,
    exports: { documents: Object.keys(ops).filter((k) => k.endsWith('Document')).sort(), possibleTypes: apollo.possibleTypes, typePolicies: Object.keys(apollo.typePolicies).sort() },
  };

  // Apollo Client with the package's policies: one cache per caller, every query with changed variables.
  const policies = { typePolicies: apollo.typePolicies, possibleTypes: apollo.possibleTypes };
  const clients = new Map();
  const clientFor = (token) => clients.get(token) ?? clients.set(token, apolloClient(token, policies)).get(token);
  out.apollo = [];
  for (const c of config.queries) out.apollo.push(await throughApollo(clientFor(c.token), c));
  out.mutations = [];
  for (const c of config.mutations) {
    const client = clientFor(c.token);
    const { data } = await client.mutate({ mutation: doc(c.op), variables: c.variables }).catch((err) => {
      throw new Error(`${c.op} ${JSON.stringify(c.variables)}: ${err.message}`);
    });
    const result = data[c.field];
    const cacheId = client.cache.identify(result);
    out.mutations.push({ op: c.op, result, cacheId, stored: cacheId ? client.cache.extract()[cacheId] ?? null : null });
  }
  out.apolloWarnings = warnings;

  // Controls: the same capture sees Apollo's data-loss warning without the policies, and a cache
  // keyed by unit code (the obvious fix) mixes one date's units into another's.
  warnings = [];
  const plain = apolloClient(config.control.token);
  for (const c of config.control.unpolicied) await plain.query({ query: doc(c.op), variables: c.variables });
  out.controlWarnings = warnings;
  const byCode = apolloClient(config.control.token, { ...policies, typePolicies: { ...apollo.typePolicies, AdministrativeUnit: { keyFields: ['code'] } } });
  out.controlByCode = await throughApollo(byCode, config.control.byCode);
  warnings = [];

  // urql: GET for queries with the CSRF preflight header, POST when asked; a GET without the header is refused.
  const methods = [];
  const recordingFetch = (url, init) => (methods.push(init?.method ?? 'GET'), fetch(url, init));
  const urqlClient = (token, headers) =>
    new urql.Client({ url: config.url, exchanges: [urql.cacheExchange, urql.fetchExchange], preferGetMethod: true, fetch: recordingFetch, fetchOptions: () => ({ headers: { ...headers, ...auth(token) } }) });
  out.urql = [];
  for (const c of config.urql) {
    const client = urqlClient(c.token, { 'apollo-require-preflight': 'true' });
    const r = await client.query(doc(c.op), c.variables, c.post ? { preferGetMethod: false } : {}).toPromise();
    out.urql.push({ op: c.op, variables: c.variables, method: methods.at(-1), data: r.data ?? null, error: r.error ? r.error.message : null });
  }
  const refused = await urqlClient(config.urql[0].token, {}).query(doc(config.urql[0].op), config.urql[0].variables).toPromise();
  out.urqlWithoutPreflight = { method: methods.at(-1), data: refused.data ?? null, error: refused.error ? refused.error.message : null };

  // graphql-request: POST with the typed documents.
  out.graphqlRequest = [];
  for (const c of config.graphqlRequest) {
    const client = new gqlr.GraphQLClient(config.url, { headers: auth(c.token) });
    out.graphqlRequest.push({ op: c.op, variables: c.variables, data: await client.request(doc(c.op), c.variables) });
  }
  out.otherWarnings = warnings;
  m.fs.writeFileSync(config.out, JSON.stringify(out));
}
