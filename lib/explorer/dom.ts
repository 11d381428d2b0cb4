/**
 * Building the page's elements. Every text from the model goes through {@link text}: a text node (never markup),
 * with invisible and bidirectional characters shown as their `\uXXXX` markers, as in every other report.
 */
import { markControls } from '../report/escape/control-chars';

/** A child: an element, or a string written as text. */
export type Child = Node | string | undefined | false;

/** A text node showing `s` literally, control and bidirectional characters as visible markers. */
export function text(s: string): Text {
  return document.createTextNode(markControls(s));
}

/** An element with attributes (set as attributes, never parsed as markup) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | undefined>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined) el.setAttribute(k, v);
  append(el, ...children);
  return el;
}

/** Appends children, strings as text. */
export function append(parent: Node, ...children: readonly Child[]): void {
  for (const c of children) {
    if (c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? text(c) : c);
  }
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: readonly Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** The element with this id (the page's skeleton has it). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`access explorer: no element #${id}`);
  return el as T;
}
