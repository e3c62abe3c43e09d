import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { unknownByLine } from '../src/parse/rules/unknown-by-word.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'story.txt'));
const body = 'Mintin mat e oa c’hoazh pa zeuas Katell d’ar porzh. Yen e oa an aer ha glas e oa ar mor, hag ar vag ruz a oa staget ouzh ar c’hae.\n\nHe zad a oa o labourat war ar rouedoù. Ne lavaras netra.\n';

describe('a by-word of a language quire has no data for', () => {
  it.each([
    ['gant Soazig Kerlann', 'Soazig Kerlann'],
    ['gans Kenver an Velin', 'Kenver an Velin'],
    ['na Kalani Kahananui', 'Kalani Kahananui'],
    ['Cerbung basa Jawa dening Sekar Ayuningtyas', 'Sekar Ayuningtyas'],
    ['Skrivað 4. mars 2019 av Rannvá Joensen', 'Rannvá Joensen'],
  ])('reads %s as naming %s', (line, name) => expect(unknownByLine(line)).toBe(name));

  it.each(['The Memoirs of Sherlock Holmes', 'for Mary Ann', 'Night Shift at the Button Museum', 'Inkuru ngufi mu Kinyarwanda', 'a story of love'])('leaves %s alone', (line) => {
    expect(unknownByLine(line)).toBeNull();
  });

  it('takes the author from the line under the title, and the title over what the work is', () => {
    expect(read(`Ar Vag Ruz\n\nDanevell hir\n\ngant Soazig Kerlann\n\n${body}`)).toMatchObject({ title: 'Ar Vag Ruz', author: 'Soazig Kerlann' });
    expect(read(`KA PUEO O MAUNA KEA\n\nna Kalani Kahananui\n\n${body}`)).toMatchObject({ title: 'KA PUEO O MAUNA KEA', author: 'Kalani Kahananui' });
  });

  it('gives way to an author the header names in words quire knows, and to a by-line it knows', () => {
    expect(read(`ЗИМНИЙ ТРАМВАЙ\nЛитературная страничка Андрея Сомова\n\nАвтор: Андрей Сомов\n\n${body}`).author).toBe('Андрей Сомов');
    expect(read(`The Red Boat\nby Ann Lee\ngant Soazig Kerlann\n\n${body}`).author).toBe('Ann Lee');
  });
});
