import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

/** Chapter headings chosen as a set: synthetic files, one convention each. */
const PROSE =
  'She walked along the river for a long time, thinking about everything that had happened, and the water was grey and slow under the bridge.\n\n' +
  'Nobody came. The lamps went on one by one along the quay, and still nobody came, and at last she turned for home.';

function chapters(text: string): [number | null, string | null][] {
  return outline(parse(Buffer.from(text), 'test.txt')).chapters.map((c) => [c.number, c.title]);
}

const story = (...headings: string[]): string => `My Story\nby Someone\n\n${headings.map((h) => `${h}\n\n${PROSE}\n\n`).join('')}`;

describe('headings as a set', () => {
  it.each([
    [['=== CHAPTER 5 ===', '=== CHAPTER 6 ==='], [[5, null], [6, null]]],
    [['~~ 1 ~~', '~~ 2 ~~', '~~ 3 ~~'], [[1, null], [2, null], [3, null]]],
    [['Kapitel Eins – Ebbe', 'Kapitel Zwei – Flut'], [[1, 'Ebbe'], [2, 'Flut']]],
    [['Chapitre premier', 'Chapitre deux'], [[1, null], [2, null]]],
    [['Capítulo uno. La sal', 'Capítulo dos. El faro'], [[1, 'La sal'], [2, 'El faro']]],
    [['第九十九章　雾', '第一百章　第一百封信', '第一百零一章'], [[99, '雾'], [100, '第一百封信'], [101, null]]],
    [['Chapter 1: Alpha (1/2)', 'Chapter 2: Beta (2/2)'], [[1, 'Alpha'], [2, 'Beta']]],
    [['Threadmark: Chapter 3 - The Long Walk', 'Threadmark: Chapter 4 - Embers'], [[3, 'The Long Walk'], [4, 'Embers']]],
    [['Part 1 of 2', 'Part 2 of 2'], [[1, null], [2, null]]],
    [['🌧 01/03 🌧 Primeira Chuva', '🌧 02/03 🌧 Segunda Chuva', '🌧 03/03 🌧 Sol'], [[1, 'Primeira Chuva'], [2, 'Segunda Chuva'], [3, 'Sol']]],
    [['1/? - Home', '2/? - Away'], [[1, 'Home'], [2, 'Away']]],
  ])('%j', (headings, expected) => {
    expect(chapters(story(...headings))).toEqual(expected);
  });

  it('takes the title line under label-only headings when most have one', () => {
    expect(chapters(story('CHAPTER ONE\n\nTHE MAP ROOM', 'CHAPTER TWO\n\nA LETTER FROM THE NORTH'))).toEqual([[1, 'THE MAP ROOM'], [2, 'A LETTER FROM THE NORTH']]);
  });

  it('keeps a numbered list inside a chapter out of the bare-number headings', () => {
    const text = `Story\n\n1.\n\n${PROSE}\n\n1. Iron filings\n2. Salt\n3. Rowan\n\n${PROSE}\n\n2.\n\n${PROSE}\n\n3.\n\n${PROSE}\n`;
    expect(chapters(text)).toEqual([[1, null], [2, null], [3, null]]);
  });

  it('reads a contents list as no chapters', () => {
    expect(chapters(`Story\n\nChapter 1: Alpha\nChapter 2: Beta\nChapter 3: Gamma\n\n${story('Chapter 1: Alpha', 'Chapter 2: Beta', 'Chapter 3: Gamma')}`)).toEqual([
      [1, 'Alpha'], [2, 'Beta'], [3, 'Gamma'],
    ]);
  });

  it("reads an old book's contents of parts and paged entries as no chapters, its titles set under label-only headings", () => {
    const contents =
      'CONTENTS.\n\nPART THE FIRST.\n\n    CHAPTER THE FIRST.--In which a Hat is lost            1\n    CHAPTER THE SECOND.--In which a Hat is sought         9\n\n' +
      'PART THE SECOND.\n\n    CHAPTER THE FIRST.--In which a Hat is found          17\n\n\n\n';
    const body = (label: string, title: string): string => `CHAPTER THE ${label}.\n\n${title}.\n\n\n${PROSE}\n\n\n`;
    const text = `${contents}PART THE FIRST.\n\n\n${body('FIRST', 'IN WHICH A HAT IS LOST')}${body('SECOND', 'IN WHICH A HAT IS SOUGHT')}PART THE SECOND.\n\n\n${body('FIRST', 'IN WHICH A HAT IS FOUND')}`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.chapters.map((c) => [c.part, c.number, c.title])).toEqual([
      ['PART THE FIRST.', 1, 'IN WHICH A HAT IS LOST'], ['PART THE FIRST.', 2, 'IN WHICH A HAT IS SOUGHT'], ['PART THE SECOND.', 1, 'IN WHICH A HAT IS FOUND'],
    ]);
  });

  it('reads headings drawn in boxes, with their rules as no scene breaks, and spaced dots as a break', () => {
    const box = (h: string): string => `+--------------------------+\n|  ${h.padEnd(24)}|\n+--------------------------+\n\n`;
    const o = outline(parse(Buffer.from(`${box('I --- low tide')}${PROSE}\n\n${box('II --- high tide')}${PROSE}\n\n          . . .\n\n${PROSE}\n`), 'test.txt'));
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'low tide', 0], [2, 'high tide', 1]]);
  });

  it("reads a reading site's contents with view counts after its entries as no chapters", () => {
    const text = `สารบัญ\nตอนที่ 1 : วันฝนตกวันแรก   (อ่าน 4,812)\nตอนที่ 2 : หนังสือเล่มเดิม   (อ่าน 3,977)\n\nตอนที่ 1 : วันฝนตกวันแรก\n\n${PROSE}\n\nตอนที่ 2 : หนังสือเล่มเดิม\n\n${PROSE}\n`;
    expect(chapters(text)).toEqual([[1, 'วันฝนตกวันแรก'], [2, 'หนังสือเล่มเดิม']]);
  });

  it('reads numbered titles in a script without case as chapters, a numbered list of sentences not', () => {
    const zh = (t: string): string => `${t}\n\n腊月二十九，北京下了第一场雪。\n\n${PROSE}\n\n`;
    expect(chapters(`长街灯火\nby 青梅煮酒\n\n${zh('1. 初雪')}${zh('2. 饺子')}${zh('3. 灯')}`)).toEqual([[1, '初雪'], [2, '饺子'], [3, '灯']]);
    expect(chapters(`长街灯火\n\n${PROSE}\n\n1. 我觉得这个故事写得不好，请原谅。\n\n2. 下一章很快就会更新。\n\n${PROSE}\n`)).toHaveLength(1);
  });

  it('keeps a list of numbered phrases in a caseless script, its items line under line, as text', () => {
    const text = `終電の猫駅長\n\n一　駅長の猫\n\n駅長の仕事は三つだけだ。\n\n1. 朝の一番列車を見送ること\n2. ベンチの日だまりを確保すること\n3. 終電の最後の客を送ること\n\n${PROSE}\n\n二　最終列車\n\n${PROSE}\n`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, '駅長の猫'], [2, '最終列車']]);
    expect(o.chapters[0]!.firstWords).toBe('駅長の仕事は三つだけだ。 1. 朝の一番列車を見送ること 2. ベンチの日だまりを確保すること');
  });

  it('reads bare title lines as chapters only as a set', () => {
    expect(chapters(story('Low Water', 'Keeper', 'Fog Signal'))).toEqual([[null, 'Low Water'], [null, 'Keeper'], [null, 'Fog Signal']]);
    expect(chapters(story('Low Water', 'Keeper'))).toHaveLength(1);
  });

  it('reads a labelled line that breaks count and shape as prose', () => {
    const text = story('Kapitel 1', 'Kapitel 2', 'Kapitel 3').replace('Kapitel 2\n\n', 'Kapitel 7 Das war alles.\n\nKapitel 2\n\n');
    expect(chapters(text).map(([n]) => n)).toEqual([1, 2, 3]);
  });
});

describe('an AO3 page copied from the browser', () => {
  it('a chapter heading glued under the last paragraph, over its own section label, is a heading; a quoted chapter under another label is text', () => {
    const text = [
      'Chapter 1: Электричка', 'Chapter Text', '', PROSE, '', 'Глава 7. Как отличить настоящий опёнок от ложного', '', PROSE, '',
      'Notes:', '', 'В следующей главе — собственно грибы.', 'Chapter 2: Тихая охота', 'Chapter Text', '', PROSE, '',
      'Chapter 3: Последняя корзина', 'Chapter Text', '', PROSE, '',
    ].join('\n');
    expect(chapters(text)).toEqual([[1, 'Электричка'], [2, 'Тихая охота'], [3, 'Последняя корзина']]);
  });
});

describe('bracketed POV lines', () => {
  it("`[Elise's POV]` is a POV marker, not a `[Title]` heading", () => {
    const o = outline(parse(Buffer.from(`Kabanata 1: Pasahero\n\n[Elise's POV]\n\n${PROSE}\n\n[Mang Islaw's POV]\n\n${PROSE}\n`), 'pov.txt'));
    expect(o.chapters.map((c) => [c.number, c.povMarkers])).toEqual([[1, ['Elise', 'Mang Islaw']]]);
  });
});

describe('titles in emphasis under label-only headings', () => {
  it('`EERSTE HOOFDSTUK.` over `_De mist._`: the italic line is the title, its full stop and marks taken off', () => {
    const text = `EERSTE HOOFDSTUK.\n\n_De mist._\n\n${PROSE}\n\nTWEEDE HOOFDSTUK.\n\n_Het meisje van den overkant._\n\n${PROSE}\n`;
    expect(chapters(text)).toEqual([[1, 'De mist'], [2, 'Het meisje van den overkant']]);
  });
});

describe('plays', () => {
  it('acts are parts over their scenes; "A Play in Two Acts" is a subtitle, not the title', () => {
    const scene = '(Evening. Rain.)\n\nMAEVE. You are late.\n\nORLA. The bus was late. The bus is always late, and you know it well enough by now.';
    const text = `THE KEEPER'S DAUGHTERS\n\nA Play in Two Acts\n\nby Rosalind Achebe-Hart\n\n\n\nACT ONE\n\nScene 1\n\n${scene}\n\nScene 2\n\n${scene}\n\nACT TWO\n\nScene 1\n\n${scene}\n`;
    const o = outline(parse(Buffer.from(text), 'play.txt'));
    expect([o.title, o.author]).toEqual(["THE KEEPER'S DAUGHTERS", 'Rosalind Achebe-Hart']);
    expect(o.chapters.map((c) => [c.number, c.part])).toEqual([[1, 'ACT ONE'], [2, 'ACT ONE'], [1, 'ACT TWO']]);
  });
});

describe('contents lists', () => {
  it('leaves out a list under a label in another language, its entries written as one block', () => {
    const text = `Der Nebelgarten\nvon federlicht_\n\nEin kurzer Klappentext über den Garten und den Nebel, der jeden Morgen dichter wird.\n\nInhaltsverzeichnis\nKapitel 1 - Das Gartenhaus\nKapitel 2 - Tau\n\nKapitel 1 - Das Gartenhaus\n\n${PROSE}\n\nKapitel 2 - Tau\n\n${PROSE}\n`;
    expect(chapters(text)).toEqual([[1, 'Das Gartenhaus'], [2, 'Tau']]);
  });

  it("takes a collection's story titles, set on lines of their own with no Chapter word, from its contents", () => {
    const text = `CONTENTS\n\n  THE LAMPLIGHTER'S ALMANAC      1\n  MRS. PRIDDY'S LODGER          31\n  Colophon                      58\n\n\n\n\nTHE LAMPLIGHTER'S ALMANAC.\n\n${PROSE}\n\nMRS. PRIDDY'S LODGER.\n\n${PROSE}\n`;
    expect(chapters(text)).toEqual([[null, "THE LAMPLIGHTER'S ALMANAC"], [null, "MRS. PRIDDY'S LODGER"]]);
  });

  it("reads lowercase entries (`1. verhuisdag`) repeated over each part, with the site's bare counts under them, as the chapters", () => {
    const part = (title: string, counts: string): string => `${title}\n\n${counts}\n\n${PROSE}\n\n`;
    const text = `de kamer van juul\nby lotte_schrijft\nTable of contents\n\n1. verhuisdag\n2. de doos\n\n${part('1. verhuisdag', '1.2K\n89\n24')}Continue to next part\n\n${part('2. de doos', '804\n71\n19')}`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'verhuisdag', 0], [2, 'de doos', 0]]);
  });

  it('keeps reading a list whose chapter numbers restart in each part', () => {
    const text = `Contents\nBook I\nI\nII\nBook II\nI\n\nBook I\n\nI\n\n${PROSE}\n\nII\n\n${PROSE}\n\nBook II\n\nI\n\n${PROSE}\n`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.chapters.map((c) => [c.number, c.part])).toEqual([[1, 'Book I'], [2, 'Book I'], [1, 'Book II']]);
  });
});

describe('chapter selectors beside page navigation', () => {
  it('reads `N. Title` over `Next >` as the chapter, its echo below the chapter as the page, and a numbered list as text', () => {
    const text =
      `The Well\nBy: quill\n\n1. The Well\nNext >\n\nThree rules:\n\n1. Don't draw water from it.\n2. Don't drop anything in it.\n3. Don't lean over and say your name.\n\n${PROSE}\n\n` +
      `1. The Well\nNext >\n2. Bucket and Rope\n< Prev   Next >\n\n${PROSE}\n\n2. Bucket and Rope\n< Prev\n`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'The Well'], [2, 'Bucket and Rope']]);
    expect(o.wordCount).toBe(2 + 20 + 2 * PROSE.split(/\s+/).length);
  });
});

describe('forum threadmarks', () => {
  it('reads `Threadmarks: Chapter 2: Title   ◄ Prev   Next ►` as the chapter, and a spoiler-boxed note as a note', () => {
    const text =
      `Threadmarks: Chapter 1: Shore Leave          Next ►\n\nSpoiler: Author's Note\nClick to expand...\nFirst original fic here! C&C welcome.\n\n${PROSE}\n\n` +
      `Threadmarks: Chapter 2: The Lamp Ship          ◄ Prev   Next ►\n\n${PROSE}\n`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.chapters.map((c) => [c.number, c.title, c.notesBefore.length])).toEqual([[1, 'Shore Leave', 1], [2, 'The Lamp Ship', 0]]);
    expect(o.chapters[0]?.firstWords).toMatch(/^She walked/);
  });
});

describe('translated web novels', () => {
  it('reads `Chapter 212: Title` over translator credits as the chapter, and the page title line as the page', () => {
    const text =
      `Ledger of the Nine Peaks\nAuthor: Shan Yu\nLedger of the Nine Peaks - Chapter 212\n\nChapter 212: The Debt\nTranslator: Lazy Crane   Editor: Brushtail\n\n${PROSE}\n\n` +
      `Ledger of the Nine Peaks - Chapter 213\n\nChapter 213: Three Cups\nTranslator: Lazy Crane   Editor: Brushtail\n\n${PROSE}\n`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.description).toBeNull();
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[212, 'The Debt'], [213, 'Three Cups']]);
    expect(o.wordCount).toBe(2 * PROSE.split(/\s+/).length);
  });
});

describe('web reader page copies', () => {
  it('reads the story header repeated over each part as a page boundary, the line under it as the part, a lower-case title over its by-line', () => {
    const page = (name: string): string => `salt & static\nby @moonlitmarrow\n${name}\n4.9K\n301\n\n${PROSE}\n\nVote\nComment\nShare\n`;
    const o = outline(parse(Buffer.from(page('prologue') + page('ONE | salt') + page('TWO | static')), 'test.txt'));
    expect([o.title, o.author]).toEqual(['salt & static', 'moonlitmarrow']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[null, 'prologue'], [1, 'salt'], [2, 'static']]);
    expect(o.wordCount).toBe(3 * PROSE.split(/\s+/).length);
  });
});

describe('bare CJK numerals', () => {
  it('reads 一, 二, 三 alone on their lines as chapters counting up', () => {
    const body = '老周从师傅手里接过这间铺子，墙上挂满了钟。\n那时候的钟都还走着。\n';
    const o = outline(parse(Buffer.from(`旧城南的钟表铺\n作者：林间拾遗\n\n一\n\n${body}\n二\n\n${body}\n三\n\n${body}`), 'test.txt'));
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
  });
});

describe("a page's chapter selector", () => {
  it('leaves out `1. Title` / `2. Title` lines that the chapters’ own headings repeat, above and below the text', () => {
    const selector = '1. Halte\n2. Payung Biru\nNext >';
    const text = `Payung Biru\nBy: hujan.senja\n\n${selector}\n\nChapter 1: Halte\n\n${PROSE}\n\nChapter 2: Payung Biru\n\n${PROSE}\n\n< Prev\n1. Halte\n2. Payung Biru\n`;
    expect(chapters(text)).toEqual([[1, 'Halte'], [2, 'Payung Biru']]);
  });
  it('keeps a page heading that navigation separates from the last page’s (`1. The Well` / `Next >` / `2. Bucket`)', () => {
    const text = `The Well\nBy: ivy\n\n1. The Well\nNext >\n\n${PROSE}\n\n1. The Well\nNext >\n2. Bucket and Rope\n< Prev   Next >\n\n${PROSE}\n`;
    expect(chapters(text).map(([n]) => n)).toEqual([1, 2]);
  });
});

describe('a word processor’s text with a line a paragraph', () => {
  it('reads `Title` / genre / author, and headings with their titles on the next line, a comma in one', () => {
    const text = ['DZINTARA ZVEJNIEKI', 'Stāsts', 'Līga Ozoliņa', '', 'I NODAĻA', 'Vētras rīts', 'Pēc vētras visa Pāvilosta gāja uz jūru, un Marta gāja kopā ar vectēvu.', 'II NODAĻA', 'Tas, kas bija iekšā', 'Trešajā rītā jūra atdeva to, ko vectēvs gaidīja visu mūžu.', ''].join('\n');
    const o = outline(parse(Buffer.from(text), 'lv.txt'));
    expect([o.title, o.author]).toEqual(['DZINTARA ZVEJNIEKI', 'Līga Ozoliņa']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Vētras rīts'], [2, 'Tas, kas bija iekšā']]);
  });
});

describe('a heading quoted in the text', () => {
  it('reads a repeated `Kapitel 1:` set flush left, among tab-indented headings, as text', () => {
    const text = `Der See\n\nby Nachtfalter\n\n\tKapitel 1 - Eis im Juli\n\n${PROSE}\n\nKapitel 1: Betreten verboten!\n2. Kinder NICHT aufs Eis lassen!\n\n${PROSE}\n\n\tKapitel 2 - Was der See behält\n\n${PROSE}\n`;
    expect(chapters(text)).toEqual([[1, 'Eis im Juli'], [2, 'Was der See behält']]);
  });
});

describe('a contents list whose entries carry a date', () => {
  it('ends where the count starts again over text, so the first chapter keeps its heading', () => {
    const list = 'Table of Contents\nChapter 1 (v.1) - Sowing    Submitted: March 04, 2015\nChapter 2 (v.1) - The Letter    Submitted: March 11, 2015\nChapter 3 (v.2) - Last Load    Submitted: March 19, 2015\n\n';
    expect(chapters(`My Story\nby Someone\n\n${list}${['Chapter 1 (v.1) - Sowing', 'Chapter 2 (v.1) - The Letter', 'Chapter 3 (v.2) - Last Load'].map((h) => `${h}\n\n${PROSE}\n\n`).join('')}`)).toEqual([
      [1, 'Sowing'],
      [2, 'The Letter'],
      [3, 'Last Load'],
    ]);
  });
});

describe('a reading site’s contents with numbered entries over chapters headed by their titles alone', () => {
  const line = 'She drew the harbour again that night, and in the morning the lighthouse was a little taller than it had been.';
  it('takes `1. The Blank Sheet` under `Chapters (3)` as naming the line `The Blank Sheet`, its by-line and stamp under it left out', () => {
    const chapter = (title: string, date: string): string => `${title}\nby inkmoth_\n${date} · 412 words\n${line}\n${line}\n\n`;
    const text = `The Cartographer\nby inkmoth_\n\nChapters (3)\n1. The Blank Sheet\n2. Ink and Salt\n3. North of Nowhere\n\n${chapter('The Blank Sheet', 'Mar 3, 2022')}${chapter('Ink and Salt', 'Mar 10, 2022')}${chapter('North of Nowhere', 'Mar 17, 2022')}`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.chapters.map((c) => c.title)).toEqual(['The Blank Sheet', 'Ink and Salt', 'North of Nowhere']);
    expect(o.wordCount).toBe(3 * 2 * 21);
  });

  it('names the chapters from entries that carry the author and the archive’s counts (`1. Low Tide by kestrel [Reviews - 7] (300 words)`)', () => {
    const chapter = (title: string): string => `${title} by kestrel\n\n${line}\n\n${line}\n\n`;
    const text = `The Cartographer\nby kestrel\n\nContents\n1. Low Tide by kestrel [Reviews - 7] (300 words)\n2. The Bowline by kestrel [Reviews - 6] (200 words)\n\n${chapter('Low Tide')}${chapter('The Bowline')}`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.chapters.map((c) => c.title)).toEqual(['Low Tide', 'The Bowline']);
    expect(o.wordCount).toBe(2 * 2 * 21);
  });

  it('takes an unlabelled numbered list as the contents when the chapters’ titles repeat it, a chapter’s note under its title', () => {
    const chapter = (title: string): string => `${title} by kestrel\n\nAuthor's Chapter Notes:\nThanks to my beta.\n\n${line}\n\n${line}\n\n`;
    const text = `The Cartographer by kestrel\n[Reviews - 17]  Printer  Table of Contents\n\nRated: T   Chapters: 2\n\n1. Low Tide by kestrel [Reviews - 7] (300 words)\n2. The Bowline by kestrel [Reviews - 6] (200 words)\n\n\n${chapter('Low Tide')}${chapter('The Bowline')}`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect([o.title, o.author]).toEqual(['The Cartographer', 'kestrel']);
    expect(o.chapters.map((c) => [c.title, c.notesBefore.length])).toEqual([['Low Tide', 1], ['The Bowline', 1]]);
    expect(o.wordCount).toBe(2 * 2 * 21);
  });

  it('reads `目次` with its entries in one block, page counters and bookmark buttons left out, two-letter titles kept', () => {
    const para = '　その図書館は、雨の日にしか開かない。町の人はみんな知っていたけれど、わざわざ確かめに行く人はいなかった。';
    const text = `雨の日の図書館\nしずく\n\n目次\n1. 雨の日（1〜2ページ）\n2. 貸出カード（3〜4ページ）\n3. 晴れ（5〜6ページ）\n\n1 / 6ページ\n\n雨の日\n\n${para}\n${para}\n\nしおりを挟む\n\n2 / 6ページ\n\n貸出カード\n\n${para}\n\n3 / 6ページ\n\n晴れ\n\n${para}\n`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.chapters.map((c) => c.title)).toEqual(['雨の日', '貸出カード', '晴れ']);
    expect(o.chapters[0]?.firstWords).toMatch(/^その図書館は/);
  });
});

describe('contents lists under a reading site’s own label', () => {
  const para = 'Agathe avait quinze ans et une lanterne trop lourde pour elle, et la brume montait de la glace.';
  it.each([
    ['Chapitres', ['Prologue', 'Chapitre 1 — La passeuse', 'Chapitre 2 — Le fleuve gelé']],
    ['회차 목록', ['프롤로그', '1화 - 두 번째 봄', '2화 - 꽃샘']],
  ])('drops the list under `%s`, and a chapter’s stamp of counted cells', (label, headings) => {
    const text = `Les Passeurs\npar Élise\n\n${label}\n${headings.join('\n')}\n\n${headings.map((h, k) => `${h}\n등록일 2019.03.0${k + 2} | 조회 1,203 | 추천 88\n\n${para}\n\n`).join('')}`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.chapters.map((c) => c.firstWords)).toEqual(headings.map(() => 'Agathe avait quinze ans et'));
  });

  it('drops an unlabelled list whose entries carry their dates (`Chapter 1: Hooch’s Ledger (posted 03/02/2004)`)', () => {
    const text = `Title: The Ledger\nAuthor: thistledown\n\nChapter 1: Hooch's Ledger (posted 03/02/2004)\nChapter 2: Page Forty-Two (posted 03/09/2004)\n\nChapter 1: Hooch's Ledger\n\n${para}\n\nChapter 2: Page Forty-Two\n\n${para}\n`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.chapters.map((c) => c.title)).toEqual(["Hooch's Ledger", 'Page Forty-Two']);
  });
});

describe("a writer's pieces posted one after another, each under its title and by-line", () => {
  const prose = 'Mrs. Okafor kept pigeons on the roof of 418 Tenth Street, and every morning at six she let them out.';
  const piece = (title: string, date: string, tags: string): string =>
    `${title}\nby wrenhollow\nWritten on ${date} · 2 comments · Rating: 4.4\n\n${prose}\n\n${prose}\n\ntagged: ${tags}\nSequels: none yet\nRead the prequels · Write a sequel\n\n`;
  it('reads each title as a chapter heading, the first also as the story’s title, and leaves by-lines, stamps and each piece’s footer out', () => {
    const o = outline(parse(Buffer.from(`ficly\n\n${piece('The Roof on Tenth Street', 'March 3, 2012', 'pigeons, city')}${piece('The Sender', 'March 5, 2012', 'pigeons, letters')}${piece('Tenth Street, 2031', 'March 9, 2012', 'pigeons, endings')}`), 'test.txt'));
    expect([o.title, o.author]).toEqual(['The Roof on Tenth Street', 'wrenhollow']);
    expect(o.chapters.map((c) => c.title)).toEqual(['The Roof on Tenth Street', 'The Sender', 'Tenth Street, 2031']);
    expect(o.chapters.slice(0, 2).map((c) => c.wordCount)).toEqual([2 * 20, 2 * 20]);
  });

  it('leaves the story’s title set again over each chapter’s page to the page readers', () => {
    const page = (n: number): string => `The Rain Café\nby meomeo\nChapter ${n}: Rain\n\n${prose}\n\n`;
    const o = outline(parse(Buffer.from(`${page(1)}${page(2)}${page(3)}`), 'test.txt'));
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
  });
});

describe("a reading site's chapter selector with unnumbered entries around the numbered ones", () => {
  it('leaves `prolog` above and `od autorki` below the entries out with them, and reads the card’s status cells as the card’s', () => {
    const prose = 'Rzeka zamarzła w nocy z trzeciego na czwartego stycznia i rano Wawrzyniec stał na przystani, patrząc na swój prom.';
    const text = [
      'Zimowy przewoźnik', 'Autorstwa: mgla_nad_wisla', '8,4 tys. Odsłony   1,1 tys. Głosy   4 Części', 'Ukończone   Dla dojrzałych: nie', '',
      'Stary Wawrzyniec przewozi ludzi przez Wisłę od czterdziestu lat.', '',
      'prolog', 'rozdział 1. lód', 'rozdział 2. druga strona', 'od autorki', '',
      'prolog', '', prose, '', 'rozdział 1. lód', '', prose, '', 'rozdział 2. druga strona', '', prose, '', 'od autorki', '', 'Dziękuję wam wszystkim za tę zimę.', '',
    ].join('\n');
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.description).toBe('Stary Wawrzyniec przewozi ludzi przez Wisłę od czterdziestu lat.');
    expect(o.chapters.map((c) => c.title)).toEqual(['prolog', 'lód', 'druga strona']);
  });
});

describe("a reading site's part pages, each title with its counts run on under it", () => {
  const prose = 'Le panneau affichait SUPPRIMÉ en lettres orange, et j’ai eu envie de lui donner un coup de pied.';
  const page = (title: string) => `${title}\n12,1K\n1K\n148\npar mlle_clementine\n\n~ PDV Léa ~\n\n${prose}\n\n${prose}\n\n`;
  const story = (one: string, two: string) =>
    ['Wattpad', 'Découvrir', 'Écrire', 'Rechercher', 'Se connecter', '', 'Quai n°4', 'par mlle_clementine', 'Lectures 24,8K', 'Votes 1,9K', 'Parties 2', 'Histoire terminée',
      'Une gare de province, un train supprimé et deux inconnus qui n’auraient jamais dû se reparler.', '', 'Table des matières', one, two, '', ''].join('\n') + page(one) + page(two);

  it('names the chapters from the contents, numbers and all, with the counts, by-line and status left out', () => {
    const o = outline(parse(Buffer.from(story('01 • quai n°4', '02 • le dernier train')), 'test.txt'));
    expect([o.title, o.author]).toEqual(['Quai n°4', 'mlle_clementine']);
    expect(o.description).toMatch(/^Une gare de province/);
    expect(o.chapters.map((c) => [c.number, c.title, c.povMarkers])).toEqual([[1, 'quai n°4', ['Léa']], [2, 'le dernier train', ['Léa']]]);
    expect(o.wordCount).toBe(2 * 2 * 18);
  });

  it('reads a number written in bold mathematical letters (`𝐮𝐧𝐨 • schiuma`)', () => {
    const o = outline(parse(Buffer.from(story('𝐮𝐧𝐨 • schiuma', '𝐝𝐮𝐞 • la ricetta')), 'test.txt'));
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'schiuma'], [2, 'la ricetta']]);
  });
});

describe("a FictionPress page copy's chapter selector over and under each chapter", () => {
  it('reads `Chapter: 2. Der Brief    < Prev    Next >` as the chapter’s heading and its copy at the foot as the page’s', () => {
    const prose = 'Der Brief kam an einem Dienstag im November, mit der Fähre von Pellworm, und er war dreißig Jahre alt.';
    const page = (n: number, title: string) => `Chapter: ${n}. ${title}    < Prev    Next >\n\n${prose}\n\n${prose}\n\nChapter: ${n}. ${title}    < Prev    Next >\n\nReview\n\n`;
    const o = outline(parse(Buffer.from(`Der Brief aus Hallig Süderoog\nBy: nordlicht_92\nRated: Fiction K+ - German - Drama - Chapters: 2 - Words: 321\n${page(1, 'Prolog')}${page(2, 'Der Brief')}`), 'test.txt'));
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'Prolog'], [2, 'Der Brief']]);
    expect(o.wordCount).toBe(2 * 2 * 19);
  });
});

describe("a reading site's part pages in another language", () => {
  it('leaves the counts in the site’s shorthand (`2,9 тыс.`), bare counts and the author’s field under each heading out', () => {
    const prose = 'В нашем городе есть трамвай, которого нет в расписании, и ходит он только после полуночи.';
    const page = (title: string) => `${title}\n2,9 тыс.\n231\n37\nАвтор: kotyonok_v_shlyape\n\n${prose}\n\n${prose}\n\n`;
    const o = outline(parse(Buffer.from(`Последний трамвай\nАвтор: kotyonok_v_shlyape\nПрочтения 8,1 тыс.\nГолоса 640\n\n\n${page('Глава 1. Кольцо')}${page('Глава 2. Конечная')}`), 'test.txt'));
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'Кольцо', 0], [2, 'Конечная', 0]]);
    expect(o.wordCount).toBe(2 * 2 * 15);
  });
});

describe('two kinds of chapter heading, one opening runs of the other', () => {
  const para = '　時計塔が止まったのは、一月十二日の午後三時七分だった。商店街の人たちは最初、誰も気づかなかった。';
  it('reads the outer kind as parts (第一章 over 第一話 and 第二話)', () => {
    const text = `時計塔の修理人\n作者：灯野ゆずる\n\n第一章　冬\n\n第一話　止まった針\n\n${para}\n\n第二話　歯車の声\n\n${para}\n\n第二章　春\n\n第三話　鐘の鳴る日\n\n${para}\n`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.chapters.map((c) => [c.number, c.title, c.part])).toEqual([[1, '止まった針', '第一章 冬'], [2, '歯車の声', '第一章 冬'], [3, '鐘の鳴る日', '第二章 春']]);
  });

  it('reads a single 第一章 over 第1話 and 第2話 as their part: 章 counts a larger unit than 話', () => {
    const text = `時計塔の修理人\n作者：灯野ゆずる\n\n第一章　冬\n\n第1話　止まった針\n\n${para}\n\n第2話　歯車の声\n\n${para}\n`;
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.chapters.map((c) => [c.number, c.title, c.part])).toEqual([[1, '止まった針', '第一章 冬'], [2, '歯車の声', '第一章 冬']]);
  });

  it('keeps a page’s title over the story’s own heading of the same number as one chapter, not a part', () => {
    const body = 'La casa tenía golondrinas bajo el alero, y cada primavera volvían al mismo nido sin fallar.';
    const o = outline(parse(Buffer.from(`Chapter 1: El nido\nCapítulo 1\n\n${body}\n\nCapítulo 2\n\n${body}\n\nCapítulo 3\n\n${body}\n`), 'test.txt'));
    expect(o.chapters.every((c) => c.part === null)).toBe(true);
  });
});

describe('posts titled with the story’s name in brackets and a bare number', () => {
  it('reads `【南方来信】01 梅雨` over each post as chapter 1 “梅雨”, the bracketed name as the title and the name over the follow button as the author', () => {
    const post = (n: string, title: string, date: string) =>
      ['山有木兮', '关注', `【南方来信】${n} ${title}`, date, '我收到第一封信的那天，梅雨刚开始，楼下的邮筒被雨水泡得发胀。', '信封是牛皮纸的，邮票贴歪了，寄信人一栏只写了一个字：南。', '信里说，她住在我租的这间屋子里，是三十年前的事，窗台那块松动的砖底下藏着一把钥匙。', '我把砖撬开。钥匙就在那里，锈得发红，像一截被人忘记的旧日子。', '#原创  #南方来信', '热度(86)', ''];
    const o = outline(parse(Buffer.from(['LOFTER', '', ...post('01', '梅雨', '2023-06-12'), ...post('02', '天台', '2023-06-19'), ...post('03', '睡莲', '2023-07-03')].join('\n')), 'lofter.txt'));
    expect([o.title, o.author]).toEqual(['南方来信', '山有木兮']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, '梅雨'], [2, '天台'], [3, '睡莲']]);
  });
});

describe('a contest entry saved as text from a word processor', () => {
  it('reads the entry form’s 성명 as the author and `1.` under the centred title page as the first section', () => {
    const para = '  할머니가 자전거를 배우겠다고 한 것은 일흔넷 되던 해 봄이었다. 엄마가 말렸지만 할머니는 넘어지면 일어나면 된다고 말했다.';
    const o = outline(parse(Buffer.from(['제2회 마을도서관 단편소설 공모전 응모작', '', '제목: 할머니의 자전거', '성명: 김다온', '분량: 원고지 12매', '', '                  할머니의 자전거', '',
      '                                김다온', '', '', '1.', para, para, '', '2.', para, para, '', '3.', para, para].join('\n')), 'entry.txt'));
    expect([o.title, o.author]).toEqual(['할머니의 자전거', '김다온']);
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
  });
});

describe("an e-zine's issue in plain text", () => {
  it('reads titles boxed between rules over each writer’s by-line as the pieces, the letter-spaced masthead as the title and a boxed EDITOR’S NOTE as a note', () => {
    const rule = '='.repeat(72);
    const dash = '-'.repeat(72);
    const para = '   Carver’s All-Nite Diner had one customer after two a.m., and his\n   name was Mr. Pell, and he ordered the same thing every night.';
    const piece = (title: string, by: string) => [rule, `   ${title}`, `   by ${by}`, rule, '', para, '', para, ''];
    const text = [rule, '   Q U I L L W O R K                          Volume 3, Number 2', rule, '', '   Editor: Marcus Feld <mfeld@example.org>', '   Assistant Editor: June Okabe', '',
      dash, "   EDITOR'S NOTE", dash, '', '   Three stories this issue, all of them about people working when everyone else is asleep.', '',
      ...piece("THE NIGHT SHIFT AT CARVER'S", 'Delia Morrow'), ...piece('CHAPTER AND VERSE', 'Ray Albers')].join('\n');
    const o = outline(parse(Buffer.from(text), 'quillwork.txt'));
    expect([o.title, o.fields.Editor, o.fields['Assistant Editor']]).toEqual(['QUILLWORK', 'Marcus Feld <mfeld@example.org>', 'June Okabe']);
    expect(o.notesBefore.map((n) => n.label)).toEqual(["EDITOR'S NOTE"]);
    expect(o.chapters.map((c) => [c.title, c.sceneBreaks, c.wordCount])).toEqual([["THE NIGHT SHIFT AT CARVER'S", 0, 46], ['CHAPTER AND VERSE', 0, 46]]);
  });
});

describe('a blog serial whose posts number the installment after the title', () => {
  it('reads `O muíño (I)`, `(II)`, `(III e último)` as chapters 1 to 3, not the archive list in the sidebar', () => {
    const post = (date: string, n: string) => [date, `O muíño (${n})`, '', PROSE, '', 'Publicado por Uxía Castromil en 22:14   3 comentarios', ''];
    const text = ['A néboa de Cantabrana', '', ...post('mércores, 6 de xullo de 2011', 'I'), ...post('venres, 8 de xullo de 2011', 'II'), ...post('luns, 11 de xullo de 2011', 'III e último'),
      'Arquivo do blog', 'O muíño (III e último)', 'O muíño (II)', 'O muíño (I)'].join('\n');
    expect(outline(parse(Buffer.from(text), 'blog.txt')).chapters.map((c) => c.number)).toEqual([1, 2, 3]);
  });
});

describe("chapters copied through a browser's reader view", () => {
  it('reads `Chapter 12 - Marrow Ford | The Iron Cartographer | Royal Road` as the chapter’s heading, the story’s title, and the name under it as the author', () => {
    const page = (n: number, title: string) => ['royalroad.com', `Chapter ${n} - ${title} | The Iron Cartographer | Royal Road`, 'quillfeather', '9–11 minutes', PROSE, ''];
    const o = outline(parse(Buffer.from([...page(12, 'Marrow Ford'), ...page(13, 'The Talking Disk')].join('\n')), 'reader.txt'));
    expect([o.title, o.author]).toEqual(['The Iron Cartographer', 'quillfeather']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[12, 'Marrow Ford'], [13, 'The Talking Disk']]);
  });
});

describe("a web reader's count of comments under a paragraph", () => {
  it('leaves a lone number glued under a paragraph out when it does not count the chapter’s sections', () => {
    const para = 'Il y a des villes qui ne dorment jamais, et Saint-Malo dort trop : elle ferme ses volets à neuf heures.';
    const text = ['Marée haute', 'par @clem_ecrit', 'Chapitre 1 — La galette', para, '4', para, para, 'Chapitre 2 — Le Grand Bé', para, '2', para, para].join('\n');
    const o = outline(parse(Buffer.from(text), 'wattpad.txt'));
    expect(o.chapters.map((c) => [c.number, c.sceneBreaks, c.wordCount])).toEqual([[1, 0, 63], [2, 0, 63]]);
  });
});

describe("a writer's name after every chapter's title", () => {
  const text = (second: string) => `Título: Seis días\nAutor: nieblas_de_agosto\n\nCapítulo 1: Seis días más por nieblas_de_agosto\n\nMateo contó los días en la pared de la cocina.\n\nCapítulo 2: ${second}\n\nLa ficha de latón seguía en su bolsillo.\n`;

  it('leaves the name out of the titles when every title ends in the same by-word and name', () => {
    const o = outline(parse(Buffer.from(text('La ficha de latón por nieblas_de_agosto')), 'story.txt'));
    expect(o.chapters.map((c) => c.title)).toEqual(['Seis días más', 'La ficha de latón']);
  });

  it('keeps a title that ends so once only', () => {
    const o = outline(parse(Buffer.from(text('La ficha de latón')), 'story.txt'));
    expect(o.chapters.map((c) => c.title)).toEqual(['Seis días más por nieblas_de_agosto', 'La ficha de latón']);
  });
});

describe("a reading site's stamp and buttons around a chapter", () => {
  const chapter = (n: number, stamp: string) => `Chapter ${n}: The Ledger ${n}\n\n${stamp}\n\n${PROSE}\n\nAuthor's Thoughts\nShort one today, sorry! Exams.\n\nCreation is hard, cheer me up!\nLike it ? Add to library!\nReport chapter\n\n`;

  it('leaves `Updated: DATE` under the heading and `Report chapter` out of the text, the note closing each chapter', () => {
    const o = outline(parse(Buffer.from(`The Ninth Tidewarden\nAuthor: Rennick_Vale\n\n${chapter(14, 'Updated: May 11, 2023')}${chapter(15, 'Updated: May 12, 2023')}`), 'web.txt'));
    expect(o.chapters.map((c) => [c.number, c.firstWords.slice(0, 9), c.notesAfter.length])).toEqual([[14, 'She walke', 1], [15, 'She walke', 1]]);
  });

  it('keeps a letter’s `Date:` under the heading in the story', () => {
    const o = outline(parse(Buffer.from(`Letters\n\nChapter 1\n\nDate: 3 May 1897\n\n${PROSE}\n\nChapter 2\n\nDate: 4 May 1897\n\n${PROSE}\n`), 'letters.txt'));
    expect(o.chapters.map((c) => c.firstWords.slice(0, 5))).toEqual(['Date:', 'Date:']);
  });
});

describe('times of day as chapter titles', () => {
  const parts = (text: string) => outline(parse(Buffer.from(text), 'night.txt')).chapters.map((c) => [c.title, c.part]);

  it('reads a set of clock lines running on past midnight as chapters under their parts', () => {
    const text = `THE NIGHT PORTER\n\nby Imogen Vail\n\n\nPART ONE: NIGHT\n\n\n23:40\n\n${PROSE}\n\n01:15\n\n${PROSE}\n\n\nPART TWO: MORNING\n\n\n05:50\n\n${PROSE}\n\n07:05\n\n${PROSE}\n`;
    expect(parts(text)).toEqual([
      ['23:40', 'PART ONE: NIGHT'],
      ['01:15', 'PART ONE: NIGHT'],
      ['05:50', 'PART TWO: MORNING'],
      ['07:05', 'PART TWO: MORNING'],
    ]);
  });

  it('leaves times that jump back and forth as text', () => {
    const text = `Story\n\n09:00\n\n${PROSE}\n\n07:30\n\n${PROSE}\n\n08:15\n\n${PROSE}\n\n06:00\n\n${PROSE}\n`;
    expect(parts(text)).toEqual([[null, null]]);
  });
});

describe('headings as a set: ordinal words, letters, Asturian', () => {
  it('reads Asturian ordinal chapter labels with the title on the next line', () => {
    expect(chapters(story('CAPÍTULU PRIMERU\nLa carta', 'CAPÍTULU SEGUNDU\nEl pozu'))).toEqual([[1, 'La carta'], [2, 'El pozu']]);
  });

  it('reads a run of lettered sections as chapters without numbers, and bracketed names in them as POV markers', () => {
    const text = story('A.\nThe Sandbags\n\n[WREN]', 'B.\nThe Generator\n\n[ABERNETHY]', 'C.\nWhat the River Left').replace(/She walked/g, 'Wren walked').replace(/Nobody came\. /g, 'Nobody came, not even Abernethy. ');
    const book = outline(parse(Buffer.from(text), 'test.txt'));
    expect(book.chapters.map((c) => [c.number, c.title])).toEqual([[null, 'The Sandbags'], [null, 'The Generator'], [null, 'What the River Left']]);
    expect(book.chapters.map((c) => c.povMarkers)).toEqual([['WREN'], ['ABERNETHY'], []]);
  });

  it('leaves a lone lettered line and a roman C. outside a run alone', () => {
    expect(chapters(story('I.', 'II.', 'III.')).map(([n]) => n)).toEqual([1, 2, 3]);
  });

  it('reads an ordinal word and a colon as a chapter label, counting again under each part', () => {
    const text = `My Story\nby Someone\n\nPART ONE: THE HARBOUR\n\n${['FIRST: The Salt Merchant', 'SECOND: The Violin Case'].map((h) => `${h}\n\n${PROSE}\n\n`).join('')}PART TWO: THE CROSSING\n\n${['FIRST: The Ferryman', 'SECOND: Landfall'].map((h) => `${h}\n\n${PROSE}\n\n`).join('')}`;
    expect(chapters(text)).toEqual([[1, 'The Salt Merchant'], [2, 'The Violin Case'], [1, 'The Ferryman'], [2, 'Landfall']]);
  });
});


describe("a part's name straight under its label", () => {
  it("is the part's, not a chapter's text (Word's plain text of a novella in two parts)", () => {
    const file = 'tests/fixtures/holdout28/a-word-txt-orchard.txt';
    const o = outline(parse(readFileSync(file), file));
    expect(o.chapters.map((c) => [c.number, c.title, c.part])).toEqual([
      [1, 'The Ledger', 'PART ONE'],
      [2, 'The Frost Fair', 'PART ONE'],
      [3, "The Bank's Man", 'PART TWO'],
      [4, 'Two Lines', 'PART TWO'],
    ]);
  });
});

describe('a heading-like line inside a reader comment', () => {
  it('is text when it has text straight above and below and the real headings stand apart', () => {
    const text = story('ክፍል ፩፦ ጠዋት', 'ክፍል ፪፦ ደብዳቤው', 'ክፍል ፫፦ ሦስተኛው ሲኒ') + '2 አስተያየቶች\n\nትዕግሥት\nJanuary 22, 2023 at 9:03 am\nክፍል ፬ ይኖራል? 🙏\nመልስ\n';
    expect(chapters(text)).toEqual([[1, 'ጠዋት'], [2, 'ደብዳቤው'], [3, 'ሦስተኛው ሲኒ']]);
  });

  it('reads Ethiopic headings with the preface colon between number and title', () => {
    expect(chapters(story('ክፍል ፩፦ ጠዋት', 'ክፍል ፪፦ ደብዳቤው'))).toEqual([[1, 'ጠዋት'], [2, 'ደብዳቤው']]);
  });
});

describe("a WordPress comment form under the story's last chapter", () => {
  it('is left out of the body with the comments above it, however many lines it has', () => {
    const o = outline(parse(Buffer.from(story('Chapter 1', 'Chapter 2') + 'Share: Facebook | Twitter\n\nLeave a Reply\nYour email address will not be published. Required fields are marked *\nComment *\nName *\nEmail *\nWebsite\nPost Comment\n'), 'test.txt'));
    expect(o.wordCount).toBe(2 * PROSE.split(/\s+/).length);
  });
});

describe("a channel's day stamps over installments that number themselves", () => {
  it('reads the numbered parts as the chapters and the dates as the app’s, a numbered list of short sentences staying text', () => {
    const text =
      '12 января\n\n1-qism\n\n' + PROSE + '\n\n13 января\n\n2-qism\n\n' + PROSE + '\n\n1) Orqaga qaramaslik.\n2) Bir-birimizni tashlab ketmaslik.\n3) Uyga qaytish.\n\n' + PROSE +
      "\n\n14 января\n\n3-qism (so'nggi)\n\n" + PROSE + '\n';
    const o = outline(parse(Buffer.from(text), 'test.txt'));
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, null], [2, null], [3, null]]);
    expect(o.wordCount).toBe(4 * PROSE.split(/\s+/).length + 10);
  });
});

describe('titles drawn round, contents counted in words, a comment quoting a heading', () => {
  it('takes the drawing off a title on both sides', () => {
    expect(chapters(story('Chapter 1: ~ The Well ~', 'Chapter 2: *The Rope*', 'Interlude: ✿ The Letter ✿'))).toEqual([[1, 'The Well'], [2, 'The Rope'], [null, 'The Letter']]);
  });

  it('reads a contents label with its count and the count’s word, and a heading quoted under a commenter’s name as text', () => {
    const text =
      'My Story\nby Someone\n\nContents (2 chapters)\nChapter 1: The Well\nChapter 2: The Rope\n\n' +
      `Chapter 1: The Well\n\n${PROSE}\n\nChapter 2: The Rope\n\n${PROSE}\n\nComments (2)\n#1 reader_one\nChapter 1: The Well was my favourite part\n`;
    expect(chapters(text)).toEqual([[1, 'The Well'], [2, 'The Rope']]);
  });
});

describe("a site's stamp row under each chapter's heading", () => {
  it('is the site’s: its cells parted by bars, one a date', () => {
    const o = outline(parse(Buffer.from(story('第一章　雨港\n\n沈予青｜2023-09-10｜236字', '第二章　霧夜\n\n沈予青｜2023-09-15｜223字')), 'test.txt'));
    expect(o.chapters.map((c) => c.firstWords)).toEqual(['She walked along the river', 'She walked along the river']);
  });
});

describe('a numbered heading glued under a paragraph in a script that ends sentences with no mark', () => {
  it('stands apart under a Thai line, as under a sentence that ends in a full stop', () => {
    const th = 'ร้านตัดผมของยายตั้งอยู่ริมคลองบางปะกง เป็นห้องแถวไม้ชั้นเดียว มีเก้าอี้หนังสีแดงตัวเดียวกับกระจกบานใหญ่';
    const o = outline(parse(Buffer.from(`เรื่อง : กรรไกรของยาย\nผู้เขียน : ปลายฝน\nจากใจผู้เขียน : สวัสดีค่ะทุกคน เรื่องนี้แต่งจากความทรงจำเกี่ยวกับร้านตัดผมของยายที่ฉะเชิงเทรา ขอบคุณที่แวะมาอ่านนะคะ\nตอนที่ ๑ ร้านตัดผมริมคลอง\n${th}\n\n${th}\n\n${th}\n\nตอนที่ ๒ ลูกค้าคนสุดท้าย\n${th}\n\n${th}\n\n${th}\n`), 'test.txt'));
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, 'ร้านตัดผมริมคลอง'],
      [2, 'ลูกค้าคนสุดท้าย'],
    ]);
  });
});

describe('a list numbered with CJK numerals and commas inside a story', () => {
  it('is a list, not three chapters', () => {
    const p = '　わたしがその店に入ったのは、高校二年の六月、傘を忘れた帰り道だった。店の奥の帳場には白髪の店主がひとり座っていた。';
    const o = outline(parse(Buffer.from(`${p}\n\n一、書きかけの手紙を最後まで書ける万年筆　八百円\n二、消したい一行だけ消える消しゴム　百二十円\n三、言えなかった返事を挟んでおく栞　時価\n\n${p}\n\n${p}\n`), 'test.txt'));
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[null, null]]);
  });
});
