import type { DiagnosticSink } from '../../diagnostics.js';
import type { Paragraph } from '../../model.js';
import { decodeAs } from '../../read/codecs.js';
import type { Footnote, FootnoteRef } from '../html/footnotes.js';
import { matchByLine } from '../rules/header-labels.js';
import { isSceneBreak } from '../rules/markers.js';
import { emptyMeta } from '../section-blocks.js';
import { at, BlockCollector, EM, STRONG, unmark } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

/**
 * Palm Markup Language (eReader, DropBook, c. 2000–2010): backslash codes a letter long, most of them toggles
 * (`\i…\i`, `\B…\B`, `\c…\c` centred), `\x…\x` a chapter's heading with `\C0="…"` its contents label,
 * `\aNNN` a Windows-1252 character, `\v…\v` hidden text, `\p` a page break, `\w="30%"` a rule, and
 * `<footnote id="…">…</footnote>` blocks after the story. Each line is a paragraph.
 */

/** A chapter heading: `\x…\x`, or `\X0…\X0` to `\X4…\X4` by depth. */
const HEADING = /^\\(x|X[0-4])(.*)\\\1\s*$/;
/** The contents label of the heading above: `\C0="Chapter One: Crossing"`. */
const TOC_LABEL = /^\\C[0-4]="([^"]*)"\s*$/;
const RULE = /^\\w="[^"]*"\s*$/;
const NOTE_BLOCK = /^<(footnote|sidebar)\b[^>]*>/;

/** Inline codes off: italics and bold to marks, character codes to characters, the rest of the codes dropped. */
function inline(text: string): string {
  let em = false;
  let strong = false;
  return text
    .replace(/\\Fn="[^"]*"[^\\]*\\Fn|\\Sd="[^"]*"[^\\]*\\Sd/g, '')
    .replace(/\\[qQmTwC][0-4]?="[^"]*"/g, '')
    .replace(/\\a(\d{3})/g, (_, code: string) => decodeAs(Uint8Array.of(Number(code) & 0xff), 'windows-1252'))
    .replace(/\\U([0-9A-Fa-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\\\|\\-|\\([iB]|b|X[0-4]|[xcrtuoslknpqdg])/g, (code, name: string | undefined) => {
      if (code === '\\\\') return '\\';
      if (name === 'i') return (em = !em) ? EM.open : EM.close;
      if (name === 'B' || name === 'b') return (strong = !strong) ? STRONG.open : STRONG.close;
      return '';
    });
}

/** `\v…\v` hidden text (the writer's comments) blanked, its newlines kept so every line keeps its number. */
const unhide = (text: string): string => text.replace(/\\v[\s\S]*?\\v/g, (hidden) => hidden.replace(/[^\n]/g, ''));

/** How many `\c` toggles a line holds, not counting `\\`. */
const centreToggles = (line: string): number => (line.replace(/\\\\/g, '').match(/\\c/g) ?? []).length;

export function readPml(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const lines = unhide(text).split('\n');
  if (/\\v/.test(text)) sink.info('pml-hidden', 1, 'hidden \\v…\\v text (the writer\'s comments) left out');
  const out = new BlockCollector(sink, (t) => inline(t));
  const first = lines.findIndex((l) => HEADING.test(l.trim()));
  let heading: { text: string; line: number; index: number } | null = null;
  /** The heading is written once it is known whole: its contents label or the centred title under it may complete it. */
  const flushHeading = (): void => {
    if (heading) out.heading(heading.index, heading.text, heading.line);
    heading = null;
  };
  let titlePage = 0;
  // Where each footnote is referred to: `\Fn="footnote1"1\Fn`.
  const refs = new Map<string, FootnoteRef>();
  lines.forEach((l, k) => {
    for (const m of l.matchAll(/\\(?:Fn|Sd)="([^"]*)"([^\\]*)/g)) refs.set(m[1]!, { line: k + 1, marker: m[2]! });
  });
  const footnotes: Footnote[] = [];
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    let line = lines[i]!.trim();
    if (line === '' || line === '\\p') {
      out.end();
      continue;
    }
    // A centred block may run over lines: it is read as one.
    let end = i;
    if (line.startsWith('\\c') && centreToggles(line) % 2 === 1) {
      while (end + 1 < lines.length && centreToggles(lines[end + 1]!) % 2 === 0 && end < i + 8) end++;
      if (end + 1 < lines.length) end++;
      line = lines.slice(i, end + 1).map((l) => l.trim()).join('\n');
    }
    const centred = line.startsWith('\\c');
    const plain = unmark(inline(line)).replace(/\s+/g, ' ');
    const h = HEADING.exec(line);
    if (h) {
      flushHeading();
      heading = { text: unmark(inline(h[2]!)), line: n, index: h[1] === 'x' || h[1] === 'X0' ? 2 : 3 };
      continue;
    }
    const label = TOC_LABEL.exec(line);
    if (label) {
      // The label says the heading whole (`Chapter One: Crossing` under `Chapter One`).
      if (heading && label[1]!.startsWith(heading.text)) heading.text = label[1]!;
      i = end;
      continue;
    }
    if (i < first && centred) {
      // The title page: its first line the title, a by-line the author, the rest (copyright, publisher) its own.
      for (const l of line.split('\n').map((t) => unmark(inline(t))).filter(Boolean)) {
        const by = matchByLine(l);
        if (by && meta.author === null) setHeaderField(meta, 'author', by.author);
        else if (!by && meta.title === null) setHeaderField(meta, 'title', l);
        else titlePage++;
      }
      i = end;
      continue;
    }
    if (heading && centred && !isSceneBreak(plain)) {
      // A centred line under the heading is its title, unless the contents label already holds it.
      const title = heading as { text: string };
      if (!title.text.toLowerCase().includes(plain.toLowerCase())) title.text += `: ${plain}`;
      i = end;
      continue;
    }
    flushHeading();
    if (RULE.test(line) || (centred && isSceneBreak(plain))) {
      out.sceneBreak(plain || '* * *', n);
      i = end;
      continue;
    }
    const note = NOTE_BLOCK.exec(line);
    if (note) {
      // A footnote or sidebar the story links to: kept out of the body, placed after the chapter that refers to it.
      const close = lines.findIndex((l, k) => k >= i && l.includes(`</${note[1]}>`));
      const stop = close === -1 ? lines.length - 1 : close;
      const id = /\bid="([^"]*)"/.exec(line)?.[1] ?? '';
      const inner = new BlockCollector(sink, (t) => inline(t), true);
      for (let k = i; k <= stop; k++) inner.line(lines[k]!.replace(/<\/?(?:footnote|sidebar)\b[^>]*>/g, '').trim(), k + 1);
      inner.end();
      const children = inner.blocks.filter((b): b is Paragraph => b.type === 'paragraph');
      const ref = refs.get(id) ?? { line: n, marker: '' };
      if (children.length > 0) footnotes.push({ note: { type: 'note', label: 'Footnote', place: 'inline', children, position: at(n, stop + 1) }, ref });
      sink.info('pml-footnote', n, `${note[1]} "${id}" kept out of the body, placed after the chapter that refers to it (line ${ref.line})`);
      i = stop;
      continue;
    }
    out.line(line, n);
    out.end();
    i = end;
  }
  flushHeading();
  out.end();
  if (titlePage > 0) sink.info('pml-title-page', 1, `${titlePage} centred line(s) of the title page (copyright, publisher) left out of the text`);
  return { meta, blocks: out.blocks, footnotes };
}
