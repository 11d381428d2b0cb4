export * from './azure-roles';
export * from './directory-roles';
export * from './kubernetes-roles';
