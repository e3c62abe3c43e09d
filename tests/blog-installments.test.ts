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
  it("read a number-first counter with the installment's own title after a colon, the story's name before a comma", () => {
    const o = read(page('Kríuklukkan, 1. kafli: Krían', 'Kríuklukkan, 2. kafli: Klukkan'));
    expect(o.title).toBe('Kríuklukkan');
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Krían'], [2, 'Klukkan']]);
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

describe('a blog front page with a two-part story, oldest post first', () => {
  const post = (stamp: string, n: number, top: string, text: string, foot: string) =>
    `${stamp}  kalmár_dóri\n\nA rádió (${n}. rész)\n\n${top}${text}\n\nCímkék: novella  rádió\n${foot}   Facebook   Twitter\n\n`;
  const blog =
    'blog.hu\nKezdőlap   Blogok   Belépés\n\nÉjféli Olvasó\n\n' +
    post('2012.01.14. 23:05', 1, 'Előszó: ez egy kétrészes novella, a második rész holnap jön, köszönöm mindenkinek, aki a múltkori után írt!\n\n', 'Nagymamám konyhájában a rádió mindig szólt.\n\nAzon a télen a rádió elromlott.', 'Szólj hozzá!') +
    post('2012.01.15. 22:48', 2, '', 'Reggel megmutattam nagymamának.\n\nUtóirat: a cipősdoboz létezik, a levelek nem.', '7 komment') +
    'A bejegyzés trackback címe: https://ejfeliolvaso.blog.hu/api/trackback/id/tr184012377\n';
  const o = read(blog);
  it('reads counters written number first in brackets, and the name after each post\'s date as the author', () => {
    expect(o.title).toBe('A rádió');
    expect(o.author).toBe('kalmár_dóri');
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
  });
  it("reads a preface's name before a sentence, and a postscript, as notes", () => {
    expect(o.chapters.map((c) => [c.notesBefore.length, c.notesAfter.length])).toEqual([[1, 0], [0, 1]]);
  });
  it("leaves the post's tags, comment link and trackback address out of the body", () => {
    expect(o.chapters.map((c) => c.wordCount)).toEqual([12, 3]);
  });
});
