import { generateKeyPairSync } from 'node:crypto';
import { Client } from 'pg';
import { SignJWT, importPKCS8 } from 'jose';
import { databaseNameOf, databaseUrl, dataDir, ensureDevKeyPair, SUBGRAPHS, subgraphUrlEnv, type SubgraphName } from '@par/platform';
import { postGraphQL, testServerUrl, tokenFor, type GraphQLResponse } from '@par/platform/testing';
import { startGateway, type RunningGateway } from '@par/gateway';
import { sha256 } from '../../gateway/src/security/persisted';
import manifest from '../../gateway/persisted-operations.json';
import { startTestHub, type TestHub } from '../support/hub';
import { refusalTime } from '../support/refusal';

/**
 * The attack suite (DESIGN §7): hostile requests against the whole hub (four subgraph processes
 * and a real gateway). Each asserts the refusal, its code, that no data came back, and for
 * writes that no subgraph database changed.
 */
let hub: TestHub;
let analyst: string;
let admin: string;
const extraGateways: RunningGateway[] = [];
const ids = { agencyA: '', agencyB: '', rankedB: '', civilServant: '', civilServantVersion: 0, procedure: '' };

interface Raw {
  status: number;
  body: any;
}
async function raw(url: string, body: string | unknown, headers: Record<string, string> = {}): Promise<Raw> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* keep the text */
  }
  return { status: res.status, body: parsed };
}

const codes = (r: { errors?: GraphQLResponse['errors'] }) => (r.errors ?? []).map((e) => e.extensions?.code);

/** Refused as a whole: the code expected, no data at all. */
function expectRefused(r: GraphQLResponse, code: string) {
  expect(codes(r)).toContain(code);
  expect(codes(r)).not.toContain('INTERNAL_SERVER_ERROR');
  expect(r.data ?? null).toBeNull();
}

/** Every table's content, per subgraph database, as one digest per table. */
async function fingerprint(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const s of SUBGRAPHS) {
    const c = new Client({ connectionString: databaseUrl(testServerUrl(), databaseNameOf(s, hub.prefix)) });
    await c.connect();
    try {
      const tables = (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.tablename as string);
      for (const t of tables) {
        const { rows } = await c.query(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`);
        out[`${s}.${t}`] = rows[0].h;
      }
    } finally {
      await c.end();
    }
  }
  return out;
}

/** Runs a write attack and checks that no table of any subgraph changed. */
async function expectNothingWritten(attack: () => Promise<void>) {
  const before = await fingerprint();
  await attack();
  expect(await fingerprint()).toEqual(before);
}

beforeAll(async () => {
  hub = await startTestHub({ scale: 0.01 });
  analyst = await tokenFor({ roles: ['analyst'] });
  admin = await tokenFor({ roles: ['admin'] });
  const agencies = await hub.request(`{ agencies(first: 100) { edges { node { id kind parent { id } } } } }`, {}, analyst);
  const nodes: Array<{ id: string; kind: string; parent: { id: string } | null }> = agencies.data.agencies.edges.map((e: any) => e.node);
  const cs = await hub.request(`{ civilServants(first: 1) { edges { node { id version agency { id } } } } }`, {}, analyst);
  const person = cs.data.civilServants.edges[0].node;
  ids.civilServant = person.id;
  ids.civilServantVersion = person.version;
  // A has no subordinates, so every other agency (B: the person's own) is outside an A-editor's scope.
  const parents = new Set(nodes.map((n) => n.parent?.id));
  const leaves = nodes.filter((n) => !parents.has(n.id) && n.id !== person.agency.id);
  ids.agencyA = (leaves.find((n) => n.kind === 'DEPARTMENT') ?? leaves[0]).id;
  ids.agencyB = person.agency.id;
  // An agency that receives a PAR assessment (a department or district People's Committee), other than A.
  ids.rankedB = nodes.find((n) => n.id !== ids.agencyA && ['DEPARTMENT', 'DISTRICT_PEOPLES_COMMITTEE'].includes(n.kind))!.id;
  const proc = await hub.request(`{ administrativeProcedures(first: 1) { edges { node { code } } } }`, {});
  ids.procedure = proc.data.administrativeProcedures.edges[0].node.code;
}, 180_000);

afterAll(async () => {
  await Promise.all(extraGateways.map((g) => g.close()));
  await hub?.stop();
});

/** Another gateway over the same subgraphs, with other settings (production mode, persisted operations). */
async function gatewayWith(env: NodeJS.ProcessEnv): Promise<RunningGateway> {
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [subgraphUrlEnv(s), hub.subgraphUrls[s]]));
  const g = await startGateway({ env: { ...hub.env, ...urls, ...env }, port: 0 });
  extraGateways.push(g);
  return g;
}

describe('operation limits at the gateway', () => {
  it('1. a query deeper than MAX_DEPTH is refused', async () => {
    const deep = `query($id: ID!) { agency(id: $id) { ${'parent { '.repeat(14)}id${' }'.repeat(14)} } }`;
    expectRefused(await hub.request(deep, { id: ids.agencyA }, analyst), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('2. an alias flood is refused', async () => {
    const q = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: administrativeProcedures(first: 1) { totalCount }`).join(' ')} }`;
    expectRefused(await hub.request(q, {}), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('3. a directive flood is refused', async () => {
    const q = `{ administrativeProcedures(first: 1) { totalCount ${'@include(if: true) '.repeat(30)} } }`;
    expectRefused(await hub.request(q, {}), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('4. a document with too many tokens is refused before parsing completes', async () => {
    const q = `{ administrativeProcedures(first: 1) { ${'totalCount '.repeat(5000)} } }`;
    const r = await hub.request(q, {});
    expectRefused(r, 'GRAPHQL_PARSE_FAILED');
    expect(r.status).toBe(400);
  });

  it('5. a cost bomb (nested connections with first: 100) is refused before any subgraph runs it', async () => {
    const q = `{ agencies(first: 100) { edges { node { id dossiers(first: 100) { totalCount edges { node { id status channel receivedAt dueAt } } } } } } }`;
    const r = await hub.request(q, {}, analyst);
    expectRefused(r, 'GRAPHQL_VALIDATION_FAILED');
    expect(r.errors?.[0].extensions?.cost).toBeGreaterThan(50_000);
  });

  it('6. a cost bomb of nested plain lists is refused', async () => {
    const q = `{ administrativeUnits { children { children { children { children { code fullName peoplesCommittee { id name } } } } } } }`;
    expectRefused(await hub.request(q, {}, analyst), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('5b. the same cost bomb with its page sizes as variable defaults is costed as it would execute, and refused', async () => {
    const q = `query($a: Int! = 100, $b: Int! = 100) { agencies(first: $a) { edges { node { id dossiers(first: $b) { totalCount edges { node { id status channel receivedAt dueAt } } } } } } }`;
    const { r, ms } = await refusalTime(() => hub.request(q, {}, analyst));
    expectRefused(r, 'GRAPHQL_VALIDATION_FAILED');
    expect(r.errors?.[0].extensions?.cost).toBeGreaterThan(50_000);
    expect(ms).toBeLessThan(1000);
  });

  it('6b. without a token, ten aliases of dossierStatistics grouped by every dimension are refused by the anonymous budget', async () => {
    const dims = 'YEAR, QUARTER, MONTH, CHANNEL, AGENCY, AGENCY_KIND, PROCEDURE, SECTOR, DISTRICT, COMMUNE';
    const fields = 'year quarter month channel agencyId agencyKind procedureCode sector districtCode communeCode received receivedOnline resolved resolvedOnTime onTimeRate onlineRate';
    const q = `{ ${Array.from({ length: 10 }, (_, i) => `s${i}: dossierStatistics(groupBy: [${dims}]) { ${fields} }`).join(' ')} }`;
    const { r, ms } = await refusalTime(() => hub.request(q, {}));
    expectRefused(r, 'GRAPHQL_VALIDATION_FAILED');
    // Each alias counts its capped group count (MAX_STATISTICS_GROUPS) times its fields, not ten items.
    expect(r.errors?.[0].extensions).toMatchObject({ maxCost: 20_000 });
    expect(r.errors?.[0].extensions?.cost).toBeGreaterThan(10 * 5000 * 16);
    expect(r.errors?.[0].message).toMatch(/without a token/);
    expect(ms).toBeLessThan(1000);
    // One alias alone is still far over the anonymous budget; a question of a sensible size runs.
    expectRefused(await hub.request(`{ dossierStatistics(groupBy: [${dims}]) { ${fields} } }`, {}), 'GRAPHQL_VALIDATION_FAILED');
    const ok = await hub.request(`{ dossierStatistics(groupBy: [YEAR, CHANNEL]) { year channel received } }`, {});
    expect(ok.errors).toBeUndefined();
    expect(ok.data.dossierStatistics.length).toBeGreaterThan(0);
  });

  it('7. a page above the maximum is BAD_USER_INPUT naming first, not a silent cut', async () => {
    const r = await hub.request(`{ administrativeProcedures(first: 101) { totalCount edges { node { code } } } }`, {});
    expectRefused(r, 'BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.field).toBe('first');
  });

  it('8. a batch above MAX_BATCH is refused whole', async () => {
    const op = { query: '{ administrativeProcedures(first: 1) { totalCount } }' };
    const r = await raw(hub.gatewayUrl, Array.from({ length: 11 }, () => op));
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(r.body.data).toBeUndefined();
    expect(Array.isArray(r.body)).toBe(false);
  });

  it('9. a body above MAX_BODY_BYTES is refused with 413', async () => {
    const r = await raw(hub.gatewayUrl, { query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } });
    expect(r.status).toBe(413);
    expect(r.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('10. field suggestions are hidden, so typos do not map the schema', async () => {
    const r = await hub.request(`{ civilServant(id: "x") { nationalIdNumbr } }`, {}, analyst);
    expectRefused(r, 'GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(r.errors)).not.toMatch(/Did you mean|nationalIdNumber/);
  });

  it('11. introspection is refused in production mode', async () => {
    const publicPem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const prod = await gatewayWith({ NODE_ENV: 'production', JWT_PUBLIC_KEY: publicPem });
    for (const q of ['{ __schema { types { name fields { name } } } }', '{ __type(name: "CivilServant") { fields { name } } }']) {
      expectRefused(await postGraphQL(prod.url, q), 'GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('12. NUL characters in variables are refused as bad input, not a database error', async () => {
    const r = await raw(hub.gatewayUrl, { query: 'query($f: ProcedureFilter) { administrativeProcedures(first: 5, filter: $f) { totalCount } }', variables: { f: { search: 'a\u0000b' } } });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(r.body.data).toBeUndefined();
  });
});

describe('persisted operations', () => {
  it('13. an unregistered persisted-operation hash is refused', async () => {
    const r = await raw(hub.gatewayUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256('query Steal { civilServants(first: 100) { totalCount } }') } } });
    expect(r.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(r.body.data).toBeUndefined();
  });

  it('14. in required mode, only registered operations run: free text is refused, the contract runs by hash', async () => {
    const g = await gatewayWith({ PERSISTED_OPERATIONS: 'required' });
    const free = await raw(g.url, { query: '{ administrativeProcedures(first: 1) { totalCount } }' });
    expect(free.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(free.body.data).toBeUndefined();
    const op = manifest.operations.find((o) => o.name === 'ProcedureCatalogue')!;
    const ok = await raw(g.url, { variables: { first: 2, year: 2020 }, extensions: { persistedQuery: { version: 1, sha256Hash: op.id } } });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.administrativeProcedures.edges).toHaveLength(2);
  });
});

describe('tokens', () => {
  const Q = `{ civilServants(first: 1) { totalCount edges { node { id fullName } } } }`;
  const dev = () => ensureDevKeyPair(dataDir(process.env.HUB_DATA_DIR));
  const claims = () => ({ roles: ['admin'], sub: 'mallory', iss: process.env.JWT_ISSUER ?? 'par-data-hub', aud: process.env.JWT_AUDIENCE ?? 'par-data-hub', exp: Math.floor(Date.now() / 1000) + 600 });
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

  async function expectUnauthenticated(token: string | undefined, url = hub.gatewayUrl) {
    const r = await postGraphQL(url, Q, {}, token);
    expectRefused(r, 'UNAUTHENTICATED');
  }

  it('15. no token: protected data is UNAUTHENTICATED', async () => {
    await expectUnauthenticated(undefined);
  });

  it('16. an expired token is refused', async () => {
    await expectUnauthenticated(await tokenFor({ roles: ['analyst'], expiresIn: -120 }));
  });

  it('17. a not-yet-valid token (nbf in the future) is refused', async () => {
    await expectUnauthenticated(await tokenFor({ roles: ['analyst'], notBefore: 600 }));
  });

  it('18. a token for another audience is refused', async () => {
    await expectUnauthenticated(await tokenFor({ roles: ['analyst'], audience: 'another-api' }));
  });

  it('19. a token from another issuer is refused', async () => {
    await expectUnauthenticated(await tokenFor({ roles: ['analyst'], issuer: 'https://evil.example' }));
  });

  it('20. a forged token (signed by a key the hub does not trust) is refused', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const key = await importPKCS8(privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, 'ES256');
    const c = claims();
    const forged = await new SignJWT({ roles: c.roles }).setProtectedHeader({ alg: 'ES256', kid: dev().kid }).setSubject(c.sub).setIssuer(c.iss).setAudience(c.aud).setExpirationTime(c.exp).sign(key);
    await expectUnauthenticated(forged);
  });

  it('21. alg: none is refused', async () => {
    await expectUnauthenticated(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`);
    await expectUnauthenticated(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.AAAA`);
  });

  it('22. algorithm confusion (HS256 signed with the public key as secret) is refused', async () => {
    const c = claims();
    const confused = await new SignJWT({ roles: c.roles })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(c.sub)
      .setIssuer(c.iss)
      .setAudience(c.aud)
      .setExpirationTime(c.exp)
      .sign(new TextEncoder().encode(dev().publicPem));
    await expectUnauthenticated(confused);
  });

  it('23. a genuine token with its payload changed (analyst → admin) is refused', async () => {
    const [h, , s] = (await tokenFor({ roles: ['analyst'] })).split('.');
    await expectUnauthenticated(`${h}.${b64(claims())}.${s}`);
  });

  it('24. a validly signed token with an unknown role is refused, not downgraded to public', async () => {
    const { key, kid } = { key: await importPKCS8(dev().privatePem, 'ES256'), kid: dev().kid };
    const c = claims();
    const t = await new SignJWT({ roles: ['root'] }).setProtectedHeader({ alg: 'ES256', kid }).setSubject(c.sub).setIssuer(c.iss).setAudience(c.aud).setExpirationTime(c.exp).sign(key);
    await expectUnauthenticated(t);
  });
});

describe('direct calls to subgraphs (the network is not trusted)', () => {
  it('25. a subgraph refuses protected data without a token', async () => {
    const r = await postGraphQL(hub.subgraphUrls['civil-servants'], `{ civilServants(first: 5) { totalCount edges { node { id fullName } } } }`);
    expectRefused(r, 'UNAUTHENTICATED');
  });

  it('26. a subgraph refuses personal data reached through _entities without a token', async () => {
    const r = await postGraphQL(
      hub.subgraphUrls['civil-servants'],
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on CivilServant { id fullName birthYear nationalIdNumber phone dateOfBirth } } }`,
      { r: [{ __typename: 'CivilServant', id: ids.civilServant }] },
    );
    expect(codes(r).length).toBeGreaterThan(0);
    expect(codes(r)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(r.data ?? null)).not.toMatch(/\d{9,12}/);
    // Not even the name: the entity is as protected as the root fields that list it.
    expect(r.data?._entities?.[0]?.fullName ?? null).toBeNull();
  });

  it('27. a subgraph verifies tokens itself: a forged one is refused even when sent directly', async () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const forged = `${b64({ alg: 'none' })}.${b64({ sub: 'x', roles: ['admin'], aud: 'par-data-hub', iss: 'par-data-hub', exp: 9999999999 })}.`;
    const r = await postGraphQL(hub.subgraphUrls['public-finance'], `{ budgetSummary(yearFrom: 2016, yearTo: 2020) { year } }`, {}, forged);
    expectRefused(r, 'UNAUTHENTICATED');
  });

  it('28. a subgraph bounds depth itself', async () => {
    const deep = `query($id: ID!) { agency(id: $id) { ${'parent { '.repeat(30)}id${' }'.repeat(30)} } }`;
    expectRefused(await postGraphQL(hub.subgraphUrls.institutions, deep, { id: ids.agencyA }, analyst), 'GRAPHQL_VALIDATION_FAILED');
  });
});

describe('personal data', () => {
  const RECORD = `query($id: ID!) { civilServant(id: $id) { id fullName dateOfBirth nationalIdNumber phone agency { name } } }`;
  const PII = ['dateOfBirth', 'nationalIdNumber', 'phone'];

  async function expectPiiWithheld(token: string) {
    const r = await hub.request(RECORD, { id: ids.civilServant }, token);
    expect(r.data.civilServant.fullName).toEqual(expect.any(String));
    for (const f of PII) expect(r.data.civilServant[f]).toBeNull();
    const forbidden = (r.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => e.path?.at(-1));
    expect(forbidden.sort()).toEqual([...PII].sort());
  }

  it('29. an analyst gets the record without personal data, FORBIDDEN per field', async () => {
    await expectPiiWithheld(analyst);
  });

  it('30. an analyst whose token carries pii:read still gets no personal data', async () => {
    await expectPiiWithheld(await tokenFor({ roles: ['analyst'], scope: 'pii:read' }));
  });

  it('31. leadership without the pii:read scope gets no personal data', async () => {
    await expectPiiWithheld(await tokenFor({ roles: ['leadership'] }));
  });

  it('32. an anonymous caller gets nothing of the record', async () => {
    const r = await hub.request(RECORD, { id: ids.civilServant });
    expect(codes(r)).toContain('UNAUTHENTICATED');
    expect(JSON.stringify(r.data ?? null)).not.toMatch(/\d{9,12}/);
    expect(r.data?.civilServant?.fullName ?? null).toBeNull();
  });

  it('33. applicant identity on dossiers needs pii:read', async () => {
    const q = `query($id: ID!) { agency(id: $id) { dossiers(first: 5) { edges { node { id applicantName applicantIdNumber } } } } }`;
    const r = await hub.request(q, { id: ids.agencyA }, analyst);
    const nodes = r.data?.agency?.dossiers?.edges?.map((e: any) => e.node) ?? [];
    for (const n of nodes) {
      expect(n.applicantName).toBeNull();
      expect(n.applicantIdNumber).toBeNull();
    }
    if (nodes.length) expect(codes(r)).toContain('FORBIDDEN');
    expect(codes(r)).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('34. the audit log is for admins only', async () => {
    const r = await hub.request(`{ civilServantsAuditLog(first: 5) { totalCount edges { node { subject objectIds } } } }`, {}, await tokenFor({ roles: ['leadership'], scope: 'pii:read' }));
    expectRefused(r, 'FORBIDDEN');
    expect((await hub.request(`{ civilServantsAuditLog(first: 1) { totalCount } }`, {}, admin)).errors).toBeUndefined();
  });
});

describe('writes by the wrong editor', () => {
  const PAR = `mutation($input: ParAssessmentInput!) { recordParAssessment(input: $input) { year selfScore } }`;
  const SETTLE = `mutation($input: BudgetSettlementInput!) { recordBudgetSettlement(input: $input) { year amount } }`;
  const RECEIVE = `mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) { id status } }`;
  const TRAIN = `mutation($input: TrainingCompletionInput!) { recordTrainingCompletion(input: $input) { completedOn } }`;
  const editor = (subgraph: SubgraphName, agency?: string) => tokenFor({ roles: ['editor'], subgraph, ...(agency ? { agency } : {}) });

  it('35. an editor of civil-servants cannot write institutions data', async () => {
    await expectNothingWritten(async () => {
      const r = await hub.request(PAR, { input: { agencyId: ids.agencyA, year: 2020, selfScore: 80, appraisedScore: 78 } }, await editor('civil-servants'));
      expectRefused(r, 'FORBIDDEN');
    });
  });

  it('36. an editor of institutions cannot write public-finance data', async () => {
    await expectNothingWritten(async () => {
      const r = await hub.request(SETTLE, { input: { agencyId: ids.agencyA, year: 2020, category: 'RECURRENT', amount: '1000000' } }, await editor('institutions'));
      expectRefused(r, 'FORBIDDEN');
    });
  });

  it('37. an editor of public-finance limited to agency A cannot record agency B\'s settlement', async () => {
    await expectNothingWritten(async () => {
      const r = await hub.request(SETTLE, { input: { agencyId: ids.agencyB, year: 2020, category: 'RECURRENT', amount: '1000000' } }, await editor('public-finance', ids.agencyA));
      expectRefused(r, 'FORBIDDEN');
    });
  });

  it('38. an editor of egov-services limited to agency A cannot receive a dossier for agency B', async () => {
    await expectNothingWritten(async () => {
      const input = { procedureCode: ids.procedure, agencyId: ids.agencyB, channel: 'ONLINE', applicantKind: 'CITIZEN', applicantName: 'Nguyễn Văn Tấn Công' };
      const r = await hub.request(RECEIVE, { input }, await editor('egov-services', ids.agencyA));
      expectRefused(r, 'FORBIDDEN');
    });
  });

  it('39. an editor of institutions limited to agency A cannot assess agency B', async () => {
    await expectNothingWritten(async () => {
      const r = await hub.request(PAR, { input: { agencyId: ids.rankedB, year: 2020, selfScore: 80, appraisedScore: 78 } }, await editor('institutions', ids.agencyA));
      expectRefused(r, 'FORBIDDEN');
    });
  });

  it('40. an agency-scoped editor cannot change a person of another agency reached by the person\'s id', async () => {
    await expectNothingWritten(async () => {
      const UPDATE = `mutation($input: UpdateCivilServantInput!) { updateCivilServant(input: $input) { id phone } }`;
      const input = { id: ids.civilServant, version: ids.civilServantVersion, phone: '0900000000' };
      expectRefused(await hub.request(UPDATE, { input }, await editor('civil-servants', ids.agencyA)), 'FORBIDDEN');
      // Nor move them into agency A: the person's current agency is checked, not only the target.
      expectRefused(await hub.request(UPDATE, { input: { ...input, phone: null, agencyId: ids.agencyA } }, await editor('civil-servants', ids.agencyA)), 'FORBIDDEN');
    });
  });

  it('41. analysts and leadership cannot write; anonymous callers are UNAUTHENTICATED', async () => {
    await expectNothingWritten(async () => {
      const input = { civilServantId: ids.civilServant, courseId: '00000000-0000-4000-8000-000000000000', completedOn: '2020-05-05' };
      expectRefused(await hub.request(TRAIN, { input }, analyst), 'FORBIDDEN');
      expectRefused(await hub.request(TRAIN, { input }, await tokenFor({ roles: ['leadership'], scope: 'pii:read' })), 'FORBIDDEN');
      expectRefused(await hub.request(TRAIN, { input }), 'UNAUTHENTICATED');
    });
  });
});

describe('injection strings in filters and ids', () => {
  const INJECTIONS = ["' OR '1'='1", "'; DROP TABLE agency; --", '%', '_', '\\', "%' OR 1=1 --", '") OR ("a"="a', '$1', '.*', '[a-z]%'];

  /** Not a 500, and when there is an answer it matches nothing. */
  function expectHarmless(r: GraphQLResponse, count: (d: any) => number) {
    expect(r.status).toBeLessThan(500);
    expect(codes(r)).not.toContain('INTERNAL_SERVER_ERROR');
    if (r.errors?.length) expect(codes(r).every((c) => c === 'BAD_USER_INPUT')).toBe(true);
    else expect(count(r.data)).toBe(0);
  }

  it('42. procedure catalogue search, sector and agency id', async () => {
    const q = `query($f: ProcedureFilter) { administrativeProcedures(first: 10, filter: $f) { totalCount edges { node { code } } } }`;
    for (const s of INJECTIONS) {
      for (const filter of [{ search: s }, { sector: s }, { implementingAgencyId: s }]) {
        expectHarmless(await hub.request(q, { f: filter }), (d) => d.administrativeProcedures.totalCount);
      }
    }
  });

  it('43. civil servant search and agency id', async () => {
    const q = `query($f: CivilServantFilter) { civilServants(first: 10, filter: $f) { totalCount edges { node { id } } } }`;
    for (const s of INJECTIONS) {
      for (const filter of [{ search: s }, { agencyId: s }, { unitCode: s }]) {
        expectHarmless(await hub.request(q, { f: filter }, analyst), (d) => d.civilServants.totalCount);
      }
    }
  });

  it('44. dossier statistics filters', async () => {
    const q = `query($f: DossierStatisticsFilter) { dossierStatistics(filter: $f, groupBy: [YEAR]) { year received } }`;
    for (const s of INJECTIONS) {
      for (const filter of [{ procedureCode: s }, { agencyId: s }, { sector: s }]) {
        expectHarmless(await hub.request(q, { f: filter }, analyst), (d) => d.dossierStatistics.reduce((n: number, g: any) => n + g.received, 0));
      }
    }
  });

  it('45. agency search and ids looked up directly', async () => {
    const q = `query($f: AgencyFilter) { agencies(first: 10, filter: $f) { totalCount } }`;
    for (const s of INJECTIONS) {
      expectHarmless(await hub.request(q, { f: { search: s } }, analyst), (d) => d.agencies.totalCount);
      expectHarmless(await hub.request(`query($id: ID!) { agency(id: $id) { id } }`, { id: s }), (d) => (d.agency ? 1 : 0));
      expectHarmless(await hub.request(`query($c: ID!) { administrativeProcedure(code: $c) { code } }`, { c: s }), (d) => (d.administrativeProcedure ? 1 : 0));
      expectHarmless(await hub.request(`query($id: ID!) { civilServant(id: $id) { id } }`, { id: s }, analyst), (d) => (d.civilServant ? 1 : 0));
    }
  });

  it('46. a forged cursor is BAD_USER_INPUT naming after', async () => {
    const cursor = Buffer.from(JSON.stringify(["' OR 1=1 --", 'x'])).toString('base64url');
    const r = await hub.request(`query($a: String) { administrativeProcedures(first: 5, after: $a) { totalCount } }`, { a: cursor });
    expectRefused(r, 'BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.field).toBe('after');
  });
});

describe('the CSV export runs through the same pipeline', () => {
  const exportUrl = () => hub.gatewayUrl.replace(/\/graphql$/, '/export.csv');

  it('47. an export of protected data without a token is refused, with no rows', async () => {
    const r = await raw(exportUrl(), { query: '{ civilServants(first: 100) { edges { node { id fullName } } } }' });
    expect(r.status).toBe(401);
    expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('48. an export cannot carry a cost bomb or an oversized page', async () => {
    const bomb = await raw(exportUrl(), { query: '{ agencies(first: 100) { edges { node { id dossiers(first: 100) { edges { node { id status channel receivedAt dueAt } } } } } } }' }, { authorization: `Bearer ${analyst}` });
    expect(bomb.status).toBe(400);
    expect(bomb.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const page = await raw(exportUrl(), { query: '{ administrativeProcedures(first: 1000) { edges { node { code } } } }' });
    expect(page.status).toBe(400);
    expect(page.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('49. an export cannot run a mutation', async () => {
    await expectNothingWritten(async () => {
      const input = { agencyId: ids.rankedB, year: 2020, selfScore: 80, appraisedScore: 78 };
      const r = await raw(exportUrl(), { query: 'mutation($input: ParAssessmentInput!) { recordParAssessment(input: $input) { year } }', variables: { input } }, { authorization: `Bearer ${admin}` });
      expect(r.status).toBe(400);
      expect(typeof r.body).toBe('object');
      expect(r.body.errors.length).toBeGreaterThan(0);
    });
  });
});

describe('the limits let legitimate use through (controls)', () => {
  it('every contract query runs with the largest page for a role that may run it', async () => {
    const leadership = await tokenFor({ roles: ['leadership'], scope: 'pii:read' });
    const vars: Record<string, Record<string, unknown>> = {
      ParScorecard: { plan: '851/QĐ-UBND', year: 2020 },
      AgencyProfile: { id: ids.agencyB, year: 2020 },
      DistrictComparison: { province: '35', year: 2020, asOf: '2020-12-31' },
      ProcedureCatalogue: { first: 100, year: 2020 },
      CivilServantSearch: { first: 100, year: 2020 },
      PersonnelRecord: { id: ids.civilServant },
      DossierTrend: { groupBy: ['YEAR', 'CHANNEL', 'AGENCY'] },
      DashboardScorecard: { plan: '851/QĐ-UBND', year: 2020 },
      DashboardFilters: { plan: '851/QĐ-UBND', province: '35', asOf: '2020-12-31' },
      DashboardPlanTargets: { plan: '851/QĐ-UBND' },
      DashboardTargetFigure: { code: 'TTHC_PUBLICLY_DISCLOSED', year: 2020 },
      DashboardTargetEvidence: { code: 'TTHC_PUBLICLY_DISCLOSED', year: 2020, first: 100 },
      ScorecardAgency: { id: ids.agencyB },
      ScorecardUnit: { code: '35' },
    };
    // A registered operation without variables here is a test to write, not a pass.
    for (const op of manifest.operations.filter((o) => o.type === 'query')) expect([op.name, op.name in vars]).toEqual([op.name, true]);
    for (const op of manifest.operations.filter((o) => o.type === 'query')) {
      const r = await raw(hub.gatewayUrl, { extensions: { persistedQuery: { version: 1, sha256Hash: op.id } }, variables: vars[op.name] }, { authorization: `Bearer ${leadership}` });
      const refused = (r.body.errors ?? []).filter((e: any) => ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'EXECUTION_TIMEOUT', 'INTERNAL_SERVER_ERROR'].includes(e.extensions?.code));
      expect([op.name, refused]).toEqual([op.name, []]);
      expect(r.status).toBe(200);
    }
  });

  it('leadership with pii:read reads personal data, and the read is audited', async () => {
    const leadership = await tokenFor({ roles: ['leadership'], scope: 'pii:read', sub: 'audited-reader' });
    const r = await hub.request(`query($id: ID!) { civilServant(id: $id) { nationalIdNumber dateOfBirth } }`, { id: ids.civilServant }, leadership);
    expect(r.errors).toBeUndefined();
    expect(r.data.civilServant.nationalIdNumber).toMatch(/^\d{12}$/);
    const log = await hub.request(
      `query($f: CivilServantsAuditFilter) { civilServantsAuditLog(first: 10, filter: $f) { edges { node { action subject objectIds } } } }`,
      { f: { subject: 'audited-reader', action: 'PII_READ' } },
      admin,
    );
    expect(log.data.civilServantsAuditLog.edges.map((e: any) => e.node.objectIds).flat()).toContain(ids.civilServant);
  });
});
