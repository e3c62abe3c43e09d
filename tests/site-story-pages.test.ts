import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

/** Story pages copied from reading sites and journals: what stands under a heading, a work page's title block and footer. */
const read = (text: string) => outline(parse(Buffer.from(text), 'story.txt'));
const shape = (o: ReturnType<typeof read>) => o.chapters.map((c) => [c.number, c.title, c.firstWords.split(' ').slice(0, 3).join(' '), c.notesBefore.length, c.notesAfter.length]);

const paragraph = (n: number) => `Der Wind kam vom Wasser her, und am Ufer standen die Boote still in einer Reihe, Nummer ${n}, als ob sie auf etwas warteten.`;

describe("a reading site's counts under each chapter heading", () => {
  it('are no title of the chapter (`137 Gelesen · 24 Votes · 6 Kommentare`)', () => {
    const o = read(
      [
        'Sturmvögel',
        '',
        'von kleine_moewe',
        '',
        'Kapitel Eins',
        '',
        '212 Gelesen · 31 Votes · 8 Kommentare',
        '',
        paragraph(1),
        '',
        paragraph(2),
        '',
        'Kapitel Zwei',
        '',
        '150 Gelesen · 22 Votes · 5 Kommentare',
        '',
        paragraph(3),
        '',
        paragraph(4),
        '',
        'Kapitel Drei',
        '',
        '97 Gelesen · 18 Votes · 2 Kommentare',
        '',
        paragraph(5),
        '',
        paragraph(6),
        '',
      ].join('\n'),
    );
    expect(shape(o)).toEqual([
      [1, null, 'Der Wind kam', 0, 0],
      [2, null, 'Der Wind kam', 0, 0],
      [3, null, 'Der Wind kam', 0, 0],
    ]);
    expect(o.chapters.reduce((n, c) => n + c.wordCount, 0)).toBe(6 * paragraph(1).split(/\s+/).length);
  });
});

describe("an author's note straight under a chapter heading", () => {
  it('stays a note when it speaks of the `last part` or `first part`, words a page link also uses', () => {
    const body = 'The harbour lights came on one by one, and the ferry sat low in the water while the last cars rolled aboard.';
    const o = read(
      [
        '[Chapter 1] Low Water',
        '',
        'A/N: Written for a prompt about tides.',
        '',
        body,
        '',
        body,
        '',
        '[Chapter 2] The Crossing',
        '',
        'A/N: Thanks for the kind words on the first part!',
        '',
        body,
        '',
        body,
        '',
        '[Chapter 3] Landfall',
        '',
        'A/N: Last part!',
        '',
        body,
        '',
        body,
        '',
      ].join('\n'),
    );
    expect(shape(o)).toEqual([
      [1, 'Low Water', 'The harbour lights', 1, 0],
      [2, 'The Crossing', 'The harbour lights', 1, 0],
      [3, 'Landfall', 'The harbour lights', 1, 0],
    ]);
  });
});

describe("a reading site's work page: title over the writer's name, a blank line between (Booknet)", () => {
  const page = [
    'El faro de los inviernos',
    '',
    'Marta Quiroga Salas',
    '',
    'Texto: 2 capítulos · En proceso',
    'Género: Fantasía',
    '',
    'Anotación:',
    'Una farera descubre que su luz llega a barcos que ya se hundieron hace un siglo.',
    '',
    'Añadir a la biblioteca   Leer',
    '',
    'Capítulo 1. La luz',
    '',
    'La farera subía los ciento doce escalones cada tarde, con la lámpara apagada en la mano y el abrigo abrochado hasta el cuello.',
    '',
    'Capítulo 2. Los barcos',
    '',
    'El primer barco apareció una noche de enero, con las velas rotas y la cubierta vacía, y siguió la luz hasta la bocana.',
    '',
    '¿Te gustó la historia? Dale me gusta y suscríbete a la autora para no perderte nada.',
    '',
  ].join('\n');

  it('reads the title, the author and the summary under its label', () => {
    const o = read(page);
    expect([o.title, o.author]).toEqual(['El faro de los inviernos', 'Marta Quiroga Salas']);
    expect(o.description).toMatch(/^Una farera descubre/);
  });

  it('leaves the buttons over the first chapter and the plea under the last out of the body', () => {
    const o = read(page);
    expect(o.chapters.map((c) => [c.number, c.title, c.wordCount])).toEqual([
      [1, 'La luz', 23],
      [2, 'Los barcos', 23],
    ]);
    expect(o.wordCount).toBe(46);
  });
});

describe("an archive's whole-story page: a numbered chapter list, chapters headed by their titles only (EFP)", () => {
  const prose = (n: number) => `Il mulino girava anche di notte, e il mugnaio contava i sacchi alla luce della lanterna, uno per uno, fino al numero ${n}.`;
  const page = [
    'La ruota del mulino',
    '',
    'di acqua_ferma',
    '',
    'Capitoli:',
    '1. La farina',
    '2. La piena',
    '3. Il ponte nuovo',
    '',
    'Genere: Storico, Drammatico | Rating: Giallo',
    'Avvertimenti: nessuno | Capitoli: 3 | Completa',
    '',
    'Introduzione: Un mugnaio, un fiume che cresce e un paese che deve scegliere.',
    '',
    'La farina',
    '',
    'Note dell’autrice: scritta per un contest.',
    '',
    prose(1),
    '',
    prose(2),
    '',
    'La piena',
    '',
    prose(3),
    '',
    prose(4),
    '',
    'Il ponte nuovo',
    '',
    prose(5),
    '',
    prose(6),
    '',
  ].join('\n');

  it('reads each title line the list names as a chapter heading, and the list as no text', () => {
    const o = read(page);
    expect(shape(o)).toEqual([
      [null, 'La farina', 'Il mulino girava', 1, 0],
      [null, 'La piena', 'Il mulino girava', 0, 0],
      [null, 'Il ponte nuovo', 'Il mulino girava', 0, 0],
    ]);
    expect(o.wordCount).toBe(6 * prose(1).split(/\s+/).length);
  });

  it('splits a row of fields at its bars, each value without the next field', () => {
    const o = read(page);
    expect(o.fields).toMatchObject({ Genere: 'Storico, Drammatico', Rating: 'Giallo', Avvertimenti: 'nessuno', Capitoli: '3' });
    expect(o.description).toMatch(/^Un mugnaio, un fiume/);
  });
});
