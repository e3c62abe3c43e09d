import type { DiagnosticSink } from '../../diagnostics.js';
import { isSceneBreak } from '../rules/markers.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, BREAK, unmark } from './markup-blocks.js';
import { isNavigation, isParticular, pageTitleLine, setParticular } from './wiki-page.js';
import { setHeaderField, type MarkupRead } from './read-result.js';
import { BOLD_FIELD, EQUALS_HEADING, zimInline } from './zim.js';

/** Plugin boxes that set their words apart from the page: on a story page, the author speaking (the Note plugin's `<note>`, `<note tip>`…). */
export const DOKUWIKI_BOXES = ['note'] as const;
/** Containers that only lay their words out (the Wrap plugin's `<WRAP>`, `<box>`, `<panel>`) or set them verbatim (`<code>`, `<file>`): the words are read as they stand. */
export const DOKUWIKI_CONTAINERS = ['wrap', 'box', 'panel', 'div', 'block', 'code', 'file'] as const;
/** `~~NOTOC~~`, `~~DISCUSSION:off~~`: switches for how the page is shown. */
export const DOKUWIKI_SWITCH = /^~~[A-Z_]{3,}(?::[^~\n]*)?~~$/;
/** `{{tag>fiction greyfen}}`: the Tag plugin's keywords for the page. */
const TAGS = /^\{\{tag>([^}]*)\}\}$/;
/** A picture or other file standing alone: `{{ :ns:file.png?200|caption }}`. */
const MEDIA = /^\{\{[^{}]*\}\}$/;

/** `((…))`: a footnote, set at the foot of the page. */
const FOOTNOTE = /\(\([^()]*\)\)/g;
const CONTAINER_TAG = new RegExp(`</?(?:${DOKUWIKI_CONTAINERS.join('|')})\\b[^>]*>`, 'gi');

/** DokuWiki's inline markup over Zim's, which it shares: footnotes left out, `<del>`/`<sup>` and layout tags as their words, `\\` a line break. */
export function dokuwikiInline(text: string): string {
  return zimInline(
    text
      .replace(FOOTNOTE, '')
      .replace(CONTAINER_TAG, '')
      .replace(/<\/?(?:del|sup|sub|nowiki)>|%%/g, '')
      .replace(/\\\\(?=\s|$)/g, BREAK),
  );
}

/** The cells of a table row (`^ Author | [[user:bw|B. W.]] |`), a link's or picture's own `|` kept in its cell; null for a line that is no row. */
function tableCells(line: string): string[] | null {
  if (!/^[\^|].*[\^|]$/.test(line)) return null;
  const masked = line.replace(/\[\[[^\]]*\]\]|\{\{[^}]*\}\}/g, (m) => m.replace(/\|/g, '\uE010'));
  return masked
    .slice(1, -1)
    .split(/[\^|]/)
    .map((c) => c.replace(/\uE010/g, '|').trim());
}

/** Where a plugin tag named `name` opened on line `from` closes: the line holding `</name>`, or -1. */
function closingLine(lines: readonly string[], from: number, name: string): number {
  const closer = new RegExp(`</${name}>`, 'i');
  for (let k = from; k < lines.length; k++) if (closer.test(lines[k]!)) return k;
  return -1;
}

/**
 * A DokuWiki page's source (the text of its edit box): `====== Title ======` headings whose level rises
 * with the count of `=`, the one heading of the top level over the others being the page's title; a table of
 * `^ Label | value |` rows or bold-labelled lines under it as the story's fields; `  * ` and `  - ` list
 * items each a line of their own; `----` a break. A `<note>` box is the author's note, a `<WRAP>` box's
 * words are read as they stand; page switches (`~~NOTOC~~`), pictures, the `{{tag>…}}` line and a line
 * that only links to other pages are the wiki's, not the story's.
 */
export function readDokuWiki(text: string, sink: DiagnosticSink): MarkupRead {
  return readWikiSource(text, sink, DOKUWIKI);
}

/**
 * A Wikispaces or Wikidot page's source, which writes DokuWiki's inline markup (`**bold**`, `//italic//`) under
 * headings the other way up, `= Title =` the highest, with `[[toc]]`, `[[image:…]]` and `[[include …]]` lines
 * of the wiki's own, list items at the line's start (`# `, `* `), and the page's one-line italic summary under
 * its title.
 */
export function readWikispaces(text: string, sink: DiagnosticSink): MarkupRead {
  return readWikiSource(text, sink, WIKISPACES);
}

/** How a wiki's source differs from DokuWiki's. */
interface WikiDialect {
  name: string;
  heading: RegExp;
  depth: (equals: number) => number;
  /** A line of the wiki's own: a picture, the contents, a module. */
  furniture: RegExp;
  item: RegExp;
  /** Whether a whole-line italic under the title is the page's summary. */
  summary: boolean;
}

const DOKUWIKI: WikiDialect = { name: 'dokuwiki', heading: EQUALS_HEADING, depth: (n) => 7 - n, furniture: MEDIA, item: /^ {2,}[*-]\s+(.*)$/, summary: false };
/** `[[toc]]`, `[[image:x.jpg width="240"]]`, `[[include page]]`, `[[module Comments]]`. */
export const WIKISPACES_FURNITURE = /^\[\[(?:toc(?:\|flat)?|f?image:[^\]]*|include [^\]]*|module [^\]]*)\]\]$/i;
const WIKISPACES: WikiDialect = { name: 'wikispaces', heading: /^(={1,6})\s*([^=\s].*?)\s*=+\s*$/, depth: (n) => n, furniture: WIKISPACES_FURNITURE, item: /^\s*[*#]\s+(.*)$/, summary: true };

function readWikiSource(text: string, sink: DiagnosticSink, dialect: WikiDialect): MarkupRead {
  const meta = emptyMeta();
  const out = new BlockCollector(sink, dokuwikiInline);
  const lines = text.split('\n');
  const titleAt = pageTitleLine(
    lines.flatMap((l, i) => {
      const h = dialect.heading.exec(l.trim());
      return h ? [{ line: i, depth: dialect.depth(h[1]!.length), text: unmark(dokuwikiInline(h[2]!)) }] : [];
    }),
  );
  // Whether the story's words, and a heading other than the title, have come yet.
  let begun = false;
  let headed = false;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i]!;
    const line = raw.trim();
    if (line === '') {
      out.end();
      continue;
    }
    if (DOKUWIKI_SWITCH.test(line)) {
      sink.info('dokuwiki-switch', n, `${line} left out: a switch for how the page is shown`);
      continue;
    }
    const tags = TAGS.exec(line);
    if (tags) {
      out.end();
      setHeaderField(meta, 'tags', tags[1]!.trim().split(/\s+/).join(', '));
      sink.info('dokuwiki-tags', n, "the page's tags read as the story's tags");
      continue;
    }
    if (dialect.furniture.test(line) || MEDIA.test(line)) {
      out.end();
      sink.info(`${dialect.name}-media`, n, "picture not fetched, or the wiki's own contents or module; dropped");
      continue;
    }
    // The page's summary, one italic line straight under its title.
    const italic = /^\/\/([^/].*[^/:])\/\/$/.exec(line);
    if (dialect.summary && italic && !begun && !out.open && i > titleAt && titleAt >= 0 && lines.slice(titleAt + 1, i).every((l) => l.trim() === '') && meta.description === null) {
      meta.description = unmark(dokuwikiInline(italic[1]!));
      sink.info(`${dialect.name}-summary`, n, "the italic line under the page's title read as its summary");
      continue;
    }
    const plugin = /^<([A-Za-z]+)\b[^>]*>(.*)$/.exec(line);
    const kind = plugin?.[1]!.toLowerCase();
    if (plugin && kind && (DOKUWIKI_BOXES as readonly string[]).includes(kind)) {
      const end = closingLine(lines, i, kind);
      if (end !== -1) {
        const inner = new BlockCollector(sink, dokuwikiInline, true);
        for (let k = i; k <= end; k++) {
          const l = (k === i ? plugin[2]! : lines[k]!).replace(new RegExp(`</${kind}>.*$`, 'i'), '').trim();
          if (l === '') inner.end();
          else inner.line(l, k + 1);
        }
        out.container(null, inner, n, end + 1, `<${kind}> box`, kind);
        i = end;
        continue;
      }
    }
    if (plugin && kind && (DOKUWIKI_CONTAINERS as readonly string[]).includes(kind) && plugin[2]!.trim() === '') {
      out.end();
      continue;
    }
    if (/^<\/[A-Za-z]+>$/.test(line) && (DOKUWIKI_CONTAINERS as readonly string[]).includes(line.slice(2, -1).toLowerCase())) {
      out.end();
      continue;
    }
    const heading = dialect.heading.exec(line);
    if (heading) {
      if (i === titleAt && !begun) {
        meta.title = unmark(dokuwikiInline(heading[2]!));
        sink.info(`${dialect.name}-title`, n, `"${meta.title}" read as the page's title`);
        continue;
      }
      out.heading(dialect.depth(heading[1]!.length), heading[2]!, n);
      headed = true;
      continue;
    }
    if (!begun && !out.open && i > titleAt) {
      const row = tableCells(line);
      const pair = row?.length === 2 ? [line, ...row] : BOLD_FIELD.exec(line);
      const key = pair ? unmark(dokuwikiInline(pair[1]!)).replace(/:$/, '') : '';
      if (pair && (row?.length === 2 || isParticular(key, headed))) {
        const value = unmark(dokuwikiInline(pair[2]!));
        setParticular(meta, key, value);
        sink.info(`${dialect.name}-field`, n, `"${key}" read as one of the story's particulars`);
        continue;
      }
    }
    if (line.replace(FOOTNOTE, '') !== line) sink.info('dokuwiki-footnote', n, "footnote left out of the story text: the page's gloss on it");
    if (isNavigation(line.replace(CONTAINER_TAG, ''), /\[\[[^\]]*\]\]/g)) {
      out.end();
      sink.info('dokuwiki-navigation', n, 'a line of links to other pages left out: the wiki\'s navigation, not the story');
      continue;
    }
    // A list item is indented two spaces or more; a break marker stands between paragraphs.
    const item = dialect.item.exec(raw);
    if (!item && !out.open && isSceneBreak(line)) {
      out.sceneBreak(line, n);
      continue;
    }
    begun = true;
    if (item) {
      out.end();
      out.line(item[1]!, n);
      out.end();
      continue;
    }
    out.line(line.replace(/^>+\s*/, ''), n);
  }
  out.end();
  return { meta, blocks: out.blocks };
}
