import type { DiagnosticSink } from '../../diagnostics.js';
import type { Inline, Note, Paragraph, Position } from '../../model.js';
import { inlineText } from '../inline.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { isSceneBreak, matchOrnament, matchPov } from '../rules/markers.js';
import { matchNoteLabel } from '../rules/notes.js';

/**
 * Each markup's inline reader rewrites its emphasis into these private-use
 * marks (pairs it has already matched), so one builder turns any markup's
 * inline text into the model's nodes.
 */
export const EM = { open: '\uE000', close: '\uE001' } as const;
export const STRONG = { open: '\uE002', close: '\uE003' } as const;
/** A line break the author asked for (`\\`, ` +`, a verse line). */
export const BREAK = '\uE004';

/** Text with emphasis marks to inline nodes; a mark without its partner is dropped, its text kept. */
export function markedInlines(marked: string): Inline[] {
  const root: Inline[] = [];
  const stack: { type: 'emphasis' | 'strong'; children: Inline[] }[] = [];
  const here = (): Inline[] => stack[stack.length - 1]?.children ?? root;
  const text = (value: string): void => {
    if (value === '') return;
    const list = here();
    const last = list[list.length - 1];
    if (last?.type === 'text') last.value += value;
    else list.push({ type: 'text', value });
  };
  let from = 0;
  for (let i = 0; i < marked.length; i++) {
    const code = marked.charCodeAt(i);
    if (code < 0xe000 || code > 0xe004) continue;
    const c = marked[i]!;
    text(marked.slice(from, i));
    from = i + 1;
    if (c === BREAK) here().push({ type: 'break' });
    else if (c === EM.open || c === STRONG.open) stack.push({ type: c === EM.open ? 'emphasis' : 'strong', children: [] });
    else {
      const top = stack[stack.length - 1];
      if (top && top.type === (c === EM.close ? 'emphasis' : 'strong')) {
        stack.pop();
        if (top.children.length > 0) here().push({ type: top.type, children: top.children });
      }
    }
  }
  text(marked.slice(from));
  // Unclosed marks: their text joins the level below, so no word is lost. Unwound outermost first, each node
  // moved once: popping from the innermost would move every node once per level, quadratic in crossed marks.
  for (const frame of stack.splice(0)) {
    for (const n of frame.children) {
      if (n.type === 'text') text(n.value);
      else root.push(n);
    }
  }
  return root;
}

/** The marks taken off: a heading's or a label's plain text. */
export const unmark = (marked: string): string => marked.replace(/[\uE000-\uE003]/g, '').replace(/\uE004/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * `open…close` runs of one delimiter to emphasis marks, where the opener
 * follows a space or punctuation and the closer is followed by one. The
 * text between may not hold the delimiter's own character, which keeps
 * every match to the next such character: linear on any line.
 */
export function delimit(text: string, delimiter: string, mark: { open: string; close: string } | null): string {
  const c = delimiter[0]!.replace(/[\\\]^-]/g, '\\$&');
  const d = delimiter.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const re = new RegExp(`(^|[^\\p{L}\\p{N}${c}\\\\])${d}(?=[^\\s${c}])([^${c}\\n]*?[^\\s${c}])${d}(?![\\p{L}\\p{N}${c}])`, 'gu');
  return text.replace(re, (_, before: string, inner: string) => before + (mark ? mark.open + inner + mark.close : inner));
}

export const at = (line: number, endLine = line): Position => ({ start: { line, column: 1 }, end: { line: endLine, column: 1 } });

export const paragraphOf = (marked: string, line: number, endLine = line): Paragraph => ({ type: 'paragraph', children: markedInlines(marked), position: at(line, endLine) });

/** Paragraphs whose title or first words are a note label (`Author's note: …`) as one note, or null. */
export function labelledNote(title: string | null, paragraphs: readonly Paragraph[], line: number, endLine: number, what: string, sink: DiagnosticSink): Note | null {
  const titled = title === null ? null : matchNoteLabel(/[:：]$/.test(title) ? title : `${title}:`);
  const first = paragraphs[0];
  const opening = titled === null && first ? matchNoteLabel(inlineText(first.children)) : null;
  const label = titled ?? opening;
  if (!label) return null;
  sink.info('markup-note', line, `${what} read as a note ("${label.label}")`);
  let children = [...paragraphs];
  if (opening && first) {
    const rest = opening.rest.trim();
    children = [...(rest === '' ? [] : [{ ...first, children: [{ type: 'text' as const, value: rest }] }]), ...paragraphs.slice(1)];
  } else if (titled && titled.rest.trim() !== '') {
    children.unshift(paragraphOf(titled.rest.trim(), line));
  }
  return { type: 'note', label: label.label, place: 'inline', children, position: at(line, endLine) };
}

/**
 * Collects one markup's blocks in reading order: lines gather into a
 * paragraph until a blank line or another block; a top-level paragraph is
 * a POV marker, an ornament or a labelled note as in plain text.
 */
export class BlockCollector {
  readonly blocks: MdBlock[] = [];
  private lines: string[] = [];
  private first = 0;
  private last = 0;

  constructor(private readonly sink: DiagnosticSink, private readonly inline: (text: string, line: number) => string, private readonly nested = false) {}

  /** One line of a paragraph (already without its block syntax); `joiner` is what goes before it. */
  line(text: string, n: number, joiner = ' '): void {
    if (this.lines.length === 0) this.first = n;
    else this.lines.push(joiner);
    this.lines.push(text);
    this.last = n;
  }

  get open(): boolean {
    return this.lines.length > 0;
  }

  end(): void {
    if (this.lines.length === 0) return;
    const marked = this.inline(this.lines.join(''), this.first);
    this.lines = [];
    if (unmark(marked) === '') return;
    const p = paragraphOf(marked, this.first, this.last);
    const text = inlineText(p.children).trim();
    if (!this.nested && !text.includes('\n')) {
      const pov = matchPov(text);
      if (pov) return void this.blocks.push({ type: 'pov', name: pov, ...(pov !== text && { marker: text }), position: p.position });
      const ornament = matchOrnament(text);
      if (ornament) return void this.blocks.push({ type: 'ornament', text: ornament, position: p.position });
    }
    const note = this.nested ? null : labelledNote(null, [p], this.first, this.last, 'paragraph', this.sink);
    this.blocks.push(note ?? p);
  }

  heading(depth: number, marked: string, n: number): void {
    this.end();
    const text = unmark(this.inline(marked, n));
    if (text === '') return;
    this.blocks.push({ type: 'mdHeading', depth, text, position: at(n) });
  }

  /**
   * A wiki's line of text: a list item (`item`, its text without the marker) is a line of its own, and a break
   * marker between paragraphs or set as an item (`* * *`) is a scene break. True when it was the break.
   */
  listLine(line: string, item: string | null, n: number): boolean {
    if ((item !== null || !this.open) && isSceneBreak(line)) {
      this.sceneBreak(line, n);
      return true;
    }
    if (item === null) this.line(line, n);
    else {
      this.end();
      this.line(item, n);
      this.end();
    }
    return false;
  }

  sceneBreak(marker: string, n: number): void {
    this.end();
    this.blocks.push({ type: 'sceneBreak', kind: 'hard', marker, label: null, position: at(n) });
  }

  /**
   * A quote, admonition or spoiler: a note when its title or first words
   * are a note label (or `asNote` names one), else its paragraphs, the
   * title kept as a paragraph of its own so no word is lost.
   */
  container(title: string | null, inner: BlockCollector, line: number, endLine: number, what: string, asNote: string | null = null): void {
    this.end();
    inner.end();
    const paragraphs = inner.blocks.filter((b): b is Paragraph => b.type === 'paragraph');
    const note = labelledNote(title, paragraphs, line, endLine, what, this.sink);
    if (note) return void this.blocks.push(note);
    if (asNote !== null && paragraphs.length > 0) {
      this.sink.info('markup-note', line, `${what} read as a note ("${asNote}")`);
      return void this.blocks.push({ type: 'note', label: asNote, place: 'inline', children: paragraphs, position: at(line, endLine) });
    }
    if (title !== null && title.trim() !== '') this.blocks.push(paragraphOf(STRONG.open + title.trim() + STRONG.close, line));
    for (const b of inner.blocks) this.blocks.push(b);
  }
}
