import { useQuery } from '@apollo/client/react';
import { DashboardFiltersDocument } from '@par/operations';
import { useT } from '../i18n/context';

export interface Filters {
  year: number;
  agencyId: string;
  unitCode: string;
}

export function yearsOf(first: number, last: number): number[] {
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}

/** What the filters offer: the province's districts in the chosen year and the agencies. */
export function useFilterOptions(plan: string, province: string, year: number) {
  const { data, error } = useQuery(DashboardFiltersDocument, { variables: { plan, province, asOf: `${year}-12-31` }, errorPolicy: 'all' });
  const agencies = [...(data?.departments.edges ?? []), ...(data?.districtCommittees.edges ?? [])].map((e) => e.node);
  return { plan: data?.reformPlan, province: data?.administrativeUnit, districts: data?.administrativeUnit?.children ?? [], agencies, error };
}

export function FilterBar({ filters, onChange, years, options, show }: {
  filters: Filters;
  onChange(f: Filters): void;
  years: number[];
  options: ReturnType<typeof useFilterOptions>;
  show: { agency: boolean; district: boolean };
}) {
  const t = useT();
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t.filterCounted}>
      <label>
        {t.year}
        <select id="filter-year" value={filters.year} onChange={(e) => onChange({ ...filters, year: Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {show.agency && (
        <label>
          {t.agency}
          <select id="filter-agency" value={filters.agencyId} onChange={(e) => onChange({ ...filters, agencyId: e.target.value, unitCode: '' })}>
            <option value="">{t.all}</option>
            {options.agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {show.district && (
        <label>
          {t.district}
          <select id="filter-district" value={filters.unitCode} onChange={(e) => onChange({ ...filters, unitCode: e.target.value, agencyId: '' })}>
            <option value="">{t.all}</option>
            {options.districts.map((d) => (
              <option key={d.code} value={d.code}>
                {d.fullName}
              </option>
            ))}
          </select>
        </label>
      )}
    </form>
  );
}
