import { Client } from 'pg';
import { startTestSubgraph, type TestSubgraph } from '@par/platform/testing';
import { sqlRows } from '@par/platform';
import institutions from '../src/subgraph';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(institutions);
  const c = new Client({ connectionString: sg.databaseUrl });
  await c.connect();
  await c.query(`INSERT INTO unit_version (code, name, full_name, kind, level) VALUES ('35', 'Hà Nam', 'Tỉnh Hà Nam', 'PROVINCE', 'PROVINCE')`);
  await c.query(`INSERT INTO agency (id, code, name, kind, unit_code) VALUES ('00000000-0000-4000-8000-000000000001', 'H35', 'Ủy ban nhân dân tỉnh Hà Nam', 'PROVINCIAL_PEOPLES_COMMITTEE', '35')`);
  await c.end();
});
afterAll(() => sg?.stop());

test('an agency is read with its unit; an unknown id is null; a malformed id is BAD_USER_INPUT', async () => {
  const q = `query($id: ID!) { agency(id: $id) { name administrativeUnit { fullName peoplesCommittee { code } } } }`;
  const ok = await sg.request(q, { id: '00000000-0000-4000-8000-000000000001' });
  expect(ok.errors).toBeUndefined();
  expect(ok.data.agency).toEqual({ name: 'Ủy ban nhân dân tỉnh Hà Nam', administrativeUnit: { fullName: 'Tỉnh Hà Nam', peoplesCommittee: { code: 'H35' } } });
  const missing = await sg.request(q, { id: '00000000-0000-4000-8000-000000000009' });
  expect(missing.data.agency).toBeNull();
  const bad = await sg.request(q, { id: 'not-a-uuid' });
  expect(bad.data.agency).toBeNull();
  expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('sqlRows runs inside the EntityManager transaction', async () => {
  const em = sg.orm.em.fork();
  await expect(
    em.transactional(async (tx) => {
      await sqlRows(tx, `INSERT INTO unit_version (code, name, full_name, kind, level) VALUES ('999', 'X', 'X', 'WARD', 'COMMUNE')`);
      const rows = await sqlRows(tx, `SELECT count(*)::int AS n FROM unit_version WHERE code = '999'`);
      expect(rows[0]).toEqual({ n: 1 });
      throw new Error('roll back');
    }),
  ).rejects.toThrow('roll back');
  const after = await sqlRows(sg.orm.em.fork(), `SELECT count(*)::int AS n FROM unit_version WHERE code = '999'`);
  expect(after[0]).toEqual({ n: 0 });
});
