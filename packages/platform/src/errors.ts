import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

/** The codes clients can rely on in `extensions.code` (DESIGN §5). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  CONFLICT: 'CONFLICT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** A write was sent but its answer never came: it may or may not have been applied (retry with the same Idempotency-Key). */
  OUTCOME_UNKNOWN: 'OUTCOME_UNKNOWN',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Errors raised on purpose: their message is safe to show to the caller. */
export class HubError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Input the caller can fix; `field` names the argument or input field at fault. */
export const badInput = (field: string, message: string) =>
  new HubError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });
export const notFound = (what: string, id: string) =>
  new HubError(ErrorCode.NOT_FOUND, `${what} ${JSON.stringify(id)} does not exist`, { field: what });
export const forbidden = (message = 'Not allowed for this caller') => new HubError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'A valid bearer token is required') =>
  new HubError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new HubError(ErrorCode.CONFLICT, message, extra);
export const serviceUnavailable = (message = 'The database is unavailable; try again shortly') =>
  new HubError(ErrorCode.SERVICE_UNAVAILABLE, message);

/** Codes produced by graphql-js, Apollo Server and the gateway that are safe to pass through. */
const PASS_THROUGH = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'DOWNSTREAM_SERVICE_ERROR',
  // Gateway operation limits (gateway/src/security).
  'EXECUTION_TIMEOUT',
  'RATE_LIMITED',
]);

/**
 * Socket failures and PostgreSQL's connection-class (08*) and shutdown (57P0*) codes. Also knex's
 * "Transaction query already complete": a statement of a transaction the lost connection already
 * ended (every transaction awaits its statements in turn — no-floating-promises is a lint error in
 * the services — so only an outage ends one under a statement still to run).
 */
const UNAVAILABLE_CODE = /^(08|57P0[1-4]$|ECONNREFUSED$|ECONNRESET$|EPIPE$|ETIMEDOUT$|EHOSTUNREACH$)/;
const UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|ECONNRESET|EPIPE|Connection terminated|terminating connection|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|is not queryable|Timeout acquiring a connection|server closed the connection unexpectedly|connect ETIMEDOUT|Transaction query already complete/i;

/**
 * Whether an error means "the database is away; try again" rather than a bug. The driver's error
 * often arrives wrapped (MikroORM's ConnectionException, a `cause`), so the whole chain is checked.
 */
function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown; previous?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && UNAVAILABLE_CODE.test(e.code)) return true;
    if (e.name === 'ConnectionException' || e.name === 'KnexTimeoutError') return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
    e = (e.cause ?? e.previous) as typeof e;
  }
  return false;
}

/**
 * A scalar refusing a variable (`Money`, `Date`) names itself, not the input field; graphql-js puts the
 * path in the message (`Variable "$input" got invalid value … at "input.amount"; …`), so take it from there.
 */
export function variableInputPath(message: string): string | undefined {
  const m = /^Variable "\$(\w+)" got invalid value /.exec(message);
  if (!m) return undefined;
  const at = new RegExp(` at "${m[1]}((?:\\.\\w+|\\[\\d+\\])+)"; `).exec(message);
  return at ? at[1].replace(/^\./, '') : m[1];
}

/**
 * Apollo `formatError`: keeps deliberate errors, maps database outages to SERVICE_UNAVAILABLE,
 * and masks everything else so internals (SQL, stack traces) never reach a client.
 */
export function makeFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const code = formatted.extensions?.code as string | undefined;
    if (original instanceof HubError || (code && PASS_THROUGH.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      const inputPath = variableInputPath(formatted.message);
      return { ...formatted, extensions: inputPath ? { ...extensions, field: inputPath } : extensions };
    }
    if (isDatabaseUnavailable(original)) {
      log.warn({ err: original, path: formatted.path }, 'database unavailable');
      return { message: 'The database is unavailable; try again shortly', path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    // Which subgraph failed (set by the gateway) is no internal detail: callers need it to know what is missing.
    const serviceName = formatted.extensions?.serviceName;
    return {
      message: 'Unexpected error; it has been logged',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(typeof serviceName === 'string' ? { serviceName } : {}) },
    };
  };
}
