/** Usage-driven drift analysis: PIM activations from audit exports matched to the model, and its Markdown report. */
export * from './drift';
export * from './drift-markdown';
