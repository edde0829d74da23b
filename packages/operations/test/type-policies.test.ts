import fs from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { FieldPolicy, TypePolicy } from '@apollo/client';
import { REPO_ROOT } from '@par/platform';
import { apiSchemaFromSupergraph } from '@par/tooling/api-schema';
import { possibleTypes, typePolicies } from '../src/apollo';

/**
 * The Apollo Client policies `@par/operations/apollo` ships, checked against the API schema of the
 * committed supergraph: every type, key field, field policy and key argument they name exists, every
 * connection the operations page through is paginated, `possibleTypes` is the schema's, and every
 * object the package's operations select is either normalised by a key the operation selects or
 * declared as a value of its parent (so InMemoryCache never stores it by accident).
 */
const schema: GraphQLSchema = apiSchemaFromSupergraph(fs.readFileSync(path.join(REPO_ROOT, 'supergraph.graphql'), 'utf8'));
const policies = typePolicies as Record<string, TypePolicy>;
const OPERATION_FILES = ['operations.graphql', 'dashboard.graphql', 'scorecard.graphql'];

const objectType = (name: string): GraphQLObjectType => {
  const t = schema.getType(name);
  if (!isObjectType(t)) throw new Error(`typePolicies name ${name}, which is not an object type of the schema`);
  return t;
};
const isConnection = (t: GraphQLObjectType) => 'edges' in t.getFields() && 'pageInfo' in t.getFields();
const isPaginated = (p: FieldPolicy | undefined) => !!p && typeof p.read === 'function' && typeof p.merge === 'function' && Array.isArray(p.keyArgs);

/** Every object-typed field selection of the operations: its type, parent field and sub-selection names. */
function selections(): Array<{ type: GraphQLObjectType; parent: string; parentField: string; fields: Set<string>; where: string }> {
  const found: ReturnType<typeof selections> = [];
  for (const file of OPERATION_FILES) {
    const doc = parse(fs.readFileSync(path.join(REPO_ROOT, 'packages/operations', file), 'utf8'));
    const info = new TypeInfo(schema);
    let operation = '';
    visit(
      doc,
      visitWithTypeInfo(info, {
        OperationDefinition(node) {
          operation = node.name?.value ?? '';
        },
        Field(node: FieldNode) {
          const named = info.getType() && getNamedType(info.getType()!);
          if (!isObjectType(named) || !node.selectionSet) return;
          const fields = new Set(node.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : [])));
          found.push({ type: named, parent: info.getParentType()!.name, parentField: node.name.value, fields, where: `${file} ${operation} ${node.name.value}` });
        },
      }),
    );
  }
  return found;
}

test('every type, key field, field policy and key argument named exists in the schema', () => {
  const problems: string[] = [];
  for (const [name, policy] of Object.entries(policies)) {
    const type = objectType(name);
    const fields = type.getFields();
    if (Array.isArray(policy.keyFields)) for (const k of policy.keyFields) if (typeof k === 'string' && !(k in fields)) problems.push(`${name}.keyFields names ${k}`);
    for (const [fieldName, fp] of Object.entries(policy.fields ?? {})) {
      const field = fields[fieldName];
      if (!field) {
        problems.push(`${name}.fields.${fieldName} is not a field of ${name}`);
        continue;
      }
      const keyArgs = (fp as FieldPolicy).keyArgs;
      if (Array.isArray(keyArgs)) for (const a of keyArgs) if (typeof a === 'string' && !field.args.some((x) => x.name === a)) problems.push(`${name}.${fieldName} keyArgs names ${a}, not an argument`);
      const returns = getNamedType(field.type);
      if (isPaginated(fp as FieldPolicy) && !(isObjectType(returns) && isConnection(returns))) problems.push(`${name}.${fieldName} is paginated but returns ${returns.name}, not a connection`);
    }
  }
  expect(problems).toEqual([]);
});

test('possibleTypes lists every implementation of every interface and union in the schema', () => {
  const expected = Object.fromEntries(
    Object.values(schema.getTypeMap())
      .filter((t) => isAbstractType(t) && !t.name.startsWith('__'))
      .map((t) => [t.name, schema.getPossibleTypes(t as never).map((o) => o.name).sort()]),
  );
  expect(Object.keys(expected).length).toBeGreaterThan(0);
  expect(Object.fromEntries(Object.entries(possibleTypes).map(([k, v]) => [k, [...v].sort()]))).toEqual(expected);
});

test('every connection the operations select is paginated with relayStylePagination', () => {
  const unpaged = selections()
    .filter((s) => isConnection(s.type) && !isPaginated(policies[s.parent]?.fields?.[s.parentField] as FieldPolicy | undefined))
    .map((s) => `${s.parent}.${s.parentField} (${s.where})`);
  expect([...new Set(unpaged)]).toEqual([]);
});

test('every object the operations select is normalised by a selected key or declared a value of its parent', () => {
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  const problems: string[] = [];
  for (const s of selections()) {
    const name = s.type.name;
    const policy = policies[name];
    if (roots.has(name)) continue;
    // Connections, their edges and page info belong to the paginated field (relayStylePagination).
    if (isConnection(s.type) || name.endsWith('Edge') || name === 'PageInfo') continue;
    if (policy?.keyFields === false || policy?.merge === true) continue;
    const keys = Array.isArray(policy?.keyFields) ? (policy.keyFields as string[]) : 'id' in s.type.getFields() ? ['id'] : null;
    if (!keys) problems.push(`${name} (${s.where}): no id, no keyFields and not declared a value (merge: true or keyFields: false)`);
    else if (!keys.every((k) => s.fields.has(k))) problems.push(`${name} (${s.where}): selects ${[...s.fields].join(' ')} without its key ${keys.join(', ')}`);
  }
  expect(problems).toEqual([]);
});
