import { Client } from 'pg';
import { createLogger, databaseNameOf, dropDatabase, prepareSubgraphDatabase, rebuildRollups, runSeed } from '@par/platform';
import { startTestSubgraph, testServerUrl, tokenFor, uniquePrefix } from '@par/platform/testing';
import { migrations } from '../src/migrations';
import { egovRollups } from '../src/modules/rollup/dossier-rollup';
import egovServices from '../src/subgraph';
import { seedFromCatalogue } from '../src/seed/load';
import { CATALOGUE, testApplicantName, testRandom } from './fixtures';
import { AGENCY_SUMMARY, expectSummaryEqualsFacts, OVERDUE_SUMMARY, SUMMARY, UNIT_SUMMARY } from './summary-facts';

/**
 * Dossiers partitioned by the year received (Migration20261202100000): the migration converts a
 * seeded database — every dossier and supplement request kept, summaries unchanged and still equal
 * to the facts, the statement triggers firing on the partitioned table — and a dossier of a year
 * without its partition lands in the default one and moves out when its year is added.
 */
jest.setTimeout(180_000);

const PARTITIONING = 'Migration20261202100000';
const log = createLogger('egov-partitions', 'silent');

/** Everything a dossier and a supplement request hold, as one digest per table. */
const DIGEST = `SELECT (SELECT count(*) FROM dossier)::int AS dossiers,
       (SELECT md5(string_agg(d::text, '|' ORDER BY d.id)) FROM (SELECT id, procedure_code, agency_id, unit_code, channel, applicant_kind, applicant_name,
          applicant_id_number, received_at, received_year, resolved_year, due_on, paused_days, status, resolved_at, closed_at, outcome, close_reason, version FROM dossier) d) AS dossier_digest,
       (SELECT count(*) FROM supplement_request)::int AS supplements,
       (SELECT md5(string_agg(s::text, '|' ORDER BY s.id)) FROM (SELECT id, dossier_id, reason, opened_at, closed_at, paused_days FROM supplement_request) s) AS supplement_digest`;
const SUMMARIES = [SUMMARY, AGENCY_SUMMARY, UNIT_SUMMARY, OVERDUE_SUMMARY];
async function snapshot(db: Client) {
  const summaries: unknown[][] = [];
  for (const q of SUMMARIES) summaries.push((await db.query(q)).rows);
  return { digest: (await db.query(DIGEST)).rows[0], summaries };
}

/** Partitions of `dossier` and how many dossiers each holds. */
const partitions = async (db: Client) =>
  Object.fromEntries(
    (
      await db.query<{ name: string; n: number }>(
        `SELECT c.relname AS name, (SELECT count(*) FROM dossier d WHERE d.tableoid = c.oid)::int AS n
           FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'dossier'::regclass ORDER BY 1`,
      )
    ).rows.map((r) => [r.name, r.n]),
  );

test('the migration converts a seeded database: every dossier and request kept, summaries unchanged and equal to the facts', async () => {
  const prefix = uniquePrefix();
  const database = databaseNameOf('egov-services', prefix);
  const before = migrations.filter((m) => m.name < PARTITIONING);
  // The partitioning and the migrations after it (the monthly summary, created on the partitioned table).
  const from = migrations.filter((m) => m.name >= PARTITIONING).map((m) => m.name);
  expect(from[0]).toBe(PARTITIONING);
  const access = await prepareSubgraphDatabase({ serverUrl: testServerUrl(), database, migrations: before, entities: egovServices.entities!, log });
  const db = new Client({ connectionString: access.ownerUrl });
  await db.connect();
  try {
    // Today's seed on yesterday's schema: what it writes beyond that schema is stood in for, then removed.
    await db.query(`CREATE FUNCTION dossier_add_year_partitions(int, int) RETURNS int LANGUAGE sql AS 'SELECT 0'`);
    await db.query('ALTER TABLE supplement_request ADD COLUMN dossier_received_at timestamptz');
    await runSeed((ctx) => seedFromCatalogue(ctx, CATALOGUE, testRandom(ctx.seed), testApplicantName), { url: access.ownerUrl, scale: 0.01, seed: 851, log });
    await db.query('ALTER TABLE supplement_request DROP COLUMN dossier_received_at');
    await db.query('DROP FUNCTION dossier_add_year_partitions(int, int)');
    expect((await db.query(`SELECT relkind FROM pg_class WHERE oid = 'dossier'::regclass`)).rows[0].relkind).toBe('r');
    const old = await snapshot(db);
    expect(old.digest.dossiers).toBeGreaterThan(100);
    expect(old.digest.supplements).toBeGreaterThan(0);

    const { applied } = await prepareSubgraphDatabase({ serverUrl: testServerUrl(), database, migrations, entities: egovServices.entities!, log });
    expect(applied).toEqual(from);

    expect((await db.query(`SELECT relkind FROM pg_class WHERE oid = 'dossier'::regclass`)).rows[0].relkind).toBe('p');
    expect(await snapshot(db)).toEqual(old);
    await expectSummaryEqualsFacts(db);
    // The seeded years 2016–2020 each in their own partition, none in the default one.
    const parts = await partitions(db);
    for (let y = 2016; y <= 2020; y++) expect(parts[`dossier_y${y}`]).toBeGreaterThan(0);
    expect(parts.dossier_default).toBe(0);
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(old.digest.dossiers);
    // Each request carries its dossier's receipt instant, the second half of its foreign key.
    expect(
      (await db.query(`SELECT count(*)::int AS n FROM supplement_request r JOIN dossier d ON d.id = r.dossier_id AND d.received_at = r.dossier_received_at`))
        .rows[0].n,
    ).toBe(old.digest.supplements);

    // The statement triggers fire on the partitioned table: a write keeps the summaries equal to the facts.
    await db.query(`UPDATE dossier SET status = 'WITHDRAWN', closed_at = received_at + interval '1 day', close_reason = 'test'
                     WHERE id IN (SELECT id FROM dossier WHERE status = 'IN_PROGRESS' ORDER BY id LIMIT 20)`);
    await db.query(`DELETE FROM dossier WHERE id IN (SELECT dossier_id FROM supplement_request ORDER BY id LIMIT 5)`);
    await expectSummaryEqualsFacts(db);
    // A deleted dossier takes its requests with it (the foreign key's cascade through the partitions).
    expect(
      (await db.query('SELECT count(*)::int AS n FROM supplement_request r WHERE NOT EXISTS (SELECT 1 FROM dossier d WHERE d.id = r.dossier_id)')).rows[0].n,
    ).toBe(0);

    // The seed again, on the partitioned table with its indexes deferred, and a rebuild: the same figures as before the migration.
    await runSeed((ctx) => seedFromCatalogue(ctx, CATALOGUE, testRandom(ctx.seed), testApplicantName), { url: access.ownerUrl, scale: 0.01, seed: 851, log });
    await rebuildRollups(egovRollups, { url: access.ownerUrl });
    const reseeded = await snapshot(db);
    expect(reseeded.digest).toEqual(old.digest);
    expect(reseeded.summaries.slice(0, 3)).toEqual(old.summaries.slice(0, 3));
    await expectSummaryEqualsFacts(db);
    // Every index of the table is on every partition again after the deferred build.
    const { rows: missing } = await db.query(`SELECT p.relname AS index, c.relname AS partition
        FROM pg_index x JOIN pg_class p ON p.oid = x.indexrelid JOIN pg_inherits i ON i.inhparent = 'dossier'::regclass JOIN pg_class c ON c.oid = i.inhrelid
       WHERE x.indrelid = 'dossier'::regclass
         AND NOT EXISTS (SELECT 1 FROM pg_inherits ii JOIN pg_index xx ON xx.indexrelid = ii.inhrelid WHERE ii.inhparent = x.indexrelid AND xx.indrelid = c.oid)`);
    expect(missing).toEqual([]);
  } finally {
    await db.end();
    await dropDatabase(testServerUrl(), database);
  }
});

test('on an empty database; a dossier of a year without its partition waits in the default one and moves with its requests when the year is added', async () => {
  const sg = await startTestSubgraph(egovServices);
  const db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
  try {
    await runSeed((ctx) => seedFromCatalogue(ctx, CATALOGUE, testRandom(ctx.seed), testApplicantName), { url: sg.databaseUrl, scale: 0.005, seed: 851, log });
    const editor = await tokenFor({ roles: ['editor'], subgraph: 'egov-services' });
    const agency = CATALOGUE.agencies.find((a) => a.kind !== 'PUBLIC_SERVICE_UNIT')!;
    const receive = (receivedAt: string) =>
      sg.request(
        `mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) { id } }`,
        {
          input: {
            procedureCode: CATALOGUE.procedures[0].code,
            agencyId: agency.id,
            channel: 'ONLINE',
            applicantKind: 'CITIZEN',
            applicantName: 'Trần Văn Bình',
            receivedAt,
          },
        },
        editor,
      );
    // 31 December 2011, 23:30 in the province: local year 2011, which has no partition.
    const res = await receive('2011-12-31T16:30:00Z');
    expect(res.errors).toBeUndefined();
    const id = res.data.receiveDossier.id as string;
    const supplement = await sg.request(
      `mutation($input: RequestSupplementInput!) { requestSupplement(input: $input) { id status } }`,
      { input: { dossierId: id, reason: 'Thiếu bản sao giấy tờ', requestedAt: '2012-01-03T02:00:00Z' } },
      editor,
    );
    expect(supplement.errors).toBeUndefined();
    const where = async () => (await db.query(`SELECT tableoid::regclass::text AS part, received_year FROM dossier WHERE id = $1`, [id])).rows;
    expect(await where()).toEqual([{ part: 'dossier_default', received_year: 2011 }]);
    await expectSummaryEqualsFacts(db);

    await db.query('BEGIN');
    expect((await db.query('SELECT dossier_add_year_partitions(2010, 2012) AS n')).rows[0].n).toBe(3);
    await db.query('COMMIT');
    expect(await where()).toEqual([{ part: 'dossier_y2011', received_year: 2011 }]);
    expect(
      (await db.query(`SELECT reason, dossier_received_at = '2011-12-31T16:30:00Z' AS keyed FROM supplement_request WHERE dossier_id = $1`, [id])).rows,
    ).toEqual([{ reason: 'Thiếu bản sao giấy tờ', keyed: true }]);
    expect((await partitions(db)).dossier_default).toBe(0);
    await expectSummaryEqualsFacts(db);
    // Its page still answers by id, from its new partition.
    const page = await sg.request(`query($id: ID!) { dossier(id: $id) { id status supplementRequests { reason } } }`, { id }, editor);
    expect(page.errors).toBeUndefined();
    expect(page.data.dossier).toEqual({ id, status: 'SUPPLEMENT_REQUESTED', supplementRequests: [{ reason: 'Thiếu bản sao giấy tờ' }] });

    // A request naming a dossier that does not exist is refused by the key, whatever the writer.
    await expect(db.query(`INSERT INTO supplement_request (dossier_id, reason, opened_at) VALUES (gen_random_uuid(), 'x', now())`)).rejects.toMatchObject({
      code: '23503',
    });
    await expect(
      db.query(
        `INSERT INTO supplement_request (dossier_id, dossier_received_at, reason, opened_at, closed_at, paused_days) VALUES ($1, '2011-12-31T16:31:00Z', 'x', '2012-01-01', '2012-01-02', 0)`,
        [id],
      ),
    ).rejects.toMatchObject({ code: '23503' });
  } finally {
    await db.end();
    await sg.stop();
  }
});
