import { describe, expect, it } from 'vitest';
import { bind } from '../src/bind/bind.js';
import type { Book } from '../src/book.js';
import { readingOrder } from '../src/index.js';
import type { Manuscript } from '../src/model.js';
import { parse } from '../src/parse.js';

const TEXT = `The Long Road
by Sam Lee

Part One

Chapter 1: Leaving

They left at dawn and did not look back once.

Chapter 2: The River

The river was wide and slow.

Part Two

Chapter 3: Home

At last they came home.

Author's Note: Thanks for reading all the way.
`;

/** The story above with a front section that has no title, its last note moved to the end of the story, in `language`. */
function story(language = 'en'): Manuscript {
  const m = parse(new TextEncoder().encode(TEXT), 'road.txt');
  const last = m.chapters[m.chapters.length - 1]!;
  const first = m.chapters[0]!.children[0]!;
  return {
    ...m,
    meta: { ...m.meta, language },
    front: [{ type: 'frontSection', title: null, children: [first], position: first.position }],
    notesAfter: last.notesAfter,
    chapters: m.chapters.map((c) => (c === last ? { ...c, notesAfter: [] } : c)),
  };
}

const bookOf = (...stories: Manuscript[]): Book => bind(stories, stories.length > 1 ? { anthology: 'Roads' } : {}).book;
const headings = (book: Book, notes: 'inline' | 'end' | 'omit' = 'inline') => readingOrder(book, { notes }).stories.map((s) => s.sections.map((x) => [x.kind, x.heading?.text ?? null, x.part]));

describe('readingOrder', () => {
  it('gives a front section without a title the Preface heading, in the story’s language', () => {
    expect(headings(bookOf(story()))[0]![0]).toEqual(['front', 'Preface', null]);
    expect(headings(bookOf(story('de')))[0]![0]).toEqual(['front', 'Vorwort', null]);
    expect(headings(bookOf(story('zh')))[0]![0]).toEqual(['front', '序', null]);
  });

  it('marks where each new part starts, and only there', () => {
    expect(headings(bookOf(story()))[0]).toEqual([
      ['front', 'Preface', null],
      ['chapter', 'Chapter 1: Leaving', 'Part One'],
      ['chapter', 'Chapter 2: The River', null],
      ['chapter', 'Chapter 3: Home', 'Part Two'],
    ]);
  });

  it('puts the notes that close the story after its last chapter, and leaves them out with notes omitted', () => {
    const order = readingOrder(bookOf(story()), { notes: 'inline' });
    const sections = order.stories[0]!.sections;
    expect(sections.map((s) => s.notesAfter.map((n) => n.label))).toEqual([[], [], [], ["Author's Note"]]);
    expect(order.notes.size).toBe(0);
    const omitted = readingOrder(bookOf(story()), { notes: 'omit' }).stories[0]!;
    expect(omitted.sections.flatMap((s) => [...s.notesBefore, ...s.notesAfter, ...s.children.filter((b) => b.type === 'note')])).toEqual([]);
  });

  it('numbers every note of an anthology for the back of the book, saying where it stood', () => {
    const order = readingOrder(bookOf(story(), story('fr')), { notes: 'end' });
    expect([...order.notes.values()].map((g) => [g.number, g.where])).toEqual([
      [1, 'The Long Road, after the story'],
      [2, 'The Long Road, après l’histoire'],
    ]);
    expect(order.strings.text('authorsNotes')).toBe("Author's Notes");
    // Each story's headings are in its own language; the book's pages in the book's.
    expect(order.stories.map((s) => s.sections[1]!.heading?.text)).toEqual(['Chapter 1: Leaving', 'Chapitre 1\u00a0: Leaving']);
  });
});
