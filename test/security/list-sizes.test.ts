import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, getNamedType, getNullableType, isListType, isObjectType, parse } from 'graphql';
import { REPO_ROOT } from '@par/platform';
import { listBound, loadListSizes } from '../../gateway/src/security/list-sizes';

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
  expect(listBound(sizes, 'Query.budgetSummary', { yearFrom: 1, yearTo: 9999 })).toBe(99_990);
});
