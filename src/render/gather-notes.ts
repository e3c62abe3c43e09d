import type { Book } from '../book.js';
import type { Block, Note } from '../model.js';
import { chapterHeading } from './chapter-heading.js';

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
 * saying where it stood: the material for `--notes end` in every format.
 */
export function gatherNotes(book: Book): Map<Note, GatheredNote> {
  const gathered = new Map<Note, GatheredNote>();
  const many = book.stories.length > 1;
  const add = (notes: readonly Note[], where: string): void => {
    for (const note of notes) gathered.set(note, { note, number: gathered.size + 1, where });
  };
  for (const story of book.stories) {
    const title = story.meta.title ?? '';
    const place = (where: string | null): string => (where === null ? title : many ? `${title}, ${where}` : where.charAt(0).toUpperCase() + where.slice(1));
    add(story.notesBefore, place('before the story'));
    story.front.forEach((section) => add(inlineNotes(section.children), place(section.title ?? 'front matter')));
    story.chapters.forEach((chapter, i) => {
      const notes = [...chapter.notesBefore, ...inlineNotes(chapter.children), ...chapter.notesAfter];
      add(notes, place(chapterHeading(chapter, i, story.chapters.length)?.text ?? null));
    });
    add(story.notesAfter, place('after the story'));
  }
  return gathered;
}
