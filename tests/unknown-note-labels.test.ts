import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'story.txt'));
const para = (seed: string) => `${seed} a selle ouzh ar gwagennoù o tont war an traezh, hag e vreur a gerze a-hed an aod, hep lavarout ger ebet d'e vreur bihan.`;
const chapter = (n: number, ...after: string[]) => [`Pennad ${n}`, '', para(`Yann ${n}`), '', para(`Loig ${n}`), '', ...after.flatMap((a) => [a, ''])];

describe("an author's note under a label no language table holds", () => {
  it('reads a label of two words or more over the first heading, or closing a chapter before its separator, as a note', () => {
    const text = ['Ar Vag Ruz', '', 'Notenn an aozerez: skrivet em eus an istor-mañ e-pad ar goañv, e Douarnenez.', '', ...chapter(1, 'Notenn an aozerez: trugarez evit bezañ lennet ar pennad kentañ!', '—'), ...chapter(2), ...chapter(3)].join('\n');
    const o = read(text);
    expect(o.notesBefore).toHaveLength(1);
    expect(o.chapters.map((c) => c.notesAfter.length)).toEqual([1, 0, 0]);
    expect(o.chapters[0]?.firstWords).toMatch(/^Yann 1/);
  });

  it('keeps a label that also opens a paragraph inside a chapter as the text (a speaker), and a lone one at a chapter start', () => {
    const speaker = ['Ar Vag Ruz', '', ...chapter(1, 'Loig Kerlann: pelec’h emañ ar vag, a c’houlennas-eñ en noz.'), 'Pennad 2', '', para('Yann'), '', 'Loig Kerlann: n’ouzon ket, emezañ, hag e yeas kuit en noz du.', '', para('Anna'), '', ...chapter(3)].join('\n');
    expect(read(speaker).chapters.flatMap((c) => [...c.notesBefore, ...c.notesAfter])).toEqual([]);
    const time = ['Ar Vag Ruz', '', 'Pennad 1', '', 'Tri deiz goude: an avel a savas war-dro kreisteiz hag ar mor a zeuas du.', '', para('Yann'), '', ...chapter(2), ...chapter(3)].join('\n');
    expect(read(time).chapters[0]?.notesBefore).toEqual([]);
  });

  it('leaves labels it does not know in English, or in a file whose notes or headings it reads, as the text', () => {
    const english = ['Pennad 1', '', 'The birds came back at six. '.repeat(6), '', 'It said: you, in 2031, do not sell the building at all.', '', 'Pennad 2', '', 'The birds went away again at nine. '.repeat(6), '', 'Pennad 3', '', 'Nobody came back that night at all. '.repeat(6)].join('\n');
    expect(read(english).chapters[0]?.notesAfter).toEqual([]);
    const said = ['Pennad 1', '', para('Yann'), '', 'Il dit : « Quoi ! Tu ne viens pas avec nous ce soir ? »', '', 'Pennad 2', '', para('Loig'), '', 'Pennad 3', '', para('Anna')].join('\n');
    expect(read(said).chapters[0]?.notesAfter).toEqual([]);
    const known = ['Chapter 1', '', para('Yann'), '', 'Notenn an aozerez: trugarez evit bezañ lennet ar pennad kentañ!', '', 'Chapter 2', '', para('Loig')].join('\n');
    expect(read(known).chapters[0]?.notesAfter).toEqual([]);
  });

  it('reads a note naming the writer under the closing line as a note, a bare credit there as no note', () => {
    const end = (line: string) => ['Hanyar Gida', '', 'Babi na 1: Ruwan Sama', '', para('Amina'), '', 'Babi na 2: Gida', '', para('Inna'), '', 'KARSHE', '', line, ''].join('\n');
    expect(read(end('Saƙo daga Marubuciya: Na gode da kuka biyo ni har ƙarshe, littafi na gaba zai zo.')).chapters[1]?.notesAfter).toHaveLength(1);
    expect(read(end('Marubuciya: Safiyya Yola')).chapters[1]?.notesAfter).toHaveLength(0);
  });

  it('believes a label naming the writer in a known word where the headings share a known language’s word (Sardinian under `Capìtulu`)', () => {
    const text = ['Su pane', '', "Notas de s'autora: custu contu est iscritu in LSC, ma sos faeddos sunt cussos de bidda mia.", '', 'Capìtulu I — Su furru', '', para('Maria'), '', 'Capìtulu II — Sa notte', '', para('Lughia'), '', "Notas de s'autora: grazias a mamma mia pro sa ricetta de su pane.", ''].join('\n');
    const o = read(text);
    expect(o.notesBefore).toHaveLength(1);
    expect(o.chapters.map((c) => c.notesAfter.length)).toEqual([0, 1]);
  });
});
