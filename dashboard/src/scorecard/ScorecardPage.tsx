import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { DashboardScorecardDocument, type DashboardScorecardQuery } from '@par/operations';
import { NO_CACHE } from '../app/apollo';
import { useT } from '../i18n/context';
import { formatTarget, formatValue } from '../i18n/format';
import { PartialNotice } from '../shared/partial';
import type { Filters } from '../app/filters';
import { Sparkline } from './Sparkline';
import { STATUSES, StatusBadge, UNAVAILABLE } from './StatusBadge';
import { useYearlyValues } from './useYearlyValues';

type Plan = NonNullable<DashboardScorecardQuery['reformPlan']>;
type Indicator = Plan['targets'][number]['indicator'];

/** One line of the scorecard: the target as the plan states it, its figure and verdict. */
interface Row {
  target: Plan['targets'][number];
  value: number | null;
  status: string;
  projection?: NonNullable<Indicator>['projection'];
}

/**
 * The plan's targets by area for one year and scope: status, figure, trend, and the reading. A
 * target's indicator is null only while the department that measures it does not answer: its
 * verdict is then unknown, shown as unavailable, never as "no data"; every other target keeps its own.
 */
export function ScorecardPage({ plan, filters }: { plan: string; filters: Filters }) {
  const t = useT();
  const scope = { agencyId: filters.agencyId || undefined, unitCode: filters.unitCode || undefined };
  const { data, error, loading } = useQuery(DashboardScorecardDocument, { variables: { plan, year: filters.year, ...scope }, errorPolicy: 'all', ...NO_CACHE });
  const reformPlan = data?.reformPlan ?? undefined;

  const rows = useMemo<Row[]>(
    () =>
      (reformPlan?.targets ?? []).map((target) => ({
        target,
        value: target.indicator?.measurement?.value ?? null,
        status: target.indicator ? target.indicator.status : UNAVAILABLE,
        projection: target.indicator?.projection,
      })),
    [reformPlan],
  );

  const years = useMemo(() => {
    if (!reformPlan) return [];
    const out: number[] = [];
    for (let y = reformPlan.periodStart; y <= reformPlan.periodEnd; y++) out.push(y);
    return out;
  }, [reformPlan]);
  const yearly = useYearlyValues(plan, years, scope);
  const areas = useMemo(() => {
    const m = new Map<string, Row[]>();
    for (const row of rows) m.set(row.target.area, [...(m.get(row.target.area) ?? []), row]);
    return [...m.entries()];
  }, [rows]);
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const row of rows) c.set(row.status, (c.get(row.status) ?? 0) + 1);
    return c;
  }, [rows]);

  return (
    <section aria-labelledby="scorecard-title">
      <h2 id="scorecard-title">{reformPlan ? `${reformPlan.title} — ${t.year} ${filters.year}` : t.nav.scorecard}</h2>
      <PartialNotice errors={[error]} />
      {loading && !data && <p role="status">{t.loading}</p>}
      {reformPlan && rows.length > 0 && (
        <>
          <h3>{t.summary}</h3>
          <ul className="summary" aria-label={t.summary}>
            {[...STATUSES, ...(counts.has(UNAVAILABLE) ? [UNAVAILABLE] : [])].map((s) => (
              <li key={s} data-summary={s}>
                <StatusBadge status={s} /> <strong>{counts.get(s) ?? 0}</strong>
              </li>
            ))}
          </ul>
          {areas.map(([area, areaRows]) => (
            <div key={area} className="area">
              <h3>{t.area[area] ?? area}</h3>
              <table className="targets">
                <thead>
                  <tr>
                    <th scope="col">{t.target}</th>
                    <th scope="col">{t.targetValue}</th>
                    <th scope="col">{t.measured}</th>
                    <th scope="col">{t.status}</th>
                    <th scope="col">{t.trend}</th>
                  </tr>
                </thead>
                <tbody>
                  {areaRows.map(({ target, value, status, projection }) => (
                    <tr key={target.code} data-target={target.code}>
                      <td>
                        <a href={`#/target/${encodeURIComponent(target.code)}`}>{t.lang === 'en' ? target.descriptionEn : target.description}</a>
                        <div className="code">{target.code}</div>
                        {target.note && (
                          <p className="note">
                            <span className="note-label">{t.note}:</span> {target.note}
                          </p>
                        )}
                      </td>
                      <td className="num">
                        {formatTarget(target.comparator, target.value, target.unit)}
                        <div className="due">{target.dueYear ? `${t.dueYear} ${target.dueYear}` : t.annual}</div>
                      </td>
                      <td className="num" data-value>
                        {formatValue(value, target.unit)}
                      </td>
                      <td>
                        <StatusBadge status={status} />
                      </td>
                      <td className="trend">
                        {yearly && (
                          <Sparkline
                            years={years}
                            values={yearly.get(target.code) ?? years.map(() => null)}
                            target={target.value}
                            projection={projection}
                            label={`${t.trend} ${target.code}: ${years.map((y, i) => `${y} ${formatValue(yearly.get(target.code)?.[i], target.unit)}`).join(', ')}`}
                          />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
