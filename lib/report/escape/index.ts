/**
 * Escaping for every report format, one module per format: a string from the definition, an import or a file is
 * literal in every Markdown, CSV, SVG and Mermaid output, and can't control a terminal. See docs/safety.md.
 */
export * from './control-chars';
export * from './csv-field';
export * from './markdown-text';
export * from './mermaid-text';
export * from './xml-text';
export * from './script-json';
export * from './terminal-text';
