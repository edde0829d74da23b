import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, getNamedType, getNullableType, isListType, isObjectType, parse, type OperationDefinitionNode } from 'graphql';
import { REPO_ROOT } from '@par/platform';
import { listBound, loadListSizes } from '../../gateway/src/security/list-sizes';
import { operationCost } from '../../gateway/src/security/cost';

/** The cost model knows a bound for every unpaged list of the supergraph (issue 16). */
const schema = buildASTSchema(parse(fs.readFileSync(path.join(REPO_ROOT, 'supergraph.graphql'), 'utf8')), { assumeValidSDL: true });
const sizes = loadListSizes();

it('every list of objects that is not a connection has a bound in gateway/data/list-sizes.json', () => {
  const lists: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || /^(__|join__|link__)/.test(type.name) || type.name.endsWith('Connection')) continue;
    for (const field of Object.values(type.getFields())) {
      if (isListType(getNullableType(field.type)) && isObjectType(getNamedType(field.type))) lists.push(`${type.name}.${field.name}`);
    }
  }
  expect(lists.length).toBeGreaterThan(10);
  expect(lists.filter((l) => !sizes.fields[l])).toEqual([]);
});

it('statistics groups multiply, narrow by filters and cap at MAX_STATISTICS_GROUPS', () => {
  const b = (args: Record<string, unknown>) => listBound(sizes, 'Query.dossierStatistics', args);
  expect(b({ groupBy: [] })).toBe(1);
  expect(b({ groupBy: ['CHANNEL'] })).toBe(3);
  expect(b({ groupBy: ['YEAR', 'CHANNEL'], filter: { yearFrom: 2016, yearTo: 2020 } })).toBe(15);
  expect(b({ groupBy: ['AGENCY', 'CHANNEL'], filter: { agencyId: 'x' } })).toBe(3);
  expect(b({ groupBy: ['YEAR', 'CHANNEL', 'AGENCY', 'PROCEDURE', 'SECTOR'] })).toBe(sizes.maxGroups);
  expect(b({ groupBy: ['DISTRICT', 'AGENCY_KIND'] })).toBe(200);
  expect(b({ groupBy: ['COMMUNE', 'CHANNEL', 'AGENCY'] })).toBe(sizes.maxGroups);
  expect(listBound(sizes, 'Query.budgetSummary', { yearFrom: 1, yearTo: 9999 })).toBe(99_990);
});

it('a list nested in itself costs up to its tree bound, not size × size: a province\'s districts\' communes', () => {
  const doc = parse(`query($c: ID!) { administrativeUnit(code: $c) { children(asOf: "2020-12-31") { code children(asOf: "2020-12-31") { code children(asOf: "2020-12-31") { code } } } } }`);
  const op = doc.definitions[0] as OperationDefinitionNode;
  const opts = { maxCost: 1e9, maxPageSize: 100, defaultPageSize: 20, listFactor: 10, listSizes: sizes };
  const cost = operationCost(schema, op, {}, { c: '35' }, opts);
  const tree = sizes.fields['AdministrativeUnit.children'].tree!;
  const size = sizes.fields['AdministrativeUnit.children'].size!;
  // Without the tree bound it would be about size³ items; with it every level together stays within the tree.
  expect(cost).toBeLessThan(3 * 2 * tree + 10);
  expect(cost).toBeGreaterThan(2 * size);
  const flat = operationCost(schema, op, {}, { c: '35' }, { ...opts, listSizes: { ...sizes, fields: { ...sizes.fields, 'AdministrativeUnit.children': { size } } } });
  expect(flat).toBeGreaterThan(size ** 3);
});
