import {
  Kind, OperationTypeNode, parse, print, visit,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';

/**
 * Where the rows of an export are in an operation's answer, and which columns they have, read
 * from the operation itself. An export is one list, never a silent part of an answer:
 * - the operation's one connection (`edges { node }`), whatever is selected beside it (fetched
 *   once, with the first page), or its one list of objects when nothing is selected beside it;
 * - an answer with no list at all is one row, a column per selected field by its whole path;
 * - anything else (several lists, or a list beside other fields, as AgencyProfile's
 *   `workforce.byCategory` beside the agency's figures) is refused with EXPORT_NOT_ONE_LIST naming
 *   the lists, unless the caller picks one (`?list=agency.workforce.byCategory`) or asks for one
 *   row (`?flatten=true`: a list's values joined with "; " in its columns; connections, which
 *   page, cannot be flattened).
 * Columns come from the selection, not the data, so a column whose values are all null on a page
 * is still there and in the same place.
 */
export interface ExportPlan {
  /** Undefined for an anonymous query. */
  operationName?: string;
  /** The text to run: the posted text, or one with paging added when the connection lacked it. */
  query: string;
  /** Response keys from `data` down to the connection or list field. */
  path: string[];
  kind: 'connection' | 'list' | 'row';
  /** Variable that carries the cursor of the next page (connections only). */
  afterVariable?: string;
  columns: Column[];
}

export interface Column {
  header: string;
  keys: string[];
}

export class ExportError extends Error {
  constructor(
    message: string,
    readonly code = 'BAD_USER_INPUT',
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** How the caller chose what to export when the answer is not one list. */
export interface ExportChoice {
  /** Response path (dot-joined) of the list or connection to export. */
  list?: string | null;
  /** One row of the whole answer. */
  flatten?: boolean;
}

const AFTER_VARIABLE = 'exportAfter';

function fragmentsOf(doc: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
}

/** The fields of a selection set with inline fragments and fragment spreads opened. */
function fieldsOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf(s.selectionSet, fragments));
    else out.push(...fieldsOf(fragments.get(s.name.value)?.selectionSet, fragments));
  }
  // One column per response key, even when fragments select the same field twice.
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = responseKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const responseKey = (f: FieldNode) => f.alias?.value ?? f.name.value;

function columnsOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, prefix: string[] = []): Column[] {
  return fieldsOf(set, fragments).flatMap((f) => {
    const keys = [...prefix, responseKey(f)];
    return f.selectionSet ? columnsOf(f.selectionSet, fragments, keys) : [{ header: keys.join('.'), keys }];
  });
}

function nodeSelection(field: FieldNode, fragments: Map<string, FragmentDefinitionNode>): FieldNode | undefined {
  const edges = fieldsOf(field.selectionSet, fragments).find((f) => f.name.value === 'edges');
  return edges && fieldsOf(edges.selectionSet, fragments).find((f) => f.name.value === 'node' && f.selectionSet);
}

interface Found {
  path: string[];
  field: FieldNode;
  kind: 'connection' | 'list';
  /** Whether an object on the way to it selects other fields too. */
  beside: boolean;
}

/** Every connection and list of objects in the answer, not looking inside them. */
function locateAll(set: SelectionSetNode | undefined, data: unknown, fragments: Map<string, FragmentDefinitionNode>, path: string[] = [], beside = false): Found[] {
  const fields = fieldsOf(set, fragments);
  const here = beside || fields.length > 1;
  return fields.flatMap((f): Found[] => {
    if (!f.selectionSet) return [];
    const key = responseKey(f);
    if (nodeSelection(f, fragments)) return [{ path: [...path, key], field: f, kind: 'connection', beside: here }];
    const value = (data as Record<string, unknown> | null | undefined)?.[key];
    if (Array.isArray(value)) return [{ path: [...path, key], field: f, kind: 'list', beside: here }];
    return value && typeof value === 'object' ? locateAll(f.selectionSet, value, fragments, [...path, key], here) : [];
  });
}

function notOneList(found: Found[], why: string): ExportError {
  const lists = found.map((f) => f.path.join('.'));
  return new ExportError(
    `${why}; it holds ${lists.length === 1 ? 'the list' : 'the lists'} ${lists.join(', ')}: export one with ?list=<path>, or the whole answer as one row with ?flatten=true`,
    'EXPORT_NOT_ONE_LIST',
    { lists },
  );
}

export function selectOperation(doc: DocumentNode, operationName?: string | null): OperationDefinitionNode {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  if (!op) throw new ExportError(operationName ? `no operation named ${operationName} in the document` : 'the document has several operations: name one with operationName');
  if (op.operation !== OperationTypeNode.QUERY) throw new ExportError('only queries can be exported');
  return op;
}

/**
 * Plans an export from the document and its first page. A connection without an `after`
 * variable or without `pageInfo { hasNextPage endCursor }` gets them added, so every page can be
 * fetched; a document that has them is run exactly as given (persisted operations still match).
 */
export function planExport(query: string, operationName: string | null | undefined, firstPage: unknown, choice: ExportChoice = {}): ExportPlan {
  const doc = parse(query);
  const op = selectOperation(doc, operationName);
  const fragments = fragmentsOf(doc);
  const all = locateAll(op.selectionSet, firstPage, fragments);
  const name = op.name?.value;
  const row = (): ExportPlan => ({ operationName: name, query, path: [], kind: 'row', columns: columnsOf(op.selectionSet, fragments) });
  if (choice.flatten) {
    const paged = all.filter((f) => f.kind === 'connection');
    if (paged.length) throw notOneList(paged, 'a connection pages, so it cannot be flattened into one row');
    return row();
  }
  let found: Found | undefined;
  if (choice.list) {
    found = all.find((f) => f.path.join('.') === choice.list);
    if (!found) throw notOneList(all, `the answer has no list ${choice.list}`);
  } else if (all.length === 0) return row();
  else if (all.length > 1) throw notOneList(all, 'the answer is not one list');
  else if (all[0].kind === 'list' && all[0].beside) throw notOneList(all, 'the answer is not one list: other fields are selected beside it');
  else found = all[0];
  if (found.kind === 'list') {
    return { operationName: name, query, path: found.path, kind: 'list', columns: columnsOf(found.field.selectionSet, fragments) };
  }
  const node = nodeSelection(found.field, fragments)!;
  const columns = columnsOf(node.selectionSet, fragments);
  const after = found.field.arguments?.find((a) => a.name.value === 'after');
  const pageInfo = fieldsOf(found.field.selectionSet, fragments).find((f) => f.name.value === 'pageInfo' && !f.alias);
  const pageInfoFields = new Set(fieldsOf(pageInfo?.selectionSet, fragments).filter((f) => !f.alias).map((f) => f.name.value));
  const complete = after?.value.kind === Kind.VARIABLE && pageInfoFields.has('hasNextPage') && pageInfoFields.has('endCursor');
  if (complete) {
    return { operationName: name, query, path: found.path, kind: 'connection', afterVariable: after.value.kind === Kind.VARIABLE ? after.value.name.value : undefined, columns };
  }
  const rewritten = addPaging(doc, op, found.field);
  return { operationName: name, query: print(rewritten), path: found.path, kind: 'connection', afterVariable: after?.value.kind === Kind.VARIABLE ? after.value.name.value : AFTER_VARIABLE, columns };
}

function addPaging(doc: DocumentNode, op: OperationDefinitionNode, target: FieldNode): DocumentNode {
  const hasAfterVariable = target.arguments?.some((a) => a.name.value === 'after' && a.value.kind === Kind.VARIABLE);
  return visit(doc, {
    OperationDefinition(node) {
      if (node !== op || hasAfterVariable) return undefined;
      return {
        ...node,
        variableDefinitions: [
          ...(node.variableDefinitions ?? []),
          { kind: Kind.VARIABLE_DEFINITION, variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER_VARIABLE } }, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } } },
        ],
      };
    },
    Field(node) {
      if (node !== target) return undefined;
      const args = (node.arguments ?? []).filter((a) => hasAfterVariable || a.name.value !== 'after');
      if (!hasAfterVariable) args.push({ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'after' }, value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER_VARIABLE } } });
      const pageInfo = parse('{ exportPageInfo: pageInfo { hasNextPage endCursor } }').definitions[0] as OperationDefinitionNode;
      return { ...node, arguments: args, selectionSet: { ...node.selectionSet!, selections: [...node.selectionSet!.selections, ...pageInfo.selectionSet.selections] } };
    },
  });
}

/** The connection or list value at the plan's path in one page's data. */
export function at(data: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
}

export function pageInfoOf(connection: unknown): { hasNextPage: boolean; endCursor: string | null } {
  const c = connection as Record<string, { hasNextPage?: boolean; endCursor?: string | null } | undefined> | null;
  const info = c?.pageInfo ?? c?.exportPageInfo;
  return { hasNextPage: Boolean(info?.hasNextPage), endCursor: info?.endCursor ?? null };
}

export function rowsOf(plan: ExportPlan, container: unknown): unknown[] {
  if (plan.kind === 'row') return [container];
  if (plan.kind === 'list') return Array.isArray(container) ? container : [];
  const edges = (container as { edges?: Array<{ node?: unknown }> } | null)?.edges ?? [];
  return edges.map((e) => e?.node);
}

/** A row's value for one column; values inside lists are joined with "; ". */
export function cell(row: unknown, keys: string[]): unknown {
  const values: unknown[] = [];
  let inList = false;
  const walk = (v: unknown, i: number) => {
    if (Array.isArray(v)) {
      inList = true;
      return v.forEach((x) => walk(x, i));
    }
    if (i === keys.length) return void values.push(v);
    if (v && typeof v === 'object') walk((v as Record<string, unknown>)[keys[i]], i + 1);
  };
  walk(row, 0);
  if (!inList) return values[0] ?? null;
  return values
    .filter((v) => v !== null && v !== undefined)
    .map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)))
    .join('; ');
}

/**
 * The document the pages after the first run: the operation cut down to the path of the exported
 * connection, so that its other root fields and everything beside the path are fetched once, with
 * the first page, and never again. Variables and fragments it no longer uses are dropped (graphql-js
 * refuses unused ones).
 */
export function pagingDocument(plan: ExportPlan): string {
  const doc = parse(plan.query);
  const op = selectOperation(doc, plan.operationName);
  const fragments = fragmentsOf(doc);
  const cut = (set: SelectionSetNode | undefined, depth: number): SelectionSetNode => {
    const field = fieldsOf(set, fragments).find((f) => responseKey(f) === plan.path[depth]);
    if (!field) throw new ExportError(`the exported list ${plan.path.join('.')} is not in the operation`);
    const kept: FieldNode = depth === plan.path.length - 1 ? field : { ...field, selectionSet: cut(field.selectionSet, depth + 1) };
    return { kind: Kind.SELECTION_SET, selections: [kept] };
  };
  const selectionSet = cut(op.selectionSet, 0);
  const usedFragments = new Set<string>();
  const usedVariables = new Set<string>();
  const pending: Array<{ kind: Kind } & object> = [selectionSet];
  while (pending.length) {
    visit(pending.pop() as SelectionSetNode, {
      Variable(node) {
        usedVariables.add(node.name.value);
      },
      FragmentSpread(node) {
        const frag = fragments.get(node.name.value);
        if (frag && !usedFragments.has(node.name.value)) {
          usedFragments.add(node.name.value);
          pending.push(frag);
        }
      },
    });
  }
  const operation: OperationDefinitionNode = {
    ...op,
    selectionSet,
    variableDefinitions: (op.variableDefinitions ?? []).filter((v) => usedVariables.has(v.variable.name.value)),
  };
  return print({ kind: Kind.DOCUMENT, definitions: [operation, ...[...usedFragments].map((f) => fragments.get(f)!)] });
}
