/** Adopting an existing tenant: reading an export into a definition, the objects it imports and the findings. */
export * from './adopt';
export * from './existing-object';
export * from './export-error';
export * from './finding';
export * from './tenant-export';
export * from './typescript-source';
export * from './mapping';
