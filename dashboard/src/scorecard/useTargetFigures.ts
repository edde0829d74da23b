import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { DashboardTargetFigureDocument } from '@par/operations';
import { NO_CACHE } from '../app/apollo';
import { missingServices } from '../shared/partial';
import { UNAVAILABLE } from './StatusBadge';
import type { Scope } from './useYearlyValues';

export interface TargetFigure {
  value: number | null;
  status: string;
}

/**
 * Each target's figure and verdict in one scope, one query per target: what the scorecard shows
 * when a department is down, since each answer then lacks only that department's targets.
 */
export function useTargetFigures(codes: string[], year: number, scope: Scope) {
  const client = useApolloClient();
  const [state, setState] = useState<{ figures?: Map<string, TargetFigure>; errors: ErrorLike[] }>({ errors: [] });
  const key = `${codes.join(',')}|${year}|${scope.agencyId ?? ''}|${scope.unitCode ?? ''}`;
  useEffect(() => {
    if (!codes.length) return;
    let live = true;
    Promise.all(
      codes.map((code) =>
        client.query({ query: DashboardTargetFigureDocument, variables: { code, year, ...scope }, errorPolicy: 'all', ...NO_CACHE }).then((a) => {
          const indicator = a.data?.planTarget?.indicator;
          const status = indicator?.status ?? (missingServices(a.error).length ? UNAVAILABLE : 'NO_DATA');
          return { code, figure: { value: indicator?.measurement?.value ?? null, status }, error: a.error };
        }),
      ),
    ).then((all) => {
      if (live) setState({ figures: new Map(all.map((x) => [x.code, x.figure])), errors: all.flatMap((x) => (x.error ? [x.error] : [])) });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key]);
  return state;
}
