/**
 * The access diff (`task-access diff`): what a change to the access model means for access, classified by risk,
 * as data, Markdown for a pull-request comment, or JSON.
 */
export * from './access-change';
export * from './access-diff';
export * from './diff-markdown';
export { ACCESS_RISKS, compareRisk, isAccessRisk, riskAtLeast, type AccessRisk } from './risk';
export { windowChanges, type WindowChange, type WindowChangeKind } from './window-changes';
