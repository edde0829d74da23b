import { composeServices } from '@apollo/composition';
import { EntitySchema } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { parse } from 'graphql';
import { Client } from 'pg';
import { Query, Resolver } from 'type-graphql';
import { ANONYMOUS, audit, AuditLogResolver, buildSubgraphSchema, CREATE_AUDIT_LOG, SUBGRAPHS, subgraphSdl, type SubgraphDefinition } from '../src';
import { startTestSubgraph, tokenFor, type TestSubgraph } from '../src/testing';

class CreateAudit extends Migration {
  async up(): Promise<void> {
    for (const sql of CREATE_AUDIT_LOG) this.addSql(sql);
    this.addSql('CREATE TABLE audit_probe (id int PRIMARY KEY)');
  }
}
const Probe = new EntitySchema({ name: 'AuditProbe', tableName: 'audit_probe', properties: { id: { type: 'number', primary: true } } });

@Resolver()
class PingResolver {
  @Query(() => String, { description: 'Liveness of the test subgraph.' })
  ping(): string {
    return 'pong';
  }
}

const def: SubgraphDefinition = {
  name: 'public-finance',
  resolvers: [PingResolver, AuditLogResolver('public-finance')],
  entities: [Probe],
  migrations: [{ name: 'CreateAudit', class: CreateAudit }],
};

const QUERY = `query($first: Int, $after: String, $filter: PublicFinanceAuditFilter) {
  publicFinanceAuditLog(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id at subject roles agencyId action operation objectType objectIds before after requestId } }
  }
}`;

describe('audit log query', () => {
  let sg: TestSubgraph;
  let admin: string;
  beforeAll(async () => {
    sg = await startTestSubgraph(def);
    admin = await tokenFor({ roles: ['admin'], sub: 'admin-1' });
    const em = sg.orm.em.fork();
    const editor = { subject: 'hr-1', roles: new Set(['editor'] as const), scopes: new Set<string>(), agencyId: '11111111-1111-4111-8111-111111111111', editorOf: 'public-finance' };
    for (let i = 0; i < 5; i++) {
      await audit(em, { caller: editor, requestId: `r${i}`, action: 'WRITE', operation: 'recordBudgetSettlement', objectType: 'BudgetSettlement', objectIds: [`b${i}`], before: i ? { amount: BigInt(i) } : undefined, after: { amount: 10n ** 18n + BigInt(i) } });
    }
    await audit(em, { caller: { ...ANONYMOUS, subject: 'lead-1', roles: new Set(['leadership'] as const) }, requestId: 'r9', action: 'PII_READ', operation: 'civilServant.phone', objectType: 'CivilServant', objectIds: ['p1', 'p2'] });
  });
  afterAll(() => sg?.stop());

  it('lists entries newest first, in stable pages, for an admin', async () => {
    const p1 = await sg.request(QUERY, { first: 4 }, admin);
    expect(p1.errors).toBeUndefined();
    const c1 = p1.data.publicFinanceAuditLog;
    expect(c1.totalCount).toBe(6);
    expect(c1.edges.map((e: any) => e.node.requestId)).toEqual(['r9', 'r4', 'r3', 'r2']);
    expect(c1.edges[1].node).toMatchObject({ subject: 'hr-1', roles: ['editor'], agencyId: '11111111-1111-4111-8111-111111111111', action: 'WRITE', objectIds: ['b4'] });
    expect(JSON.parse(c1.edges[1].node.after)).toEqual({ amount: '1000000000000000004' });
    expect(c1.edges[1].node.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    const p2 = await sg.request(QUERY, { first: 4, after: c1.pageInfo.endCursor }, admin);
    expect(p2.data.publicFinanceAuditLog.edges.map((e: any) => e.node.requestId)).toEqual(['r1', 'r0']);
    expect(p2.data.publicFinanceAuditLog.edges[1].node.before).toBeNull();
    expect(p2.data.publicFinanceAuditLog.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by action, object id, subject and day', async () => {
    const run = async (filter: object) => (await sg.request(QUERY, { filter }, admin)).data.publicFinanceAuditLog;
    expect((await run({ action: 'PII_READ' })).edges.map((e: any) => e.node.objectIds)).toEqual([['p1', 'p2']]);
    expect((await run({ objectId: 'p2' })).totalCount).toBe(1);
    expect((await run({ subject: 'hr-1', objectType: 'BudgetSettlement' })).totalCount).toBe(5);
    const today = new Date().toISOString().slice(0, 10);
    expect((await run({ from: today, to: today })).totalCount).toBe(6);
    expect((await run({ to: '2000-01-01' })).totalCount).toBe(0);
  });

  it('treats injection strings as plain values', async () => {
    for (const s of ["' OR '1'='1", 'b1%', '%', "p1'); DELETE FROM audit_log; --"]) {
      const r = await sg.request(QUERY, { filter: { objectId: s, subject: s } }, admin);
      expect(r.errors).toBeUndefined();
      expect(r.data.publicFinanceAuditLog.totalCount).toBe(0);
    }
  });

  it('is refused to everyone but admins, with no entries returned', async () => {
    for (const roles of [['analyst'], ['leadership'], ['editor']] as const) {
      const t = await tokenFor({ roles: [...roles], scope: 'pii:read', ...(roles[0] === 'editor' ? { subgraph: 'public-finance' } : {}) });
      const r = await sg.request(QUERY, {}, t);
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    }
    const anon = await sg.request(QUERY, {});
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anon.data).toBeNull();
  });

  it('refuses bad paging input by field', async () => {
    expect((await sg.request(QUERY, { first: 101 }, admin)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await sg.request(QUERY, { after: 'bm90LWEtY3Vyc29y' }, admin)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await sg.request(QUERY, { filter: { from: '2026-02-01', to: '2026-01-01' } }, admin)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
  });

  it('the table stays append-only', async () => {
    const c = new Client({ connectionString: sg.databaseUrl });
    await c.connect();
    try {
      await expect(c.query('UPDATE audit_log SET subject = $1', ['x'])).rejects.toThrow(/append-only/);
      await expect(c.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      expect((await c.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n).toBe(6);
    } finally {
      await c.end();
    }
  });
});

describe('audit log across the four subgraphs', () => {
  it('composes: one root field and one set of types per subgraph', async () => {
    const services = await Promise.all(
      SUBGRAPHS.map(async (name) => ({ name, url: `http://${name}`, typeDefs: parse(subgraphSdl(await buildSubgraphSchema({ ...def, name, resolvers: [AuditLogResolver(name)] }))) })),
    );
    const result = composeServices(services);
    expect(result.errors ?? []).toEqual([]);
    const sdl = result.supergraphSdl ?? '';
    for (const f of ['institutionsAuditLog', 'civilServantsAuditLog', 'publicFinanceAuditLog', 'egovServicesAuditLog']) expect(sdl).toContain(`${f}(`);
    expect(sdl).toContain('type CivilServantsAuditEntry');
    expect(AuditLogResolver('institutions')).toBe(AuditLogResolver('institutions'));
  });
});
