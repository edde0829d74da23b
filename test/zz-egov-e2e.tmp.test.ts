import fs from 'node:fs';
import { tokenFor } from '@par/platform/testing';
import { agencies, procedures } from '@par/sample-data';
import { startTestHub, type TestHub } from './support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ scale: 0.01, env: { SUPERGRAPH_PATH: '/tmp/supergraph-egov.graphql' } });
}, 120_000);
afterAll(() => hub?.stop());
const ops = fs.readFileSync('/work/shared/contract/operations.graphql', 'utf8');

test('contract operations of egov-services through the gateway', async () => {
  const analyst = await tokenFor({ roles: ['leadership'] });
  const score = await hub.request(ops, { plan: '851/QĐ-UBND', year: 2020 }, analyst).catch((e) => e);
  const run = (name: string, vars: Record<string, unknown>, token?: string) =>
    fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query: ops, operationName: name, variables: vars }) }).then((r) => r.json());
  void score;
  const sc = await run('ParScorecard', { plan: '851/QĐ-UBND', year: 2020 }, analyst);
  console.log('ParScorecard errors', JSON.stringify(sc.errors)?.slice(0, 500));
  console.log(JSON.stringify(sc.data?.reformPlan?.targets?.filter((t: any) => /SATISFACTION|ONLINE|DOCS/.test(t.code)).map((t: any) => [t.code, t.indicator?.measurement?.value, t.indicator?.met])));
  const dpc = agencies().find((a) => a.kind === 'DISTRICT_PEOPLES_COMMITTEE')!;
  const ap = await run('AgencyProfile', { id: dpc.id, year: 2020 }, analyst);
  console.log('AgencyProfile', JSON.stringify(ap.errors)?.slice(0, 300), JSON.stringify(ap.data?.agency?.serviceDelivery));
  const dc = await run('DistrictComparison', { province: '35', year: 2020, asOf: '2020-06-30' }, analyst);
  console.log('DistrictComparison', JSON.stringify(dc.errors)?.slice(0, 300), JSON.stringify(dc.data?.administrativeUnit?.children?.map((c: any) => [c.code, c.serviceDelivery])));
  const pc = await run('ProcedureCatalogue', { first: 3, year: 2020 });
  console.log('ProcedureCatalogue', JSON.stringify(pc.errors)?.slice(0, 300), JSON.stringify(pc.data?.administrativeProcedures?.edges?.map((e: any) => [e.node.code, e.node.onlineService, e.node.dossierStats])));
  const dt = await run('DossierTrend', { filter: { yearFrom: 2019, yearTo: 2020 }, groupBy: ['YEAR', 'CHANNEL'] }, analyst);
  console.log('DossierTrend', JSON.stringify(dt.errors)?.slice(0, 300), JSON.stringify(dt.data?.dossierStatistics));
  const editor = await tokenFor({ roles: ['editor'], subgraph: 'egov-services' });
  const p = procedures().find((x) => x.level === 'COMMUNE')!;
  const cpc = agencies().find((a) => a.kind === 'COMMUNE_PEOPLES_COMMITTEE')!;
  const rd = await run('ReceiveDossier', { input: { procedureCode: p.code, agencyId: cpc.id, channel: 'ONLINE', applicantKind: 'CITIZEN', applicantName: 'Trần Văn Bình' } }, editor);
  console.log('ReceiveDossier', JSON.stringify(rd.errors)?.slice(0, 300), JSON.stringify(rd.data));
  const bad = await run('ReceiveDossier', { input: { procedureCode: p.code, agencyId: cpc.id, channel: 'FAX', applicantKind: 'CITIZEN', applicantName: 'X' } }, editor);
  console.log('ReceiveDossier FAX', JSON.stringify(bad.errors)?.slice(0, 300));
}, 120_000);
