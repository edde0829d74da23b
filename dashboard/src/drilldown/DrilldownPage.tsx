import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DashboardTargetEvidenceDocument } from '@par/operations';
import { useT } from '../i18n/context';
import { formatDate, formatNumber, formatTarget, formatValue } from '../i18n/format';
import { missingServices, PartialNotice } from '../shared/partial';
import { StatusBadge, UNAVAILABLE } from '../scorecard/StatusBadge';
import type { Filters, useFilterOptions } from '../app/filters';
import { downloadEvidenceCsv } from './csv';
import { FigureTable } from './FigureTable';
import { useFigures } from './useFigures';

const PAGE = 20;

/** One target: its figure per district and per agency, and the records behind the number. */
export function DrilldownPage({ code, filters, options, exportEndpoint, token }: {
  code: string;
  filters: Filters;
  options: ReturnType<typeof useFilterOptions>;
  exportEndpoint: string;
  token: string;
}) {
  const t = useT();
  const [counted, setCounted] = useState<'' | 'true' | 'false'>('');
  const [csvError, setCsvError] = useState<string>();
  const variables = {
    code,
    year: filters.year,
    agencyId: filters.agencyId || undefined,
    unitCode: filters.unitCode || undefined,
    first: PAGE,
    counted: counted === '' ? undefined : counted === 'true',
  };
  // Paged through the cache (fetchMore), but asked again on every visit: an answer an outage left
  // empty must not stand for the target once its department is back.
  const { data, error, loading, fetchMore } = useQuery(DashboardTargetEvidenceDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const target = data?.planTarget;
  const measurement = target?.indicator?.measurement;
  const evidence = measurement?.evidence;
  const districtScopes = useMemo(() => options.districts.map((d) => ({ key: d.code, name: d.fullName, unitCode: d.code })), [options.districts]);
  const agencyScopes = useMemo(() => options.agencies.map((a) => ({ key: a.id, name: a.name, agencyId: a.id })), [options.agencies]);
  const byDistrict = useFigures(code, filters.year, districtScopes);
  const byAgency = useFigures(code, filters.year, agencyScopes);

  return (
    <section aria-labelledby="target-title">
      <p>
        <a href="#/">{t.back}</a>
      </p>
      <h2 id="target-title">{target ? (t.lang === 'en' ? target.descriptionEn : target.description) : code}</h2>
      <PartialNotice errors={[error, ...byDistrict.errors, ...byAgency.errors]} />
      {loading && !data && <p role="status">{t.loading}</p>}
      {target && (
        <dl className="facts">
          <dt>{t.target}</dt>
          <dd>{target.code}</dd>
          <dt>{t.targetValue}</dt>
          <dd>
            {formatTarget(target.comparator, target.value, target.unit)} ({target.dueYear ? `${t.dueYear} ${target.dueYear}` : t.annual})
          </dd>
          <dt>{t.measured} {filters.year}</dt>
          <dd data-value>
            {formatValue(measurement?.value, target.unit)} ({formatNumber(measurement?.numerator, 0)} / {formatNumber(measurement?.denominator, 0)})
          </dd>
          <dt>{t.status}</dt>
          <dd>
            <StatusBadge status={target.indicator?.status ?? (missingServices(error).length ? UNAVAILABLE : undefined)} />
          </dd>
          {target.note && (
            <>
              <dt>{t.note}</dt>
              <dd>{target.note}</dd>
            </>
          )}
        </dl>
      )}
      {target && byDistrict.figures && <FigureTable id="by-district" title={t.byDistrict} figures={byDistrict.figures} unit={target.unit} target={target.value} />}
      {target && byAgency.figures && <FigureTable id="by-agency" title={t.byAgency} figures={byAgency.figures} unit={target.unit} target={target.value} />}
      <h3 id="evidence-title">{t.evidence}</h3>
      <div className="evidence-tools">
        <label>
          {t.filterCounted}
          <select id="evidence-counted" value={counted} onChange={(e) => setCounted(e.target.value as typeof counted)}>
            <option value="">{t.countedAll}</option>
            <option value="true">{t.countedOnly}</option>
            <option value="false">{t.notCounted}</option>
          </select>
        </label>
        <button
          type="button"
          id="evidence-csv"
          onClick={() => {
            setCsvError(undefined);
            downloadEvidenceCsv(exportEndpoint, token, variables, `${code}-${filters.year}.csv`).catch((e: Error) => setCsvError(e.message));
          }}
        >
          {t.csv}
        </button>
        {evidence && (
          <span id="evidence-total">
            {formatNumber(evidence.edges.length, 0)} / {formatNumber(evidence.totalCount, 0)} {t.records} · {t.numerator} {formatNumber(evidence.numerator, 0)} · {t.denominator}{' '}
            {formatNumber(evidence.denominator, 0)}
          </span>
        )}
      </div>
      {csvError && (
        <div className="notice notice-error" role="alert">
          {t.error}: {csvError}
        </div>
      )}
      {evidence && (
        <table className="evidence" aria-labelledby="evidence-title">
          <thead>
            <tr>
              <th scope="col">{t.kind}</th>
              <th scope="col">{t.label}</th>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.counted}</th>
              <th scope="col">{t.numerator}</th>
              <th scope="col">{t.denominator}</th>
            </tr>
          </thead>
          <tbody>
            {evidence.edges.map(({ node }, i) => (
              <tr key={`${node.kind}:${node.id}:${i}`} data-evidence={node.id}>
                <td>{node.kind}</td>
                <td>{node.label}</td>
                <td>{formatDate(node.date)}</td>
                <td>{node.counted ? t.yes : t.no}</td>
                <td className="num">{formatNumber(node.numerator, 0)}</td>
                <td className="num">{formatNumber(node.denominator, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {evidence?.pageInfo.hasNextPage && (
        <button type="button" id="evidence-more" disabled={loading} onClick={() => void fetchMore({ variables: { after: evidence.pageInfo.endCursor } })}>
          {t.more}
        </button>
      )}
    </section>
  );
}
