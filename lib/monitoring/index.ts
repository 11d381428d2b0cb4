/** Monitoring of the access model: KQL, the monitoring plan, audit export reading, drift analysis and review. */
export * from './activation';
export * from './audit-csv';
export * from './audit-event';
export * from './audit-events';
export * from './audit-export';
export * from './audit-json';
export * from './csv';
export * from './directory-audit';
export * from './drift';
export * from './drift-markdown';
export * from './kql';
export * from './last-change';
export * from './plan';
export * from './queries';
export * from './review';
export * from './review-markdown';
