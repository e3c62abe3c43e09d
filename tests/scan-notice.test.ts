import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

// pdftotext of a book scanned by Google Books: the library's notice page first, its watermark on every page.
describe("a scanned book's text with the scanning library's notice page", () => {
  const notice = [
    'About this book',
    '',
    'This is a digital copy of a book that was preserved for generations on library shelves before it was carefully scanned by Google',
    'as part of a project to make the world\'s books discoverable online.',
    '',
    'Usage guidelines',
    '',
    'Google is proud to partner with libraries to digitize public domain materials and make them widely accessible.',
    '+ Maintain attribution The Google "watermark" you see on each file is essential for informing people about this project.',
    '',
    'About Google Book Search',
    '',
    'You can search through the full text of this book on the web at http://books.google.com/',
  ];
  const text = [
    ...notice,
    'Digitized by Google',
    '\fI.',
    '',
    'THE FISHERMAN.',
    '',
    prose('Tore'),
    '',
    prose('Rosa'),
    '',
    prose('Gennaro'),
    '(1) Mergellina, the beach of Naples at the foot, below the hill',
    'di Posillipo.',
    '',
    'Digitized by Google',
    '\fII.',
    '',
    'THE FOUNTAIN.',
    '',
    prose('Nina'),
    '',
    prose('Ciro'),
    '',
  ].join('\n');

  it('leaves the notice out, and reads neither the watermark nor a wrapped line as a by-line', () => {
    const o = read(text, 'cunte.txt');
    expect(o.author).toBeNull();
    expect(o.front).toEqual([]);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'THE FISHERMAN'], [2, 'THE FOUNTAIN']]);
    expect(o.diagnostics.map((d) => d.ruleId)).toContain('scan-notice');
  });
});

describe("a shared pad's welcome text left above the story (Etherpad)", () => {
  const pad = (chapters: string) =>
    `Welcome to Etherpad!\n\nThis pad text is synchronized as you type, so that everyone viewing this page sees the same text. This allows you to collaborate seamlessly on documents!\n\nGet involved with Etherpad at https://etherpad.org\n\nIRRATI ZAHARRA\nEgileak: 6.B taldea\nIrakaslea: Itziar Goikoetxea\n\n${chapters}`;
  const chapter = (heading: string, credit: string) =>
    `${heading}\n${credit}\nUdako oporretan, Ane amonaren etxera joan zen Gernikara. Etxea zaharra zen, eta ganbara hautsez beteta zegoen.\nEgun batean, euria ari zuenez, Anek ganbara arakatzea erabaki zuen.\n\n`;

  it('is left out, the title under it read; the writers named in brackets under each chapter are no words of it', () => {
    const o = read(pad(chapter('LEHENENGO KAPITULUA: Ganbarako kutxa', '(Ane eta Jon)') + chapter('BIGARREN KAPITULUA: Ahotsa', '(Maialen)')));
    expect([o.title, o.author]).toEqual(['IRRATI ZAHARRA', '6.B taldea']);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([
      [1, 'Ganbarako kutxa', 'Udako oporretan, Ane amonaren etxera'],
      [2, 'Ahotsa', 'Udako oporretan, Ane amonaren etxera'],
    ]);
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['pad-welcome', 'chapter-credit']));
  });
});
