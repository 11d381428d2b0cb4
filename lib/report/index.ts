/**
 * Effective access, reports and diagrams for reviewers and auditors: pure functions over the resolved model,
 * no cdktf. See docs/effective-access.md. Also the destroy-safety check, which compares two synth
 * outputs (the Terraform the model became) for addresses a change would destroy.
 */
export * from './access-matrix';
export * from './access-model-schema';
export * from './access-csv';
export * from './azure-actions';
export * from './describe';
export * from './destroyed-addresses';
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
export * from './who-can-fields';
