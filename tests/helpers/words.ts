import { inlineText } from '../../src/parse/inline.js';
import { hasCjk, isCjk } from '../../src/render/cjk-breaks.js';
import type { Block, Manuscript, Note } from '../../src/model.js';

/** Each CJK character a word of its own: Chinese and Japanese lines break between characters, not at spaces. */
const cjkApart = (text: string): string => (hasCjk(text) ? [...text].map((c) => (isCjk(c.codePointAt(0)!) ? ` ${c} ` : c)).join('') : text);

/** Words as the checker compares them: letters and digits only, lower case, emphasis marks gone; each CJK character one word. */
export function words(text: string): string[] {
  return cjkApart(text)
    .toLowerCase()
    .split(/[\s\u00a0]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean);
}

function blockText(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return inlineText(b.children);
    case 'illustration':
      // The node stands for the `[Illustration]` marker word itself.
      return `Illustration ${inlineText(b.caption)}`;
    case 'note':
      return noteText(b);
    case 'pov':
      return b.name;
    case 'ornament':
      return b.text;
    case 'sceneBreak':
      return `${b.marker ?? ''} ${b.label ?? ''}`;
  }
}

function noteText(n: Note): string {
  return `${n.label} ${n.children.map((p) => inlineText(p.children)).join(' ')}`;
}

/** Every piece of text the manuscript keeps: metadata, notes, headings, body. */
export function keptText(m: Manuscript): string {
  const { meta } = m;
  const parts: string[] = [meta.title ?? '', meta.subtitle ?? '', meta.author ?? '', meta.description ?? '', meta.rights ?? '', ...meta.status];
  for (const [k, v] of Object.entries(meta.fields)) parts.push(k, v);
  parts.push(...m.notesBefore.map(noteText), ...m.notesAfter.map(noteText));
  for (const s of m.front) parts.push(s.title ?? '', ...s.children.map(blockText));
  for (const c of m.chapters) {
    parts.push(c.heading ?? '', c.part ?? '', ...c.notesBefore.map(noteText), ...c.children.map(blockText), ...c.notesAfter.map(noteText));
  }
  return parts.join('\n');
}

/** Words of the source lines that diagnostics say were left out. */
export function reportedText(m: Manuscript, sourceLines: readonly string[]): string {
  const parts: string[] = [];
  for (const d of m.diagnostics) for (let l = d.line; l <= (d.endLine ?? d.line); l++) parts.push(sourceLines[l - 1] ?? '');
  return parts.join('\n');
}

/** Source words that appear more often in the source than in `kept` plus `reported`. */
export function lostWords(source: string, kept: string, reported: string): string[] {
  const available = new Map<string, number>();
  for (const w of [...words(kept), ...words(reported)]) available.set(w, (available.get(w) ?? 0) + 1);
  const lost: string[] = [];
  for (const w of words(source)) {
    const n = available.get(w) ?? 0;
    if (n === 0) lost.push(w);
    else available.set(w, n - 1);
  }
  return lost;
}

/**
 * The first of `expected` that `actual` does not contain in order, with the
 * words around it for the failure message; null when every word is there.
 */
export function firstMissingInOrder(expected: readonly string[], actual: readonly string[]): string | null {
  let at = 0;
  for (let i = 0; i < expected.length; i++) {
    const w = expected[i]!;
    while (at < actual.length && actual[at] !== w) at++;
    if (at === actual.length) return `word ${i} "${w}" (after: ${expected.slice(Math.max(0, i - 8), i).join(' ')})`;
    at++;
  }
  return null;
}
