import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { DashboardTargetFigureDocument } from '@par/operations';
import { NO_CACHE } from '../app/apollo';
import { UNAVAILABLE } from '../scorecard/StatusBadge';
import { missingServices } from '../shared/partial';

export interface Figure {
  key: string;
  name: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string | null;
}

/** One target's figure in each scope (a district, an agency), each its own cached query run in parallel. */
export function useFigures(code: string, year: number, scopes: Array<{ key: string; name: string; agencyId?: string; unitCode?: string }>) {
  const client = useApolloClient();
  const [state, setState] = useState<{ figures?: Figure[]; errors: ErrorLike[] }>({ errors: [] });
  const key = `${code}|${year}|${scopes.map((s) => s.key).join(',')}`;
  useEffect(() => {
    if (!scopes.length) return;
    let live = true;
    Promise.all(
      scopes.map((s) =>
        client.query({ query: DashboardTargetFigureDocument, variables: { code, year, agencyId: s.agencyId, unitCode: s.unitCode }, errorPolicy: 'all', ...NO_CACHE }).then((a) => {
          const indicator = a.data?.planTarget?.indicator;
          const m = indicator?.measurement;
          return { figure: { key: s.key, name: s.name, value: m?.value ?? null, numerator: m?.numerator ?? null, denominator: m?.denominator ?? null, status: indicator?.status ?? (missingServices(a.error).length ? UNAVAILABLE : null) }, error: a.error };
        }),
      ),
    ).then((all) => {
      if (live) setState({ figures: all.map((x) => x.figure), errors: all.flatMap((x) => (x.error ? [x.error] : [])) });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key]);
  return state;
}
