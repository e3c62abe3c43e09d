import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'story.txt'));
const para = (seed: string) => `${seed} passou o tempo todo olhando para a torre branca no alto do morro, e ninguém disse nada.`;

describe('a chapter headed twice, bare and then with its title', () => {
  const chapter = (n: number, title: string) => [`Capítulo ${n}`, '', 'Notas do Autor', 'Oi, gente! Boa leitura para todos vocês!', '', `Capítulo ${n} - ${title}`, '', para(`Clara ${n}`), '', para(`Bia ${n}`), ''];

  it('is one chapter, the notes between the headings its own', () => {
    const o = read(['A Casa do Farol', 'Escrita por luasemfim', '', ...chapter(1, 'A chegada'), ...chapter(2, 'A carta')].join('\n'));
    expect(o.chapters.map((c) => [c.number, c.title, c.notesBefore.length])).toEqual([[1, 'A chegada', 1], [2, 'A carta', 1]]);
    expect(o.chapters[0]?.firstWords).toMatch(/^Clara 1/);
  });

  it('keeps a chapter with text of its own, or numbers that restart in a new part, apart', () => {
    const withText = ['Capítulo 1', '', para('Clara'), '', 'Capítulo 1 - A chegada', '', para('Bia'), ''].join('\n');
    expect(read(withText).chapters).toHaveLength(2);
  });
});

describe("counts in a page's table of labels and values apart by tabs", () => {
  it('are fields of the table, like the labels beside them', () => {
    const o = read(['A Casa do Farol', 'Escrita por luasemfim', '', 'Idioma\tPortuguês', 'Visualizações\t1.482', 'Favoritos\t96', 'Palavras\t1.103', 'Concluído\tSim', '', 'Capítulo 1 - A chegada', '', para('Clara'), ''].join('\n'));
    expect(o.fields).toMatchObject({ Idioma: 'Português', Visualizações: '1.482', Favoritos: '96', Palavras: '1.103' });
  });
});
