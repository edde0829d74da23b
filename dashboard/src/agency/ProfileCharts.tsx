import { useMemo } from 'react';
import type { AgencyProfileQuery } from '@par/operations';
import { Chart } from '../shared/Chart';
import { useT } from '../i18n/context';
import { formatCompact, formatMoney, formatNumber } from '../i18n/format';

type Agency = NonNullable<AgencyProfileQuery['agency']>;

const people = (v: number | null) => formatNumber(v, 0);
const amount = (v: string | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));

/** A horizontal bar chart beside its table: the chart for the eye, the table for the figures (and screen readers). */
function BarsWithTable({
  id,
  title,
  column,
  rows,
  format,
  whole,
}: {
  id: string;
  title: string;
  column: string;
  rows: Array<[string, number | null]>;
  format(v: number | null): string;
  /** Counts of people: the axis has no fractions. */
  whole?: boolean;
}) {
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => format(v) },
      xAxis: { type: 'value', splitNumber: 4, ...(whole ? { minInterval: 1 } : {}), axisLabel: { formatter: (v: number) => formatCompact(v) } },
      yAxis: { type: 'category', data: rows.map(([k]) => k), inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
      series: [{ name: column, type: 'bar', data: rows.map(([, v]) => v), itemStyle: { color: '#1d4e89' } }],
    }),
    [rows, column, format, whole],
  );
  return (
    <div className="card" id={id}>
      <h3>{title}</h3>
      <Chart option={option} label={`${title}: ${rows.map(([k, v]) => `${k} ${format(v)}`).join(', ')}`} height={Math.max(120, rows.length * 30 + 30)} />
      <table>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">{column}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td className="num">{format(v)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The profile's workforce by category and its budget, each as a chart and a table. */
export function ProfileCharts({ agency }: { agency: Agency }) {
  const t = useT();
  const categories = useMemo<Array<[string, number | null]>>(
    () => (agency.workforce?.byCategory ?? []).map((c) => [t.staffCategory[c.category] ?? c.category, c.count]),
    [agency.workforce?.byCategory, t.staffCategory],
  );
  const b = agency.budget;
  const budget = useMemo<Array<[string, number | null]>>(
    () =>
      b
        ? [
            [t.estimate, amount(b.estimate)],
            [t.settlement, amount(b.settlement)],
            [t.parAllocated, amount(b.parAllocated)],
            [t.parSpent, amount(b.parSpent)],
          ]
        : [],
    [b, t.estimate, t.settlement, t.parAllocated, t.parSpent],
  );
  return (
    <div className="cards">
      {categories.length > 0 && <BarsWithTable id="agency-categories" title={t.byCategory} column={t.count} rows={categories} format={people} whole />}
      {budget.length > 0 && <BarsWithTable id="agency-budget-chart" title={t.budget} column={t.amount} rows={budget} format={formatMoney} />}
    </div>
  );
}
