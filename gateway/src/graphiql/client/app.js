// The analysts' GraphiQL page: bundled by esbuild from npm packages (no CDN), so it works on an
// intranet with no internet access. Plain JavaScript with createElement, so the repository's
// TypeScript build needs no JSX settings for this one browser file.
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';

const config = JSON.parse(document.getElementById('par-config').textContent);
const TOKEN_KEY = 'par-hub-token';

function hasAuthorization(headers) {
  return Object.keys(headers).some((k) => k.toLowerCase() === 'authorization');
}

// GraphiQL 4 fills the query editor of the first tab from its tabs but leaves the variables
// editor empty until a tab is switched, so the first run of a saved operation lacked its
// variables. Giving it the active tab's own text (the saved one, or the first contract tab)
// selects that same tab with both editors filled.
function activeTab() {
  try {
    const stored = JSON.parse(localStorage.getItem('graphiql:tabState') ?? 'null');
    const tab = stored?.tabs?.[stored.activeTabIndex];
    if (tab) return { query: tab.query ?? '', variables: tab.variables ?? '' };
  } catch {
    /* unreadable storage: start from the contract tabs */
  }
  const first = config.tabs[0];
  return first ? { query: first.query, variables: first.variables ?? '' } : {};
}
const initialTab = activeTab();

function App() {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const fetcher = async (params, opts) => {
    const headers = { 'content-type': 'application/json', accept: 'application/json', ...(opts?.headers ?? {}) };
    const t = token.trim().replace(/^Bearer\s+/i, '');
    if (t && !hasAuthorization(headers)) headers.authorization = `Bearer ${t}`;
    const res = await fetch(config.endpoint, { method: 'POST', headers, body: JSON.stringify(params), credentials: 'same-origin' });
    return res.json();
  };
  const onToken = (e) => {
    setToken(e.target.value);
    sessionStorage.setItem(TOKEN_KEY, e.target.value);
  };
  return h(
    'div',
    { className: 'par-page' },
    h(
      'label',
      { className: 'par-token' },
      h('span', null, config.tokenLabel),
      h('input', { id: 'par-token', type: 'password', autoComplete: 'off', spellCheck: false, placeholder: 'eyJ…', value: token, onChange: onToken }),
    ),
    h(
      'div',
      { className: 'par-graphiql' },
      h(GraphiQL, { fetcher, defaultTabs: config.tabs, ...initialTab, defaultEditorToolsVisibility: 'variables', shouldPersistHeaders: false }),
    ),
  );
}

createRoot(document.getElementById('root')).render(h(App));
