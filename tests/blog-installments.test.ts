import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { isNavRow } from '../src/parse/rules/boilerplate.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'blog.txt'));
const page = (one: string, two: string) =>
  'myblog.example\nHome  Blog  Newest Posts  Log In\n\nTales from the Marsh\nShort things I write in the evenings\n\n' +
  `${one}\n\nThe heron came back on the first cold morning, and my aunt said it had come for the clock.\n\nShe would not say which clock.\n\n` +
  `${two}\n\nThe clock in the hall stopped that night, at ten past four, and did not start again.\n\nThe heron left at dawn.\n\n` +
  'About this blog\nTales from the Marsh\nAuthor: Petra Lind\n';

describe('installments posted under one title', () => {
  it("read the shared words as the story's title and the counters as the chapters' numbers", () => {
    const o = read(page('Tuesday, 4 March 2008\n\nThe Heron Clock – Part 1', 'Thursday, 6 March 2008\n\nThe Heron Clock – Part 2'));
    expect(o.title).toBe('The Heron Clock');
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, null], [2, null]]);
  });
  it('read them under the dates a blog sets over its posts, in other languages too', () => {
    const o = read(page('Þriðjudagur, 4. mars 2008\n\nKríuklukkan – 1. hluti', 'Fimmtudagur, 6. mars 2008\n\nKríuklukkan – 2. hluti'));
    expect(o.title).toBe('Kríuklukkan');
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, null], [2, null]]);
  });
  it('read number-first counters of other languages', () => {
    const o = read(page('Kríuklukkan – 1. hluti', 'Kríuklukkan – 2. hluti'));
    expect(o.title).toBe('Kríuklukkan');
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
  });
});

describe("a blog's about box after the posts", () => {
  it("names the author, and makes the blog's name and tagline at the top no summary", () => {
    const o = read(page('The Heron Clock – Part 1', 'The Heron Clock – Part 2'));
    expect(o.author).toBe('Petra Lind');
    expect(o.description).toBeNull();
    expect(o.wordCount).toBe(47);
  });
});

describe('a menu copied with two spaces between its items', () => {
  it.each(['Home  Blog  Newest Posts  Log In', 'Forsíða  Blogg  Nýjustu færslur  Innskráning'])('is a menu: %s', (t) => expect(isNavRow(t)).toBe(true));
  it.each(['He left.  She stayed.  They waited.  Nobody came.', 'The boats  stayed in  that spring'])('is not: %s', (t) => expect(isNavRow(t)).toBe(false));
});

describe("the last installment's counter", () => {
  it('may say it is the last after the number, joined by the language\'s "and"', () => {
    const o = read(page('Las siete y veinticinco (parte 1)', 'Las siete y veinticinco (parte 2 y final)'));
    expect(o.title).toBe('Las siete y veinticinco');
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, null], [2, null]]);
  });
});

describe("a blog post's footer row", () => {
  it('is left out of the body however many words its stamp and counts hold', () => {
    const foot = (date: string, comments: number) => `\n\n${date} - 11:47 p.m. - Categoría: Cuentos | Comentarios (${comments}) | Vínculos de referencia (0) | Enviar a un amigo`;
    const text = page('The Heron Clock – Part 1', 'The Heron Clock – Part 2')
      .replace('She would not say which clock.', `She would not say which clock.${foot('31 de agosto de 2006', 0)}`)
      .replace('The heron left at dawn.', `The heron left at dawn.${foot('2 de septiembre de 2006', 3)}`);
    const o = read(text);
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
    expect(o.wordCount).toBe(47);
  });
});
