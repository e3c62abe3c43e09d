import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe("a game's book text (Skyrim's Creation Kit: font and alignment tags, [pagebreak])", () => {
  const book = [
    `<br><br><p align="center"><font size='40'>Песнь туманного перевала</font>`,
    `<font size='26'>Хельга из Фолкрита</font></p>`,
    '[pagebreak]',
    '',
    `<p align="center"><font size='30'>Глава первая</font>`,
    `<font size='24'>Дорога на Айварстед</font></p>`,
    '<p align="left">',
    prose('Ingrid'),
    '[pagebreak]',
    prose('Vilhelm'),
    '',
    '<p align="center">* * *</p>',
    '<p align="left">',
    prose('Klimmek'),
    '[pagebreak]',
    '',
    `<p align="center"><font size='30'>Глава вторая</font>`,
    `<font size='24'>Голос в тумане</font></p>`,
    '<p align="left">',
    prose('Arngeir'),
    '',
  ].join('\n');
  const o = read(book);

  it('reads the title page, the headings and the story under the tags; a page turn is no scene break', () => {
    expect([o.title, o.author]).toEqual(['Песнь туманного перевала', 'Хельга из Фолкрита']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([
      [1, 'Дорога на Айварстед', 1],
      [2, 'Голос в тумане', 0],
    ]);
    expect(o.chapters.map((c) => c.wordCount)).toEqual([42, 14]);
  });
});
