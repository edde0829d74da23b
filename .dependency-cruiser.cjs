/**
 * The one-way imports of the design (layout section): departments meet only through federation, so
 * no subgraph imports another and the gateway imports none; shared packages import no service;
 * tests may import anything in the repository. Run with `npm run lint:deps` (CI).
 */
const SERVICE = '^(gateway|subgraphs/[^/]+)/';
module.exports = {
  forbidden: [
    {
      name: 'no-subgraph-imports-another',
      comment: 'A subgraph reaches another department only through federation (the gateway), never by import.',
      severity: 'error',
      from: { path: '^subgraphs/([^/]+)/' },
      to: { path: '^subgraphs/[^/]+/', pathNot: '^subgraphs/$1/' },
    },
    {
      name: 'gateway-imports-no-subgraph',
      comment: 'The gateway reads only supergraph.graphql.',
      severity: 'error',
      from: { path: '^gateway/' },
      to: { path: '^subgraphs/' },
    },
    {
      name: 'service-imports-only-packages',
      comment: 'A service runs from its own folder and packages/*; scripts, bench and tests are not shipped.',
      severity: 'error',
      from: { path: `${SERVICE}src/` },
      to: { path: '^(scripts|bench|test|dashboard)/|^packages/tooling/' },
    },
    {
      name: 'subgraph-imports-no-gateway',
      comment: "A subgraph's own tests may start a real gateway in front of it; its code may not.",
      severity: 'error',
      from: { path: '^subgraphs/[^/]+/src/' },
      to: { path: '^gateway/' },
    },
    {
      name: 'package-imports-no-service',
      comment: 'packages/* (platform, sample-data, operations, tooling) know no service, script, benchmark or test of the hub.',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/' },
      to: { path: '^(subgraphs|gateway|scripts|bench|test|dashboard)/' },
    },
    {
      name: 'no-import-outside-the-repository',
      comment: 'Reference material beside the checkout is copied into the project, never imported.',
      severity: 'error',
      from: {},
      to: { path: '^(\\.\\./|/)' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing (a missing file or an undeclared package).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.data|results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // typings: a types-only package (no JavaScript) resolves to its declarations.
    enhancedResolveOptions: {
      mainFields: ['main', 'types', 'typings'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.cjs', '.mjs', '.json'],
    },
    moduleSystems: ['cjs', 'es6'],
  },
};
