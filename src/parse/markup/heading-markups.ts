import type { DiagnosticSink } from '../../diagnostics.js';
import { isNameLike } from '../rules/header-labels.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, delimit, EM, STRONG, unmark } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';
import { TASK_ITEM } from '../task-lists.js';

/**
 * Markups that mark headings with signs at the start of a line and keep the rest of a line plain: txt2tags
 * (`+ Title +`, `%!` settings, `%` comments), TiddlyWiki's `.tid` files (a `key: value` header, `!!` headings,
 * `<<<` quotes, `<<macros>>`), novelWriter's build (`#!` the title, `#` parts, `##` chapters, `###` scenes,
 * `@pov:` keywords, `%` comments), PmWiki's page source (`!!` headings, `(:title …:)` directives, `''`/`'''`
 * emphasis, `[@ … @]` preformatted blocks, `%center%` styles), Vimwiki's pages (`= Heading =`, `%title`, `%%` comments,
 * `*bold*`, `_italic_`, a line of nothing but links its navigation), Foswiki's and TWiki's topic text (`---++` headings,
 * `---+!!` the title, `%META:…%` and `%TOC%` lines, `%BR%`, a `%RED%…%ENDCOLOR%` memo, the `-- Main.Name` signature).
 * Each is a profile of data; one reader reads them all.
 */
export type HeadingMarkup = 'txt2tags' | 'tiddlywiki' | 'novelwriter' | 'pmwiki' | 'vimwiki' | 'foswiki';

interface Profile {
  /** How the file's header is written: txt2tags' three lines (title, author, date), or `key: value` lines to the first blank. */
  header: 'three-lines' | 'fields' | null;
  /** Lines that are not text: comments, settings, macros. */
  drop: RegExp;
  /** A heading: group 1 the signs (their count the depth, unless `depth` says), group 2 the text. */
  heading: RegExp;
  /** Depths at and below this one are scenes inside a chapter: a scene break, not a heading. */
  sceneDepth: number | null;
  /** The story's title line (`#! Title`). */
  title: RegExp | null;
  /** A directive naming a header field (`(:title Latarniczka:)`): group 1 the key, group 2 the value. */
  directive?: RegExp;
  /** Centred lines under the title (`>> Hollis Penrake <<`): a name among them is the author, another the subtitle. */
  centred: RegExp | null;
  /** A point-of-view keyword (`@pov: Wren`). */
  pov: RegExp | null;
  breaks: RegExp;
  /** A quoted block: fences around it, or lines indented with a tab. */
  quote: { fence: RegExp } | 'tab' | null;
  /** Emphasis by its delimiters; a pattern where the text may hold the delimiter's character (TiddlyWiki's `''Author's note:''`). */
  inline: readonly [string | RegExp, typeof EM | typeof STRONG | null][];
}

const PROFILES: Readonly<Record<HeadingMarkup, Profile>> = {
  txt2tags: {
    header: 'three-lines',
    drop: /^%/,
    heading: /^([=+]{1,5})\s+(\S.*?)\s+\1(?:\[[\w-]*\])?$/,
    sceneDepth: null,
    title: null,
    centred: null,
    pov: null,
    breaks: /^\s*(?:-{20,}|={20,}|_{20,})\s*$/,
    quote: 'tab',
    inline: [['**', STRONG], ['//', EM], ['__', EM], ['--', null]],
  },
  tiddlywiki: {
    header: 'fields',
    drop: /^(?:<<[^>]*>>|\{\{[^}]*\}\})$/,
    heading: /^(!{1,6})\s*(\S.*)$/,
    sceneDepth: null,
    title: null,
    centred: null,
    pov: null,
    breaks: /^-{3,}$/,
    quote: { fence: /^<<<.*$/ },
    inline: [[/''(\S(?:.*?\S)?)''/g, STRONG], ['//', EM], ['__', EM], ['~~', null]],
  },
  pmwiki: {
    header: null,
    // Directives, a wiki's line-break and div markers, a picture with its caption; `(:if false:)…(:ifend:)` on one line.
    drop: /^(?:\(:[^\n]*:\)\s*)+$|^\[\[<<\]\]$|^>>[\w -]*<<$|^(?:%[^%\n]*%\s*)*Attach:\S+/,
    heading: /^(!{1,6})\s*(\S.*)$/,
    sceneDepth: null,
    title: null,
    directive: /^\(:(title|description|author|summary)\s+(.*?):\)$/i,
    centred: null,
    pov: null,
    breaks: /^-{4,}$/,
    quote: { fence: /^(?:\[@|@\])$/ },
    inline: [[/'''(.+?)'''/g, STRONG], [/''(.+?)''/g, EM], [/%(?:[a-z][\w=#. -]*)?%()/gi, null]],
  },
  vimwiki: {
    header: null,
    // Comments, the page's settings, and a line of nothing but links (`[[index|Stories]] | [[diary/…|Today]]`).
    // (And a checklist's items, `* [ ] …`, `* [X] …`: the writer's to-do, never the story's.)
    drop: new RegExp(`${/^%%|^%(?:date|template|nohtml|toc)\b|^(?:\[\[[^\]]+\]\](?:\s*[|·•]\s*)?)+$/.source}|${TASK_ITEM.source}`, 'u'),
    heading: /^\s*(={1,6})\s+(\S.*?)\s+\1\s*$/,
    sceneDepth: null,
    title: null,
    directive: /^%(title)\s+(.+)$/,
    centred: null,
    pov: null,
    breaks: /^-{4,}$/,
    quote: null,
    inline: [[/\*(\S(?:[^*\n]*\S)?)\*/g, STRONG], [/(?<![\p{L}\p{N}])_(\S(?:[^_\n]*\S)?)_(?![\p{L}\p{N}])/gu, EM], ['~~', null]],
  },
  foswiki: {
    header: null,
    // The topic's metadata and macros alone on their lines, HTML comments, a coloured line (the writer's memo), the signature.
    drop: /^%(?:META:\w+\{.*\}|TOC(?:\{[^}]*\})?|STARTINCLUDE|STOPINCLUDE)%$|^<!--.*-->$|^%(?:RED|BLUE|GREEN|ORANGE|PURPLE)%.*%ENDCOLOR%$|^-- (?:Main\.)?[A-Z]\w+(?:\s+-\s+.*)?$/,
    heading: /^---(\+{1,6})(?:!!)?\s*(\S.*)$/,
    sceneDepth: null,
    title: /^---\+!!\s*(\S.*)$/,
    centred: null,
    pov: null,
    breaks: /^-{3,}$/,
    quote: null,
    inline: [[/\s*%BR%()/g, null], [/__(\S(?:[^_\n]*\S)?)__/g, STRONG], [/(?<![\p{L}\p{N}*])\*(\S(?:[^*\n]*\S)?)\*(?![\p{L}\p{N}])/gu, STRONG], [/(?<![\p{L}\p{N}])_(\S(?:[^_\n]*\S)?)_(?![\p{L}\p{N}])/gu, EM]],
  },
  novelwriter: {
    header: null,
    drop: /^%|^@(?!pov:)[\w-]+:/i,
    heading: /^(#{1,4})!?\s+(\S.*)$/,
    sceneDepth: 3,
    title: /^#!\s+(\S.*)$/,
    centred: /^>>\s*(\S.*?)\s*<<$/,
    pov: /^@pov:\s*(\S.*)$/i,
    breaks: /^\*\s*\*\s*\*$/,
    quote: null,
    inline: [['**', STRONG], ['_', EM], ['~~', null]],
  },
};

/** `[[shown|target]]`, `[[target]]`, `[shown http://…]`: links as the words shown. */
const links = (t: string): string =>
  t
    .replace(/\[\[([^\]|]*)\|[^\]]*\]\]/g, '$1')
    .replace(/\[\[([^\]]*)\]\]/g, '$1')
    .replace(/\[([^\]]+?)\s+(?:https?:\/\/|www\.)[^\]\s]+\]/g, '$1')
    .replace(/%%\w+(?:\([^)]*\))?/g, '');

export function readHeadingMarkup(markup: HeadingMarkup, text: string, sink: DiagnosticSink): MarkupRead {
  const p = PROFILES[markup];
  const inline = (t: string): string =>
    p.inline.reduce((s, [d, mark]) => (typeof d === 'string' ? delimit(s, d, mark) : s.replace(d, (_, inner: string) => (mark ? mark.open + inner + mark.close : inner))), links(t));
  const meta = emptyMeta();
  const out = new BlockCollector(sink, inline);
  const lines = text.split('\n');
  let i = 0;
  if (p.header === 'three-lines' && lines[0]?.trim()) {
    // Up to three lines, ended early by a blank one: title, author, date.
    const blank = lines.slice(0, 3).findIndex((l) => l.trim() === '');
    i = blank < 0 ? 3 : blank;
    const [title, author, date] = lines.slice(0, i).map((l) => unmark(inline(l.trim())));
    if (title) setHeaderField(meta, 'title', title);
    if (author) setHeaderField(meta, 'author', author);
    if (date) setHeaderField(meta, 'date', date);
  } else if (p.header === 'fields') {
    for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
      const f = /^([\w.-]+):\s*(.*)$/.exec(lines[i]!.trim());
      if (!f) break;
      setHeaderField(meta, f[1]!, f[2]!);
    }
  }
  let dropped = 0;
  let quote: { inner: BlockCollector; line: number } | null = null;
  const closeQuote = (endLine: number): void => {
    if (!quote) return;
    out.container(null, quote.inner, quote.line, endLine, 'quote');
    quote = null;
  };
  let titleSeen = false;
  for (; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i]!.replace(/\s+$/, '');
    const line = raw.trim();
    if (p.quote && p.quote !== 'tab' && p.quote.fence.test(line)) {
      if (quote) closeQuote(n);
      else {
        out.end();
        quote = { inner: new BlockCollector(sink, inline, true), line: n };
      }
      continue;
    }
    if (p.quote === 'tab') {
      if (/^\t/.test(raw) && line !== '') {
        if (!quote) {
          out.end();
          quote = { inner: new BlockCollector(sink, inline, true), line: n };
        }
        quote.inner.line(line, n);
        continue;
      }
      if (quote && line !== '') closeQuote(n - 1);
    }
    const into = quote?.inner ?? out;
    if (line === '') {
      into.end();
      continue;
    }
    const directive = p.directive?.exec(line);
    if (directive) {
      setHeaderField(meta, directive[1]!.toLowerCase(), unmark(inline(directive[2]!)));
      continue;
    }
    if (p.drop.test(line)) {
      dropped++;
      continue;
    }
    const title = p.title?.exec(line);
    if (title) {
      setHeaderField(meta, 'title', unmark(inline(title[1]!)));
      titleSeen = true;
      continue;
    }
    const centred = titleSeen ? p.centred?.exec(line) : null;
    if (centred) {
      const value = unmark(inline(centred[1]!));
      setHeaderField(meta, isNameLike(value) && value.split(/\s+/).length <= 4 && meta.author === null && !/^(?:a|an|the)\s/i.test(value) ? 'author' : 'subtitle', value);
      continue;
    }
    const pov = p.pov?.exec(line);
    if (pov) {
      out.end();
      out.blocks.push({ type: 'pov', name: pov[1]!.split(',')[0]!.trim(), position: { start: { line: n, column: 1 }, end: { line: n, column: 1 } } });
      continue;
    }
    if (p.breaks.test(line)) {
      into.sceneBreak(line, n);
      continue;
    }
    const heading = quote ? null : p.heading.exec(line);
    if (heading) {
      const depth = heading[1]!.length;
      if (p.sceneDepth !== null && depth >= p.sceneDepth) out.sceneBreak(line, n);
      else out.heading(depth, heading[2]!, n);
      continue;
    }
    // A line break inside a paragraph is soft, as Markdown keeps it: a block of `Key: value` lines stays lines.
    into.line(line, n, '\n');
  }
  closeQuote(lines.length);
  out.end();
  if (dropped > 0) sink.info('markup-directives', 1, `${dropped} line(s) of the markup's comments, settings or macros left out of the text`);
  // A heading left with nothing under it at the end (its lines the writer's checklist, left out) heads nothing.
  const blocks = [...out.blocks];
  while (blocks.at(-1)?.type === 'mdHeading') {
    const empty = blocks.pop()!;
    sink.info('markup-empty-heading', empty.position.start.line, `the heading "${'text' in empty ? empty.text : ''}" has nothing under it at the end: left out`);
  }
  return { meta, blocks };
}
