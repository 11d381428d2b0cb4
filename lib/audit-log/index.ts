/** Reading exported Entra audit logs (JSON or the portal's CSV) into audit events and PIM for Groups activations. */
export * from './activation';
export * from './audit-csv';
export * from './audit-event';
export * from './audit-events';
export * from './audit-export';
export * from './audit-json';
export * from './csv-parse';
export * from './directory-audit';
