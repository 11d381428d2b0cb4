/**
 * Effective access, reports and diagrams for reviewers and auditors: pure functions over the resolved model,
 * no cdktf. See README "Effective access inspector".
 */
export * from './access-matrix';
export * from './access-model-schema';
export * from './azure-actions';
export * from './access-csv';
export * from './describe';
export * from './diff';
export * from './escape';
export * from './explain';
export * from './kubernetes-rules';
export * from './layer-graph';
export * from './markdown';
export * from './mermaid';
export * from './model-json';
export * from './query-error';
export * from './report-files';
export * from './svg';
export * from './text';
export * from './who-can';
