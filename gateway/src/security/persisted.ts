import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ConfigError } from '@par/platform';
import { GraphQLError, Kind, parse, print, visit, type ASTNode, type DocumentNode } from 'graphql';

/**
 * Persisted operations (DESIGN §7): in production the gateway can accept only the operations that
 * the project's documents register, so a stolen token cannot be used to explore the graph.
 *
 * Wire format is Apollo's APQ extension: `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"…"}}}`,
 * with or without the `query` text. The manifest is Apollo's persisted-query manifest format
 * (`apollo-persisted-query-manifest`, version 1), produced by `npm run persisted:manifest`.
 */
export type PersistedMode = 'off' | 'optional' | 'required';

export interface ManifestOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}
export interface PersistedManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: ManifestOperation[];
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * One canonical text per operation, so that a client sending the same document with other
 * whitespace, comments or field order of its definitions still matches: graphql-js `print`.
 */
function canonicalBody(doc: DocumentNode | string, maxTokens?: number): string {
  const ast = typeof doc === 'string' ? parse(doc, { noLocation: true, maxTokens }) : doc;
  return print(ast);
}

/**
 * The document without the `__typename` fields a client adds on its own: Apollo Client's cache
 * (and urql's graphcache) put one in every selection set before sending, so a registered operation
 * arrives with them. Only un-aliased ones go: they add nothing a caller could exploit (one meta
 * field per selection set, answered without a resolver), and the text executed keeps them, since
 * the client's cache needs them in the answer.
 */
function withoutTypename(doc: DocumentNode): DocumentNode {
  return visit(doc, { Field: (node) => (node.name.value === '__typename' && !node.alias ? null : undefined) });
}

/** The manifest entry of a document that holds one operation, as the client's cache sent it. */
function clientShape(doc: DocumentNode): ManifestOperation | undefined {
  const ops = manifestFromDocument(withoutTypename(doc));
  return ops.length === 1 ? ops[0] : undefined;
}

export class PersistedOperations {
  private readonly byHash = new Map<string, ManifestOperation>();
  /** The same operations under the hash of their form without `__typename` fields (see withoutTypename). */
  private readonly byClientShape = new Map<string, ManifestOperation>();

  constructor(manifest: PersistedManifest) {
    for (const op of manifest.operations) {
      // The id must be the body's own hash: a manifest cannot alias a hash to another document.
      if (op.id !== sha256(op.body)) throw new ConfigError(`PERSISTED_OPERATIONS_MANIFEST: operation ${op.name} has an id that is not the sha256 of its body`);
      this.byHash.set(op.id, op);
      // Also reachable under its canonical form, so whitespace differences do not matter.
      this.byHash.set(sha256(canonicalBody(op.body)), op);
      const shape = clientShape(parse(op.body, { noLocation: true }));
      if (shape) this.byClientShape.set(shape.id, op);
    }
  }

  get size(): number {
    return new Set(this.byHash.values()).size;
  }

  byId(hash: string): ManifestOperation | undefined {
    return this.byHash.get(hash.toLowerCase());
  }

  /**
   * The registered operation whose text this is: exactly, or once normalised the way the manifest
   * is built (printed, with only the fragments the operation uses, in name order), so formatting,
   * comments and the order of fragments do not matter, nor the `__typename` fields a client's
   * cache adds. A document with several operations never matches.
   */
  byText(text: string, maxTokens?: number): ManifestOperation | undefined {
    const exact = this.byHash.get(sha256(text));
    if (exact) return exact;
    try {
      const doc = parse(text, { noLocation: true, maxTokens });
      const ops = manifestFromDocument(doc);
      if (ops.length !== 1) return undefined;
      const shape = clientShape(doc);
      return this.byHash.get(ops[0].id) ?? (shape && this.byClientShape.get(shape.id));
    } catch {
      return undefined;
    }
  }
}

export function loadManifest(file: string, mode: PersistedMode): PersistedOperations | null {
  if (mode === 'off') return null;
  if (!fs.existsSync(file)) {
    if (mode === 'required') throw new ConfigError(`PERSISTED_OPERATIONS_MANIFEST: ${file} does not exist (run npm run persisted:manifest)`);
    return null;
  }
  let manifest: PersistedManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as PersistedManifest;
  } catch (err) {
    throw new ConfigError(`PERSISTED_OPERATIONS_MANIFEST: ${file} is not valid JSON (${(err as Error).message})`);
  }
  if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1 || !Array.isArray(manifest.operations)) {
    throw new ConfigError(`PERSISTED_OPERATIONS_MANIFEST: ${file} is not an apollo-persisted-query-manifest version 1`);
  }
  const ops = new PersistedOperations(manifest);
  if (mode === 'required' && ops.size === 0) throw new ConfigError(`PERSISTED_OPERATIONS_MANIFEST: ${file} registers no operation`);
  return ops;
}

const persistedError = (message: string, code: string, status: number) =>
  new GraphQLError(message, { extensions: { code, http: { status, headers: new HeaderMap([['cache-control', 'private, no-cache, must-revalidate']]) } } });

/** Stands in for a refused operation: trivially parsed and validated, never executed. */
const REFUSED_PLACEHOLDER = 'query RefusedOperation { __typename }';

/**
 * Resolves persisted-operation hashes to their registered text before Apollo Server sees the
 * request (Apollo's own APQ stays off: it would register whatever a client sends), and in
 * `required` mode refuses every operation that the manifest does not hold.
 *
 * Refusals are raised at `didResolveOperation`, the first hook whose errors Apollo Server turns
 * into a proper response (graphql-armor reports anything thrown earlier as a 500). Until then the
 * refused text is replaced by a placeholder, so the attacker's document is never parsed.
 */
export function persistedOperationsPlugin(ops: PersistedOperations | null, mode: PersistedMode, maxTokens: number): ApolloServerPlugin<any> {
  const check = (request: { query?: string | null; extensions?: Record<string, unknown> | null }): GraphQLError | null => {
    const ext = request.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | null | undefined;
    if (ext !== undefined) {
      // `"persistedQuery": null` (or a string, a list) is the caller's malformed request, not our 500.
      if (ext === null || typeof ext !== 'object' || Array.isArray(ext)) {
        return persistedError('extensions.persistedQuery must be an object { version: 1, sha256Hash }', 'BAD_REQUEST', 400);
      }
      if (mode === 'off' || !ops) return persistedError('PersistedQueryNotSupported', 'PERSISTED_QUERY_NOT_SUPPORTED', 200);
      if (ext.version !== 1 || typeof ext.sha256Hash !== 'string' || !/^[0-9a-fA-F]{64}$/.test(ext.sha256Hash)) {
        return persistedError('persistedQuery needs version 1 and a sha256Hash of 64 hex digits', 'BAD_REQUEST', 400);
      }
      const hash = ext.sha256Hash.toLowerCase();
      const registered = ops.byId(hash);
      const text = request.query ?? undefined;
      if (text !== undefined && sha256(text) !== hash && registered?.body !== canonicalOrNull(text, maxTokens)) {
        return persistedError('provided sha does not match query', 'BAD_REQUEST', 400);
      }
      if (!registered && (text === undefined || mode === 'required')) return persistedError('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND', 200);
      const { persistedQuery: _handled, ...rest } = request.extensions ?? {};
      request.extensions = rest;
      request.query = registered?.body ?? text;
      return null;
    }
    if (mode !== 'required' || !ops) return null;
    if (typeof request.query !== 'string' || !ops.byText(request.query, maxTokens)) {
      return persistedError('This gateway runs only registered (persisted) operations', 'PERSISTED_QUERY_NOT_FOUND', 400);
    }
    return null;
  };
  return {
    async requestDidStart({ request, contextValue }) {
      // A CSV export's later pages are cut from an operation this plugin already accepted.
      if ((contextValue as { exportPage?: boolean } | undefined)?.exportPage) return;
      const refusal = check(request as Parameters<typeof check>[0]);
      if (!refusal) return;
      request.query = REFUSED_PLACEHOLDER;
      request.operationName = 'RefusedOperation';
      if (request.extensions) delete request.extensions.persistedQuery;
      return {
        async didResolveOperation() {
          throw refusal;
        },
      };
    },
  };
}

function canonicalOrNull(text: string, maxTokens: number): string | null {
  try {
    return canonicalBody(text, maxTokens);
  } catch {
    return null;
  }
}

/** Operation definitions of a document with the fragments each one needs, as manifest entries. */
export function manifestFromDocument(doc: DocumentNode): ManifestOperation[] {
  const fragments = new Map(doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const ops: ManifestOperation[] = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    if (!def.name) throw new Error('every persisted operation needs a name');
    const needed = new Set<string>();
    const pending: ASTNode[] = [def];
    while (pending.length) {
      visit(pending.pop()!, {
        FragmentSpread(node) {
          const frag = fragments.get(node.name.value);
          if (frag && !needed.has(node.name.value)) {
            needed.add(node.name.value);
            pending.push(frag);
          }
        },
      });
    }
    const body = print({ kind: Kind.DOCUMENT, definitions: [def, ...[...needed].sort().map((f) => fragments.get(f)!)] });
    ops.push({ id: sha256(body), name: def.name.value, type: def.operation as ManifestOperation['type'], body });
  }
  return ops;
}
