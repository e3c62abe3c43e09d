import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string, file: string) => outline(parse(Buffer.from(text), file));
const body = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word} walked on, step ${i}, and the sea kept still beside the wall.`).join('\n\n');

describe('a story kept as a repository README', () => {
  const readme = [
    '<p align="center">',
    '  <img src="assets/cover.png" width="280" alt="cover: a kettle">',
    '</p>',
    '',
    '# The Kettle',
    '',
    '[![License: CC BY](https://img.shields.io/badge/License-CC%20BY-lightgrey.svg)](https://creativecommons.org/licenses/by/4.0/)',
    '![words](https://img.shields.io/badge/words-900-blue)',
    '',
    '**A short story by Wren Castellane**',
    '',
    '*For my grandmother.*',
    '',
    "> **Author's note:** written for an exchange.",
    '',
    '## Contents',
    '',
    '- [Chapter 1: The List](#chapter-1-the-list)',
    '- [Chapter 2: The Tide](#chapter-2-the-tide)',
    '',
    '---',
    '',
    '## Chapter 1: The List',
    '',
    body(2, 'Tam'),
    '',
    '## Chapter 2: The Tide',
    '',
    body(2, 'Odell'),
  ].join('\n');

  it('reads the title under a cover and badges, the by-line, the note as the story opening note, no contents chapter', () => {
    const o = read(readme, 'README.md');
    expect([o.title, o.author]).toEqual(['The Kettle', 'Wren Castellane']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, 'The List'],
      [2, 'The Tide'],
    ]);
    expect([o.notesBefore.length, o.notesAfter.length]).toEqual([1, 0]);
    expect(o.diagnostics.map((d) => d.ruleId)).toContain('md-badges');
  });
});

describe("an author's compilation in plain text", () => {
  const rule = '~~~~~~~~~~~~~~~~~~~~';
  const text = [
    'Cartas desde Valparaíso', '', 'por Luna Tinta', '', rule, '', 'LIBRO UNO: LAS CARTAS', '', rule, '',
    'Capítulo 1. El sello', '', body(2, 'Inés'), '', 'Capítulo 2. Rayuela', '', body(2, 'Bruno'), '',
    rule, '', 'LIBRO DOS: EL CUADERNO', '', rule, '',
    'Capítulo 1. Tardes', '', body(2, 'Inés'), '', 'Capítulo 2. La llave', '', body(2, 'Bruno'), '',
    'FIN',
  ].join('\n');

  it('makes no chapter of the rules around a part heading, and the part headings over their chapters', () => {
    const o = read(text, 'recopilacion.txt');
    expect(o.chapters.map((c) => [c.number, c.title, c.part])).toEqual([
      [1, 'El sello', 'LIBRO UNO: LAS CARTAS'],
      [2, 'Rayuela', 'LIBRO UNO: LAS CARTAS'],
      [1, 'Tardes', 'LIBRO DOS: EL CUADERNO'],
      [2, 'La llave', 'LIBRO DOS: EL CUADERNO'],
    ]);
  });
});

describe('a plain-text export with its note above the title and no blank lines', () => {
  const text = [
    "Author's note: written for the library's anthology. Please do not share before the launch.",
    'Admission',
    'by Delphine Okafor-Reyes',
    'By the third week of the heat wave, the only cool place in Dunmore was the public library.',
    // One paragraph a line, as long as the writer made them: not a hard-wrapped text.
    ...Array.from({ length: 5 }, (_, i) => `It was not official. ${'There was no sign, and nobody asked. '.repeat(i * 2 + 1)}She let me in anyway.`),
    'Acknowledgments: thank you to the staff of the library, who never charged me admission.',
  ].join('\n');

  it('takes the title and author under the note, and the closing thanks as the story closing note', () => {
    const o = read(text, 'admission.txt');
    expect([o.title, o.author]).toEqual(['Admission', 'Delphine Okafor-Reyes']);
    expect([o.notesBefore.length, o.notesAfter.length]).toEqual([1, 1]);
    expect(o.chapters[0]!.firstWords).toBe('By the third week of');
  });
});

describe('a Jekyll post', () => {
  it("reads the front matter's excerpt as the description", () => {
    const o = read('---\ntitle: "Le api"\nexcerpt: "Un racconto su sei arnie."\n---\n\n' + body(2, 'Teresa'), 'post.md');
    expect(o.description).toBe('Un racconto su sei arnie.');
  });

  it("leaves out the blog's closing call to subscribe, and the rule above it is no scene break", () => {
    const o = read(`${body(3, 'Teresa')}\n\n---\n\n*Ti è piaciuto? Iscriviti alla [newsletter]({{ site.baseurl }}/newsletter/).*\n`, 'post.md');
    expect(o.chapters[0]!.sceneBreaks).toBe(0);
    expect(o.diagnostics.map((d) => d.ruleId)).toContain('md-reader-plea');
  });
});
