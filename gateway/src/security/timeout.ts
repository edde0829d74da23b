import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloGateway } from '@apollo/gateway';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type LoadResult = Awaited<ReturnType<ApolloGateway['load']>>;

const execution = new AsyncLocalStorage<AbortSignal>();

/**
 * The signal of the operation being executed, aborted when its time is up, so that subgraph
 * calls still in flight are cancelled rather than left to finish for nobody. The gateway's
 * fetcher combines it with the per-subgraph timeout.
 */
export function executionSignal(): AbortSignal | undefined {
  return execution.getStore();
}

export class ExecutionTimeoutError extends GraphQLError {
  constructor(ms: number, mutation = false) {
    super(
      mutation
        ? `The mutation took longer than ${ms} ms and was stopped waiting; it may or may not have been applied. Retry with the same Idempotency-Key to learn its outcome`
        : `The operation took longer than ${ms} ms and was stopped; narrow it or try again later`,
      { extensions: { code: mutation ? 'OUTCOME_UNKNOWN' : 'EXECUTION_TIMEOUT', http: { status: 504 } } },
    );
  }
}

/**
 * Bounds the whole execution of one operation (all its subgraph calls, however many rounds the
 * query plan needs) by `queryMs`, a mutation by `mutationMs`: past it, the caller gets
 * EXECUTION_TIMEOUT (OUTCOME_UNKNOWN for a mutation) and no partial data, and the remaining
 * subgraph calls are aborted.
 */
export function withExecutionTimeout(gateway: ApolloGateway, queryMs: number, mutationMs = queryMs): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
    async load(options) {
      const loaded: LoadResult = await gateway.load(options);
      const executor = loaded.executor;
      return {
        ...loaded,
        executor: (requestContext) => {
          const mutation = requestContext.operation?.operation === 'mutation';
          const ms = mutation ? mutationMs : queryMs;
          const controller = new AbortController();
          let timer: NodeJS.Timeout | undefined;
          const deadline = new Promise<never>((_resolve, reject) => {
            timer = setTimeout(() => {
              controller.abort(new ExecutionTimeoutError(ms, mutation));
              reject(new ExecutionTimeoutError(ms, mutation));
            }, ms);
          });
          const run = execution.run(controller.signal, () => executor(requestContext));
          return Promise.race([run, deadline])
            .catch((err) => {
              if (err instanceof ExecutionTimeoutError) return { data: null, errors: [err] };
              throw err;
            })
            .finally(() => clearTimeout(timer));
        },
      } as LoadResult;
    },
  };
}
