import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { AgencyProfileDocument, DossierTrendDocument } from '@par/operations';
import { Chart } from '../shared/Chart';
import { useT } from '../i18n/context';
import { formatMoney, formatNumber } from '../i18n/format';
import { PartialNotice } from '../shared/partial';
import { ProfileCharts } from './ProfileCharts';

function Facts({ rows }: { rows: Array<[string, string]> }) {
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k} className="fact">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The contract's AgencyProfile (all four departments in one answer) and its DossierTrend by year and channel. */
export function AgencyPage({ agencyId, year, firstYear, lastYear }: { agencyId: string; year: number; firstYear: number; lastYear: number }) {
  const t = useT();
  const profile = useQuery(AgencyProfileDocument, { variables: { id: agencyId, year }, skip: !agencyId, errorPolicy: 'all' });
  const trend = useQuery(DossierTrendDocument, {
    variables: { filter: { yearFrom: firstYear, yearTo: lastYear, agencyId }, groupBy: ['YEAR', 'CHANNEL'] },
    skip: !agencyId,
    errorPolicy: 'all',
  });
  const agency = profile.data?.agency;
  const stats = trend.data?.dossierStatistics ?? [];
  const option = useMemo(() => {
    const years = [...new Set(stats.map((s) => s.year!))].sort();
    const channels = [...new Set(stats.map((s) => s.channel!))].sort();
    return {
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatNumber(v, 0) },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v, 0) } },
      series: channels.map((c) => ({
        name: t.channel[c] ?? c,
        type: 'bar',
        stack: 'received',
        data: years.map((y) => stats.find((s) => s.year === y && s.channel === c)?.received ?? 0),
      })),
    };
  }, [stats, t.channel]);
  if (!agencyId) return <p>{t.chooseAgency}</p>;
  const d = agency?.serviceDelivery;
  const w = agency?.workforce;
  const b = agency?.budget;
  return (
    <section aria-labelledby="agency-title">
      <h2 id="agency-title">{agency ? `${agency.name} — ${year}` : t.agencyTitle}</h2>
      <PartialNotice errors={[profile.error, trend.error]} />
      {profile.loading && !profile.data && <p role="status">{t.loading}</p>}
      {agency && (
        <div className="cards">
          <div className="card">
            <h3>{t.parIndex}</h3>
            <Facts rows={[[t.parIndex, formatNumber(agency.parIndex?.score)], [t.rank, agency.parIndex ? `${agency.parIndex.rank}/${agency.parIndex.rankOf}` : '—']]} />
          </div>
          <div className="card" id="agency-delivery">
            <h3>{t.serviceDelivery}</h3>
            <Facts rows={[[t.received, formatNumber(d?.received, 0)], [t.resolved, formatNumber(d?.resolved, 0)], [t.resolvedOnTime, formatNumber(d?.resolvedOnTime, 0)], [t.onTimeRate, formatNumber(d?.onTimeRate)], [t.onlineRate, formatNumber(d?.onlineRate)], [t.satisfactionRate, formatNumber(d?.satisfactionRate)]]} />
          </div>
          <div className="card" id="agency-workforce">
            <h3>{t.workforce}</h3>
            <Facts rows={[[t.headcount, formatNumber(w?.headcount, 0)], [t.approvedQuota, formatNumber(w?.approvedQuota, 0)], [t.trainedShare, formatNumber(w?.trainedShare)]]} />
          </div>
          <div className="card" id="agency-budget">
            <h3>{t.budget}</h3>
            <Facts rows={[[t.estimate, formatMoney(b?.estimate)], [t.settlement, formatMoney(b?.settlement)], [t.parAllocated, formatMoney(b?.parAllocated)], [t.parSpent, formatMoney(b?.parSpent)], [t.selfFinancingRate, formatNumber(agency.autonomy?.selfFinancingRate)]]} />
          </div>
        </div>
      )}
      {agency && <ProfileCharts agency={agency} />}
      <h3>{t.dossierTrend}</h3>
      {stats.length > 0 && <Chart option={option} label={`${t.dossierTrend}: ${stats.map((s) => `${s.year} ${t.channel[s.channel!] ?? s.channel} ${s.received}`).join(', ')}`} height={280} />}
    </section>
  );
}
