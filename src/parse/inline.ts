import type { Inline } from '../model.js';

/**
 * Emphasis written `*word*` / `_word_` (and strong `**word**` / `__word__`)
 * becomes emphasis; everything else is literal text. Line breaks (`\n`)
 * become break nodes. Linear in the length of the text: closers are found
 * with a forward-only cursor per delimiter, so a 2 MB line of stray
 * asterisks stays fast.
 */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (i > 0) out.push({ type: 'break' });
    for (const node of parseEmphasis(line)) out.push(node);
  });
  return out;
}

interface Delimiter {
  at: number;
  marker: '*' | '_' | '**' | '__';
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function scanDelimiters(text: string): { openers: Delimiter[]; closers: Map<string, number[]> } {
  const openers: Delimiter[] = [];
  const closers = new Map<string, number[]>([['*', []], ['_', []], ['**', []], ['__', []]]);
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c !== '*' && c !== '_') {
      i++;
      continue;
    }
    let j = i;
    while (text[j] === c) j++;
    const run = j - i;
    if (run <= 2) {
      const marker = c.repeat(run) as Delimiter['marker'];
      const before = text[i - 1];
      const after = text[j];
      const intraword = c === '_' && isWordChar(before) && isWordChar(after);
      if (!isSpace(after) && !intraword && (c === '*' || !isWordChar(before))) openers.push({ at: i, marker });
      if (!isSpace(before) && !intraword && (c === '*' || !isWordChar(after))) closers.get(marker)?.push(i);
    }
    i = j;
  }
  return { openers, closers };
}

function parseEmphasis(text: string): Inline[] {
  if (!text.includes('*') && !text.includes('_')) return text === '' ? [] : [{ type: 'text', value: text }];
  const { openers, closers } = scanDelimiters(text);
  const cursor = new Map<string, number>();
  const out: Inline[] = [];
  let literalFrom = 0;
  let pos = 0;
  for (const opener of openers) {
    if (opener.at < pos) continue;
    const list = closers.get(opener.marker) ?? [];
    let k = cursor.get(opener.marker) ?? 0;
    const contentStart = opener.at + opener.marker.length;
    while (k < list.length && (list[k] ?? 0) <= contentStart) k++;
    cursor.set(opener.marker, k);
    const close = list[k];
    if (close === undefined) continue;
    if (opener.at > literalFrom) out.push({ type: 'text', value: text.slice(literalFrom, opener.at) });
    const children = parseEmphasis(text.slice(contentStart, close));
    out.push({ type: opener.marker.length === 2 ? 'strong' : 'emphasis', children });
    pos = close + opener.marker.length;
    literalFrom = pos;
    cursor.set(opener.marker, k + 1);
  }
  if (literalFrom < text.length) out.push({ type: 'text', value: text.slice(literalFrom) });
  return out;
}

/** The text of inline nodes, emphasis markers dropped, breaks as newlines. */
export function inlineText(nodes: readonly Inline[]): string {
  let s = '';
  for (const n of nodes) s += n.type === 'text' ? n.value : n.type === 'break' ? '\n' : inlineText(n.children);
  return s;
}
