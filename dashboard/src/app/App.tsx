import { useEffect, useMemo, useRef, useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import examples from '@par/operations/examples.json';
import { AgencyPage } from '../agency/AgencyPage';
import { DistrictsPage } from '../districts/DistrictsPage';
import { DrilldownPage } from '../drilldown/DrilldownPage';
import { LangContext } from '../i18n/context';
import { MESSAGES, type Lang } from '../i18n/messages';
import { ScorecardPage } from '../scorecard/ScorecardPage';
import { PartialNotice } from '../shared/partial';
import { createClient } from './apollo';
import { loadConfig } from './config';
import { FilterBar, useFilterOptions, yearsOf, type Filters } from './filters';

const TOKEN_KEY = 'par-hub-token';
const LANG_KEY = 'par-dashboard-lang';

type Route = { page: 'scorecard' } | { page: 'target'; code: string } | { page: 'districts' } | { page: 'agency'; id: string };

function routeOf(hash: string): Route {
  const [, page, arg] = hash.replace(/^#/, '').split('/');
  if (page === 'target' && arg) return { page: 'target', code: decodeURIComponent(arg) };
  if (page === 'districts') return { page: 'districts' };
  if (page === 'agency') return { page: 'agency', id: decodeURIComponent(arg ?? '') };
  return { page: 'scorecard' };
}

function useRoute(): Route {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const on = () => setHash(window.location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return useMemo(() => routeOf(hash), [hash]);
}

export function App() {
  const config = useMemo(loadConfig, []);
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const tokenRef = useRef(token);
  tokenRef.current = token;
  const client = useMemo(() => createClient(config.endpoint, () => tokenRef.current), [config.endpoint]);
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi'));
  useEffect(() => {
    document.documentElement.lang = lang;
    localStorage.setItem(LANG_KEY, lang);
  }, [lang]);
  return (
    <LangContext.Provider value={lang}>
      <ApolloProvider client={client}>
        <Shell
          config={config}
          token={token}
          onToken={(v) => {
            setToken(v);
            sessionStorage.setItem(TOKEN_KEY, v);
            void client.resetStore().catch(() => undefined);
          }}
          lang={lang}
          onLang={setLang}
        />
      </ApolloProvider>
    </LangContext.Provider>
  );
}

function Shell({ config, token, onToken, lang, onLang }: { config: ReturnType<typeof loadConfig>; token: string; onToken(v: string): void; lang: Lang; onLang(l: Lang): void }) {
  const t = MESSAGES[lang];
  const route = useRoute();
  const [filters, setFilters] = useState<Filters>({ year: examples.ParScorecard.year, agencyId: '', unitCode: '' });
  const options = useFilterOptions(config.plan, config.province, filters.year);
  const first = options.plan?.periodStart ?? filters.year;
  const last = options.plan?.periodEnd ?? filters.year;
  const profileId = route.page === 'agency' ? route.id || filters.agencyId || options.agencies[0]?.id || '' : '';
  useEffect(() => {
    document.title = `${t.appTitle} — PAR Data Hub`;
  }, [t.appTitle]);
  return (
    <div className="page">
      <header className="top">
        <h1>{t.appTitle}</h1>
        <nav aria-label={t.appTitle}>
          <a href="#/" aria-current={route.page === 'scorecard' || route.page === 'target' ? 'page' : undefined}>{t.nav.scorecard}</a>
          <a href="#/districts" aria-current={route.page === 'districts' ? 'page' : undefined}>{t.nav.districts}</a>
          <a href="#/agency" aria-current={route.page === 'agency' ? 'page' : undefined}>{t.nav.agency}</a>
        </nav>
        <button type="button" className="lang" id="lang-switch" title={t.languageLabel} lang={lang === 'vi' ? 'en' : 'vi'} onClick={() => onLang(lang === 'vi' ? 'en' : 'vi')}>
          {t.language}
        </button>
      </header>
      <main>
        {config.tokenField && (
          <label className="token">
            <span>{t.token}</span>
            <input id="par-token" type="password" autoComplete="off" spellCheck={false} placeholder="eyJ…" value={token} onChange={(e) => onToken(e.target.value)} />
          </label>
        )}
        <FilterBar
          filters={filters}
          onChange={setFilters}
          years={yearsOf(first, last)}
          options={options}
          show={{ agency: route.page === 'scorecard' || route.page === 'target', district: route.page === 'scorecard' || route.page === 'target' }}
        />
        {route.page === 'agency' && (
          <label className="agency-pick">
            {t.chooseAgency}
            <select id="agency-pick" value={profileId} onChange={(e) => (window.location.hash = `#/agency/${encodeURIComponent(e.target.value)}`)}>
              {options.agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {route.page !== 'districts' && <PartialNotice errors={[options.error]} />}
        {route.page === 'scorecard' && <ScorecardPage plan={config.plan} filters={filters} />}
        {route.page === 'target' && <DrilldownPage code={route.code} filters={filters} options={options} exportEndpoint={config.exportEndpoint} token={token} />}
        {route.page === 'districts' && <DistrictsPage province={config.province} year={filters.year} />}
        {route.page === 'agency' && <AgencyPage agencyId={profileId} year={filters.year} firstYear={first} lastYear={last} />}
      </main>
    </div>
  );
}
