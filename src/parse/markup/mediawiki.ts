import type { DiagnosticSink } from '../../diagnostics.js';
import { matchNoteLabel } from '../rules/notes.js';
import { isSceneBreak } from '../rules/markers.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, BREAK, EM, STRONG, unmark } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

export const WIKI_HEADING = /^(={1,6})\s*(.*?[^=\s])\s*\1\s*$/;
/** A page's own chrome: a link that files the page (`[[Category:…]]`), a picture, an interlanguage link. */
const FILING_LINK = /\[\[(?:Category|File|Image|Media|[a-z]{2,3}(?:-[a-z]+)?):[^\]]*\]\]/giu;
/** Templates that stand for a section break. */
const WIKI_BREAK = /^(?:asterism|dinkus|section ?break|scene ?break|\*(?: ?\*)+)$/i;
/** A list item that only links to a subpage (`* [[/Chapter 1|Chapter I]]`): a work's contents list. */
const SUBPAGE_LINK = /^[*#]+\s*\[\[\/[^\]]*\]\]\s*$/;
/** `__NOTOC__`, `__TOC__`: switches for the page's layout. */
const MAGIC_WORD = /__[A-Z]{3,}__/g;
/** Sections a wiki page closes with that are about the story, not of it. */
const APPENDIX_SECTION = /^(?:trivia|references|see also|external links|gallery|further reading|sources|bibliography|navigation|behind the scenes|appearances|footnotes)$/iu;

/** A link as its shown words: `[[Page|shown]]` → shown, `[[Page]]` → Page, `[http://… shown]` → shown. */
export function wikiLinks(text: string): string {
  return text
    .replace(FILING_LINK, '')
    .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1')
    .replace(/\[(?:https?:|ftp:|mailto:)[^\s\]]*\s*([^\]]*)\]/g, '$1');
}

/** Wikitext's inline markup to emphasis marks: `'''''both'''''`, `'''bold'''`, `''italic''`; `<br>` a line break; other tags as their words. */
export function wikiInline(text: string): string {
  return wikiLinks(text)
    .replace(/<br\s*\/?>/gi, BREAK)
    .replace(/<\/?(?:center|small|big|span|div|font|u|s|del|ins|poem|blockquote|nowiki|p|ref)\b[^>]*>/gi, '')
    .replace(/<(i|em)>(.*?)<\/\1>/gi, `${EM.open}$2${EM.close}`)
    .replace(/<(b|strong)>(.*?)<\/\1>/gi, `${STRONG.open}$2${STRONG.close}`)
    .replace(/'''''(.+?)'''''/g, `${STRONG.open}${EM.open}$1${EM.close}${STRONG.close}`)
    .replace(/'''(.+?)'''/g, `${STRONG.open}$1${STRONG.close}`)
    .replace(/''(.+?)''/g, `${EM.open}$1${EM.close}`);
}

/**
 * Footnotes (`<ref>…</ref>`, `<ref name="x" />`) and comments (`<!-- … -->`) taken out of the whole text,
 * each replaced by as many line ends as it spanned, so every line keeps its number. One pass with
 * `indexOf`: an opener whose closer never comes keeps its text, and no opener searches the text twice.
 */
function dropRefsAndComments(text: string, sink: DiagnosticSink): string {
  const OPEN = /<!--|<ref\b[^>\n]*>/gi;
  let out = '';
  let from = 0;
  let line = 1;
  let counted = 0;
  // A closer once found missing is missing for every later opener too, so it is never searched for again.
  const missing = new Set<string>();
  const lineAt = (at: number): number => {
    for (; counted < at; counted++) if (text.charCodeAt(counted) === 10) line++;
    return line;
  };
  for (let m = OPEN.exec(text); m !== null; m = OPEN.exec(text)) {
    const comment = m[0] === '<!--';
    const closer = comment ? '-->' : m[0].endsWith('/>') ? '' : '</ref>';
    const end = closer === '' ? m.index + m[0].length : missing.has(closer) ? -1 : text.indexOf(closer, m.index + m[0].length);
    if (end === -1) {
      missing.add(closer);
      continue;
    }
    const stop = closer === '' ? end : end + closer.length;
    const span = text.slice(m.index, stop);
    sink.info(comment ? 'wiki-comment' : 'wiki-footnote', lineAt(m.index), comment ? 'comment left out' : 'footnote left out of the story text');
    out += text.slice(from, m.index) + '\n'.repeat(span.split('\n').length - 1);
    from = stop;
    OPEN.lastIndex = stop;
  }
  return out + text.slice(from);
}

/** Where a template that opens at `from` closes (its `}}` balancing every `{{`), or -1. */
function templateEnd(lines: readonly string[], from: number): number {
  let depth = 0;
  for (let k = from; k < lines.length && k < from + 200; k++) {
    depth += (lines[k]!.match(/\{\{/g) ?? []).length - (lines[k]!.match(/\}\}/g) ?? []).length;
    if (depth <= 0) return k;
  }
  return -1;
}

/**
 * MediaWiki's wikitext, as a story page on a fiction wiki is copied out of the source editor: an infobox
 * template whose `| key = value` parameters are the story's fields; `== Heading ==` sections by depth;
 * `'''bold'''` and `''italic''`; `[[Page|shown words]]` links as their words; `----` a scene break. Not
 * story text: other templates (`{{Spoiler}}`), footnotes, category links, the encyclopedic lead sentence that
 * opens with the title in bold, and the closing Trivia/References/See also sections. A section headed by a
 * note label (`== Author's Note ==`) is the author's note.
 */
export function readMediaWiki(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const out = new BlockCollector(sink, wikiInline);
  const lines = dropRefsAndComments(text, sink).split('\n');
  let seenHeading = false;
  let leadChecked = false;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i]!.replace(MAGIC_WORD, '').trim();
    if (line === '') {
      out.end();
      continue;
    }
    if (/^\{\{/.test(line)) {
      const end = templateEnd(lines, i);
      if (end !== -1) {
        out.end();
        const name = /^\{\{\s*([^|}\n]*)/.exec(line)![1]!.trim();
        // Wikisource heads each page with `{{header | title = … | author = … | section = …}}`: its metadata like an infobox's.
        if (!seenHeading && /^(?:infobox|header)\b/i.test(name)) {
          for (const l of lines.slice(i, end + 1)) {
            const p = /^\s*\|\s*([\w -]+?)\s*=\s*(.*?)\s*(?:\}\})?\s*$/.exec(l);
            if (p) setHeaderField(meta, p[1]!, unmark(wikiInline(p[2]!)));
          }
          sink.info('wiki-infobox', n, `the {{${name}}} template read as the story's metadata`, { endLine: end + 1 });
        } else if (end === i && (isSceneBreak(name) || WIKI_BREAK.test(name))) {
          // `{{***}}`, `{{asterism}}`: Wikisource's section break.
          out.sceneBreak(name, n);
        } else sink.info('wiki-template', n, `template {{${name}}} left out`, { endLine: end + 1 });
        i = end;
        continue;
      }
    }
    if (SUBPAGE_LINK.test(line)) {
      out.end();
      sink.info('wiki-contents', n, 'a link to a subpage of the work is its contents list, not story text');
      continue;
    }
    if (/^<references\s*\/?>$/i.test(line) || line.replace(FILING_LINK, '').trim() === '') {
      out.end();
      sink.info('wiki-chrome', n, 'the page\'s references list or category links left out');
      continue;
    }
    const heading = WIKI_HEADING.exec(line);
    if (heading) {
      seenHeading = true;
      const title = unmark(wikiInline(heading[2]!));
      const depth = heading[1]!.length;
      const end = sectionEnd(lines, i, depth);
      if (APPENDIX_SECTION.test(title)) {
        out.end();
        sink.info('wiki-appendix', n, `the wiki's "${title}" section left out: it is about the story, not of it`, { endLine: end });
        i = end - 1;
        continue;
      }
      if (matchNoteLabel(`${title}:`) !== null) {
        const inner = new BlockCollector(sink, wikiInline, true);
        for (let k = i + 1; k < end; k++) {
          const l = lines[k]!.trim();
          if (l === '') inner.end();
          else inner.line(l, k + 1);
        }
        out.container(title, inner, n, end, `section "${title}"`);
        i = end - 1;
        continue;
      }
      out.heading(depth, heading[2]!, n);
      continue;
    }
    if (/^-{4,}$/.test(line)) {
      out.sceneBreak(line, n);
      continue;
    }
    if (!seenHeading && !leadChecked && !out.open) {
      leadChecked = true;
      const lead = /^'''([^']+)'''/.exec(line);
      const subject = lead ? unmark(wikiLinks(lead[1]!)) : '';
      if (lead && (meta.title === null || subject.toLowerCase() === meta.title.toLowerCase())) {
        // The lead's bold words name the page's subject: the story's title when no infobox gave one.
        meta.title ??= subject;
        const end = paragraphEnd(lines, i);
        sink.info('wiki-lead', n, 'the encyclopedic lead sentence about the story left out of the story text', { endLine: end });
        i = end - 1;
        continue;
      }
    }
    out.listLine(line, /^[*#:;]+\s*(.*)$/.exec(line)?.[1] ?? null, n);
  }
  out.end();
  return { meta, blocks: out.blocks };
}

/** The line after a section: the next heading of its depth or above, or the end of the text. */
function sectionEnd(lines: readonly string[], from: number, depth: number): number {
  for (let k = from + 1; k < lines.length; k++) {
    const h = WIKI_HEADING.exec(lines[k]!.trim());
    if (h && h[1]!.length <= depth) return k;
  }
  return lines.length;
}

/** The line after a paragraph: the next blank line or heading. */
function paragraphEnd(lines: readonly string[], from: number): number {
  let k = from + 1;
  while (k < lines.length && lines[k]!.trim() !== '' && !WIKI_HEADING.test(lines[k]!.trim())) k++;
  return k;
}
