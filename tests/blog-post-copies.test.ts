import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { parseNumber } from '../src/parse/numbers.js';
import { matchByLine } from '../src/parse/rules/header-labels.js';
import { matchNoteLabel } from '../src/parse/rules/notes.js';
import { matchPov } from '../src/parse/rules/markers.js';

const read = (text: string, name = 'story.txt') => outline(parse(Buffer.from(text), name));
const words = (o: ReturnType<typeof read>): number => o.chapters.reduce((n, c) => n + c.wordCount, 0);
const prose = (first: string): string => `${first} went down to the river before the others were awake, and waited there.`;

describe('a blog post copied from the browser, its header carrying the blog and the post', () => {
  it("reads the blog's name over its motto's writer, and keeps the post's title under its date out of the text", () => {
    const o = read(['Blog Host', 'Zaloguj | Załóż bloga | Losowy blog', '~ Herbata z Czeremchą ~', 'opowiadanie w odcinkach, pisze Kalina_W', 'środa, 17 września 2008', 'Nowy wpis', '', prose('Zosia'), '', prose('Ola'), ''].join('\n'));
    expect([o.title, o.author]).toEqual(['Herbata z Czeremchą', 'Kalina_W']);
    expect(o.chapters[0]?.firstWords).toBe('Zosia went down to the');
    expect(words(o)).toBe(28);
  });

  it.each([
    ['opowiadanie w odcinkach, pisze Kalina_W', 'Kalina_W'],
    ['racconti a puntate di gelsomina_rossa', 'gelsomina_rossa'],
    ['opowiadanie w odcinkach - autorka: czarna_porzeczka', 'czarna_porzeczka'],
    ['povídka — napsala Klára Vondrušková', 'Klára Vondrušková'],
  ])('reads the writer from a serial blog motto: %s', (line, author) => {
    expect(matchByLine(line)?.author).toBe(author);
  });

  it("takes the installment's heading from the post's title straight under the post's date, and the writer from the post stamp", () => {
    const o = read(['venerdì, 9 settembre 2005', 'Il cortile dei limoni - Puntata quinta: La chiave', '', prose('Lucia'), '', prose('Matteo'), '', 'Scritto da gelsomina_rossa alle 23:52 | Permalink | commenti (8)', ''].join('\n'));
    expect([o.title, o.author]).toEqual(['Il cortile dei limoni', 'gelsomina_rossa']);
    expect([o.chapters[0]?.number, o.chapters[0]?.title]).toEqual([5, 'La chiave']);
  });

  it('splits a headline joined to its installment by a full stop, and reads the writer over a date with a reading time', () => {
    const o = read(['Пост-выходной. Часть 2: Котельная', 'Марина Лещ', '12 апреля 2024 · 7 мин', '', prose('Соня'), prose('Котельная'), ''].join('\n'));
    expect([o.title, o.author]).toEqual(['Пост-выходной', 'Марина Лещ']);
    expect([o.chapters[0]?.number, o.chapters[0]?.title]).toEqual([2, 'Котельная']);
  });

  it("reads a Korean post: circled episode number, writer over a view count, the series line, a note closed by a bracket", () => {
    const o = read(['[단편] 우산을 두고 온 사람들 ③', '윤서하', '2019.07.22. 21:14 1,204 읽음', '시리즈 우산을 두고 온 사람들 3/5', '작가의 말) 장마가 길어서 이번 화는 조금 빨리 올려요.', '─────────────', '', '분실물 센터는 지하철역 가장 안쪽에 있었다.', '', '그날은 비가 왔다.', ''].join('\n'));
    expect([o.title, o.author]).toEqual(['우산을 두고 온 사람들', '윤서하']);
    expect(o.chapters[0]?.number).toBe(3);
    expect(o.chapters[0]?.notesBefore).toHaveLength(1);
    expect(o.chapters[0]?.firstWords).toBe('분실물 센터는 지하철역 가장 안쪽에');
  });

  it('reads a note label closed by a bracket, as a list item is set', () => {
    expect(matchNoteLabel('작가의 말) 장마가 길어서')?.rest).toBe('장마가 길어서');
    expect(matchNoteLabel('Note (2) the river')).toBeNull();
  });
});

describe('chapter headings in blog serials', () => {
  it('reads two digit words joined by "and" as two numbers, not their sum', () => {
    expect(parseNumber('trzeci i czwarty')).toBeNull();
    expect(parseNumber('three and four')).toBeNull();
    expect(parseNumber('twenty and one')).toBe(21);
    expect(parseNumber('one hundred and one')).toBe(101);
  });

  it("reads a name drawn like the text's other chapter titles under an untitled heading as its title, not a POV", () => {
    const o = read(['Rozdział trzeci', '~ Listonosz ~', '', prose('Zosia'), '', 'Rozdział czwarty', '~ Co było w kopercie ~', '', prose('Babcia'), ''].join('\n'));
    expect(o.chapters.map((c) => [c.number, c.title, c.povMarkers])).toEqual([
      [3, 'Listonosz', []],
      [4, 'Co było w kopercie', []],
    ]);
  });

  it('still reads a drawn name as a POV where the text draws names alike between sections', () => {
    const o = read(['Chapter 1', '~ Hazel ~', '', prose('Hazel'), '', '~ Oren ~', '', prose('Oren'), '', 'Chapter 2', '~ The Long Road ~', '', prose('Nobody'), ''].join('\n'));
    expect(o.chapters[0]?.povMarkers).toEqual(['Hazel', 'Oren']);
  });

  it('reads a name between doubled colons as a POV marker', () => {
    expect(matchPov(':: Lucia ::')).toBe('Lucia');
  });

  it('reads a set of bold lines numbered in lower-case roman as the chapter headings of an HTML page', () => {
    const para = (s: string): string => `<p>${prose(s)}</p>`;
    const html = `<html><body><p align="center"><b>Where the Tide Turns</b><br>by Tamsin Reyes</p>
<p align="center"><b>i. neap</b></p>${para('Corran')}${para('Bel')}
<p align="center"><b>ii. spring</b></p>${para('Nobody')}
<p align="center"><b>iii. slack water</b></p>${para('Everyone')}</body></html>`;
    const o = read(html, 'story.html');
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, 'neap'],
      [2, 'spring'],
      [3, 'slack water'],
    ]);
  });
});

describe("a blog's calls to action after the story", () => {
  it("leaves a Russian subscribe plea, the button and the author's card out of the text", () => {
    const o = read(['Пост-выходной', 'Марина Лещ', '12 апреля 2024', '', 'Котельная стояла за гаражами.', 'Соня первой сказала, что туда надо сходить.', 'Если понравилось — подписывайтесь на блог, здесь выходит всё первым.', 'Подписаться', 'Marina Leshch', 'Пишу короткие страшные истории.', 'Читать ещё', ''].join('\n'));
    expect(words(o)).toBe(11);
  });

  it('leaves a Polish thanks-and-comment plea out of the text', () => {
    const o = read([prose('Zosia'), '', prose('Babcia'), '', 'Dziękuję, że czytacie! Komentujcie, to dla mnie bardzo ważne.', ''].join('\n'));
    expect(words(o)).toBe(28);
  });

  it('reads a Chinese blog collection: `WORK｜第N章　TITLE` post titles, the collection line and its counts out of the text', () => {
    const post = (n: string, title: string, body: string) => [`雾港｜第${n}章　${title}`, '北岸有灯', '2023-10-21', '', body, '', '#原创 #雾港', '热度(1,904)  评论(36)', ''];
    const o = read(['LOFTER', '雾港 - 合集 - 北岸有灯', '更新至2篇 · 热度 3,512', '', ...post('一', '点灯', '雾从海上来的那天，阿岚第一次独自点灯。'), ...post('二', '黄鱼', '第二天早上，港口来了一条船。')].join('\n'));
    expect([o.title, o.author]).toEqual(['雾港', '北岸有灯']);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([
      [1, '点灯', '雾从海上来的那天，阿岚第一次独自点灯。'],
      [2, '黄鱼', '第二天早上，港口来了一条船。'],
    ]);
    expect(o.notesBefore).toHaveLength(0);
  });
});

describe("a Polish blog's own description", () => {
  it('reads `O blogu:` as the summary label', () => {
    const o = read(['Pamiętnik z szuflady', 'opowiadanie w odcinkach - autorka: czarna_porzeczka', 'blog.onet.pl | Zaloguj | Załóż bloga', '', 'O blogu: Historia Hani, która w starym biurku babci znajduje zeszyt.', '', 'Rozdział pierwszy', '', prose('Hania'), '', 'Rozdział drugi', '', prose('Krystyna'), ''].join('\n'));
    expect([o.title, o.author, o.description]).toEqual(['Pamiętnik z szuflady', 'czarna_porzeczka', 'Historia Hani, która w starym biurku babci znajduje zeszyt.']);
  });
});
