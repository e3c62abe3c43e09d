import type { DiagnosticSink } from '../../diagnostics.js';
import { matchByLine } from '../rules/header-labels.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, BREAK, unmark } from './markup-blocks.js';
import { WIKI_HEADING, wikiInline } from './mediawiki.js';
import { setHeaderField, type MarkupRead } from './read-result.js';
import { pageTitleLine, type PageHeading } from './wiki-page.js';

/** The processing instructions a MoinMoin page opens with (`#format wiki`, `#language it`, `#pragma …`, `#acl …`). */
export const MOIN_INSTRUCTION = /^#(format|language|pragma|acl|redirect|refresh|deprecated|keywords|description)\b\s*(.*)$/i;
/** A macro standing alone on its line (`<<TableOfContents(2)>>`, `<<Navigation(children)>>`): the wiki's furniture. */
export const MOIN_MACRO_LINE = /^<<[A-Z]\w*(?:\([^)]*\))?>>$/;
/** MoinMoin's own macros, by name: what marks a page as Moin's (a story may shout `<<END>>` on a line). */
export const MOIN_MACROS = /^<<(?:TableOfContents|Navigation|Include|BR|Anchor|FullSearch|PageList|Date|DateTime|Action|Icon|MailTo|GetText|FootNote|RandomQuote|AttachList|AttachInfo|MonthCalendar|Verbatim|RecentChanges|PageCount|OrphanedPages|WantedPages|TitleSearch)(?:\([^)]*\))?>>$/;
/** The line of category links a page closes with (`CategoryStories CategoryWorkshop2007`). */
export const MOIN_CATEGORIES = /^(?:Category[A-Z]\w*\s*)+$/;
/** Smileys and icons that mark a line (`/!\`, `(!)`, `<!>`, `{i}`, `{*}`, `:)`), no words. */
const ICON = /(?:^|\s)(?:\/!\\|\(!\)|<!>|\{i\}|\{\*\}|\{o\}|\{X\}|\{OK\}|:-?\)|;-?\)|:-?\()(?=\s|$)/g;

/** MoinMoin's inline markup beside MediaWiki's quotes: `<<BR>>`, `__underline__`, `--(struck)--`, sizes, sub- and superscripts, `{{attachment:…}}`. */
function moinInline(text: string): string {
  return wikiInline(
    text
      .replace(/<<BR>>/g, BREAK)
      .replace(/<<[A-Z]\w*(?:\([^)]*\))?>>/g, '')
      .replace(/\{\{(?:attachment|drawing):[^}]*\}\}/g, '')
      .replace(/\{\{\{(.{0,300}?)\}\}\}/g, '$1')
      .replace(ICON, ' ')
      // Spans are bounded, so an opener that never closes costs a short look ahead, not the rest of the line.
      .replace(/__(.{1,300}?)__|--\((.{1,300}?)\)--|~-(.{1,300}?)-~|~\+(.{1,300}?)\+~|\^(.{1,300}?)\^|,,(.{1,300}?),,/g, (...m: (string | undefined)[]) => m.slice(1, 7).find((g) => g !== undefined) ?? '')
      .trim(),
  );
}

/**
 * A MoinMoin wiki page's source: processing instructions (`#format`, `#language`) and `##` comments taken
 * off, `#language` kept as the story's language; a lone top-level `= Title =` as the page's title with a
 * by-line under it as the author; `== Heading ==` sections; `''italic''`, `'''bold'''` and Moin's other
 * inline marks; `----` a scene break; indented list items (` 1.`, ` *`) as paragraphs of their own.
 * Macros on their own line (`<<TableOfContents>>`) and the closing `CategoryX` line are the wiki's, dropped.
 */
export function readMoinMoin(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const out = new BlockCollector(sink, moinInline);
  const lines = text.split('\n');
  const headings: PageHeading[] = [];
  lines.forEach((l, k) => {
    const h = WIKI_HEADING.exec(l.trim());
    if (h) headings.push({ line: k, depth: h[1]!.length, text: unmark(moinInline(h[2]!)) });
  });
  const titleLine = pageTitleLine(headings);
  let bylineDue = false;
  let preformatted = false;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i]!.replace(/\s+$/, '');
    const line = raw.trim();
    if (line === '{{{' || /^\{\{\{#!/.test(line) || (preformatted && line === '}}}')) {
      // A preformatted block keeps its lines as they stand; its braces are markup.
      out.end();
      preformatted = !preformatted;
      continue;
    }
    if (preformatted) {
      out.line(raw, n, BREAK);
      continue;
    }
    if (line === '') {
      out.end();
      continue;
    }
    const instruction = MOIN_INSTRUCTION.exec(raw);
    if (instruction && headings.every((h) => h.line > i)) {
      if (instruction[1]!.toLowerCase() === 'language') setHeaderField(meta, 'Language', instruction[2]!);
      sink.info('moin-instruction', n, `processing instruction #${instruction[1]} dropped`);
      continue;
    }
    if (raw.startsWith('##')) {
      sink.info('moin-comment', n, 'comment dropped');
      continue;
    }
    if (MOIN_MACRO_LINE.test(line) || MOIN_CATEGORIES.test(line)) {
      out.end();
      sink.info('moin-chrome', n, `${line.startsWith('<<') ? 'macro' : 'category links'} left out: the wiki's, not the story's`);
      continue;
    }
    const heading = WIKI_HEADING.exec(line);
    if (heading) {
      if (i === titleLine) {
        out.end();
        meta.title ??= unmark(moinInline(heading[2]!));
        bylineDue = true;
        continue;
      }
      out.heading(heading[1]!.length, moinInline(heading[2]!), n);
      continue;
    }
    if (bylineDue && !out.open) {
      bylineDue = false;
      const by = matchByLine(unmark(moinInline(line)));
      if (by && meta.author === null) {
        meta.author = by.author;
        sink.info('moin-byline', n, `by-line under the page title read as the author (${by.ruleId})`);
        continue;
      }
    }
    if (/^-{4,}$/.test(line)) {
      out.sceneBreak(line, n);
      continue;
    }
    // An indented list item (` 1.`, ` * `, ` a.`, ` i.`) is a line of its own.
    out.listLine(line, /^\s+(?:\*|\d+\.|[aAiI]\.(?:#\d+)?)\s+(.*)$/.exec(raw)?.[1] ?? null, n);
  }
  out.end();
  return { meta, blocks: out.blocks };
}
