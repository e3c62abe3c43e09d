import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const parsed = (text: string) => parse(Buffer.from(text), 'book.txt');
const prose = (n: number): string => Array.from({ length: n }, (_, i) => `word${i}`).join(' ') + '.';

describe("an edition's own pages", () => {
  it('leaves a colophon and a licence page after the story out of the body, and says where', () => {
    const m = parsed(`The Lamp\nby Ann Vell\n\nChapter 1\n\n${prose(60)}\n\nChapter 2\n\n${prose(50)}\n\nColophon\n\nThis ebook was produced by volunteers and set in a public domain typeface.\n\nUncopyright\n\nThe editors dedicate their work to the public domain.\n`);
    const o = outline(m);
    expect(o.chapters).toHaveLength(2);
    expect(o.wordCount).toBe(110);
    const d = m.diagnostics.filter((x) => x.ruleId === 'edition-section');
    expect(d.map((x) => [x.line, x.endLine])).toEqual([[12, 18]]);
  });

  it('reads an imprint before the first chapter as the edition, not the summary', () => {
    const o = outline(parsed(`The Lamp\nby Ann Vell\n\nImprint\n\nThis ebook is the product of many hours of hard work by volunteers.\n\nChapter 1\n\n${prose(40)}\n`));
    expect(o.description).toBeNull();
    expect(o.wordCount).toBe(40);
  });

  it('knows the heading in other languages', () => {
    const o = outline(parsed(`Le Moulin\n\nChapitre premier\n\n${prose(80)}\n\nÀ propos de cette édition électronique\n\nCe livre électronique est issu de la bibliothèque numérique Wikisource.\n`));
    expect(o.wordCount).toBe(80);
  });

  it('keeps a story that merely begins under such a word: too long to be an edition page', () => {
    const o = outline(parsed(`Copyright\n\n${prose(500)}\n\nChapter 2\n\n${prose(30)}\n`));
    expect(o.wordCount).toBe(530);
  });

  it('keeps a chapter whose text is only the word, when nothing precedes it in the chapter', () => {
    const o = outline(parsed(`Chapter 1\n\n${prose(40)}\n\nChapter 2\n\nColophon\n\nThe printer's mark sat under the last line of the book she loved.\n`));
    expect(o.wordCount).toBe(40 + 1 + 13);
  });
});

describe("an edition's pages marked as headings by the page's markup", () => {
  it('leaves an HTML imprint and colophon out of the chapters', () => {
    const p = (n: number) => `<p>${prose(n)}</p>`;
    const html = `<html><body><h1>The Lamp</h1><p>by Ann Vell</p><h2>Imprint</h2><p>This ebook is the product of many hours of hard work by volunteers.</p><h2>I</h2>${p(40)}<h2>II</h2>${p(40)}<h2>Colophon</h2><p>The Lamp was compiled from scans and set in a public domain typeface.</p></body></html>`;
    const o = outline(parse(Buffer.from(html), 'lamp.html'));
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
    expect(o.wordCount).toBe(80);
  });
});

describe('a short paragraph under the closing line', () => {
  const story = `Chapter 1\n\n${prose(60)}\n\nChapter 2\n\n${prose(50)}\n\nCRÌOCH\n\n`;
  it("leaves an entry's declaration under the closing word (`CRÌOCH`, the end) out of the body, and says where", () => {
    const m = parsed(`${story}I confirm that this is my own work and has not been published before.\n`);
    expect(outline(m).wordCount).toBe(110);
    expect(m.diagnostics.filter((x) => x.ruleId === 'closing-tail').map((x) => x.line)).toEqual([11]);
  });

  it("reads a `P.S.` under the closing line (`Kraj`, the end) as the writer's closing note", () => {
    const o = outline(parsed(`Chapter 1\n\n${prose(60)}\n\nChapter 2\n\n${prose(50)}\n\nKraj\n\nP.S. Hvala Ani na čitanju prve verzije.\n`));
    expect([o.chapters.at(-1)?.notesAfter.length, o.wordCount]).toEqual([1, 110]);
  });

  it("keeps the writer's words to readers there, unlabelled, as the closing note: never left out", () => {
    const o = outline(parsed(`${story}Thanks so much for reading, see you in the sequel!\n`));
    expect([o.chapters.at(-1)?.notesAfter.length, o.wordCount]).toEqual([1, 110]);
  });

  it('keeps a labelled note there as a note, and longer text as story', () => {
    const noted = outline(parsed(`${story}Author's note: thanks for reading.\n`));
    expect([noted.chapters.at(-1)?.notesAfter.length, noted.wordCount]).toEqual([1, 110]);
    expect(outline(parsed(`${story}${prose(80)}\n`)).wordCount).toBe(190);
  });
});
