import type { DiagnosticSink } from '../../diagnostics.js';
import { isSceneBreak } from '../rules/markers.js';
import { isContentsLabel } from '../rules/contents-label.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, delimit, EM, STRONG, unmark } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

/**
 * A block signature: `h2.`, `p(first).`, `h2(#calibre_link-1).`, `bq.`, `fn1.`, with Textile's attributes
 * (`(class#id)`, `{style}`, `[lang]`, alignment) between the name and the full stop.
 */
export const SIGNATURE = /^(h[1-6]|p|bq|fn\d+|bc|pre|notextile)((?:\([^)\n]*\)|\{[^}\n]*\}|\[[a-z-]+\]|[<>=~]+)*)\.\s(.*)$/u;
const IMAGE = /!(?:\{[^}\n]*\}|\([^)\n]*\)|[<>=])*[^!\s][^!\n]*!(?::\S+)?/gu;
/** `"Chapter One":#calibre_link-1` or `"words":https://…`: a link, read as its words. */
const LINK = /"([^"\n]+)":\S+/gu;

/** Textile's phrase markup: `_em_`, `*strong*`, `__i__`, `**b**`; links as their words, images dropped. */
export function textileInline(text: string): string {
  let t = text.replace(IMAGE, '').replace(LINK, '$1');
  t = delimit(t, '__', EM);
  t = delimit(t, '**', STRONG);
  t = delimit(t, '_', EM);
  return delimit(t, '*', STRONG);
}

/** The classes a block carries: calibre keeps the book's own CSS classes (`p(author).`, `h1(title).`, `p(toc).`). */
const classes = (attrs: string): string[] => [...attrs.matchAll(/\(([^)#\n]*)(?:#[^)\n]*)?\)/gu)].flatMap((m) => m[1]!.trim().split(/\s+/)).filter(Boolean);

/**
 * Textile, as calibre writes a book to it (`--txt-output-formatting=textile`) and as Redmine and forum posts
 * use it: `hN.` headings, paragraphs separated by blank lines, `bq.` quotes, `fn1.` footnotes. What the
 * classes name is believed: a `title` class is the title, `subtitle` and `author` the subtitle and author,
 * `copyright` the rights, `toc` the contents list; none of those is story text. A footnote is left out
 * of the body with a diagnostic, its reference mark kept where it stands.
 */
export function readTextile(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const out = new BlockCollector(sink, textileInline);
  const lines = text.split('\n');
  let inContents = false;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i]!.trim();
    if (line === '') {
      out.end();
      continue;
    }
    const block = out.open ? null : SIGNATURE.exec(line);
    if (!block) {
      if (!out.open && isSceneBreak(line)) {
        out.sceneBreak(line, n);
        continue;
      }
      if (!out.open && line.replace(IMAGE, '').trim() === '') {
        sink.info('textile-image', n, 'picture not fetched; dropped');
        continue;
      }
      out.line(line, n);
      continue;
    }
    const [, name, attrs = '', rest = ''] = block;
    const kinds = classes(attrs).map((c) => c.toLowerCase());
    const plain = unmark(textileInline(rest));
    if (name!.startsWith('h')) {
      inContents = kinds.includes('toc') || isContentsLabel(plain);
      if (kinds.includes('title') && meta.title === null) {
        meta.title = plain;
        continue;
      }
      if (inContents) {
        sink.info('textile-contents', n, 'contents list left out; the chapters are read from their headings');
        continue;
      }
      out.heading(Number(name!.slice(1)), rest, n);
      continue;
    }
    if (name!.startsWith('fn')) {
      sink.info('textile-footnote', n, `footnote ${name!.slice(2)} is an editor's gloss, left out of the story text`);
      continue;
    }
    if (kinds.includes('toc') || (inContents && name === 'p')) {
      continue;
    }
    const role = kinds.find((c) => c === 'subtitle' || c === 'author' || c === 'copyright');
    if (role) {
      const key = role === 'copyright' ? 'rights' : role;
      setHeaderField(meta, key, meta.fields[key] === undefined ? plain : `${meta.fields[key]} ${plain}`);
      if (role === 'copyright') sink.info('textile-rights', n, 'copyright line read as the rights, not story text');
      continue;
    }
    if (isSceneBreak(plain)) {
      out.sceneBreak(plain, n);
      continue;
    }
    out.line(rest, n);
  }
  out.end();
  return { meta, blocks: out.blocks };
}
