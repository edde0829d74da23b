import { useMemo } from 'react';
import { Chart } from '../shared/Chart';
import { formatNumber } from '../i18n/format';
import { useT } from '../i18n/context';

export interface SparklineProps {
  years: number[];
  values: Array<number | null>;
  target: number;
  projection?: { dueYear: number; value: number } | null;
  label: string;
}

/** A target's yearly values, its target line, and the trend projected to the due year (dashed). */
export function Sparkline({ years, values, target, projection, label }: SparklineProps) {
  const t = useT();
  const option = useMemo(() => {
    const lastYear = Math.max(years[years.length - 1] ?? 0, projection?.dueYear ?? 0);
    const axis: number[] = [];
    for (let y = years[0]; y <= lastYear; y++) axis.push(y);
    const measured = axis.map((y) => values[years.indexOf(y)] ?? null);
    let lastMeasured = -1;
    measured.forEach((v, i) => (v !== null ? (lastMeasured = i) : undefined));
    const projected = axis.map(() => null as number | null);
    if (projection && lastMeasured >= 0) {
      projected[lastMeasured] = measured[lastMeasured];
      projected[axis.indexOf(projection.dueYear)] = projection.value;
    }
    return {
      grid: { left: 4, right: 4, top: 6, bottom: 4, containLabel: false },
      xAxis: { type: 'category', data: axis.map(String), show: false, boundaryGap: false },
      yAxis: { type: 'value', show: false, scale: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatNumber(v) },
      series: [
        {
          name: t.valueLine,
          type: 'line',
          data: measured,
          symbolSize: 4,
          lineStyle: { color: '#1d4e89', width: 2 },
          itemStyle: { color: '#1d4e89' },
          markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: '#b3261e', type: 'solid', width: 1 }, data: [{ yAxis: target }] },
        },
        { name: t.projection, type: 'line', data: projected, connectNulls: true, symbol: 'none', lineStyle: { color: '#1d4e89', type: 'dashed', width: 1 } },
      ],
    };
  }, [years, values, target, projection, t.valueLine, t.projection]);
  return <Chart option={option} label={label} height={48} className="sparkline" />;
}
