/** The access review checklist, its Markdown, and the definition's last change from git. */
export * from './last-change';
export * from './review';
export * from './review-markdown';
