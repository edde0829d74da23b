import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from 'pino';

/**
 * One structured log line per operation: name, duration, error codes and the request id that
 * ties gateway and subgraph lines together. Variables are never logged (they may hold PII).
 */
export function requestLogPlugin<C extends BaseContext & { requestId?: string; gatewayRequestId?: string }>(log: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, request }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          log.info(
            {
              requestId: contextValue.requestId,
              ...(contextValue.gatewayRequestId ? { gatewayRequestId: contextValue.gatewayRequestId } : {}),
              operationName: operationName ?? request.operationName ?? null,
              ms: Math.round(ms * 10) / 10,
              errorCodes: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql',
          );
        },
      };
    },
  };
}
