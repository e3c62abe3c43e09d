import type { Book } from '../../book.js';
import type { Manuscript } from '../../model.js';
import { chapterHeading } from '../chapter-heading.js';
import { gatherNotes } from '../gather-notes.js';
import type { NotesMode } from '../renderer.js';
import { countsLine, storyWords } from '../story-stats.js';
import type { Templates } from '../templates.js';
import { NOTES_FILE, XhtmlWriter } from './xhtml.js';

export interface Page {
  /** Manifest id; also the file name without `.xhtml`. */
  id: string;
  filename: string;
  title: string;
  lang: string;
  matter: 'frontmatter' | 'bodymatter' | 'backmatter';
  body: string;
}

export interface NavEntry {
  label: string;
  href: string;
  children: NavEntry[];
}

export interface Landmark {
  type: string;
  label: string;
  href: string;
}

export interface PagePlan {
  pages: Page[];
  /** The contents page comes right after this many pages: the cover and the first title page. */
  navAfter: number;
  nav: NavEntry[];
  landmarks: Landmark[];
}

export const NOTES_TITLE = "Author's Notes";
export const CONTENTS_TITLE = 'Contents';

interface StoryPages {
  pages: Page[];
  entries: NavEntry[];
  titleHref: string;
  bodyHref: string;
}

function page(id: string, title: string, lang: string, matter: Page['matter'], body: (p: { filename: string }) => string): Page {
  const filename = `${id}.xhtml`;
  return { id, filename, title, lang, matter, body: body({ filename }) };
}

function storyPages(story: Manuscript, n: number, writer: XhtmlWriter): StoryPages {
  const prefix = `s${String(n).padStart(2, '0')}`;
  const title = story.meta.title ?? '';
  const lang = story.meta.language;
  const pages: Page[] = [];
  const entries: NavEntry[] = [];
  const counts = countsLine(storyWords(story), story.chapters.length);
  pages.push(page(`${prefix}-title`, title, lang, 'frontmatter', (p) => writer.titlePage(story, counts, p)));
  story.front.forEach((section, i) => {
    const label = section.title ?? 'Preface';
    const body = { kind: 'front' as const, epubType: 'preface', part: null, heading: { number: null, title: label, text: label }, notesBefore: [], children: section.children, notesAfter: [] };
    const added = page(`${prefix}-f${String(i + 1).padStart(2, '0')}`, label, lang, 'frontmatter', (p) => writer.chapter(body, p));
    pages.push(added);
    entries.push({ label, href: added.filename, children: [] });
  });
  let part: string | null = null;
  story.chapters.forEach((chapter, i) => {
    const last = i === story.chapters.length - 1;
    const heading = chapterHeading(chapter, i, story.chapters.length);
    const newPart = chapter.part !== null && chapter.part !== part ? chapter.part : null;
    part = chapter.part;
    const body = {
      kind: 'chapter' as const,
      epubType: 'chapter',
      part: newPart,
      heading,
      notesBefore: chapter.notesBefore,
      children: chapter.children,
      notesAfter: last ? [...chapter.notesAfter, ...story.notesAfter] : chapter.notesAfter,
    };
    const added = page(`${prefix}-c${String(i + 1).padStart(3, '0')}`, heading?.text ?? title, lang, 'bodymatter', (p) => writer.chapter(body, p));
    pages.push(added);
    entries.push({ label: heading?.text ?? title, href: added.filename, children: [] });
  });
  return { pages, entries, titleHref: pages[0]!.filename, bodyHref: pages[1]?.filename ?? pages[0]!.filename };
}

/**
 * Lays the book out as XHTML pages in reading order, with the nested
 * contents (anthology → story → chapter) and landmarks that point into them.
 */
export function planPages(book: Book, templates: Templates, notes: NotesMode, cover: { src: string; alt: string }): PagePlan {
  const gathered = gatherNotes(book);
  const writer = new XhtmlWriter(templates, notes, gathered);
  const lang = book.meta.language;
  const pages: Page[] = [page('cover', book.meta.title, lang, 'frontmatter', () => writer.cover(cover.src, cover.alt))];
  const landmarks: Landmark[] = [{ type: 'cover', label: 'Cover', href: 'cover.xhtml' }];
  const nav: NavEntry[] = [];
  const anthology = book.meta.kind === 'anthology';
  if (anthology) {
    const words = book.stories.reduce((sum, s) => sum + storyWords(s), 0);
    const counts = countsLine(words, 0, book.stories.length);
    const m = book.meta;
    pages.push(page('book-title', m.title, lang, 'frontmatter', () => writer.bookTitlePage({ title: m.title, subtitle: m.subtitle, editor: m.editor, authors: m.authors, counts })));
  }
  const stories = book.stories.map((story, i) => storyPages(story, i + 1, writer));
  for (const [i, s] of stories.entries()) {
    pages.push(...s.pages);
    if (anthology) nav.push({ label: book.stories[i]!.meta.title ?? '', href: s.titleHref, children: s.entries.length > 1 ? s.entries : [] });
    else nav.push(...s.entries);
  }
  landmarks.push({ type: 'titlepage', label: 'Title page', href: anthology ? 'book-title.xhtml' : stories[0]!.titleHref });
  landmarks.push({ type: 'toc', label: CONTENTS_TITLE, href: 'toc.xhtml#toc' });
  landmarks.push({ type: 'bodymatter', label: 'Start of text', href: stories[0]!.bodyHref });
  if (notes === 'end' && gathered.size > 0) {
    pages.push(page('notes', NOTES_TITLE, lang, 'backmatter', () => writer.notesSection(NOTES_TITLE)));
    nav.push({ label: NOTES_TITLE, href: NOTES_FILE, children: [] });
  }
  return { pages, navAfter: 2, nav, landmarks };
}
