type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

/** The JSON body of a subgraph fetch, as the gateway sends it. */
interface FetchBody {
  query: string;
  variables?: Record<string, unknown> & { representations?: unknown[] };
  operationName?: string;
}

interface GraphQLAnswer {
  data?: { _entities?: unknown[] } | null;
  errors?: Array<{ path?: Array<string | number> } & Record<string, unknown>>;
  extensions?: unknown;
}

interface Member {
  url: string;
  init: RequestInit;
  body: FetchBody;
  representations: unknown[];
  resolve(res: Response): void;
  reject(err: unknown): void;
}

interface Group {
  open: Member[] | null;
  scheduled: boolean;
  inFlight: number;
}

export interface EntityBatchOptions {
  /** Batches of one key on their way to the subgraph at once; the next waits for one to return, gathering arrivals. */
  maxInFlight: number;
  /** Representations one batch carries at most. */
  maxRepresentations: number;
  /** The operation's own cancellation, read when a fetch is asked for: a member whose operation gave up stops waiting. */
  memberSignal?: () => AbortSignal | undefined;
  onBatched?: (members: number) => void;
}

const header = (init: RequestInit, name: string): string | null => new Headers(init.headers).get(name);

/**
 * Whether a caller's token carries the personal-data scope. The gateway verified it already; this
 * only reads it. Personal reads are audited per request by the subgraph, so they are never merged.
 */
function readsPersonalData(authorization: string | null): boolean {
  const payload = authorization?.split('.')[1];
  if (!payload) return false;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scope?: unknown };
    return typeof claims.scope === 'string' && claims.scope.split(' ').includes('pii:read');
  } catch {
    return true;
  }
}

/** An entity fetch that may be merged with others: a query over `$representations` by a caller with a token. */
function mergeable(init: RequestInit): { body: FetchBody; key: string } | null {
  if (typeof init.body !== 'string') return null;
  const authorization = header(init, 'authorization');
  if (!authorization || readsPersonalData(authorization)) return null;
  let body: FetchBody;
  try {
    body = JSON.parse(init.body) as FetchBody;
  } catch {
    return null;
  }
  if (typeof body.query !== 'string' || !/^\s*query\b/.test(body.query) || !Array.isArray(body.variables?.representations)) return null;
  const { representations: _reps, ...others } = body.variables!;
  return { body, key: JSON.stringify([authorization, body.query, body.operationName ?? null, others]) };
}

/**
 * One batch's answer cut back into each member's: its slice of `_entities`, the errors whose path
 * points into that slice (renumbered), and every error that points at no entity. Null when the
 * answer is not one the slices can be cut from (the members then ask one by one).
 */
export function splitEntitiesAnswer(answer: GraphQLAnswer, counts: readonly number[]): GraphQLAnswer[] | null {
  const entities = answer.data?._entities;
  const total = counts.reduce((a, b) => a + b, 0);
  if (!Array.isArray(entities) || entities.length !== total) return null;
  let offset = 0;
  return counts.map((count) => {
    const from = offset;
    offset += count;
    const errors = (answer.errors ?? []).flatMap((e) => {
      const at = e.path?.[0] === '_entities' && typeof e.path[1] === 'number' ? e.path[1] : null;
      if (at === null) return [e];
      if (at < from || at >= from + count) return [];
      return [{ ...e, path: ['_entities', at - from, ...e.path!.slice(2)] }];
    });
    return { ...answer, data: { ...answer.data, _entities: entities.slice(from, from + count) }, ...(errors.length ? { errors } : { errors: undefined }) };
  });
}

/**
 * Cross-request entity batching: the same entity fetch (same subgraph, document, variables other
 * than the representations, same token) asked by operations running at once is sent as one
 * `_entities` call carrying all their representations, as a DataLoader does within one request.
 * While `maxInFlight` batches of a key are at the subgraph, new arrivals gather into the next, so
 * an idle hub adds no wait and a busy one does one subgraph execution (one statement per entity
 * type) for many operations. Mutations, callers without a token and personal-data reads are never
 * merged; a batch whose answer cannot be cut into slices is asked again member by member.
 *
 * `send` is the subgraph call without any one operation's cancellation (a batch serves several);
 * `single` is the ordinary call, used for everything not merged.
 */
export function entityBatchingFetcher(single: Fetcher, send: Fetcher, opts: EntityBatchOptions): Fetcher {
  const groups = new Map<string, Group>();

  const launch = (key: string, group: Group, members: Member[]) => {
    group.inFlight++;
    // run() settles every member itself and never rejects.
    void run(members).finally(() => {
      group.inFlight--;
      if (group.open?.length) schedule(key, group);
      else if (group.inFlight === 0 && !group.open) groups.delete(key);
    });
  };
  const dispatch = (key: string, group: Group) => {
    group.scheduled = false;
    const members = group.open;
    if (!members?.length || group.inFlight >= opts.maxInFlight) return;
    group.open = null;
    launch(key, group, members);
  };
  const schedule = (key: string, group: Group) => {
    if (group.scheduled) return;
    group.scheduled = true;
    // Fetches of other operations planned in the same turn join before it leaves.
    setImmediate(() => dispatch(key, group));
  };

  async function run(members: Member[]): Promise<void> {
    if (members.length === 1) return void send(members[0].url, members[0].init).then(members[0].resolve, members[0].reject);
    opts.onBatched?.(members.length);
    const first = members[0];
    const body = JSON.stringify({ ...first.body, variables: { ...first.body.variables, representations: members.flatMap((m) => m.representations) } });
    try {
      const res = await send(first.url, { ...first.init, body });
      const text = await res.text();
      const parts = res.status === 200 ? splitOrNull(text, members) : null;
      if (parts) {
        members.forEach((m, i) => m.resolve(new Response(JSON.stringify(parts[i]), { status: 200, headers: res.headers })));
        return;
      }
    } catch {
      /* the batch failed as a whole: each member asks on its own below and gets its own answer or error */
    }
    await Promise.all(members.map((m) => send(m.url, m.init).then(m.resolve, m.reject)));
  }

  return (url, init) => {
    const found = mergeable(init);
    if (!found) return single(url, init);
    const signal = opts.memberSignal?.();
    return new Promise<Response>((resolve, reject) => {
      const member: Member = { url, init, body: found.body, representations: found.body.variables!.representations!, resolve, reject };
      if (signal) {
        if (signal.aborted) return reject(signal.reason);
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }
      let group = groups.get(found.key);
      if (!group) groups.set(found.key, (group = { open: null, scheduled: false, inFlight: 0 }));
      const size = group.open?.reduce((n, m) => n + m.representations.length, 0) ?? 0;
      if (group.open && size + member.representations.length > opts.maxRepresentations) {
        // A full batch goes on its own way; this member starts the next.
        const full = group.open;
        group.open = null;
        launch(found.key, group, full);
      }
      (group.open ??= []).push(member);
      schedule(found.key, group);
    });
  };
}

function splitOrNull(text: string, members: Member[]): GraphQLAnswer[] | null {
  try {
    return splitEntitiesAnswer(
      JSON.parse(text) as GraphQLAnswer,
      members.map((m) => m.representations.length),
    );
  } catch {
    return null;
  }
}
