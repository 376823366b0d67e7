/**
 * The architecture's dependency rules, checked in `npm test`.
 * Services are deployed independently, so one never imports another; they share only
 * the event contracts and the platform package.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-service-imports-another-service',
      comment: 'Engines react to events; they never import each other.',
      severity: 'error',
      from: { path: '^services/([^/]+)/' },
      to: { path: '^services/([^/]+)/', pathNot: '^services/$1/' },
    },
    {
      name: 'services-import-only-events-and-platform',
      comment: 'A service may import events/, platform/ and packages from node_modules, nothing else of ours.',
      severity: 'error',
      from: { path: '^services/' },
      to: { path: '^(cli|infra|tests|bench|frontend|tools)/' },
    },
    {
      name: 'platform-knows-no-service',
      comment: 'The platform package is shared by every service, so it must not depend on any of them.',
      severity: 'error',
      from: { path: '^(platform|events)/' },
      to: { path: '^(services|cli|infra|tests|bench|frontend)/' },
    },
    {
      name: 'events-stay-pure',
      comment: 'Contracts are imported everywhere; they depend on nothing of ours.',
      severity: 'error',
      from: { path: '^events/' },
      to: { path: '^platform/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|cdk\\.out|\\.contentflow)' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    preserveSymlinks: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
