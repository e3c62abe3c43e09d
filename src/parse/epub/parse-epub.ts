import type { ElementContent, Root } from 'hast';
import { XMLValidator } from 'fast-xml-parser';
import { DiagnosticSink } from '../../diagnostics.js';
import type { Manuscript, Note, Position } from '../../model.js';
import { openEpub } from '../../read/epub/open-epub.js';
import { ao3Layout, ao3Meta, ao3Sections, findAo3Preface } from '../html/ao3-download.js';
import { edgeNotes } from '../html/edge-notes.js';
import { HtmlReadState, walk, type Claim } from '../html/hast-blocks.js';
import { append, attr, classes, findAll, findFirst, hasClass, textOf } from '../html/hast-query.js';
import { trimBreaks } from '../html/parse-html.js';
import { readHtml } from '../html/read-html.js';
import type { MdBlock, MdHeading } from '../markdown/mdast-blocks.js';
import { sectionBlocks } from '../section-blocks.js';
import { refuseEncrypted } from './encryption.js';
import { fanFicFareNotes, fanFicFareTitlePage, isFanFicFare } from './fanficfare.js';
import { contentsTitles } from './nav-titles.js';
import { readPackage, type PackageDocument, type SpineItem } from './package-document.js';
import { readTitlePage } from './title-page.js';

interface Page {
  item: SpineItem;
  tree: Root;
  sink: DiagnosticSink;
  title: string | null;
}

type PageKind = 'cover' | 'title' | 'contents' | 'log' | 'text';

const TITLE_PAGE = /(?:^|[/_-])title[-_]?page\b|(?:^|\/)titlepage\b/i;
const CONTENTS_HEADING = /^(?:table of )?contents$|^toc$/i;

/** Cover, title, contents and log pages are not chapters; what decides each is the layout's mark, the guide or the page's shape. */
function pageKind(page: Page, pkg: PackageDocument): PageKind {
  const { item, tree } = page;
  const body = findFirst(tree, (e) => e.tagName === 'body');
  const bodyClasses = body ? classes(body) : [];
  const types = findAll(tree, (e) => e.tagName === 'section' || e.tagName === 'body').map((e) => Object.entries(e.properties).filter(([k]) => /type$/i.test(k)).map(([, v]) => String(v)).join(' ')).join(' ');
  if (item.properties.includes('nav') || pkg.guide.get('toc') === item.entry || bodyClasses.includes('fff_tocpage')) return 'contents';
  if (bodyClasses.includes('fff_logpage')) return 'log';
  if (bodyClasses.includes('fff_coverpage') || pkg.guide.get('cover') === item.entry) return 'cover';
  if (bodyClasses.includes('fff_titlepage') || /\btitlepage\b/.test(types) || item.refProperties.includes('calibre:title-page') ||
    pkg.guide.get('title-page') === item.entry || TITLE_PAGE.test(item.entry) || findFirst(tree, (e) => hasClass(e, 'title-page') || hasClass(e, 'titlepage')) !== null) {
    // calibre marks its cover page as the title page; a page of only an image is a cover either way.
    return body && textOf(body) === '' ? 'cover' : 'title';
  }
  if (!body || textOf(body) === '') return 'cover';
  const links = findAll(body, (e) => e.tagName === 'a' && attr(e, 'href') !== '').map(textOf).join(' ').length;
  const heading = findFirst(body, (e) => /^h[1-6]$/.test(e.tagName));
  if (heading && CONTENTS_HEADING.test(textOf(heading)) && links > textOf(body).length * 0.6) return 'contents';
  return 'text';
}

function readPages(archive: ReturnType<typeof openEpub>, pkg: PackageDocument, sink: DiagnosticSink): Page[] {
  const titles = contentsTitles(archive, pkg, sink);
  const pages: Page[] = [];
  for (const item of pkg.spine) {
    const text = archive.text(item.entry);
    if (text === null) {
      sink.warn('epub-missing', 1, `the spine names ${item.entry}, which is not in the archive; that part of the book is missing`);
      continue;
    }
    const pageSink = new DiagnosticSink(`${archive.file}/${item.entry}`);
    const valid = XMLValidator.validate(text);
    if (valid !== true) pageSink.warn('epub-xml', valid.err.line, `not well-formed XHTML (${valid.err.msg}); read leniently as HTML`, { column: valid.err.col });
    pages.push({ item, tree: readHtml(text, true, pageSink), sink: pageSink, title: titles.get(item.entry) ?? null });
  }
  return pages;
}

/**
 * Each page is its own evidence: headings below a page's opening heading are
 * section headings, not chapters; a page that holds only a heading (`Part
 * One`) stands one level above the chapters, which open at the level most
 * pages open at. A chapter page that opens at the parts' level (an
 * afterword beside the parts) belongs to no part: its position is returned.
 */
function pageSections(pages: MdBlock[][]): Set<Position> {
  const lead = (own: MdBlock[]): number => own.findIndex((b) => !(b.type === 'mdHeading' && b.part === true));
  const opening = (own: MdBlock[]): number | null => {
    const first = own[lead(own)];
    return first?.type === 'mdHeading' ? first.depth : null;
  };
  const hasText = (own: MdBlock[]): boolean => own.some((b) => b.type === 'paragraph');
  const counts = new Map<number, number>();
  for (const d of pages.filter(hasText).map(opening)) if (d !== null) counts.set(d, (counts.get(d) ?? 0) + 1);
  const chapterDepth = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
  const partless = new Set<Position>();
  for (const own of pages) {
    const top = opening(own);
    if (top === null || chapterDepth === null) continue;
    const at = lead(own);
    for (let i = at + 1; i < own.length; i++) {
      const b = own[i]!;
      if (b.type === 'mdHeading' && b.depth > top) own[i] = { type: 'pov', name: b.text, position: b.position };
    }
    for (let i = 0; i < at; i++) own[i] = { ...(own[i] as MdHeading), depth: chapterDepth - 1 };
    if (at > 0) continue;
    const head = own[0] as MdHeading;
    if (!hasText(own) && own.length === 1 && head.depth <= chapterDepth) own[0] = { ...head, depth: chapterDepth - 1 };
    else if (hasText(own) && head.depth < chapterDepth) {
      own[0] = { ...head, depth: chapterDepth };
      partless.add(head.position);
    }
  }
  return partless;
}

/** A contents entry that only repeats the book's title (a one-chapter book) does not head a chapter. */
const sameText = (a: string, b: string | null): boolean => b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

const bodyOf = (tree: Root): ElementContent[] => (findFirst(tree, (e) => e.tagName === 'body')?.children ?? []);

/**
 * An EPUB's bytes to a Manuscript: container → package (metadata, spine) →
 * each spine page through the HTML reader. AO3's and FanFicFare's layouts are
 * recognised; cover, title, contents and log pages are not chapters (a title
 * page's fields and notes are the story's); a page with no heading of its own
 * is headed by its table-of-contents title. Throws `InputError` for an
 * archive quire will not read (encrypted, hostile, not an EPUB).
 */
export function parseEpub(bytes: Uint8Array, file: string): Manuscript {
  const archive = openEpub(bytes, file);
  const sink = new DiagnosticSink(file);
  refuseEncrypted(archive, sink);
  const pkg = readPackage(archive, sink);
  const pages = readPages(archive, pkg, sink);
  const meta = pkg.meta;
  const trees = pages.map((p) => p.tree);
  const quire = /^quire\b/.test(pkg.generator);
  const fff = isFanFicFare(pkg.generator, trees);
  const preface = findAo3Preface(trees);
  if (preface) ao3Meta(preface, meta, new HtmlReadState(sink));
  const ao3 = preface ? ao3Layout(meta.title) : null;
  const claim: Claim | null = ao3 ? ao3.claim : fff ? fanFicFareNotes : null;
  if (ao3 || fff) sink.info('epub-layout', 1, `read as ${ao3 ? 'an AO3' : 'a FanFicFare'} EPUB`);
  const storyNotes: Note[] = [];
  const texts: { page: Page; own: MdBlock[] }[] = [];
  for (const page of pages) {
    const kind = pageKind(page, pkg);
    if (kind === 'title') {
      // quire's title page lists the story's own fields; the OPF's subjects are drawn from them.
      if (quire) meta.fields = {};
      if (fff) fanFicFareTitlePage(page.tree, meta);
      storyNotes.push(...readTitlePage(page.tree, meta, page.sink, quire));
    }
    if (kind !== 'text') {
      page.sink.info('epub-page', 1, `${kind} page, not a chapter`);
      continue;
    }
    const state = new HtmlReadState(page.sink, claim);
    const own = walk(bodyOf(page.tree), state);
    state.report();
    texts.push({ page, own: ao3 ? ao3Sections(own, ao3) : edgeNotes(own) });
  }
  // A page without a heading of its own takes its contents title, at the level the other pages' headings stand.
  const depths = texts.flatMap(({ own }) => (own[0]?.type === 'mdHeading' ? [own[0].depth] : []));
  const depth = depths.length > 0 ? Math.min(...depths) : 1;
  const partless = ao3 ? new Set<Position>() : pageSections(texts.map((t) => t.own));
  const blocks: MdBlock[] = [];
  for (const { page, own } of texts) {
    if (!ao3 && page.title !== null && !sameText(page.title, meta.title) && own[0]?.type !== 'mdHeading' && own.some((b) => b.type === 'paragraph')) {
      own.unshift({ type: 'mdHeading', depth, text: page.title, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } });
      page.sink.info('epub-nav-title', 1, `no heading on the page; headed "${page.title}" from the table of contents`);
    }
    append(blocks, own);
  }
  const m = sectionBlocks(blocks, meta, { file, encoding: 'utf-8', sink });
  m.notesBefore.unshift(...storyNotes);
  for (const c of m.chapters) if (partless.has(c.position)) c.part = null;
  trimBreaks(m);
  m.diagnostics = [...sink.list, ...pages.flatMap((p) => p.sink.list)];
  return m;
}
