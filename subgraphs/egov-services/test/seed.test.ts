import { Client } from 'pg';
import { agencies, procedures, measureKeyOf } from '@par/sample-data';
import { startTestSubgraph, type TestSubgraph } from '@par/platform/testing';
import egovServices from '../src/subgraph';

let sg: TestSubgraph;
let db: Client;

beforeAll(async () => {
  sg = await startTestSubgraph(egovServices, { seed: { scale: 0.01 } });
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

test('the sample seed copies the shared catalogue and fills every area for 2016–2020', async () => {
  const { rows } = await db.query(`SELECT (SELECT count(*) FROM agency_ref)::int AS agencies, (SELECT count(*) FROM procedure_ref)::int AS procedures,
      (SELECT count(DISTINCT received_year) FROM dossier)::int AS years, (SELECT count(*) FROM dossier)::int AS dossiers,
      (SELECT count(*) FROM dossier d JOIN agency_ref a ON a.id = d.agency_id WHERE a.unit_code <> d.unit_code)::int AS misplaced,
      (SELECT count(*) FROM online_service)::int AS online, (SELECT count(*) FROM satisfaction_survey WHERE kind <> 'PROCEDURE')::int AS psu_surveys,
      (SELECT count(*) FROM sector_statistic)::int AS sector, (SELECT count(*) FROM document_exchange)::int AS docs, (SELECT count(*) FROM iso_certification)::int AS iso`);
  expect(rows[0]).toMatchObject({ agencies: agencies().length, procedures: procedures().length, years: 5, misplaced: 0 });
  expect(rows[0].dossiers).toBeGreaterThan(5 * 300_000 * 0.01 * 0.8);
  for (const k of ['online', 'psu_surveys', 'docs', 'iso']) expect(rows[0][k]).toBeGreaterThan(0);
  expect(rows[0].sector).toBe(15);

  const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on EgovIndicator { code measurement(year: 2020) { value } } } }`;
  const codes = ['TTHC_SATISFACTION', 'PUBLIC_SERVICE_SATISFACTION', 'ONLINE_SERVICES_LEVEL_3_4', 'TAX_DECLARATIONS_ONLINE', 'TAX_PAID_ONLINE', 'SOCIAL_INSURANCE_ONLINE', 'BUSINESS_REGISTRATION_ONLINE', 'INVESTMENT_CERTIFICATE_ONLINE', 'DOCS_TO_PPC_ELECTRONIC', 'DOCS_INTERAGENCY_ELECTRONIC'];
  const res = await sg.request(q, { reps: codes.map((code) => ({ __typename: 'EgovIndicator', code, ...measureKeyOf(code) })) });
  expect(res.errors).toBeUndefined();
  for (const e of res.data._entities) expect(e.measurement?.value).toEqual(expect.any(Number));
});
