import { describe, expect, it } from 'vitest';
import { bodyText } from '../src/model-text.js';
import { corpusDir, inspectAt, parseAt } from './helpers/inspect.js';

const book = (name: string) => inspectAt(name, corpusDir);
/** The numbered story, without the front sections (a preface, an etymology) listed before it. */
const story = (name: string) => book(name).chapters.filter((c) => !c.front);

describe('Project Gutenberg books in ../shared/corpus', () => {
  it.each([
    ['pg-alice.txt', "Alice’s Adventures in Wonderland", 'Lewis Carroll', 12],
    ['pg-christmas-carol.txt', 'A Christmas Carol', 'Charles Dickens', 5],
    ['pg-moby-dick.txt', 'Moby Dick; or The Whale', 'Herman Melville', 136],
    ['pg-pride-and-prejudice.txt', 'Pride and Prejudice', 'Jane Austen', 61],
    ['pg-sherlock-holmes.txt', 'The Adventures of Sherlock Holmes', 'Arthur Conan Doyle', 12],
    ['pg-frankenstein-cp1252.txt', 'Frankenstein; Or, The Modern Prometheus', 'Mary Wollstonecraft Shelley', 28],
    ['pg-gift-of-the-magi.txt', 'The Gift of the Magi', 'O. Henry', 1],
  ])('%s: title, author and chapter count', (file, title, author, chapters) => {
    const o = book(file);
    expect(o.title).toBe(title);
    expect(o.author).toBe(author);
    expect(story(file)).toHaveLength(chapters);
  });

  it('lists the headed front sections before the chapters, in reading order', () => {
    expect(book('pg-moby-dick.txt').chapters.filter((c) => c.front).map((c) => c.title)).toEqual(['ETYMOLOGY', 'EXTRACTS. (Supplied by a Sub-Sub-Librarian)', 'EXTRACTS']);
    expect(book('pg-pride-and-prejudice.txt').chapters[0]).toMatchObject({ front: true, title: 'PREFACE', number: null });
  });

  it('numbers Alice 1-12 from roman numerals, with titles', () => {
    const o = book('pg-alice.txt');
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(o.chapters[0]?.title).toBe('Down the Rabbit-Hole');
  });

  it('reads Moby-Dick as 135 numbered chapters and the Epilogue, not its contents list', () => {
    const o = { ...book('pg-moby-dick.txt'), chapters: story('pg-moby-dick.txt') };
    expect(o.chapters.slice(0, 135).map((c) => c.number)).toEqual(Array.from({ length: 135 }, (_, i) => i + 1));
    expect(o.chapters[135]).toMatchObject({ number: null, title: 'Epilogue' });
    expect(o.chapters[55]?.title).toBe('Of the Less Erroneous Pictures of Whales, and the True Pictures of Whaling Scenes');
    expect(o.diagnostics.some((d) => d.ruleId === 'contents-list')).toBe(true);
  });

  it('finds Pride and Prejudice chapter I inside its illustration block', () => {
    const o = { chapters: story('pg-pride-and-prejudice.txt') };
    expect(o.chapters[0]?.number).toBe(1);
    expect(o.chapters[0]?.firstWords).toBe('It is a truth universally');
    expect(o.chapters.map((c) => c.number)).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
  });

  it('reads the Christmas Carol staves, with the preface a front section before them', () => {
    const o = book('pg-christmas-carol.txt');
    expect(o.subtitle).toBe('A Ghost Story of Christmas');
    expect(o.chapters.map((c) => c.title)).toEqual(['PREFACE', "MARLEY'S GHOST", 'THE FIRST OF THE THREE SPIRITS', 'THE SECOND OF THE THREE SPIRITS', 'THE LAST OF THE SPIRITS', 'THE END OF IT']);
    expect(o.chapters.map((c) => c.front ?? false)).toEqual([true, false, false, false, false, false]);
  });

  it('reads Sherlock Holmes stories as chapters and their numbered parts as sections', () => {
    const o = book('pg-sherlock-holmes.txt');
    expect(o.chapters[0]).toMatchObject({ number: 1, title: 'A SCANDAL IN BOHEMIA', sceneBreaks: 3 });
  });

  it('decodes Frankenstein as Windows-1252 and reads 4 letters and 24 chapters', () => {
    const o = book('pg-frankenstein-cp1252.txt');
    expect(o.encoding).toBe('windows-1252');
    expect(o.chapters.slice(0, 4).map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(o.chapters.slice(4).map((c) => c.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(o.description ?? '').not.toMatch(/�/);
  });

  it('never lets the Gutenberg licence into the body', () => {
    for (const file of ['pg-alice.txt', 'pg-moby-dick.txt', 'pg-gift-of-the-magi.txt', 'pg-pride-and-prejudice.txt']) {
      const m = parseAt(file, corpusDir);
      const body = [...m.front, ...m.chapters].map((c) => bodyText(c.children)).join('\n');
      expect(body).not.toMatch(/Project Gutenberg(?:-tm)? License|\*\*\* ?(?:START|END) OF|gutenberg\.org/i);
    }
  });
});
