import type { DiagnosticSink } from '../../diagnostics.js';
import { emptyMeta } from '../section-blocks.js';
import { matchByLine } from '../rules/header-labels.js';
import { matchFieldLine } from '../rules/fields.js';
import { matchHeading } from '../rules/headings.js';
import { matchNoteLabel } from '../rules/notes.js';
import { isSceneBreak } from '../rules/markers.js';
import { BlockCollector, EM, STRONG, unmark } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

/** Tags that only style or place their text; taken off, their words kept. */
const STYLE_TAGS = /\[\/?(?:u|s|strike|sup|sub|color|colour|font|size|center|left|right|justify|indent|align|highlight|glow|shadow|tt|code|list|\*|li|ul|ol|url|email|anchor)(?:=[^\]\n]*)?\]/gi;
const IMAGE = /\[img(?:=[^\]\n]*)?\][^[\n]*\[\/img\]/gi;
const BLOCK_OPEN = /^\[(spoiler|quote|hide|collapse|note|aside)(?:=("?)([^\]\n]*)\2)?\]\s*(.*)$/i;
/** A line drawn large, bold or centred: where forum posts put their headings. */
const DISPLAY = /^(?:\[(?:center|b|size=[^\]\n]*|u|i|font=[^\]\n]*|color=[^\]\n]*)\]\s*)+/i;

/** BBCode inline tags to emphasis marks: `[b]`, `[i]` (and `[em]`, `[strong]`); style tags off; links as their words. */
export function bbcodeInline(text: string): string {
  return text
    .replace(IMAGE, '')
    .replace(/\[(?:b|strong)\]/gi, STRONG.open)
    .replace(/\[\/(?:b|strong)\]/gi, STRONG.close)
    .replace(/\[(?:i|em)\]/gi, EM.open)
    .replace(/\[\/(?:i|em)\]/gi, EM.close)
    .replace(STYLE_TAGS, '');
}

/**
 * A forum post in BBCode: one paragraph per line (as a browser's text box
 * keeps them), a large or bold first line as the title and a by-line under
 * it, `Key: value` header lines as fields, a bold or centred line that reads
 * as a heading as a chapter (`Part` headings over them), `[hr]` and centred
 * `* * *` as scene breaks, `[spoiler=…]` and `[quote]` blocks (notes when
 * labelled); pictures dropped with a diagnostic.
 */
export function readBbcode(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const out = new BlockCollector(sink, bbcodeInline);
  const lines = text.split('\n');
  let header = true;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i]!.trim();
    if (/\[img/i.test(line)) sink.info('bbcode-image', n, 'picture not fetched; dropped');
    const plain = unmark(bbcodeInline(line));
    if (plain === '') {
      out.end();
      if (/^\[hr\]$/i.test(line)) out.sceneBreak(line, n);
      continue;
    }
    const block = BLOCK_OPEN.exec(line);
    if (block) {
      const tag = block[1]!.toLowerCase();
      const close = new RegExp(`\\[/${tag}\\]`, 'i');
      let end = i;
      while (end < lines.length && !close.test(end === i ? block[4]! : lines[end]!)) end++;
      if (end === lines.length) sink.warn('bbcode-unclosed', n, `[${tag}] is never closed; read to the end of the file`);
      const body = [block[4]!, ...lines.slice(i + 1, Math.min(end + 1, lines.length))].map((l) => l.replace(close, '').trim());
      const inner = new BlockCollector(sink, bbcodeInline, true);
      body.forEach((l, k) => {
        inner.end();
        if (l !== '') inner.line(l, n + Math.max(0, k - 1));
      });
      const title = block[3]?.trim() || null;
      out.container(tag === 'quote' ? null : title, inner, n, Math.min(end + 1, lines.length), `[${tag}] block`, tag === 'note' ? 'Note' : null);
      if (tag === 'quote' && title) sink.info('bbcode-quote', n, `quoted name "${title}" dropped`);
      header = false;
      i = end;
      continue;
    }
    out.end();
    if (isSceneBreak(plain)) {
      out.sceneBreak(plain, n);
      continue;
    }
    const display = DISPLAY.test(line);
    const heading = display || header ? matchHeading(plain) : null;
    if (heading && (heading.level === 'chapter' || heading.level === 'part' || heading.level === 'front')) {
      header = false;
      out.heading(heading.level === 'part' ? 1 : 2, plain, n);
      continue;
    }
    if (header && matchNoteLabel(plain) !== null) header = false;
    if (header) {
      const by = matchByLine(plain);
      const field = matchFieldLine(plain);
      if (meta.title === null && display && out.blocks.length === 0) {
        meta.title = plain;
        continue;
      }
      if (by && meta.author === null) {
        meta.author = by.author;
        sink.info('bbcode-by-line', n, 'author taken from the by-line under the title');
        continue;
      }
      if (field && field.value !== '' && field.key.split(/\s+/).length <= 3) {
        setHeaderField(meta, field.key, field.value);
        continue;
      }
      header = false;
    }
    out.line(line, n);
    out.end();
  }
  out.end();
  return { meta, blocks: out.blocks };
}
