import type { Manuscript, Note } from '../model.js';

/** In a story without headings the chapter's edge notes are the story's; AO3's `End Notes` always are. */
export function placeStoryNotes(m: Manuscript, headed: boolean): void {
  const story = (notes: Note[], place: 'storyStart' | 'storyEnd'): Note[] => notes.map((n) => ({ ...n, place }));
  const only = m.chapters.length === 1 ? m.chapters[0] : undefined;
  if (!headed && only) {
    m.notesBefore.push(...story(only.notesBefore, 'storyStart'));
    m.notesAfter.push(...story(only.notesAfter, 'storyEnd'));
    only.notesBefore = [];
    only.notesAfter = [];
  }
  const last = m.chapters[m.chapters.length - 1];
  if (last) {
    const isStoryEnd = (n: Note): boolean => /^end notes?$/i.test(n.label);
    m.notesAfter.push(...story(last.notesAfter.filter(isStoryEnd), 'storyEnd'));
    last.notesAfter = last.notesAfter.filter((n) => !isStoryEnd(n));
  }
  m.notesBefore = story(m.notesBefore, 'storyStart');
}
