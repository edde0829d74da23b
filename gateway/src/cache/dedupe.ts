import { AsyncLocalStorage } from 'node:async_hooks';
import { sha256 } from './claims';

type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

interface Received {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  text: string;
}

/** The claims of the operation a subgraph fetch belongs to (set around each data source call). */
const fetchScope = new AsyncLocalStorage<string>();
export const withinClaims = <T>(claims: string, run: () => T): T => fetchScope.run(claims, run);

const isMutation = (body: string) => {
  try {
    return /^\s*mutation\b/.test(String((JSON.parse(body) as { query?: unknown }).query ?? ''));
  } catch {
    return true;
  }
};

/**
 * An answer may be handed to another caller only if its subgraph let it be shared: a `public`
 * cache hint with a positive max-age. Personal data comes back `no-store` (each read is audited
 * under its own caller), so whoever waited for it asks the subgraph itself.
 */
function shareable(r: Received): boolean {
  if (r.status !== 200) return false;
  const cc = r.headers.find(([k]) => k.toLowerCase() === 'cache-control')?.[1] ?? '';
  return /\bpublic\b/.test(cc) && Number(/\bmax-age=(\d+)/.exec(cc)?.[1] ?? 0) > 0;
}

const toResponse = (r: Received) => new Response(r.text, { status: r.status, statusText: r.statusText, headers: r.headers });

/**
 * In-flight deduplication: while a fetch is on its way to a subgraph, an identical one (same URL,
 * same body, i.e. document and variables, same claims) waits for it instead of sending its own.
 * Mutations are never shared; neither is an answer its subgraph marks personal (see `shareable`).
 */
export function dedupingFetcher(inner: Fetcher, onShared: (url: string) => void): Fetcher {
  const inFlight = new Map<string, Promise<Received>>();
  return async (url, init) => {
    const claims = fetchScope.getStore();
    const body = typeof init.body === 'string' ? init.body : undefined;
    if (claims === undefined || body === undefined || isMutation(body)) return inner(url, init);
    const key = sha256(`${url}\n${claims}\n${body}`);
    const leader = inFlight.get(key);
    if (leader) {
      const received = await leader.catch(() => undefined);
      if (received && shareable(received)) {
        onShared(url);
        return toResponse(received);
      }
      return inner(url, init);
    }
    const mine = inner(url, init).then(async (res): Promise<Received> => ({ status: res.status, statusText: res.statusText, headers: [...res.headers], text: await res.text() }));
    inFlight.set(key, mine);
    try {
      return toResponse(await mine);
    } finally {
      inFlight.delete(key);
    }
  };
}
