import type { Book } from '../../book.js';
import { readingOrder, type StoryInOrder } from '../reading-order.js';
import type { NotesMode } from '../renderer.js';
import { countsLine, storyWords } from '../story-stats.js';
import type { Strings } from '../strings.js';
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
  /** The book's words, for the contents page the package writes. */
  strings: Strings;
}

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

function storyPages({ story, strings, notesBefore, sections }: StoryInOrder, n: number, writer: XhtmlWriter): StoryPages {
  const prefix = `s${String(n).padStart(2, '0')}`;
  const title = story.meta.title ?? '';
  const lang = story.meta.language;
  const pages: Page[] = [];
  const entries: NavEntry[] = [];
  const counts = countsLine(strings, storyWords(story), story.chapters.length);
  pages.push(page(`${prefix}-title`, title, lang, 'frontmatter', (p) => writer.titlePage(story, notesBefore, counts, strings, p)));
  for (const section of sections) {
    const front = section.kind === 'front';
    const id = front ? `${prefix}-f${String(section.number).padStart(2, '0')}` : `${prefix}-c${String(section.number).padStart(3, '0')}`;
    const body = { kind: section.kind, epubType: front ? 'preface' : 'chapter', part: section.part, heading: section.heading, notesBefore: section.notesBefore, children: section.children, notesAfter: section.notesAfter };
    const label = section.heading?.text ?? title;
    const added = page(id, label, lang, front ? 'frontmatter' : 'bodymatter', (p) => writer.chapter(body, strings, p));
    pages.push(added);
    entries.push({ label, href: added.filename, children: [] });
  }
  return { pages, entries, titleHref: pages[0]!.filename, bodyHref: pages[1]?.filename ?? pages[0]!.filename };
}

/**
 * Lays the book out as XHTML pages in reading order, with the nested
 * contents (anthology → story → chapter) and landmarks that point into them.
 */
export function planPages(book: Book, templates: Templates, notes: NotesMode, cover: { src: string }): PagePlan {
  const order = readingOrder(book, { notes, templates });
  const { strings } = order;
  const writer = new XhtmlWriter(templates, notes, order.notes);
  const lang = book.meta.language;
  const m = book.meta;
  const alt = m.authors.length > 0 ? strings.text('coverOfBy', { title: m.title, authors: strings.list(m.authors) }) : strings.text('coverOf', { title: m.title });
  const pages: Page[] = [page('cover', book.meta.title, lang, 'frontmatter', () => writer.cover(cover.src, alt))];
  const landmarks: Landmark[] = [{ type: 'cover', label: strings.text('cover'), href: 'cover.xhtml' }];
  const nav: NavEntry[] = [];
  const anthology = book.meta.kind === 'anthology';
  if (anthology) {
    const words = book.stories.reduce((sum, s) => sum + storyWords(s), 0);
    const counts = countsLine(strings, words, 0, book.stories.length);
    pages.push(page('book-title', m.title, lang, 'frontmatter', () => writer.bookTitlePage({ title: m.title, subtitle: m.subtitle, editor: m.editor, authors: m.authors, counts }, strings)));
  }
  const stories = order.stories.map((story, i) => storyPages(story, i + 1, writer));
  for (const [i, s] of stories.entries()) {
    pages.push(...s.pages);
    if (anthology) nav.push({ label: book.stories[i]!.meta.title ?? '', href: s.titleHref, children: s.entries.length > 1 ? s.entries : [] });
    else nav.push(...s.entries);
  }
  landmarks.push({ type: 'titlepage', label: strings.text('titlePage'), href: anthology ? 'book-title.xhtml' : stories[0]!.titleHref });
  landmarks.push({ type: 'toc', label: strings.text('contents'), href: 'toc.xhtml#toc' });
  landmarks.push({ type: 'bodymatter', label: strings.text('startOfText'), href: stories[0]!.bodyHref });
  if (order.notes.size > 0) {
    const title = strings.text('authorsNotes');
    pages.push(page('notes', title, lang, 'backmatter', () => writer.notesSection(title, strings)));
    nav.push({ label: title, href: NOTES_FILE, children: [] });
  }
  return { pages, navAfter: 2, nav, landmarks, strings };
}
