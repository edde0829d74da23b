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
      h(GraphiQL, { fetcher, defaultTabs: config.tabs, defaultEditorToolsVisibility: 'variables', shouldPersistHeaders: false }),
    ),
  );
}

createRoot(document.getElementById('root')).render(h(App));
