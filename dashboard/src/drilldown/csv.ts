import { print } from 'graphql';
import { DashboardTargetEvidenceDocument, type DashboardTargetEvidenceQueryVariables } from '@par/operations';

/**
 * Every evidence row of a figure as CSV, through the gateway's `POST /export.csv` (it pages through
 * the connection itself), saved by the browser under a name that says what it is.
 */
export async function downloadEvidenceCsv(endpoint: string, token: string, variables: DashboardTargetEvidenceQueryVariables, fileName: string): Promise<void> {
  const t = token.trim().replace(/^Bearer\s+/i, '');
  const res = await fetch(endpoint, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...(t ? { authorization: `Bearer ${t}` } : {}) },
    body: JSON.stringify({ query: print(DashboardTargetEvidenceDocument), operationName: 'DashboardTargetEvidence', variables: { ...variables, first: 100, after: null } }),
  });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
