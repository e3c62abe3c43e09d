import type { Element, ElementContent, Nodes, Root } from 'hast';
import type { Position } from '../../model.js';

/**
 * The few questions the HTML readers ask of a hast tree, answered without
 * recursion so that a hostile page nested thousands deep cannot overflow
 * the stack.
 */

export const isElement = (node: Nodes | undefined, tag?: string): node is Element =>
  node?.type === 'element' && (tag === undefined || node.tagName === tag);

export function classes(node: Element): string[] {
  const c: unknown = node.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

export const hasClass = (node: Element, name: string): boolean => classes(node).includes(name);

export const idOf = (node: Element): string => (typeof node.properties.id === 'string' ? node.properties.id : '');

/** The element's attribute as a string ('' when absent). */
export function attr(node: Element, name: string): string {
  const v = node.properties[name];
  return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? '' : String(v);
}

/** Every element under `root` (itself included) that `test` accepts, in document order. */
export function findAll(root: Nodes, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element' && test(node)) out.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

export const findFirst = (root: Nodes, test: (e: Element) => boolean): Element | null => findAll(root, test)[0] ?? null;

/** Child elements of a node, in order. */
export const childElements = (node: Element | Root): Element[] => (node.children as Nodes[]).filter((c): c is Element => c.type === 'element');

const SPACE = /[ \t\n\r\f]+/g;

/** Text content with HTML's white space collapsed (non-breaking spaces kept), trimmed. */
export function textOf(node: Nodes | readonly ElementContent[]): string {
  return linesOf(node).join(' ');
}

/** The text of a node as `textOf` reads it, split at its `<br>`s; empty lines left out. */
export function linesOf(node: Nodes | readonly ElementContent[]): string[] {
  const parts: string[] = [];
  const stack: Nodes[] = Array.isArray(node) ? [...node].reverse() : [node as Nodes];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.value);
    else if (n.type === 'element' && n.tagName === 'br') parts.push('\n');
    else if (n.type === 'element' && (n.tagName === 'script' || n.tagName === 'style')) continue;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join('').split('\n').map((l) => l.replace(SPACE, ' ').trim()).filter((l) => l !== '');
}

/** Appends every item, one call each: `push(...list)` overflows the stack past ~100,000 items. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** `textOf`, or null as soon as the raw text passes `max` characters: a cheap test for short labels and lines. */
export function shortText(node: Nodes, max: number): string | null {
  let length = 0;
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') length += n.value.length;
    if (length > max) return null;
    if ('children' in n) append(stack, n.children);
  }
  return textOf(node);
}

/** The source place of a node (line 1 when the parser gave none). */
export function positionOf(node: Nodes): Position {
  const p = node.position;
  return { start: { line: p?.start.line ?? 1, column: p?.start.column ?? 1 }, end: { line: p?.end.line ?? p?.start.line ?? 1, column: p?.end.column ?? 1 } };
}
