import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  isEnumType, isInputObjectType, parse, TypeInfo, validate, visit, visitWithTypeInfo, getNamedType, Kind,
  type DocumentNode, type GraphQLInputType, type GraphQLSchema, type GraphQLType, type OperationDefinitionNode,
} from 'graphql';
import YAML from 'yaml';
import { apiSchemaFromSupergraph } from './api-schema';

/** A breaking change the department made on purpose, with why (schema-changes.yaml). */
export interface DeclaredChange {
  path: string;
  reason: string;
}

export interface ReportedChange {
  path: string;
  message: string;
  level: 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING';
  /** Named operations of the project's documents that select or pass what changed. */
  operations: string[];
  declared?: string;
}

export interface SchemaCheckReport {
  changes: ReportedChange[];
  /** Operations that no longer validate against the new API schema, with graphql-js's messages. */
  invalidOperations: Array<{ operation: string; errors: string[] }>;
  /** Declarations that matched nothing (stale; remove them once the change has landed). */
  unusedDeclarations: DeclaredChange[];
  ok: boolean;
}

export function parseDeclaredChanges(yamlText: string): DeclaredChange[] {
  const doc = (YAML.parse(yamlText) ?? {}) as { changes?: unknown };
  const list = doc.changes ?? [];
  if (!Array.isArray(list)) throw new Error('schema-changes.yaml: `changes` must be a list');
  return list.map((entry, i) => {
    const e = entry as Partial<DeclaredChange>;
    if (typeof e?.path !== 'string' || !e.path) throw new Error(`schema-changes.yaml: changes[${i}].path is required (e.g. Agency.code)`);
    if (typeof e.reason !== 'string' || e.reason.trim().length < 10) throw new Error(`schema-changes.yaml: changes[${i}].reason must say why (${e.path})`);
    return { path: e.path, reason: e.reason.trim() };
  });
}

interface Usage {
  /** Type.field, Type.field.argument, Input.field, Enum.VALUE */
  coordinates: Set<string>;
  /** Every named type the operation selects, passes or receives. */
  types: Set<string>;
}

/** What each named operation touches in a schema, found with graphql-js's TypeInfo. */
function operationUsage(schema: GraphQLSchema, documents: DocumentNode): Map<string, Usage> {
  const fragments = documents.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const result = new Map<string, Usage>();
  for (const op of documents.definitions) {
    if (op.kind !== Kind.OPERATION_DEFINITION || !op.name) continue;
    const usage: Usage = { coordinates: new Set(), types: new Set() };
    const typeInfo = new TypeInfo(schema);
    const single: DocumentNode = { kind: Kind.DOCUMENT, definitions: [op, ...fragments] };
    const useType = (t: unknown) => {
      if (t) usage.types.add(getNamedType(t as GraphQLType).name);
    };
    visit(
      single,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const parent = typeInfo.getParentType();
          if (parent) usage.coordinates.add(`${parent.name}.${node.name.value}`);
          useType(typeInfo.getType());
        },
        Argument(node) {
          const def = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (def && parent) usage.coordinates.add(`${parent.name}.${def.name}.${node.name.value}`);
          useType(typeInfo.getInputType());
        },
        ObjectField(node) {
          const parent = typeInfo.getParentInputType();
          if (parent) usage.coordinates.add(`${getNamedType(parent as GraphQLInputType).name}.${node.name.value}`);
          useType(typeInfo.getInputType());
        },
        EnumValue(node) {
          const t = typeInfo.getInputType();
          if (t) usage.coordinates.add(`${getNamedType(t).name}.${node.value}`);
        },
        VariableDefinition() {
          useType(typeInfo.getInputType());
        },
      }),
    );
    result.set(op.name.value, usage);
  }
  return result;
}

function usesPath(schema: GraphQLSchema, usage: Usage, path: string): boolean {
  for (const c of usage.coordinates) if (c === path || c.startsWith(`${path}.`) || path.startsWith(`${c}.`)) return true;
  const [typeName] = path.split('.');
  if (usage.types.has(typeName)) {
    if (path === typeName) return true;
    // A value gone from an enum, or a field now required in an input, breaks whoever uses the type.
    const t = schema.getType(typeName);
    if (isEnumType(t) || isInputObjectType(t)) return true;
  }
  return false;
}

const matches = (declared: DeclaredChange, path: string) => declared.path === path;

/**
 * Compares two supergraphs as clients see them (their API schemas) and names, for each change,
 * the operations of the project's documents that it concerns. Breaking changes fail the check
 * unless declared; so does any operation that stops validating.
 */
export async function checkSchemaChange(input: {
  oldSupergraph: string | null;
  newSupergraph: string;
  operations: DocumentNode;
  declared: DeclaredChange[];
}): Promise<SchemaCheckReport> {
  const newSchema = apiSchemaFromSupergraph(input.newSupergraph);
  const oldSchema = input.oldSupergraph ? apiSchemaFromSupergraph(input.oldSupergraph) : null;
  const changes: Change[] = oldSchema ? await diff(oldSchema, newSchema) : [];
  const usage = oldSchema ? operationUsage(oldSchema, input.operations) : new Map<string, Usage>();
  const used = new Set<DeclaredChange>();
  const reported: ReportedChange[] = changes.map((c) => {
    const path = c.path ?? '';
    const operations = [...usage].filter(([, u]) => path && usesPath(oldSchema!, u, path)).map(([name]) => name);
    const declaration = input.declared.find((d) => matches(d, path));
    if (declaration) used.add(declaration);
    return {
      path,
      message: c.message,
      level: c.criticality.level === CriticalityLevel.Breaking ? 'BREAKING' : c.criticality.level === CriticalityLevel.Dangerous ? 'DANGEROUS' : 'NON_BREAKING',
      operations,
      ...(declaration ? { declared: declaration.reason } : {}),
    };
  });
  const invalidOperations: SchemaCheckReport['invalidOperations'] = [];
  const fragments = input.operations.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  for (const op of input.operations.definitions) {
    if (op.kind !== Kind.OPERATION_DEFINITION) continue;
    const errors = validate(newSchema, { kind: Kind.DOCUMENT, definitions: [op, ...fragments] });
    if (errors.length) invalidOperations.push({ operation: (op as OperationDefinitionNode).name?.value ?? '(anonymous)', errors: errors.map((e) => e.message) });
  }
  const undeclaredBreaking = reported.filter((c) => c.level === 'BREAKING' && !c.declared);
  return {
    changes: reported,
    invalidOperations,
    unusedDeclarations: input.declared.filter((d) => !used.has(d)),
    ok: undeclaredBreaking.length === 0 && invalidOperations.length === 0,
  };
}

/** Human-readable report, one line per change, breaking ones first; safe changes only counted unless `verbose`. */
export function formatReport(report: SchemaCheckReport, verbose = false): string {
  const lines: string[] = [];
  const order = { BREAKING: 0, DANGEROUS: 1, NON_BREAKING: 2 } as const;
  const safe = report.changes.filter((c) => c.level === 'NON_BREAKING').length;
  const shown = verbose ? report.changes : report.changes.filter((c) => c.level !== 'NON_BREAKING');
  if (safe && !verbose) lines.push(`${safe} non-breaking change(s) (additions, descriptions); --verbose lists them`);
  for (const c of [...shown].sort((a, b) => order[a.level] - order[b.level] || a.path.localeCompare(b.path))) {
    const ops = c.operations.length ? ` — used by ${c.operations.join(', ')}` : '';
    const status = c.level === 'BREAKING' ? (c.declared ? ` [declared: ${c.declared}]` : ' [NOT DECLARED in schema-changes.yaml]') : '';
    lines.push(`${c.level.padEnd(12)} ${c.path}: ${c.message}${ops}${status}`);
  }
  for (const op of report.invalidOperations) lines.push(`INVALID      operation ${op.operation} no longer validates: ${op.errors.join('; ')}`);
  for (const d of report.unusedDeclarations) lines.push(`note         schema-changes.yaml declares ${d.path}, which this change does not touch (remove it once landed)`);
  return lines.join('\n');
}

export function parseOperations(sources: Array<{ name: string; text: string }>): DocumentNode {
  const docs = sources.map((s) => {
    try {
      return parse(s.text);
    } catch (err) {
      throw new Error(`${s.name}: ${(err as Error).message}`);
    }
  });
  return { kind: Kind.DOCUMENT, definitions: docs.flatMap((d) => d.definitions) };
}
