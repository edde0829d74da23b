import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { DistrictComparisonDocument } from '@par/operations';
import { Chart } from '../shared/Chart';
import { useT } from '../i18n/context';
import { formatNumber } from '../i18n/format';
import { PartialNotice } from '../shared/partial';

/** The contract's DistrictComparison: districts side by side on delivery, workforce and PAR Index. */
export function DistrictsPage({ province, year }: { province: string; year: number }) {
  const t = useT();
  const { data, error, loading } = useQuery(DistrictComparisonDocument, { variables: { province, year, asOf: `${year}-12-31` }, errorPolicy: 'all' });
  const unit = data?.administrativeUnit;
  const rows = unit?.children ?? [];
  const option = useMemo(
    () => ({
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatNumber(v) },
      xAxis: { type: 'category', data: rows.map((r) => r.fullName), axisLabel: { interval: 0, rotate: 20 } },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: (v: number) => formatNumber(v) } },
      series: [
        { name: t.onTimeRate, type: 'bar', data: rows.map((r) => r.serviceDelivery?.onTimeRate ?? null), itemStyle: { color: '#1d4e89' } },
        { name: t.onlineRate, type: 'bar', data: rows.map((r) => r.serviceDelivery?.onlineRate ?? null), itemStyle: { color: '#2e7d32' } },
        { name: t.trainedShare, type: 'bar', data: rows.map((r) => r.workforce?.trainedShare ?? null), itemStyle: { color: '#8a5a00' } },
        { name: t.parIndex, type: 'line', data: rows.map((r) => r.peoplesCommittee?.parIndex?.score ?? null), itemStyle: { color: '#b3261e' } },
      ],
    }),
    [rows, t.onTimeRate, t.onlineRate, t.trainedShare, t.parIndex],
  );
  return (
    <section aria-labelledby="districts-title">
      <h2 id="districts-title">
        {t.districtsTitle} — {unit?.fullName ?? province}, {year}
      </h2>
      <PartialNotice errors={[error]} />
      {loading && !data && <p role="status">{t.loading}</p>}
      {rows.length > 0 && (
        <>
          <Chart option={option} label={`${t.districtsTitle} ${year}`} height={320} />
          <table id="districts-table">
            <thead>
              <tr>
                <th scope="col">{t.unit}</th>
                <th scope="col">{t.parIndex}</th>
                <th scope="col">{t.rank}</th>
                <th scope="col">{t.received}</th>
                <th scope="col">{t.onTimeRate}</th>
                <th scope="col">{t.onlineRate}</th>
                <th scope="col">{t.headcount}</th>
                <th scope="col">{t.trainedShare}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code} data-unit={r.code}>
                  <th scope="row">{r.fullName}</th>
                  <td className="num">{formatNumber(r.peoplesCommittee?.parIndex?.score)}</td>
                  <td className="num">{formatNumber(r.peoplesCommittee?.parIndex?.rank, 0)}</td>
                  <td className="num">{formatNumber(r.serviceDelivery?.received, 0)}</td>
                  <td className="num">{formatNumber(r.serviceDelivery?.onTimeRate)}</td>
                  <td className="num">{formatNumber(r.serviceDelivery?.onlineRate)}</td>
                  <td className="num">{formatNumber(r.workforce?.headcount, 0)}</td>
                  <td className="num">{formatNumber(r.workforce?.trainedShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
