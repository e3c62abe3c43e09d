import type { DiagnosticSink } from '../../diagnostics.js';
import { lineFinder } from './find-line.js';
import { matchNoteLabel } from '../rules/notes.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, BREAK, delimit, EM, STRONG } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

const SECTION = /^(={1,6})\s+(\S.*?)(?:\s+=+)?$/;
const ATTRIBUTE = /^:(!?[A-Za-z0-9_][\w-]*!?):(?:\s+(.*))?$/;
/** Document attributes that describe the story; the rest (`:toc:`, `:doctype:`, `:icons:`) are settings. */
const STORY_ATTRIBUTES = new Set(['author', 'authors', 'email', 'revdate', 'revnumber', 'revremark', 'description', 'keywords', 'lang', 'copyright', 'subtitle', 'summary', 'status', 'rating', 'genre', 'series', 'fandom', 'tags', 'words']);
const AUTHOR_LINE = /^([^<:;]+?)(?:\s+<[^>]+>)?(?:\s*;\s*[^<;]+?(?:\s+<[^>]+>)?)*$/;
const BLOCK_ATTRIBUTE = /^\[([^\]]*)\]$/;
const BLOCK_TITLE = /^\.([^.\s].*)$/;
const ADMONITION = /^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+(.*)$/;
const DELIMITER = /^(={4,}|_{4,}|\*{4,}|-{4,}|\.{4,}|\/{4,}|\+{4,}|--)$/;
const ADMONITIONS = new Set(['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION']);
const LIST_ITEM = /^(?:\*+|-|\.+|\d+\.)\s+/;

/** AsciiDoc inline markup to emphasis marks: `*bold*`, `_italic_` (doubled for inside words), `` `mono` ``, `#mark#` as text; links as their words; ` +` a line break. */
export function asciidocInline(text: string): string {
  let t = text
    .replace(/\b(?:https?:\/\/|link:|xref:|mailto:)[^\s[]*\[([^\]]*)\]/g, '$1')
    .replace(/<<[^,>]*,\s*([^>]*)>>/g, '$1')
    .replace(/ \+(?=\n|$)/g, BREAK)
    .replace(/\*\*([^*]+)\*\*/g, `${STRONG.open}$1${STRONG.close}`)
    .replace(/__([^_]+)__/g, `${EM.open}$1${EM.close}`)
    .replace(/"`([^`]*)`"/g, '“$1”')
    .replace(/'`([^`]*)`'/g, '‘$1’');
  for (const d of ['`', '#', '+']) t = delimit(t, d, null);
  t = delimit(t, '*', STRONG);
  return delimit(t, '_', EM);
}

/**
 * An AsciiDoc (Asciidoctor) manuscript: the `= Title` header with its
 * author line and `:attribute:` lines, `==` sections by depth (`=` parts in
 * a book), `[NOTE]` and `NOTE:` admonitions and `____` quotes (notes when
 * labelled), `'''` scene breaks; comments, page breaks and settings dropped.
 */
export function readAsciidoc(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const out = new BlockCollector(sink, asciidocInline);
  const lines = text.split('\n');
  const find = lineFinder(lines);
  let header = true;
  let headerLine = 0;
  let style: string | null = null;
  let title: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i]!.trim();
    if (line === '') {
      out.end();
      if (meta.title !== null) header = false;
      continue;
    }
    if (/^\/\/(?!\/\/)/.test(line)) {
      out.end();
      sink.info('adoc-comment', n, 'comment line dropped');
      continue;
    }
    const attribute = ATTRIBUTE.exec(line);
    if (attribute && !out.open) {
      const key = attribute[1]!;
      if (STORY_ATTRIBUTES.has(key.toLowerCase())) setHeaderField(meta, key, attribute[2] ?? '');
      else sink.info('adoc-setting', n, `document setting :${key}: dropped`);
      continue;
    }
    const section = out.open ? null : SECTION.exec(line);
    if (section) {
      const depth = section[1]!.length;
      if (depth === 1 && header && meta.title === null) {
        meta.title = section[2]!;
        meta.fields.Title = section[2]!;
        headerLine = n;
        continue;
      }
      header = false;
      if (style !== null) sink.info('adoc-attribute', n, `block attribute [${style}] dropped`);
      style = title = null;
      out.heading(depth, section[2]!, n);
      continue;
    }
    // The line right under the title names the author(s), then perhaps a revision line.
    if (header && headerLine > 0 && n === headerLine + 1 && !ATTRIBUTE.test(line) && AUTHOR_LINE.test(line)) {
      setHeaderField(meta, 'Author', line.replace(/\s+<[^>]+>/g, '').replace(/\s*;\s*/g, ', '));
      const email = /<([^>]+)>/.exec(line);
      if (email) setHeaderField(meta, 'Email', email[1]!);
      headerLine = n;
      continue;
    }
    if (header && headerLine > 0 && n === headerLine + 1 && /^v?\d[\w.]*(?:,|$)/.test(line)) {
      setHeaderField(meta, 'Revision', line);
      continue;
    }
    header = false;
    if (/^(?:'{3,}|\*\s?\*\s?\*)$/.test(line)) {
      out.sceneBreak(line, n);
      continue;
    }
    if (/^<<<$/.test(line)) {
      out.end();
      sink.info('adoc-page-break', n, 'page break <<< dropped');
      continue;
    }
    const attr = out.open ? null : BLOCK_ATTRIBUTE.exec(line);
    if (attr) {
      style = attr[1]!;
      continue;
    }
    const blockTitle = out.open ? null : BLOCK_TITLE.exec(line);
    if (blockTitle) {
      title = blockTitle[1]!;
      continue;
    }
    const delimiter = out.open ? null : DELIMITER.exec(line);
    if (delimiter) {
      const close = find(line, i + 1, (l) => l.trim() === line);
      const stop = close === -1 ? lines.length : close;
      const body = lines.slice(i + 1, stop);
      const kind = line[0]!;
      const name = (style ?? '').split(',')[0]!.trim();
      if (kind === '/') sink.info('adoc-comment', n, 'comment block dropped', { endLine: stop + 1 });
      else if (kind === '-' && line !== '--' || kind === '.' || kind === '+') {
        out.end();
        if (kind === '+') sink.info('adoc-passthrough', n, 'passthrough block kept as text');
        body.forEach((l, k) => out.line(l, i + 2 + k, BREAK));
        out.end();
      } else {
        const inner = new BlockCollector(sink, asciidocInline, true);
        body.forEach((l, k) => (l.trim() === '' || BLOCK_ATTRIBUTE.test(l.trim()) ? inner.end() : inner.line(l.trim(), i + 2 + k, name === 'verse' ? BREAK : ' ')));
        const admonition = ADMONITIONS.has(name) ? name : null;
        out.container(title, inner, n, stop + 1, `[${name || 'block'}] block`, admonition === 'NOTE' ? 'Note' : null);
        if (admonition !== null && admonition !== 'NOTE') sink.info('adoc-admonition', n, `[${admonition}] label dropped; its text kept`);
      }
      style = title = null;
      i = stop;
      continue;
    }
    if ((title !== null || style !== null) && !out.open) {
      // A paragraph under `.Title` or `[NOTE]` is a block of its own, to its blank line.
      let stop = i;
      while (stop < lines.length && lines[stop]!.trim() !== '') stop++;
      const inner = new BlockCollector(sink, asciidocInline, true);
      lines.slice(i, stop).forEach((l, k) => inner.line(l.trim(), n + k));
      const name = (style ?? '').split(',')[0]!.trim();
      out.container(title, inner, n, stop, `[${name || 'titled'}] paragraph`, name === 'NOTE' ? 'Note' : null);
      if (ADMONITIONS.has(name) && name !== 'NOTE') sink.info('adoc-admonition', n, `[${name}] label dropped; its text kept`);
      style = title = null;
      i = stop - 1;
      continue;
    }
    const admonition = out.open ? null : ADMONITION.exec(line);
    if (admonition) {
      out.end();
      if (admonition[1] !== 'NOTE') sink.info('adoc-admonition', n, `${admonition[1]}: label dropped; its text kept`);
      // `NOTE: Author's note: …` keeps its own label; a bare `NOTE: …` is labelled Note.
      out.line(admonition[1] === 'NOTE' && matchNoteLabel(admonition[2]!) === null ? `Note: ${admonition[2]}` : admonition[2]!, n);
      continue;
    }
    if (LIST_ITEM.test(line) && !/^\*\s?\*/.test(line)) {
      out.end();
      out.line(line.replace(LIST_ITEM, ''), n);
      continue;
    }
    out.line(line, n);
  }
  out.end();
  return { meta, blocks: out.blocks };
}
