import type { Element, Root } from 'hast';
import type { Note, NotePlace, Paragraph, StoryMeta } from '../../model.js';
import { inlineText } from '../inline.js';
import type { MdBlock, MdHeading } from '../markdown/mdast-blocks.js';
import { languageTag } from '../rules/fields.js';
import { walk, type Claim, type HtmlReadState } from './hast-blocks.js';
import { attr, childElements, findAll, findFirst, hasClass, idOf, positionOf, shortText, textOf } from './hast-query.js';

/**
 * AO3's HTML download, exactly as otwarchive's `app/views/downloads/`
 * templates write it (layout `barebones`, English labels):
 *
 * - `div#preface`: `p.message` (title, "Posted originally on…"), `div.meta` with `dl.tags` (dt `Rating:` …
 *   `Stats:`), `h1` title, `div.byline` "by …", `<p>Summary</p><blockquote>`, `<p>Notes</p><blockquote>`,
 *   `div.endnote-link`, a `ul` of related works;
 * - `div#chapters`: one-shot `h2.toc-heading` + `div.userstuff`; or per chapter `div.meta.group` (`h2.heading`
 *   "Chapter N: Title", `p.byline`, `<p>Chapter Summary</p><blockquote>`, `<p>Chapter Notes</p><blockquote>`),
 *   `div.userstuff`, `div.meta#endnotesN` (`<p>Chapter End Notes</p><blockquote>`);
 * - `div#afterword`: `div#endnotes` (`<p>End Notes</p><blockquote>`), `div#series` (the series box), a `dl` of works inspired by this one.
 *
 * AO3's EPUBs are calibre's conversion of the same page, split into several
 * files; the layout reads each element where it stands, so it works on the
 * split files in reading order as on the one page.
 */
export interface Ao3Layout {
  claim: Claim;
  /** Chapter headings from `h2.heading`; any other heading in a chapter's text is a section heading. */
  chapterHeadings: WeakSet<MdHeading>;
}

/** `Published: 2023-04-01 Completed: 2023-04-15 Words: 1,204 Chapters: 3/3` as its labelled parts. */
const STATS_PART = /(\p{L}[\p{L} ]{0,20}?):\s*(\S+)/gu;

/** A block's label: a paragraph (`<p>Chapter End Notes</p>`), or a heading as some layouts set it (`<h2 class="heading">End Notes</h2>`). */
const isLabelTag = (e: Element): boolean => e.tagName === 'p' || e.tagName === 'h2' || e.tagName === 'h3';

/** The blockquote a label paragraph (`<p>Summary</p>`) introduces, among `parent`'s children. */
function labelled(parent: Element, label: string): Element | null {
  const kids = childElements(parent);
  const at = kids.findIndex((k) => isLabelTag(k) && textOf(k).replace(/:$/, '') === label);
  const next = at >= 0 ? kids[at + 1] : undefined;
  return next?.tagName === 'blockquote' ? next : null;
}

/** A block's only blockquote, when no label paragraph introduces it. */
function soleQuote(parent: Element): Element | null {
  const quotes = childElements(parent).filter((k) => k.tagName === 'blockquote');
  return quotes.length === 1 ? quotes[0]! : null;
}

function noteOf(quote: Element | null, label: string, place: NotePlace, state: HtmlReadState): Note[] {
  if (quote === null) return [];
  const children = walk(quote.children, state).flatMap((b): Paragraph[] =>
    b.type === 'paragraph' ? [b] : b.type === 'note' ? b.children : b.type === 'mdHeading' ? [{ type: 'paragraph', children: [{ type: 'text', value: b.text }], position: b.position }] : [],
  );
  if (children.length === 0) {
    state.sink.warn('note-empty', positionOf(quote).start.line, `"${label}" has no text; the empty note was dropped`);
    return [];
  }
  return [{ type: 'note', label, place, children, position: positionOf(quote) }];
}

/** AO3's tag list: a `dl` (class `tags` on the site, none after calibre) whose terms include `Rating:` and `Stats:`. */
function isTagList(e: Element): boolean {
  if (e.tagName !== 'dl') return false;
  const terms = childElements(e).filter((k) => k.tagName === 'dt').map(textOf);
  return terms.includes('Rating:') && terms.includes('Stats:');
}

/**
 * The preface's meta block: the element that holds the tag list and the work's `h1` title. The site's own
 * work page holds its tag list alone in a wrapper, with a different layout: it is read as any page.
 */
const holdsTags = (e: Element): boolean => tagListOf(e) !== undefined && childElements(e).some((k) => k.tagName === 'h1');

/**
 * The tag list among an element's children, or alone in a wrapper of its own there (`div.meta` closed after the
 * `dl`, the title and byline beside it) when the element also holds the download's `Posted originally on…` message:
 * a download's preface all the same. (The site's work page has no such message.)
 */
function tagListOf(e: Element): Element | undefined {
  const kids = childElements(e);
  const own = kids.find(isTagList);
  if (own !== undefined || !kids.some((k) => k.tagName === 'p' && BOILERPLATE.test(shortText(k, 600) ?? ''))) return own;
  return kids.map((k) => childElements(k)).find((inner) => inner.length === 1 && isTagList(inner[0]!))?.[0];
}

/** The first label paragraph among an element's children, as AO3 opens its note blocks. */
const opensWith = (e: Element, label: string): boolean => {
  const first = childElements(e)[0];
  return first !== undefined && isLabelTag(first) && shortText(first, 100) === label;
};

/**
 * AO3 names a creator by pseud, with the account's name after it when the two differ (`باران_نیمه‌شب (baran_nimeshab)`):
 * the pseud is the author, the login in brackets only where the link's `/users/LOGIN/` says it is one.
 */
function withoutLogins(byline: Element, names: string): string {
  const logins = findAll(byline, (e) => e.tagName === 'a' && attr(e, 'rel') === 'author').flatMap((a) => /\/users\/([^/]+)\//.exec(attr(a, 'href'))?.[1] ?? []);
  return logins.reduce((out, login) => out.replace(` (${login})`, ''), names);
}

/** The preface's title, byline, tags (fields, `Stats` also split), language and summary. */
export function ao3Meta(metaDiv: Element, meta: StoryMeta, state: HtmlReadState): void {
  const tags = tagListOf(metaDiv);
  const kids = tags ? childElements(tags) : [];
  kids.forEach((dt, i) => {
    const dd = kids[i + 1];
    if (dt.tagName !== 'dt' || dd?.tagName !== 'dd') return;
    const key = textOf(dt).replace(/:$/, '');
    const value = textOf(dd);
    meta.fields[key] = value;
    if (key === 'Stats') for (const [, k, v] of value.matchAll(STATS_PART)) meta.fields[k!.trim()] ??= v!;
    if (key === 'Language') meta.language = languageTag(value) ?? meta.language;
  });
  const children = childElements(metaDiv);
  const h1 = children.find((k) => k.tagName === 'h1');
  if (h1 && textOf(h1) !== '') meta.title = textOf(h1);
  const byline = children.find((k) => hasClass(k, 'byline')) ?? children[children.indexOf(h1!) + 1];
  if (byline && /^by\s/i.test(textOf(byline))) meta.author = withoutLogins(byline, textOf(byline).replace(/^by\s+/i, ''));
  const summary = noteOf(labelled(metaDiv, 'Summary'), 'Summary', 'storyStart', state)[0];
  if (summary) meta.description = summary.children.map((p) => inlineText(p.children)).join('\n\n');
}

/**
 * The preface's meta block of an AO3 download among the trees given (one
 * page, or an EPUB's files), found by its tag list, or null.
 */
export function findAo3Preface(trees: readonly Root[]): Element | null {
  for (const tree of trees) {
    const found = findFirst(tree, holdsTags);
    if (found) return found;
  }
  return null;
}

/** Lines AO3 writes around a work: not the story, not the author's. */
const BOILERPLATE = /^(?:.*Posted originally on the .+?(?: at .+)?\.|Please drop by the Archive and comment to let the creators? know if you enjoyed their work!|See the end of the (?:chapter|work) for (?:more )?notes\.?)$/is;
/** The hidden headings calibre builds its contents from. */
const SECTION_HEADING = /^(?:Preface|Afterword)$/;
const CHAPTER_HEADING = /^Chapter \d+\b/;

/**
 * The layout's claims, by the shape otwarchive writes, so that they hold on
 * the site's page and on calibre's EPUB of it alike (calibre renames
 * classes): meta blocks become chapter headings and notes, boilerplate
 * nothing. `title` is the work's: its hidden heading over a one-shot is no chapter.
 */
export function ao3Layout(title: string | null): Ao3Layout {
  const chapterHeadings = new WeakSet<MdHeading>();
  const chapterHeading = (h2: Element): MdHeading => {
    const heading: MdHeading = { type: 'mdHeading', depth: 1, text: textOf(h2), position: positionOf(h2) };
    chapterHeadings.add(heading);
    return heading;
  };
  const claim: Claim = (el, state) => {
    const id = idOf(el);
    // Labels and boilerplate lines are short; a chapter's whole text is never measured against them.
    const text = (): string => shortText(el, 600) ?? '';
    if (holdsTags(el)) return noteOf(labelled(el, 'Notes'), 'Notes', 'storyStart', state);
    if (/^endnotes\d+$/.test(id) || opensWith(el, 'Chapter End Notes')) return noteOf(labelled(el, 'Chapter End Notes'), 'Chapter End Notes', 'chapterEnd', state);
    // The site's own work page names the block `#work_endnotes` and may leave its label out.
    if (id === 'endnotes' || id === 'work_endnotes' || opensWith(el, 'End Notes')) return noteOf(labelled(el, 'End Notes') ?? soleQuote(el), 'End Notes', 'storyEnd', state);
    if (el.tagName === 'dl' && shortText(childElements(el)[0] ?? el, 100) === 'Works inspired by this one:') {
      state.sink.info('ao3-inspired', positionOf(el).start.line, 'the list of works inspired by this one is not part of the story; left out');
      return [];
    }
    if (id === 'series' || ((el.tagName === 'div' || el.tagName === 'dl') && opensWith(el, 'Series this work belongs to:'))) {
      state.sink.info('ao3-series', positionOf(el).start.line, 'the series box (the works before and after this one) is not part of the story; left out');
      return [];
    }
    if ((el.tagName === 'p' || el.tagName === 'div' || el.tagName === 'h2') && BOILERPLATE.test(text())) return [];
    // Older downloads set the section's name as a paragraph of its meta block (`<p>Afterword</p>`).
    if (el.tagName === 'p' && SECTION_HEADING.test(text())) return [];
    // A chapter's heading set as the contents' heading straight in `div#chapters` (no meta block round it) is the chapter's.
    if (el.tagName === 'h2' && hasClass(el, 'toc-heading') && CHAPTER_HEADING.test(text())) return [chapterHeading(el)];
    if (el.tagName === 'h2' && (hasClass(el, 'toc-heading') || SECTION_HEADING.test(text()) || (title !== null && text() === title))) return [];
    // A meta block of its own over the chapter's text: `Chapter Notes` with no heading in it.
    if (el.tagName === 'div' && hasClass(el, 'meta') && opensWith(el, 'Chapter Notes')) return noteOf(labelled(el, 'Chapter Notes'), 'Chapter Notes', 'chapterStart', state);
    const h2 = childElements(el).find((k) => k.tagName === 'h2');
    // A block holding the chapters' text (`div#chapters` opening with its first heading) is walked, never claimed whole.
    const holdsText = childElements(el).some((k) => (k.tagName === 'div' && hasClass(k, 'userstuff')) || (k.tagName === 'p' && shortText(k, 200) === null));
    const isChapterMeta = el.tagName === 'div' && h2 !== undefined && !holdsText && ((hasClass(el, 'meta') && hasClass(el, 'group')) || (childElements(el)[0] === h2 && CHAPTER_HEADING.test(textOf(h2))));
    if (!isChapterMeta) return null;
    const byline = childElements(el).find((k) => k.tagName === 'p' && /^Chapter by\s/.test(textOf(k)));
    if (byline) state.sink.info('ao3-chapter-byline', positionOf(byline).start.line, `"${textOf(byline)}" is the chapter's byline; kept out of the body`);
    return [chapterHeading(h2), ...noteOf(labelled(el, 'Chapter Summary'), 'Chapter Summary', 'chapterStart', state), ...noteOf(labelled(el, 'Chapter Notes'), 'Chapter Notes', 'chapterStart', state)];
  };
  return { claim, chapterHeadings };
}

/** Headings in a chapter's own text are section headings; only the layout's own are chapters. */
export function ao3Sections(blocks: readonly MdBlock[], layout: Ao3Layout): MdBlock[] {
  return blocks.map((b) => (b.type === 'mdHeading' && !layout.chapterHeadings.has(b) ? { type: 'pov', name: b.text, position: b.position } : b));
}
