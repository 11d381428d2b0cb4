/** Monitoring of the access model: the KQL and the monitoring plan (alerts, saved searches) the constructs render. */
export * from './kql';
export * from './plan';
export * from './queries';
