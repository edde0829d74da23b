import examples from '@par/operations/examples.json';

/**
 * What the page needs to know of its deployment. The plan and the province are data: the
 * defaults come from the operations package's examples (the sample province), and the gateway
 * or the address (`?plan=…&province=…`) can name others.
 */
export interface DashboardConfig {
  endpoint: string;
  exportEndpoint: string;
  /** Development: a field for a pasted token. Production: the deployment supplies the bearer. */
  tokenField: boolean;
  plan: string;
  province: string;
}

export function loadConfig(): DashboardConfig {
  const injected = document.getElementById('par-dashboard-config')?.textContent;
  const server = injected ? (JSON.parse(injected) as Partial<DashboardConfig>) : {};
  const params = new URLSearchParams(window.location.search);
  return {
    endpoint: server.endpoint ?? '/graphql',
    exportEndpoint: server.exportEndpoint ?? '/export.csv',
    tokenField: server.tokenField ?? true,
    plan: params.get('plan') ?? server.plan ?? examples.ParScorecard.plan,
    province: params.get('province') ?? server.province ?? examples.DistrictComparison.province,
  };
}
