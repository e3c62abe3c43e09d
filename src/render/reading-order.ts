import type { Book } from '../book.js';
import type { Block, Manuscript, Note } from '../model.js';
import { chapterHeading, type ChapterHeading } from './chapter-heading.js';
import { gatherNotes, type GatheredNote } from './gather-notes.js';
import type { NotesMode } from './renderer.js';
import { stringsFor, type Strings } from './strings.js';
import { Templates } from './templates.js';

/** A front section (preface, foreword) or a chapter, as every format sets it. */
export interface ReadingSection {
  kind: 'front' | 'chapter';
  /** 1-based position among the story's front sections, or among its chapters: for ids and link targets. */
  number: number;
  /** What to print above it: the front section's title (`Preface` when it has none), the chapter's heading, or null for a story's only, untitled chapter. */
  heading: ChapterHeading | null;
  /** The part that starts with this chapter (`Part Two`, as written), or null when the part goes on or there is none. */
  part: string | null;
  notesBefore: readonly Note[];
  /** The text; inline notes are left out when notes are omitted. */
  children: readonly Block[];
  /** Notes after the section. The story's last section also carries the notes that close the story. */
  notesAfter: readonly Note[];
  /** Line in the story's file where the section starts. */
  line: number;
}

export interface StoryInOrder {
  story: Manuscript;
  /** The words for this story's own pages (its headings, its by-line): the story's language. */
  strings: Strings;
  /** Notes before the story's first section: they belong with its title page. */
  notesBefore: readonly Note[];
  sections: ReadingSection[];
  /** The story's closing notes when it has no section to carry them (never, for a story the parser read). */
  notesAfter: readonly Note[];
}

export interface ReadingOrder {
  stories: StoryInOrder[];
  /** The words for the book's own pages (contents, notes, landmarks): the book's language. */
  strings: Strings;
  /** With `notes: 'end'`, every note of the book, numbered in reading order, saying where it stood; empty otherwise. */
  notes: ReadonlyMap<Note, GatheredNote>;
}

export interface ReadingOrderOptions {
  notes: NotesMode;
  /** Where the strings tables come from: a renderer passes `context.templates`; quire's own otherwise. */
  templates?: Templates;
}

const withoutNotes = (blocks: readonly Block[]): Block[] => blocks.filter((b) => b.type !== 'note');

function storyInOrder(story: Manuscript, strings: Strings, omit: boolean): StoryInOrder {
  const notes = (list: readonly Note[]): readonly Note[] => (omit ? [] : list);
  const sections: ReadingSection[] = story.front.map((section, i) => {
    const label = section.title ?? strings.text('preface');
    return { kind: 'front', number: i + 1, heading: { number: null, title: label, text: label }, part: null, notesBefore: [], children: omit ? withoutNotes(section.children) : section.children, notesAfter: [], line: section.position.start.line };
  });
  story.chapters.forEach((chapter, i) => {
    const newPart = chapter.part !== null && chapter.part !== (story.chapters[i - 1]?.part ?? null) ? chapter.part : null;
    sections.push({
      kind: 'chapter',
      number: i + 1,
      heading: chapterHeading(chapter, i, story.chapters.length, strings, story.meta.language),
      part: newPart,
      notesBefore: notes(chapter.notesBefore),
      children: omit ? withoutNotes(chapter.children) : chapter.children,
      notesAfter: notes(chapter.notesAfter),
      line: chapter.position.start.line,
    });
  });
  const last = sections[sections.length - 1];
  const closing = notes(story.notesAfter);
  if (last !== undefined && closing.length > 0) last.notesAfter = [...last.notesAfter, ...closing];
  return { story, strings, notesBefore: notes(story.notesBefore), sections, notesAfter: last === undefined ? closing : [] };
}

let builtIn: Templates | null = null;

/**
 * The book as every format reads it: each story's front sections and
 * chapters in order, with their headings in the story's language (the
 * `Preface` a front section without a title gets, `Chapter 3: Title`), where
 * a new part starts, the story's closing notes after its last section, and
 * the notes as `notes` asks (left out for `omit`, numbered for `end`).
 * Built-in renderers and third-party ones share it, so a book reads the same
 * in every format.
 */
export function readingOrder(book: Book, options: ReadingOrderOptions): ReadingOrder {
  const templates = options.templates ?? (builtIn ??= new Templates());
  const strings = (language: string): Strings => stringsFor(templates, language);
  const omit = options.notes === 'omit';
  return {
    stories: book.stories.map((story) => storyInOrder(story, strings(story.meta.language), omit)),
    strings: strings(book.meta.language),
    notes: options.notes === 'end' ? gatherNotes(book, (story) => strings(story.meta.language)) : new Map(),
  };
}
