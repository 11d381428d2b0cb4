/**
 * The layers of lib/, checked by `npm run deps` (part of `npm test`): the model at the bottom, what reads it
 * (rules, reports, monitoring, audit-log reading, drift and review) above, cdktf constructs and the command line
 * on top. An import may go down or sideways within a layer, never up, and no runtime import cycle may form.
 * lib/explorer is the access explorer's browser script: it reads the model through lib/report, and nothing imports it.
 * Type-only imports don't load anything, so they don't count for cycles.
 */
const MODEL = '^lib/(model|catalog)/';
const ANALYSIS = '^lib/(rules|report|monitoring|audit-log|drift|review|adopt)/';
const TOP = '^lib/(constructs|cli)/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'A runtime import cycle: modules that load each other.',
      from: { path: '^lib/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'model-is-the-bottom',
      severity: 'error',
      comment: 'lib/model and lib/catalog import nothing above them: rules, reports and constructs read the model.',
      from: { path: MODEL },
      to: { path: `${ANALYSIS}|${TOP}` },
    },
    {
      name: 'analysis-below-constructs',
      severity: 'error',
      comment:
        'Rules, reports, monitoring, audit-log reading, drift and review never import cdktf constructs or the command line.',
      from: { path: ANALYSIS },
      to: { path: TOP },
    },
    {
      name: 'constructs-below-cli',
      severity: 'error',
      comment: 'Constructs never import the command line.',
      from: { path: '^lib/constructs/' },
      to: { path: '^lib/cli/' },
    },
    {
      name: 'explorer-page-reads-the-model',
      severity: 'error',
      comment:
        "The access explorer's browser script (lib/explorer, bundled into the page) answers with the model, the catalogs and lib/report only: never cdktf constructs, the command line or Node modules.",
      from: { path: '^lib/explorer/' },
      to: { path: `${TOP}|^lib/(rules|monitoring|audit-log|drift|review)/|^(fs|path|os|child_process|crypto)$` },
    },
    {
      name: 'nothing-imports-the-explorer-page',
      severity: 'error',
      comment:
        'lib/explorer runs in the browser: the page inlines its bundle (lib/report/explorer), nothing imports it.',
      from: { path: '^lib/', pathNot: '^lib/explorer/' },
      to: { path: '^lib/explorer/' },
    },
    {
      name: 'lib-is-self-contained',
      severity: 'error',
      comment: 'The library never imports tests, examples or benchmarks.',
      from: { path: '^lib/' },
      to: { path: '^(test|examples|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
