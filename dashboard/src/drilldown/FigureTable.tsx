import { useMemo } from 'react';
import { Chart } from '../shared/Chart';
import { useT } from '../i18n/context';
import { formatNumber, formatValue } from '../i18n/format';
import { StatusBadge } from '../scorecard/StatusBadge';
import type { Figure } from './useFigures';

/** A target's figure side by side across scopes: a bar chart with the target line, and the table. */
export function FigureTable({ id, title, figures, unit, target }: { id: string; title: string; figures: Figure[]; unit: string; target: number }) {
  const t = useT();
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatNumber(v) },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
      yAxis: { type: 'category', data: figures.map((f) => f.name), inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
      series: [
        {
          name: t.valueLine,
          type: 'bar',
          data: figures.map((f) => f.value),
          itemStyle: { color: '#1d4e89' },
          markLine: { silent: true, symbol: 'none', label: { formatter: t.targetLine }, lineStyle: { color: '#b3261e' }, data: [{ xAxis: target }] },
        },
      ],
    }),
    [figures, target, t.valueLine, t.targetLine],
  );
  return (
    <div className="figures" id={id}>
      <h3>{title}</h3>
      <Chart option={option} label={`${title}: ${figures.map((f) => `${f.name} ${formatValue(f.value, unit)}`).join(', ')}`} height={Math.max(160, figures.length * 26 + 40)} />
      <table>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">{t.measured}</th>
            <th scope="col">{t.numerator}</th>
            <th scope="col">{t.denominator}</th>
            <th scope="col">{t.status}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.key} data-scope={f.key}>
              <th scope="row">{f.name}</th>
              <td className="num" data-value>{formatValue(f.value, unit)}</td>
              <td className="num">{formatNumber(f.numerator, 0)}</td>
              <td className="num">{formatNumber(f.denominator, 0)}</td>
              <td>
                <StatusBadge status={f.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
