import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { matchByLine } from '../src/parse/rules/header-labels.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'revista.txt'));

describe("a magazine's text layer, page by page", () => {
  const head = 'LA GACETA · Revista del colegio · Nº 3 · Mayo 2019';
  const page = (n: number) => `${head}\n${n}`;
  const text = [
    page(7),
    'El reloj de arena',
    'Por Marta Gil Soler (3.º ESO A)',
    '',
    'Mi abuela tenía un reloj de arena en la cocina.',
    'Nunca lo giraba.',
    page(8),
    'Un día lo giré yo, y la arena cayó.',
    page(9),
    'Ella sonrió.',
    '',
  ].join('\n');
  it("leaves out the page's head over each page number, and reads the story's title and by-line", () => {
    const o = read(text);
    expect([o.title, o.author]).toEqual(['El reloj de arena', 'Marta Gil Soler']);
    expect(o.wordCount).toBe(24);
    expect(o.chapters[0]!.firstWords).toMatch(/^Mi abuela/);
  });
  it("reads a class in brackets after the name as no part of it", () => {
    expect(matchByLine('Por Marta Gil Soler (3.º ESO A)')?.author).toBe('Marta Gil Soler');
    expect(matchByLine('by tidewrack (lanternmoth)')?.author).toBe('tidewrack (lanternmoth)');
  });
});
