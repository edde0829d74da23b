import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { FEDERATION_LINK, REPO_ROOT, SUBGRAPHS } from '@par/platform';
import { Kind, parse, print, visit } from 'graphql';
import { checkSchemaChange, parseDeclaredChanges, parseOperations } from '@par/tooling/api-schema-diff';
import { composeSupergraph } from '@par/tooling/compose';

/**
 * schema:check on scratch copies: a department removes a field from its SDL; the check must name
 * the field and the operation that selects it, and pass only once the change is declared.
 * Nothing in the repository is touched.
 */
const run = promisify(execFile);

const institutions = `${FEDERATION_LINK}
type Query { agency(id: ID!): Agency }
type Agency @key(fields: "id") { id: ID! name: String! code: String! kind: AgencyKind! }
enum AgencyKind { DEPARTMENT DISTRICT }
`;
const egov = `${FEDERATION_LINK}
type Agency @key(fields: "id") { id: ID! serviceDelivery(year: Int!): ServiceDelivery }
type ServiceDelivery { received: Int! onTimeRate: Float onlineRate: Float }
type Indicator @key(fields: "code") { code: ID! secret: Float @inaccessible }
`;
const operations = `
query AgencyProfile($id: ID!, $year: Int!) { agency(id: $id) { name serviceDelivery(year: $year) { received onTimeRate } } }
query AgencyCodes($id: ID!) { agency(id: $id) { code kind } }
`;

function supergraph(egovSdl: string): string {
  const result = composeSupergraph([
    { name: 'institutions', sdl: institutions },
    { name: 'egov-services', sdl: egovSdl },
  ]);
  expect(result.errors).toEqual([]);
  return result.supergraphSdl!;
}

const before = supergraph(egov);
const withoutOnTimeRate = egov.replace(' onTimeRate: Float', '');
const after = supergraph(withoutOnTimeRate);

test('a removed field is a breaking change naming the field and the operation that selects it', async () => {
  const report = await checkSchemaChange({ oldSupergraph: before, newSupergraph: after, operations: parseOperations([{ name: 'ops', text: operations }]), declared: [] });
  const breaking = report.changes.filter((c) => c.level === 'BREAKING');
  expect(breaking).toEqual([expect.objectContaining({ path: 'ServiceDelivery.onTimeRate', operations: ['AgencyProfile'] })]);
  expect(report.invalidOperations.map((o) => o.operation)).toEqual(['AgencyProfile']);
  expect(report.ok).toBe(false);
});

test('a declared breaking change is reported with its reason; a removed enum value names its users', async () => {
  const declared = parseDeclaredChanges('changes:\n  - path: ServiceDelivery.onTimeRate\n    reason: replaced by timeliness; dashboards moved\n');
  const ops = parseOperations([{ name: 'ops', text: 'query AgencyNames($id: ID!) { agency(id: $id) { name } }' }]);
  const report = await checkSchemaChange({ oldSupergraph: before, newSupergraph: after, operations: ops, declared });
  expect(report.changes.find((c) => c.path === 'ServiceDelivery.onTimeRate')).toMatchObject({ level: 'BREAKING', declared: 'replaced by timeliness; dashboards moved', operations: [] });
  expect(report.ok).toBe(true);

  const institutionsWithout = institutions.replace(' DISTRICT', '');
  const s1 = composeSupergraph([{ name: 'institutions', sdl: institutionsWithout }, { name: 'egov-services', sdl: egov }]).supergraphSdl!;
  const enumReport = await checkSchemaChange({ oldSupergraph: before, newSupergraph: s1, operations: parseOperations([{ name: 'ops', text: operations }]), declared: [] });
  expect(enumReport.changes.find((c) => c.path === 'AgencyKind.DISTRICT')).toMatchObject({ level: 'BREAKING', operations: ['AgencyCodes'] });
});

test('@inaccessible fields are not part of the compared API schema, and additions pass', async () => {
  const more = supergraph(egov.replace('secret: Float @inaccessible', 'secret: Float @inaccessible\n  other: Float @inaccessible').replace('onlineRate: Float', 'onlineRate: Float satisfactionRate: Float'));
  const report = await checkSchemaChange({ oldSupergraph: before, newSupergraph: more, operations: parseOperations([{ name: 'ops', text: operations }]), declared: [] });
  expect(report.changes.map((c) => c.path)).toEqual(['ServiceDelivery.satisfactionRate']);
  expect(report.ok).toBe(true);
});

test('the npm run schema:check command fails naming field and operation, and passes once declared', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-check-'));
  try {
    fs.mkdirSync(path.join(dir, 'subgraphs'));
    fs.mkdirSync(path.join(dir, 'ops'));
    fs.writeFileSync(path.join(dir, 'subgraphs', 'institutions.graphql'), institutions);
    fs.writeFileSync(path.join(dir, 'subgraphs', 'egov-services.graphql'), withoutOnTimeRate);
    fs.writeFileSync(path.join(dir, 'ops', 'operations.graphql'), operations);
    fs.writeFileSync(path.join(dir, 'base.graphql'), before);
    fs.writeFileSync(path.join(dir, 'none.yaml'), 'changes: []\n');
    const args = [path.join(REPO_ROOT, 'scripts/run.js'), path.join(REPO_ROOT, 'scripts/schema-check.ts'), '--base', path.join(dir, 'base.graphql'), '--subgraphs', path.join(dir, 'subgraphs'), '--operations', path.join(dir, 'ops')];
    const failed = await run(process.execPath, [...args, '--declared', path.join(dir, 'none.yaml')], { cwd: REPO_ROOT }).then(
      () => null,
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toMatch(/BREAKING\s+ServiceDelivery\.onTimeRate: .*used by AgencyProfile \[NOT DECLARED/);
    expect(failed?.stdout).not.toMatch(/used by .*AgencyCodes/);

    // Declared, but AgencyProfile still selects the field: the operation must be updated too.
    fs.writeFileSync(path.join(dir, 'declared.yaml'), 'changes:\n  - path: ServiceDelivery.onTimeRate\n    reason: moved to a timeliness type\n');
    const stillInvalid = await run(process.execPath, [...args, '--declared', path.join(dir, 'declared.yaml')], { cwd: REPO_ROOT }).then(() => null, (err) => err);
    expect(stillInvalid?.stdout).toMatch(/INVALID\s+operation AgencyProfile/);

    fs.writeFileSync(path.join(dir, 'ops', 'operations.graphql'), operations.replace(' onTimeRate', ''));
    const passed = await run(process.execPath, [...args, '--declared', path.join(dir, 'declared.yaml')], { cwd: REPO_ROOT });
    expect(passed.stdout).toMatch(/\[declared: moved to a timeliness type\]/);
    expect(passed.stdout).toMatch(/schema:check passed/);

    // Two departments defining the same field differently do not compose: reported, and fatal.
    fs.writeFileSync(path.join(dir, 'subgraphs', 'egov-services.graphql'), withoutOnTimeRate.replace('type Agency @key(fields: "id") { id: ID!', 'type Agency @key(fields: "id") { id: ID! name: Int'));
    const conflict = await run(process.execPath, [...args, '--declared', path.join(dir, 'declared.yaml')], { cwd: REPO_ROOT }).then(() => null, (err) => err);
    expect(conflict?.code).toBe(1);
    expect(conflict?.stderr).toMatch(/composition error: .*Agency\.name/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** The SDL without one field of one object type, as a department's edit would leave it. */
function withoutField(sdl: string, typeName: string, field: string): string {
  let removed = false;
  const out = print(
    visit(parse(sdl), {
      ObjectTypeDefinition(node) {
        if (node.name.value !== typeName) return undefined;
        removed = true;
        return { ...node, fields: node.fields?.filter((f) => f.name.value !== field) };
      },
    }),
  );
  expect(removed).toBe(true);
  return out;
}

test('on the committed subgraph schemas and contract operations: a removed field names every contract operation that selects it', async () => {
  const sdls = SUBGRAPHS.map((name) => ({ name, sdl: fs.readFileSync(path.join(REPO_ROOT, 'subgraphs', name, 'schema.graphql'), 'utf8') }));
  const base = composeSupergraph(sdls);
  expect(base.errors).toEqual([]);
  const edited = composeSupergraph(sdls.map((s) => (s.name === 'egov-services' ? { ...s, sdl: withoutField(s.sdl, 'ServiceDelivery', 'onTimeRate') } : s)));
  expect(edited.errors).toEqual([]);
  const operations = parseOperations([{ name: 'operations.graphql', text: fs.readFileSync(path.join(REPO_ROOT, 'packages/operations/operations.graphql'), 'utf8') }]);
  expect(operations.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length).toBeGreaterThanOrEqual(11);
  const report = await checkSchemaChange({ oldSupergraph: base.supergraphSdl!, newSupergraph: edited.supergraphSdl!, operations, declared: [] });
  expect(report.changes.filter((c) => c.level === 'BREAKING')).toEqual([
    expect.objectContaining({ path: 'ServiceDelivery.onTimeRate', operations: ['AgencyProfile', 'DistrictComparison'] }),
  ]);
  expect(report.invalidOperations.map((o) => o.operation)).toEqual(['AgencyProfile', 'DistrictComparison']);
  expect(report.ok).toBe(false);
  // Nothing in the repository was touched.
  expect(fs.readFileSync(path.join(REPO_ROOT, 'subgraphs/egov-services/schema.graphql'), 'utf8')).toBe(sdls[3].sdl);
});
