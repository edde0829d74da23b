import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '@par/platform';
import ExcelJS from 'exceljs';
import { csvLine } from '../../gateway/src/export/csv';
import { headerOf } from '../../gateway/src/export/headers';
import { startProbeHub, type ProbeHub } from './support/probe-hub';

/**
 * Exports a spreadsheet reads right, through a real gateway and subgraph (rows from PostgreSQL):
 * an .xlsx with typed cells read back by exceljs, and CSV in the Vietnamese locale.
 */
let hub: ProbeHub;
beforeAll(async () => {
  hub = await startProbeHub();
});
afterAll(() => hub?.stop());

const query = `query ProbeExport($first: Int!, $after: String) {
  probeRows(total: 120, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { n code label ratio even tags } } }
}`;

async function post(pathAndQuery: string, body: Record<string, unknown>) {
  const res = await fetch(`${hub.origin}${pathAndQuery}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** Splits CSV text with the given separator into records (quoted fields may hold anything). */
function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) (record.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      ((record = []), (field = ''), i++);
    } else field += c;
  }
  expect(field === '' && record.length === 0).toBe(true);
  return records;
}

test('an .xlsx export keeps codes as text and numbers and booleans typed, across pages', async () => {
  const { res, bytes } = await post('/export.xlsx', { query, variables: { first: 50 }, operationName: 'ProbeExport' });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(res.headers.get('content-disposition')).toBe('attachment; filename="ProbeExport.xlsx"');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.rowCount).toBe(121);
  expect(sheet.getRow(1).values).toEqual([undefined, 'n', 'code', 'label', 'ratio', 'even', 'tags']);
  const row100 = sheet.getRow(101);
  expect(row100.getCell(1).type).toBe(ExcelJS.ValueType.Number);
  expect(row100.getCell(1).value).toBe(100);
  expect(row100.getCell(2).type).toBe(ExcelJS.ValueType.String);
  expect(row100.getCell(2).value).toBe('1.000100');
  expect(row100.getCell(3).value).toBe('Sở "Nội vụ", tỉnh 100\nHà Nam');
  // Every tenth ratio is null: an empty cell, not the text "null".
  expect(row100.getCell(4).type).toBe(ExcelJS.ValueType.Null);
  expect(row100.getCell(5).type).toBe(ExcelJS.ValueType.Boolean);
  expect(row100.getCell(5).value).toBe(true);
  expect(row100.getCell(6).value).toBe('a100; b100');
  const row3 = sheet.getRow(4);
  expect(row3.getCell(4).type).toBe(ExcelJS.ValueType.Number);
  expect(row3.getCell(4).value).toBe(3 / 7);
  expect(row3.getCell(5).value).toBe(false);
  // Every code of the export came back as the same text.
  for (let n = 1; n <= 120; n++) expect(sheet.getRow(n + 1).getCell(2).value).toBe(`1.${String(n).padStart(6, '0')}`);
});

test('a plain list exports to .xlsx too, codes as text and no cell a formula', async () => {
  const { res, bytes } = await post('/export.xlsx', { query: '{ probeList(total: 3) { n label code } }' });
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(4).values).toEqual([undefined, 3, 'dòng 3', '1.000003']);
  expect(sheet.getRow(4).getCell(1).formula).toBeUndefined();
});

test('CSV with locale=vi uses ";" and a decimal comma and parses back to the same values', async () => {
  const { res, bytes } = await post('/export.csv?locale=vi', { query, variables: { first: 50 }, operationName: 'ProbeExport' });
  expect(res.status).toBe(200);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = parseCsv(bytes.subarray(3).toString('utf8'), ';');
  expect(records[0]).toEqual(['n', 'code', 'label', 'ratio', 'even', 'tags']);
  expect(records.length).toBe(121);
  for (let n = 1; n <= 120; n++) {
    const [nText, code, label, ratio, even, tags] = records[n];
    expect(Number(nText)).toBe(n);
    expect(code).toBe(`1.${String(n).padStart(6, '0')}`);
    expect(label).toBe(n % 5 === 0 ? `Sở "Nội vụ", tỉnh ${n}\nHà Nam` : `Nguyễn Văn ${n}`);
    if (n % 10 === 0) expect(ratio).toBe('');
    else {
      expect(ratio).not.toContain('.');
      expect(Number(ratio.replace(',', '.'))).toBe(n / 7);
    }
    expect(even).toBe(String(n % 2 === 0));
    expect(tags).toBe(`a${n}; b${n}`);
  }
});

test('locale=vi quotes by its own separator and keeps formula neutralising', () => {
  expect(csvLine(['a;b', 'c,d', -3.5, 1.25, '=SUM(A1)', '-12', 'x"y'], 'vi')).toBe('"a;b";c,d;-3,5;1,25;\'=SUM(A1);-12;"x""y"\r\n');
});

test('an unknown locale or a bad export request is refused with a coded error', async () => {
  const locale = await post('/export.csv?locale=fr', { query });
  expect(locale.res.status).toBe(400);
  const error = JSON.parse(locale.bytes.toString()).errors[0];
  expect(error.extensions.code).toBe('BAD_USER_INPUT');
  expect(error.message).toMatch(/^locale:/);
  const mutation = await post('/export.xlsx', { query: 'mutation M { x }' });
  expect(mutation.res.status).toBe(400);
  expect(JSON.parse(mutation.bytes.toString()).errors[0].message).toBe('only queries can be exported');
  const unknown = await fetch(`${hub.origin}/export.xlsx?operationName=NoSuchThing`);
  expect(unknown.status).toBe(400);
  expect(((await unknown.json()) as any).errors[0].message).toMatch(/ProcedureCatalogue/);
});

test('headers=vi names columns in Vietnamese where a label is known and keeps the path elsewhere', async () => {
  const csv = await post('/export.csv?locale=vi&headers=vi', { query: '{ probeList(total: 2) { n code label } }' });
  expect(csv.res.status).toBe(200);
  expect(parseCsv(csv.bytes.subarray(3).toString('utf8'), ';')).toEqual([
    ['n', 'Mã', 'label'],
    ['1', '1.000001', 'dòng 1'],
    ['2', '1.000002', 'dòng 2'],
  ]);
  const xlsx = await post('/export.xlsx?headers=vi', { query: '{ probeList(total: 1) { n code } }' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets[0].getRow(1).values).toEqual([undefined, 'n', 'Mã']);
  // Nested fields by their whole path only, so two columns never share a label.
  expect(headerOf(['agency', 'name'], 'vi')).toBe('Tên cơ quan');
  expect(headerOf(['agency', 'code'], 'vi')).toBe('agency.code');
  expect(headerOf(['agency', 'name'], 'keys')).toBe('agency.name');
  const bad = await post('/export.csv?headers=en', { query: '{ probeList(total: 1) { n } }' });
  expect(bad.res.status).toBe(400);
  expect(JSON.parse(bad.bytes.toString()).errors[0].message).toMatch(/^headers:/);
});

test('50 000 rows stream to .xlsx with flat memory in the gateway', async () => {
  const child: ChildProcess = fork(path.join(REPO_ROOT, 'scripts/run.js'), [path.join(__dirname, 'support/probe-hub-main.ts')], {
    execArgv: ['--expose-gc'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (type: string) =>
    new Promise<any>((resolve, reject) => {
      const onMessage = (m: { type: string }) => m.type === type && (child.off('message', onMessage), resolve(m));
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`probe hub exited (${code})`)));
    });
  try {
    const { origin } = await next('ready');
    const big =
      'query Big($total: Int!, $after: String) { probeRows(total: $total, first: 1000, after: $after, pad: 200) { pageInfo { hasNextPage endCursor } edges { node { n code label ratio even tags } } } }';
    const run = (total: number) =>
      fetch(`${origin}/export.xlsx`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: big, variables: { total } }),
      });
    await (await run(3000)).arrayBuffer();
    child.send({ type: 'measure' });
    await next('measuring');
    const res = await run(50_000);
    expect(res.status).toBe(200);
    const chunks: Buffer[] = [];
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
    child.send({ type: 'report' });
    const { baseline, peak } = await next('report');
    const bytes = Buffer.concat(chunks);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(50_001);
    expect(sheet.getRow(50_001).getCell(2).value).toBe('1.050000');
    // Each row is over 450 bytes of text (a 200-character Vietnamese filler): the live heap grew by
    // far less than the rows, so the workbook was streamed, not built in memory.
    expect(peak - baseline).toBeLessThan((50_000 * 450) / 3);
  } finally {
    child.send({ type: 'stop' });
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  }
}, 180_000);
