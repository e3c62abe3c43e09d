import type { DiagnosticSink } from '../../diagnostics.js';
import { matchNoteLabel } from '../rules/notes.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, BREAK, delimit, EM, STRONG, unmark } from './markup-blocks.js';
import { isNavigation, isParticular, pageTitleLine, setParticular } from './wiki-page.js';
import type { MarkupRead } from './read-result.js';

/** Admonition macros, a coloured box with an icon: on a story page, the author speaking to the reader. */
export const CONFLUENCE_BOXES = ['info', 'note', 'tip', 'warning'] as const;
/** Macros that frame their body under a title: an author's note when labelled as one, else the story's own words (a letter in a panel), a fold's title being only its button. */
export const CONFLUENCE_FRAMES = ['panel', 'expand'] as const;
/** Macros whose body is read as it stands: a quotation, a verbatim block, a layout column. */
export const CONFLUENCE_CONTAINERS = ['quote', 'code', 'noformat', 'section', 'column', 'excerpt', 'div', 'center', 'color', 'span'] as const;
/** Macros that stand alone and draw the page's furniture: contents, anchors, lists of other pages. */
export const CONFLUENCE_FURNITURE = ['toc', 'anchor', 'children', 'include', 'excerpt-include', 'pagetree', 'attachments', 'recently-updated', 'contentbylabel', 'jira', 'gallery', 'livesearch', 'profile', 'tasklist', 'userlister', 'blog-posts', 'page-index'] as const;

const MACRO_NAME = [...CONFLUENCE_BOXES, ...CONFLUENCE_FRAMES, ...CONFLUENCE_CONTAINERS, ...CONFLUENCE_FURNITURE, 'status'].join('|');
/** A macro tag: bare (`{info}`) or with `key=value` parameters split by `|` (`{panel:title=Note|borderStyle=dashed}`). */
export const MACRO_TAG = new RegExp(`\\{(${MACRO_NAME})(?::([^{}\\n]*))?\\}`, 'g');
/** A macro tag at the head of a line, where a box or a container opens. */
const MACRO_OPENING = new RegExp(`^\\{(${MACRO_NAME})(?::([^{}\\n]*))?\\}`);
/** `[~dana.whitlock]`: a mention of a user by account name. */
const MENTION = /\[~([\w.@-]+)\]/g;
/** A link: `[Page]`, `[words|target]`, `[Space:Page]`, `[~user]`. */
const LINK = /\[[^\]\n]+\]/g;
const HEADING = /^h([1-6])\.\s+(.*)$/;
/** `*Author:* Dana`, `*Author*: Dana`: a bold label, as a page sets the story's particulars under its title. */
const BOLD_FIELD = /^\*([\p{L}][\p{L} '-]{0,30}?)(?::\*|\*:)\s+(.+)$/u;

/** One parameter of a macro tag's `key=value|key=value` list. */
const param = (params: string | undefined, key: string): string | null => {
  for (const p of (params ?? '').split('|')) {
    const [k, ...v] = p.split('=');
    if (k?.trim().toLowerCase() === key) return v.join('=').trim();
  }
  return null;
};

/**
 * Confluence's inline markup: `*strong*`, `_emphasis_`, `??citation??`, `+underline+` and `{{monospace}}` as their words,
 * `\\` a line break; links as their words (`[words|target]`, `[Space:Page]` as the page, `[~user]` as the
 * account, and as the name written after it in brackets); a `{status}` lozenge as its title; images and other
 * macro tags dropped, the words they enclose kept.
 */
export function confluenceInline(text: string): string {
  let t = text
    .replace(/\[~[\w.@-]+\]\s*\(([^()\n]+)\)/g, '$1')
    .replace(MENTION, '$1')
    .replace(/\{status(?::([^{}\n]*))?\}(?:\{status\})?/g, (_, params: string | undefined) => param(params, 'title') ?? '')
    .replace(MACRO_TAG, '')
    .replace(/\{\{(.+?)\}\}/g, '$1')
    .replace(/!(?=[^\s!])[^!\n]*\.(?:png|jpe?g|gif|svg|webp)(?:\|[^!\n]*)?!/gi, '')
    .replace(/\[([^\]|\n]+)\|[^\]\n]+\]/g, '$1')
    .replace(/\[(?:[^\]:\n]+:)?([^\]\n#^]+)\]/g, '$1')
    .replace(/\\\\/g, BREAK);
  t = delimit(t, '+', null);
  t = delimit(t, '??', EM);
  t = delimit(t, '*', STRONG);
  return delimit(t, '_', EM);
}

/** Where a macro opened at `from` (its tag ending at column `after`) closes: the line and the column of `{name}`. */
function macroEnd(lines: readonly string[], from: number, after: number, name: string): { line: number; at: number } | null {
  const closer = `{${name}}`;
  for (let k = from; k < lines.length; k++) {
    const at = lines[k]!.indexOf(closer, k === from ? after : 0);
    if (at !== -1) return { line: k, at };
  }
  return null;
}

/**
 * A Confluence page's source in wiki markup (the legacy editor's Wiki Markup view, and Jira's, which shares
 * it): `h1.`–`h6.` headings, the one heading of the top level over the others being the page's title;
 * bold-labelled particulars (`*Author:* [~user] (Name)`) or two-cell table rows under it as fields; `#`, `*`,
 * `-` list items each a line of their own; `----` a break. Of the macros, an admonition box (`{info}`,
 * `{note}`…) is the author's note, save an unlabelled one above the title, which is the space's notice about
 * the page; a `{panel}` or `{expand}` is a note when labelled as one, else text; `{toc}` and other tags alone
 * on their line are furniture; a quotation or verbatim block is read as text; a line of links is navigation.
 */
export function readConfluence(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const out = new BlockCollector(sink, confluenceInline);
  const lines = text.split('\n');
  const titleAt = pageTitleLine(
    lines.flatMap((l, i) => {
      const h = HEADING.exec(l.trim());
      return h ? [{ line: i, depth: Number(h[1]), text: unmark(confluenceInline(h[2]!)) }] : [];
    }),
  );
  // Whether the story's words, and a heading other than the title, have come yet.
  let begun = false;
  let headed = false;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i]!.trim();
    if (line === '') {
      out.end();
      continue;
    }
    const tag = MACRO_OPENING.exec(line);
    const name = tag?.[1];
    const box = tag && name && (CONFLUENCE_BOXES as readonly string[]).includes(name);
    if (tag && name && (box || (CONFLUENCE_FRAMES as readonly string[]).includes(name))) {
      const start = lines[i]!.indexOf(tag[0]) + tag[0].length;
      const end = macroEnd(lines, i, start, name);
      if (end) {
        const body: { text: string; n: number }[] = [];
        for (let k = i; k <= end.line; k++) {
          const l = lines[k]!;
          body.push({ text: l.slice(k === i ? start : 0, k === end.line ? end.at : l.length).trim(), n: k + 1 });
        }
        const title = param(tag[2], 'title');
        const labelled = matchNoteLabel(`${title ?? ''}:`) !== null || matchNoteLabel(body.map((b) => unmark(confluenceInline(b.text))).join(' ').trim()) !== null;
        if (i < titleAt && !labelled) {
          out.end();
          sink.info('confluence-page-notice', n, `{${name}} box above the page's title: the space's notice about the page, not the story's`, { endLine: end.line + 1 });
        } else {
          const inner = new BlockCollector(sink, confluenceInline, true);
          for (const b of body) {
            if (b.text === '') inner.end();
            else inner.line(b.text, b.n);
          }
          // A fold's title is the button that opens it; a panel's heads its words.
          const heading = name === 'expand' && !labelled ? null : title;
          out.container(heading, inner, n, end.line + 1, `{${name}} ${box ? 'box' : 'frame'}`, box ? (title ?? name) : null);
        }
        const tail = lines[end.line]!.slice(end.at + name.length + 2).trim();
        if (tail !== '') sink.info('confluence-after-box', end.line + 1, 'text after a box on its closing line read as a paragraph');
        lines[end.line] = tail;
        i = tail === '' ? end.line : end.line - 1;
        continue;
      }
    }
    // A tag alone on its line that names no macro above (`{roadmap}`, `{widget:url=…}`) draws something the page holds, not words.
    const alone = /^\{([a-z][\w-]*)(?::[^{}\n]*)?\}$/.exec(line);
    if (alone && (!tag || (CONFLUENCE_FURNITURE as readonly string[]).includes(alone[1]!))) {
      out.end();
      sink.info('confluence-macro', n, `{${alone[1]}} macro left out: page furniture, not story text`);
      continue;
    }
    if (tag && name && (CONFLUENCE_CONTAINERS as readonly string[]).includes(name) && line.replace(MACRO_TAG, '').trim() === '') {
      // A container's own tag line: its body is read as text.
      out.end();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      if (i === titleAt && !begun) {
        meta.title = unmark(confluenceInline(heading[2]!));
        sink.info('confluence-title', n, `"${meta.title}" read as the page's title`);
        continue;
      }
      out.heading(Number(heading[1]), heading[2]!, n);
      headed = true;
      continue;
    }
    if (!begun && !out.open && i > titleAt) {
      const row = /^\|\|?([^|]+)\|\|?([^|]+)\|\|?$/.exec(line);
      const pair = row ?? BOLD_FIELD.exec(line);
      const key = pair ? unmark(confluenceInline(pair[1]!)).replace(/:$/, '') : '';
      if (pair && (row || isParticular(key, headed))) {
        const value = unmark(confluenceInline(pair[2]!));
        setParticular(meta, key, value);
        sink.info('confluence-field', n, `"${key}" read as one of the story's particulars`);
        continue;
      }
    }
    if (isNavigation(line, LINK)) {
      out.end();
      sink.info('confluence-navigation', n, "a line of links to other pages left out: the wiki's navigation, not the story");
      continue;
    }
    if (!out.listLine(line, /^(?:[#*-]+|bq\.)\s+(.*)$/.exec(line)?.[1] ?? null, n)) begun = true;
  }
  out.end();
  return { meta, blocks: out.blocks };
}
