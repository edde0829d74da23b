import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { DashboardScorecardDocument } from '@par/operations';
import { NO_CACHE } from '../app/apollo';

export interface Scope {
  agencyId?: string;
  unitCode?: string;
}

/** Each target's measured value for every year of the plan, one scorecard query per year (cached). */
export function useYearlyValues(plan: string, years: number[], scope: Scope): Map<string, Array<number | null>> | undefined {
  const client = useApolloClient();
  const [values, setValues] = useState<Map<string, Array<number | null>>>();
  const key = `${plan}|${years.join(',')}|${scope.agencyId ?? ''}|${scope.unitCode ?? ''}`;
  useEffect(() => {
    if (!years.length) return;
    let live = true;
    Promise.all(
      years.map((year) => client.query({ query: DashboardScorecardDocument, variables: { plan, year, ...scope }, errorPolicy: 'all', ...NO_CACHE })),
    ).then(
      (answers) => {
        if (!live) return;
        const byTarget = new Map<string, Array<number | null>>();
        answers.forEach((a, i) => {
          for (const t of a.data?.reformPlan?.targets ?? []) {
            const row = byTarget.get(t.code) ?? years.map(() => null);
            row[i] = t.indicator?.measurement?.value ?? null;
            byTarget.set(t.code, row);
          }
        });
        setValues(byTarget);
      },
      () => live && setValues(new Map()),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key]);
  return values;
}
