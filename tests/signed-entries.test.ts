import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'topic.txt'));
const para = 'Gece yarısı son vapur iskeleden ayrılırken rıhtımda tek başına bekleyen bir kadın gördüm ve elinde bir fener vardı.';

describe("a dictionary-style board's topic, each entry closed by its writer's stamp", () => {
  it("keeps the entries of the one who wrote most, leaving out the others', the entry numbers and the stamps", () => {
    const entry = (n: number, text: string, nick: string) => `${n}.\n${text}\n\n1${n}.02.2011 0${n}:14 ${nick}\n`;
    const o = read(['vapurdaki fenerli kadın', '', entry(1, `birinci kısım - iskele\n\n${para}`, 'gece_kaptani'), entry(2, 'devamı gelsin lütfen.', 'martı_sever'), entry(3, `ikinci kısım - fener\n\n${para}`, 'gece_kaptani')].join('\n'));
    expect([o.title, o.author]).toEqual(['vapurdaki fenerli kadın', 'gece_kaptani']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'iskele'], [2, 'fener']]);
    expect(o.wordCount).toBe(2 * 18);
  });
});
