import path from 'node:path';
import { REPO_ROOT } from '@par/platform';
import { namedOperationsFrom } from '../../gateway/src/export';
import { ExportError, planExport } from '../../gateway/src/export/rows';
import { startProbeHub, type ProbeHub } from './support/probe-hub';

/**
 * Issue 18: an export is one list, never a silent part of an answer. An answer with no list is one
 * row; one shaped like AgencyProfile (figures beside a nested list) or holding several lists is
 * refused with EXPORT_NOT_ONE_LIST naming them, unless the caller picks a list or asks for one row.
 */
let hub: ProbeHub;
beforeAll(async () => {
  hub = await startProbeHub();
});
afterAll(() => hub?.stop());

async function exportCsv(body: Record<string, unknown>, search = '') {
  const res = await fetch(`${hub.origin}/export.csv${search}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  return {
    status: res.status,
    text,
    lines: text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean),
  };
}

const PROFILE = '{ probeProfile(total: 3) { name code figures { total share } rows { n code } } }';

test('an answer shaped like AgencyProfile is refused with a code naming its list; ?list= exports that list, ?flatten=true one row', async () => {
  const refused = await exportCsv({ query: PROFILE });
  expect(refused.status).toBe(400);
  const error = JSON.parse(refused.text).errors[0];
  expect(error.extensions).toEqual({ code: 'EXPORT_NOT_ONE_LIST', lists: ['probeProfile.rows'] });
  expect(error.message).toContain('probeProfile.rows');

  const list = await exportCsv({ query: PROFILE }, '?list=probeProfile.rows');
  expect(list.status).toBe(200);
  expect(list.lines).toEqual(['n,code', '1,1.000001', '2,1.000002', '3,1.000003']);

  const row = await exportCsv({ query: PROFILE }, '?flatten=true');
  expect(row.status).toBe(200);
  expect(row.lines).toEqual([
    'probeProfile.name,probeProfile.code,probeProfile.figures.total,probeProfile.figures.share,probeProfile.rows.n,probeProfile.rows.code',
    'Sở Nội vụ,000.00.01.H26,3,0.5,"1; 2; 3","1.000001; 1.000002; 1.000003"',
  ]);

  const unknown = await exportCsv({ query: PROFILE }, '?list=probeProfile.nope');
  expect(unknown.status).toBe(400);
  expect(JSON.parse(unknown.text).errors[0].extensions).toMatchObject({ code: 'EXPORT_NOT_ONE_LIST', lists: ['probeProfile.rows'] });
});

test('an answer with no list is one row, every field a column by its path; several lists are refused naming each', async () => {
  const one = await exportCsv({ query: '{ probeProfile(total: 2) { name figures { total share } } }' });
  expect(one.status).toBe(200);
  expect(one.lines).toEqual(['probeProfile.name,probeProfile.figures.total,probeProfile.figures.share', 'Sở Nội vụ,2,0.5']);

  const two = await exportCsv({ query: '{ a: probeList(total: 2) { n } b: probeRows(total: 5, first: 2) { edges { node { n } } } }' });
  expect(two.status).toBe(400);
  expect(JSON.parse(two.text).errors[0].extensions).toEqual({ code: 'EXPORT_NOT_ONE_LIST', lists: ['a', 'b'] });
  // The connection is picked and paged through whole; flattening it would keep one page only, so it is refused.
  const picked = await exportCsv({ query: '{ a: probeList(total: 2) { n } b: probeRows(total: 5, first: 2) { edges { node { n } } } }' }, '?list=b');
  expect(picked.lines).toEqual(['n', '1', '2', '3', '4', '5']);
  const flat = await exportCsv({ query: '{ probeRows(total: 5, first: 2) { edges { node { n } } } }' }, '?flatten=true');
  expect(flat.status).toBe(400);
  expect(JSON.parse(flat.text).errors[0].extensions).toEqual({ code: 'EXPORT_NOT_ONE_LIST', lists: ['probeRows'] });

  // One list alone, or one connection with context beside it, exports as before.
  expect((await exportCsv({ query: '{ probeList(total: 2) { n } }' })).lines).toEqual(['n', '1', '2']);
});

test('the contract AgencyProfile, as the gateway reads it, names the list it holds instead of exporting it alone', () => {
  const query = namedOperationsFrom(path.join(REPO_ROOT, 'packages/operations/operations.graphql')).get('AgencyProfile')!;
  const answer = {
    agency: { id: 'x', name: 'Sở Nội vụ', workforce: { headcount: 3, byCategory: [{ category: 'CADRE', count: 3 }] }, budget: { estimate: '1' } },
  };
  let refusal: unknown;
  try {
    planExport(query, 'AgencyProfile', answer);
  } catch (err) {
    refusal = err;
  }
  expect(refusal).toBeInstanceOf(ExportError);
  expect(refusal).toMatchObject({ code: 'EXPORT_NOT_ONE_LIST', extensions: { lists: ['agency.workforce.byCategory'] } });
  const row = planExport(query, 'AgencyProfile', answer, { flatten: true });
  expect(row.kind).toBe('row');
  expect(row.columns.map((c) => c.header)).toEqual(
    expect.arrayContaining(['agency.name', 'agency.workforce.byCategory.count', 'agency.serviceDelivery.onTimeRate']),
  );
});
