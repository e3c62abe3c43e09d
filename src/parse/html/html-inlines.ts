import type { ElementContent } from 'hast';
import type { Inline } from '../../model.js';
import { attr } from './hast-query.js';

const EMPHASIS = new Set(['em', 'i', 'cite', 'dfn', 'var', 'address']);
const STRONG = new Set(['strong', 'b']);
/** Inside a paragraph these hold no reader's text. */
const SILENT = new Set(['script', 'style', 'noscript', 'template', 'button', 'select', 'input', 'textarea', 'iframe', 'object', 'svg']);
/** Inline nesting deeper than this is read as plain text: no real page nests emphasis so deep. */
const MAX_INLINE_DEPTH = 64;

const SPACE = /[ \t\n\r\f]+/g;

function push(out: Inline[], node: Inline): void {
  const last = out[out.length - 1];
  if (node.type === 'text' && last?.type === 'text') last.value += node.value;
  else if (node.type !== 'text' || node.value !== '') out.push(node);
}

function collect(nodes: readonly ElementContent[], depth: number, out: Inline[]): void {
  for (const n of nodes) {
    if (n.type === 'text') push(out, { type: 'text', value: n.value.replace(SPACE, ' ') });
    else if (n.type !== 'element' || SILENT.has(n.tagName)) continue;
    else if (n.tagName === 'br') push(out, { type: 'break' });
    else if (n.tagName === 'img') push(out, { type: 'text', value: attr(n, 'alt') === '' ? '' : `[${attr(n, 'alt')}]` });
    else if (depth < MAX_INLINE_DEPTH && (EMPHASIS.has(n.tagName) || STRONG.has(n.tagName))) {
      const children: Inline[] = [];
      collect(n.children, depth + 1, children);
      if (children.length > 0) push(out, { type: EMPHASIS.has(n.tagName) ? 'emphasis' : 'strong', children });
    } else if (depth < MAX_INLINE_DEPTH) collect(n.children, depth + 1, out);
    else push(out, { type: 'text', value: flatText(n.children) });
  }
}

/** Text of nodes past the nesting limit, gathered with an explicit stack. */
function flatText(nodes: readonly ElementContent[]): string {
  const parts: string[] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.value);
    else if (n.type === 'element' && !SILENT.has(n.tagName)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join('').replace(SPACE, ' ');
}

/** Leading (or trailing) white space of a run, descending into emphasis; empty wrappers are removed. */
function trimEdge(list: Inline[], end: boolean): void {
  while (list.length > 0) {
    const i = end ? list.length - 1 : 0;
    const n = list[i]!;
    if (n.type === 'text') {
      n.value = end ? n.value.trimEnd() : n.value.trimStart();
      if (n.value !== '') return;
    } else if (n.type === 'emphasis' || n.type === 'strong') {
      trimEdge(n.children, end);
      if (n.children.length > 0) return;
    } else if (n.type === 'break') {
      // A break at a paragraph's edge shows nothing.
    } else return;
    list.splice(i, 1);
  }
}

/**
 * HTML phrasing content to the model's inlines: `<em>`/`<i>` emphasis,
 * `<strong>`/`<b>` strong, `<br>` breaks, every other element its text.
 * White space collapses as a browser shows it; non-breaking spaces stay.
 * Returns lines: runs separated by two or more `<br>`, which pages use as
 * paragraph breaks.
 */
export function htmlInlines(nodes: readonly ElementContent[]): Inline[][] {
  const flat: Inline[] = [];
  collect(nodes, 0, flat);
  const runs: Inline[][] = [[]];
  for (let i = 0; i < flat.length; i++) {
    const n = flat[i]!;
    const next = flat[i + 1];
    const afterNext = flat[i + 2];
    const doubled = n.type === 'break' && (next?.type === 'break' || (next?.type === 'text' && next.value.trim() === '' && afterNext?.type === 'break'));
    if (doubled) {
      runs.push([]);
      while (flat[i + 1]?.type === 'break' || (flat[i + 1]?.type === 'text' && (flat[i + 1] as { value: string }).value.trim() === '')) i++;
      continue;
    }
    runs[runs.length - 1]!.push(n);
  }
  for (const run of runs) {
    trimEdge(run, false);
    trimEdge(run, true);
    // White space on either side of a kept line break is not text.
    for (let i = 0; i < run.length; i++) {
      const n = run[i]!;
      if (n.type !== 'text') continue;
      if (run[i + 1]?.type === 'break') n.value = n.value.trimEnd();
      if (run[i - 1]?.type === 'break') n.value = n.value.trimStart();
    }
  }
  return runs.map((r) => r.filter((n) => n.type !== 'text' || n.value !== '')).filter((r) => r.length > 0);
}
