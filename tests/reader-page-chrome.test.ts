import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';
import { HEADER_CHROME, matchBoilerplate } from '../src/parse/rules/boilerplate.js';
import { isContentsLabel } from '../src/parse/rules/contents-label.js';

describe("a web-novel app's book page and its reader's pages, copied from the browser", () => {
  const text = [
    'Treinta días para La Espiga',
    'Autor: Lucía Marín',
    'Género: Romance',
    '',
    'Sinopsis',
    'Valeria tiene treinta días para salvar la panadería de su abuela.',
    '',
    'Leer ahora     Añadir a la biblioteca',
    '',
    'Catálogo',
    'Capítulo 1 El aviso del banco',
    'Capítulo 2 Masa madre',
    '',
    'Inicio > Romance > Treinta días para La Espiga > Capítulo 1 El aviso del banco',
    'Treinta días para La Espiga',
    '',
    'Capítulo 1: El aviso del banco',
    '',
    prose('Valeria'),
    '',
    'Capítulo 2: Masa madre',
    '',
    prose('Adrián'),
    '',
  ].join('\n');

  it('reads the buttons and the catalogue by their words', () => {
    expect(isContentsLabel('Catálogo')).toBe(true);
    expect(matchBoilerplate(HEADER_CHROME, 'Leer ahora     Añadir a la biblioteca')?.id).toBe('account');
  });

  it("leaves the read button, the catalogue, and the breadcrumb through the work's page out of the story", () => {
    const o = read(text);
    expect(o.chapters.map((c) => c.title)).toEqual(['El aviso del banco', 'Masa madre']);
    expect(o.wordCount).toBe(28);
  });
});
