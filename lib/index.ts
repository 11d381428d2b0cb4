/**
 * cdktf-task-access: one typed definition of an organisation's task-based access model, synthesized into
 * Terraform for Entra ID (groups, PIM for Groups), Azure RBAC and Kubernetes RBAC.
 * @packageDocumentation
 */
export * from './model';
export * from './catalog';
export * from './constructs';
export * from './monitoring';
export * from './report';
export * from './rules';
export * from './safety';
