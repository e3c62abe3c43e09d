import type { Book } from '../book.js';
import type { Block, Manuscript, Note } from '../model.js';
import { chapterHeading } from './chapter-heading.js';
import type { Strings } from './strings.js';

export interface GatheredNote {
  note: Note;
  /** 1-based, in reading order across the whole book. */
  number: number;
  /** Where the note stood, for a reader who meets it at the back: `Chapter 3: Dunes`. */
  where: string;
}

const inlineNotes = (blocks: readonly Block[]): Note[] => blocks.flatMap((b) => (b.type === 'note' ? [b] : []));

/**
 * Every author note of the book in reading order, numbered, with words
 * (in each story's language) saying where it stood: the material for
 * `--notes end` in every format.
 */
export function gatherNotes(book: Book, stringsOf: (story: Manuscript) => Strings): Map<Note, GatheredNote> {
  const gathered = new Map<Note, GatheredNote>();
  const many = book.stories.length > 1;
  const add = (notes: readonly Note[], where: string): void => {
    for (const note of notes) gathered.set(note, { note, number: gathered.size + 1, where });
  };
  for (const story of book.stories) {
    const strings = stringsOf(story);
    const title = story.meta.title ?? '';
    const place = (where: string | null): string => (where === null ? title : many ? `${title}, ${where}` : where.charAt(0).toUpperCase() + where.slice(1));
    add(story.notesBefore, place(strings.text('beforeStory')));
    story.front.forEach((section) => add(inlineNotes(section.children), place(section.title ?? strings.text('frontMatter'))));
    story.chapters.forEach((chapter, i) => {
      const notes = [...chapter.notesBefore, ...inlineNotes(chapter.children), ...chapter.notesAfter];
      add(notes, place(chapterHeading(chapter, i, story.chapters.length, strings, story.meta.language)?.text ?? null));
    });
    add(story.notesAfter, place(strings.text('afterStory')));
  }
  return gathered;
}
