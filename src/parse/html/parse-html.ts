import type { Element, ElementContent, Root } from 'hast';
import type { DiagnosticSink } from '../../diagnostics.js';
import type { Block, Manuscript, StoryMeta } from '../../model.js';
import { inlineText } from '../inline.js';
import type { MdBlock, MdHeading } from '../markdown/mdast-blocks.js';
import type { ParseOptions } from '../parse-text.js';
import { languageTag } from '../rules/fields.js';
import { emptyMeta, sectionBlocks } from '../section-blocks.js';
import { ao3Layout, ao3Meta, ao3Sections, findAo3Preface } from './ao3-download.js';
import { applyClassStyles } from './class-styles.js';
import { dropBeforeBody } from './before-body.js';
import { edgeNotes } from './edge-notes.js';
import { dropChromeTail, dropContents, dropNavRows, dropPageNumbers, dropTitleGraphics } from './page-chrome.js';
import { findFootnotes, footnoteHeadings, footnoteNote, placeFootnotes, type Footnote } from './footnotes.js';
import { HtmlReadState, walk } from './hast-blocks.js';
import { markHeadings } from './heading-marks.js';
import { attr, classes, findAll, findFirst, positionOf, textOf } from './hast-query.js';
import { readFfnPage } from './ffn-page.js';
import { readHtml } from './read-html.js';
import { dropAfterLoneArticle } from './lone-article.js';
import { readTwine } from './twine-archive.js';
import { readBookPage } from './book-generator.js';
import { dropRecordBox } from './record-box.js';
import { applyLibraryMeta, libraryMeta } from './library-meta.js';
import { dropSiteBanner, dropSiteFooter } from './site-banner.js';
import { bookOfChapter } from './title-book.js';
import { markedHeading } from '../marked-headings.js';
import { dropTitlePageLines } from './title-page-lines.js';
import { blocksAsText, MappedSink, mapPositions, splitTabTitle } from '../blocks-as-text.js';
import { splitAtBy } from '../title-line.js';
import { parseText } from '../parse-text.js';

/** What the page's head says: `<html lang>`, `<title>`, `<meta name="author|description">`. */
export function headMeta(tree: Root): { meta: StoryMeta; pageTitle: string | null } {
  const meta = emptyMeta();
  const html = findFirst(tree, (e) => e.tagName === 'html');
  const lang = html ? attr(html, 'lang') || attr(html, 'xmlLang') : '';
  meta.language = languageTag(lang) ?? meta.language;
  const named = (name: string): string | null => {
    const m = findAll(tree, (e) => e.tagName === 'meta' && attr(e, 'name').toLowerCase() === name)[0];
    return m ? attr(m, 'content').trim() || null : null;
  };
  meta.author = named('author');
  meta.description = named('description');
  const title = findFirst(tree, (e) => e.tagName === 'title');
  return { meta, pageTitle: title ? textOf(title) || null : null };
}

/** How many letters of a page's description must open the story for it to be the site's excerpt of it. */
const EXCERPT_PREFIX = 40;

/** A description that opens as the story does (`<meta name="description">` cut from its first lines). */
function isExcerpt(description: string, m: Manuscript): boolean {
  const first = [...m.front, ...m.chapters].flatMap((c) => c.children).find((b) => b.type === 'paragraph');
  if (first === undefined) return false;
  const squash = (t: string): string => t.replace(/\s+/g, ' ').trim();
  const head = squash(description).replace(/(?:\.\.\.|…)$/u, '').slice(0, EXCERPT_PREFIX);
  return head.length >= Math.min(EXCERPT_PREFIX, squash(description).length) && squash(inlineText(first.children)).startsWith(head);
}

/** The site's own name as its head gives it (`og:site_name`, `application-name`): never a book's title. */
function siteName(tree: Root): string | null {
  const m = findFirst(tree, (e) => e.tagName === 'meta' && (attr(e, 'property') === 'og:site_name' || attr(e, 'name').toLowerCase() === 'application-name'));
  return m ? attr(m, 'content').trim() || null : null;
}

/** Class names the web's publishing tools give a post's title and author (microformats, WordPress, AO3's work page). */
const TITLE_CLASS = /^(?:p-name|entry-title|post-title|story-title|work-title)$/;
const AUTHOR_CLASS = /^(?:p-author|author|entry-author|post-author|byline|author-name|author_name|authorname)$/;

const DOC_TITLE = /^(?:title|msotitle)$/i;
const DOC_SUBTITLE = /^(?:subtitle|msosubtitle)$/i;
const BY = /(?:^|\s)by:?\s+(?!.*\sby\s)(.+)$/iu;
/** Longer than this, a line is not a by-line (and the pattern's look-ahead stays cheap). */
const MAX_BYLINE = 200;
const isByline = (text: string): boolean => text.length <= MAX_BYLINE && BY.test(text);

/**
 * The name in a by-line element: its one link (`a web serial by <a>wren hollow</a>`), else what follows
 * its last `by` (`a novelette by NAME`), else all of it.
 */
function bylineName(el: Element): string {
  const links = findAll(el, (e) => e.tagName === 'a').map(textOf).filter((t) => t !== '');
  if (links.length === 1 && textOf(el).endsWith(links[0]!)) return links[0]!;
  const text = textOf(el);
  const by = text.length <= MAX_BYLINE ? BY.exec(text) : null;
  return (by ? by[1]! : text).trim();
}

/**
 * What a page's markup names outright: the work's title (`h1.p-name`, `h2.title`, `og:title`) and its
 * author (`a[rel=author]`, `.p-author`). Believed over what the text alone suggests.
 */
function pageSemantics(body: Element | Root, tree: Root): { title: string | null; author: string | null; titleLine: number; authorLine: number } {
  const og = findFirst(tree, (e) => e.tagName === 'meta' && attr(e, 'property') === 'og:title');
  const heading = findFirst(body, (e) => classes(e).some((c) => TITLE_CLASS.test(c)) || (/^h[12]$/.test(e.tagName) && classes(e).includes('title')));
  const author = findFirst(body, (e) => (e.tagName === 'a' && /\bauthor\b/.test(String(attr(e, 'rel')))) || classes(e).some((c) => AUTHOR_CLASS.test(c)));
  // A word processor's Title and Subtitle paragraph styles (Google Docs' `p.title`, Word's `p.MsoTitle`): the work's title, and a by-line.
  const docTitle = findFirst(body, (e) => e.tagName === 'p' && classes(e).some((c) => DOC_TITLE.test(c)));
  const subtitle = author ? null : findFirst(body, (e) => e.tagName === 'p' && classes(e).some((c) => DOC_SUBTITLE.test(c)) && isByline(textOf(e)));
  const title = heading ? textOf(heading) : docTitle ? textOf(docTitle) : og ? attr(og, 'content').trim() : '';
  const byline = author ?? subtitle;
  const name = byline ? bylineName(byline) : '';
  const line = (e: Element | null): number => (e ? positionOf(e).start.line : 1);
  return { title: title || null, author: name || null, titleLine: line(heading ?? docTitle ?? og), authorLine: line(byline) };
}

/**
 * Any page that no layout claims: its blocks written out as the text a reader would copy from it, then read
 * as plain text is, so a page's header fields, by-lines, contents and chapter headings are found by the
 * same evidence (FanFicFare's HTML, a saved Gutenberg or Medium page, Word's filtered HTML). What only the
 * page's head says (`<title>`, `<meta name="author">`, `lang`) fills what the text leaves open.
 */
function readGeneric(tree: Root, options: Readonly<ParseOptions>, state: HtmlReadState): Manuscript {
  const { meta, pageTitle } = headMeta(tree);
  applyClassStyles(tree, options.sink);
  dropPageNumbers(tree, state);
  const generator = readBookPage(tree, options.sink);
  const body = generator?.content ?? findFirst(tree, (e) => e.tagName === 'body') ?? tree;
  dropAfterLoneArticle(body, state);
  const read = edgeNotes(dropTitleGraphics(dropChromeTail(dropContents(dropNavRows(walk(body.children as ElementContent[], state), state), state), state), state));
  const named = pageSemantics(body, tree);
  if (named.title === null && generator?.title) named.title = generator.title;
  const catalogue = libraryMeta(tree);
  const blocks = dropRecordBox(dropSiteFooter(pageTitle, dropSiteBanner(pageTitle, read, options.sink), options.sink), named.title ?? catalogue.title, named.author ?? catalogue.author, options.sink);
  const page = blocksAsText(blocks);
  // A heading that repeats the page's <title> names the work, as a titled one does (a Fimfiction download's first <h1>).
  const { marks, workNotes } = markHeadings(blocks, [named.title, named.author, pageTitle, catalogue.title, catalogue.author].filter((t): t is string => t !== null), state);
  const book = bookOfChapter(pageTitle, siteName(tree), blocks, () => blocksAsText(read).text);
  if (book !== null && !marks.has(book.heading)) marks.set(book.heading, markedHeading((blocks[book.heading] as MdHeading).text, 'html-title-book'));
  const marked = new Map([...marks].map(([i, h]) => [page.blockLine[i]!, h]));
  marked.delete(0);
  const m = parseText(page.text, { ...options, sink: new MappedSink(options.sink, page.sourceLine), markedHeadings: marked });
  mapPositions(m, page.sourceLine);
  liftWorkNotes(m, new Set(workNotes.map((i) => blocks[i]!.position.start.line)), options.sink);
  if (book !== null && named.title === null) {
    m.meta.title = book.book;
    options.sink.info('html-title-book', blocks[book.heading]!.position.start.line, `the page's <title> names the book "${book.book}" over this heading: the page is one of its chapters`);
  }
  if (named.title !== null && named.title !== m.meta.title) {
    m.meta.title = named.title;
    options.sink.info('html-title', named.titleLine, `title "${named.title}" taken from the page's markup for it`);
  }
  if (named.author !== null && named.author !== m.meta.author) {
    m.meta.author = named.author;
    options.sink.info('html-author', named.authorLine, `author "${named.author}" taken from the page's markup for it`);
  }
  applyLibraryMeta(m, catalogue, { title: named.title, author: named.author ?? meta.author }, options.sink);
  m.meta.author ??= meta.author;
  if (meta.description !== null && isExcerpt(meta.description, m)) options.sink.info('html-excerpt', 1, "the page's description is the story's opening words (an excerpt the site made), not a summary");
  else m.meta.description ??= meta.description;
  const unset = emptyMeta().language;
  if (meta.language !== unset && m.meta.language === unset) m.meta.language = meta.language;
  if (m.meta.title === null && pageTitle !== null) {
    const titleLine = positionOf(findFirst(tree, (e) => e.tagName === 'title')!).start.line;
    // FanFicFare titles its HTML `Title by Author`.
    const by = m.meta.author === null ? splitAtBy(pageTitle) : null;
    m.meta.title = by?.title ?? withoutSiteName(pageTitle, page.text);
    if (by) m.meta.author = by.author;
    options.sink.info('html-title', titleLine, `title "${m.meta.title}" taken from the page's <title>${by ? ', and the author after its "by"' : ''}`);
  }
  splitTabTitle(m, page.text, options.sink);
  if (pageTitle !== null && named.title === null) authorTitleTab(m, pageTitle, blocks, options.sink);
  dropTitlePageLines(m, options.sink);
  m.diagnostics = options.sink.sorted();
  return m;
}

/**
 * A library page's `<title>` of two parts (`Милена Јовановић: Сат на тргу`, `Author - Title`), both standing
 * alone in the page: the part the page sets in bold or as a heading is the title, the other the author
 * (`html-tab-parts`). Believed over a title the text alone suggested, which on such pages is often the
 * site's banner.
 */
function authorTitleTab(m: Manuscript, pageTitle: string, blocks: readonly MdBlock[], sink: DiagnosticSink): void {
  const parts = pageTitle.split(/\s*[:|]\s+|\s+[-–—]\s+/u);
  if (parts.length !== 2 || parts.includes(m.meta.title ?? '')) return;
  const alone = (text: string): MdBlock | undefined =>
    blocks.find((b) => (b.type === 'mdHeading' ? b.text : b.type === 'paragraph' ? inlineText(b.children).trim() : '') === text);
  const shown = parts.map(alone);
  if (shown.some((b) => b === undefined)) return;
  const marked = shown.map((b) => b!.type === 'mdHeading' || (b!.type === 'paragraph' && b!.children.length === 1 && b!.children[0]!.type === 'strong'));
  if (marked[0] === marked[1]) return;
  const t = marked[0] ? 0 : 1;
  m.meta.title = parts[t]!;
  // An author the text found that stands nowhere alone came from the same banner as its title.
  if (m.meta.author === null || m.meta.author === parts[t] || alone(m.meta.author) === undefined) m.meta.author = parts[1 - t]!;
  sink.info('html-tab-parts', shown[t]!.position.start.line, `title "${parts[t]}" and author "${parts[1 - t]}" read from the page's <title>, both standing in the page`);
}

/** Notes the last chapter closes with that the markup heads at the chapters' level: notes on the whole work (`html-work-note`). */
function liftWorkNotes(m: Manuscript, lines: ReadonlySet<number>, sink: DiagnosticSink): void {
  const last = m.chapters[m.chapters.length - 1];
  if (last === undefined || lines.size === 0) return;
  const lifted = last.notesAfter.filter((n) => lines.has(n.position.start.line));
  if (lifted.length === 0) return;
  last.notesAfter = last.notesAfter.filter((n) => !lifted.includes(n));
  for (const n of lifted) {
    m.notesAfter.push({ ...n, place: 'storyEnd' });
    sink.info('html-work-note', n.position.start.line, `"${n.label}" is headed like a chapter after the last one: a note on the whole work`);
  }
}

/** An AO3 download: the preface gives the metadata, the layout's claims the chapters and notes. */
function readAo3(tree: Root, options: Readonly<ParseOptions>): { m: Manuscript; state: HtmlReadState } | null {
  const preface = findAo3Preface([tree]);
  if (preface === null) return null;
  const { meta } = headMeta(tree);
  ao3Meta(preface, meta, new HtmlReadState(options.sink));
  const layout = ao3Layout(meta.title);
  const state = new HtmlReadState(options.sink, layout.claim);
  options.sink.info('ao3-download', positionOf(preface).start.line, 'read as an AO3 HTML download (preface, chapters, afterword)');
  const body = findFirst(tree, (e) => e.tagName === 'body') ?? tree;
  return { m: sectionBlocks(ao3Sections(walk(body.children as ElementContent[], state), layout), meta, options), state };
}

/** Scene breaks at a chapter's very start or end separate nothing from nothing. */
export function trimBreaks(m: Manuscript): void {
  for (const c of [...m.chapters, ...m.front]) {
    const bare = (b: Block | undefined): boolean => b?.type === 'sceneBreak' && b.label === null;
    while (bare(c.children[0])) c.children.shift();
    while (bare(c.children[c.children.length - 1])) c.children.pop();
  }
}

/**
 * A parsed HTML page to a Manuscript: AO3's download layout and saved
 * FanFiction.Net pages are recognised exactly; any other page is read
 * generically. One diagnostic names what was dropped (scripts, styles,
 * forms, navigation, comments).
 */
export function manuscriptFromHtml(tree: Root, options: Readonly<ParseOptions>): Manuscript {
  let read = readAo3(tree, options);
  const twine = read === null ? readTwine(tree, options) : null;
  if (twine !== null) read = { m: twine, state: new HtmlReadState(options.sink) };
  if (read === null) {
    const footnotes = findFootnotes(tree);
    const found: Footnote[] = [];
    const headings = footnoteHeadings(tree, footnotes);
    const state = new HtmlReadState(options.sink, (el) => {
      if (headings.has(el)) {
        options.sink.info('html-footnote-heading', positionOf(el).start.line, `"${textOf(el)}" heads the page's footnotes, not a chapter`);
        return [];
      }
      const ref = footnotes.get(el);
      if (ref === undefined) return null;
      const [note] = footnoteNote(el);
      if (note?.type === 'note') found.push({ note, ref });
      options.sink.info('html-footnote', positionOf(el).start.line, `footnote ${ref.marker} kept out of the body, placed after the chapter that refers to it (line ${ref.line})`);
      return [];
    }, true);
    read = { m: readFfnPage(tree, options, state) ?? readGeneric(tree, options, state), state };
    // A rule closing the text above its footnotes closes the chapter they are placed after: trimmed first.
    trimBreaks(read.m);
    placeFootnotes(read.m, found);
  }
  const { m, state } = read;
  trimBreaks(m);
  state.report();
  m.diagnostics = options.sink.sorted();
  return m;
}

/** An HTML (or XHTML) manuscript's text to a Manuscript. Nothing it links to is fetched. */
export function parseHtml(text: string, options: Readonly<ParseOptions>): Manuscript {
  const tree = readHtml(text, /\.xhtml?$/i.test(options.file) && text.trimStart().startsWith('<?xml'), options.sink);
  dropBeforeBody(tree, text, options.sink);
  return manuscriptFromHtml(tree, options);
}

/**
 * A page's `<title>` that adds the site's name (`Yuletide Treasure: The River in Winter`, `The River in Winter | Site`):
 * the part the page sets again on a line of its own is the story's title.
 */
function withoutSiteName(pageTitle: string, text: string): string {
  const parts = pageTitle.split(/\s+[|–—-]\s+|:\s+/u).map((p) => p.trim()).filter((p) => p.length >= 3);
  if (parts.length < 2) return pageTitle;
  const lines = new Set(text.split('\n').map((l) => l.trim()));
  const shown = parts.filter((p) => lines.has(p));
  return shown.length === 1 ? shown[0]! : pageTitle;
}
