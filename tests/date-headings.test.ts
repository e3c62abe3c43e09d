import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { matchBoilerplate } from '../src/parse/rules/body-boilerplate.js';
import { matchDateLine } from '../src/parse/rules/dates.js';
import { keptText, lostWords, reportedText } from './helpers/words.js';

describe('a date line', () => {
  it.each([
    ['Mandag 3. januar', 'dm', null, 1, 3],
    ['Monday, March 3rd', 'md', null, 3, 3],
    ['3 March 1897', 'dm', 1897, 3, 3],
    ['Le 12 mai', 'dm', null, 5, 12],
    ['12. Mai 1914', 'dm', 1914, 5, 12],
    ['Lunes 3 de enero', 'dm', null, 1, 3],
    ['2011年1月3日（月）', 'cjk', 2011, 1, 3],
    ['2011년 1월 3일 월요일', 'cjk', 2011, 1, 3],
    ['January 3rd, 11:40 p.m.', 'md', null, 1, 3],
    ['Entry for 3/14', 'num', null, 3, 14],
    ['Dear Diary, 5 June', 'dm', null, 6, 5],
    ['Vardø, 3. januar 1911', 'dm', 1911, 1, 3],
    ['2011. január 3.', 'ymd', 2011, 1, 3],
    ['3 января 1911 г.', 'dm', 1911, 1, 3],
    ['Poniedziałek, 3 stycznia', 'dm', null, 1, 3],
    ['— 14.03.1897 —', 'num', 1897, 3, 14],
    ['2001-03-15 - 10:05 p.m.', 'num', 2001, 3, 15],
  ])('%s', (line, shape, year, month, day) => {
    expect(matchDateLine(line)).toMatchObject({ shape, year, month, day });
  });

  it.each(['3. Trikken.', '1914', 'Monday', 'kl. 23.40', '3/14', 'Tag 1 – Montag, 3. Juni', 'I saw him on 3 March 1897.', 'Chapter 3', 'Skrevet av Ingrid • 03.01.2011 kl. 21:14'])(
    'not %s',
    (line) => {
      expect(matchDateLine(line)).toBeNull();
    },
  );

  it('keeps the whole date as the title, without its closing stop', () => {
    expect(matchDateLine('*Sonntag, den 17. Mai 1914.*')?.text).toBe('Sonntag, den 17. Mai 1914');
  });
});

const PROSE =
  'She walked along the river for a long time, thinking about everything that had happened, and the water was grey and slow under the bridge.\n\n' +
  'Nobody came. The lamps went on one by one along the quay, and still nobody came, and at last she turned for home.';

function chapters(text: string): [number | null, string | null][] {
  return outline(parse(Buffer.from(text), 'test.txt')).chapters.map((c) => [c.number, c.title]);
}

const story = (...entries: string[]): string => `My Diary\nby Someone\n\n${entries.map((h) => `${h}\n\n${PROSE}\n\n`).join('')}`;

describe('dated entries as a set', () => {
  it('reads recurring dates running forward as entries titled with the whole date', () => {
    expect(chapters(story('12. Mai 1914', '14. Mai 1914', '2. Juni 1914'))).toEqual([
      [null, '12. Mai 1914'],
      [null, '14. Mai 1914'],
      [null, '2. Juni 1914'],
    ]);
  });

  it('reads CJK dates over unspaced prose, and dates drawn with emphasis', () => {
    const prose = '今日は朝から雪が降っていた。駅までの道はすっかり白くなり、誰の足跡もなかった。私は傘を持たずに家を出て、少し後悔した。';
    const diary = ['2011年1月3日（月）', '2011年1月5日（水）', '2011年1月9日（日）'].map((d) => `${d}\n\n${prose}\n\n`).join('');
    expect(chapters(`雪の日記\n\n${diary}`).map((c) => c[1])).toEqual(['2011年1月3日（月）', '2011年1月5日（水）', '2011年1月9日（日）']);
    expect(chapters(story('**Monday, 3 March**', '**Wednesday, 5 March**', '**Friday, 7 March**')).map((c) => c[1])).toEqual(['Monday, 3 March', 'Wednesday, 5 March', 'Friday, 7 March']);
  });

  it('reads a blog listed newest first as entries too', () => {
    expect(chapters(story('Friday, March 7', 'Wednesday, March 5', 'Monday, March 3')).map((c) => c[1])).toEqual(['Friday, March 7', 'Wednesday, March 5', 'Monday, March 3']);
  });

  it('does not read fewer than three dates, or dates out of order, as entries', () => {
    expect(chapters(story('3 March', '5 March'))).toEqual([[null, null]]);
    expect(chapters(story('3 March', '20 January', '9 August', '1 February'))).toEqual([[null, null]]);
  });

  it('does not read one date repeated (a timestamp on every post) as entries', () => {
    expect(chapters(story('Mar 3', 'Mar 3', 'Mar 3'))).toEqual([[null, null]]);
  });

  it('leaves a date under a labelled heading in the chapter', () => {
    expect(chapters(story('Chapter 1\n\n3 March 1897', 'Chapter 2\n\n5 March 1897', 'Chapter 3\n\n9 March 1897'))).toEqual([
      [1, null],
      [2, null],
      [3, null],
    ]);
  });

  it("reads dates over a salutation as letters' datelines, not entries", () => {
    expect(chapters(story('3 March 1897\n\nDear Ada,', '5 March 1897\n\nDear Nell,', '9 March 1897\n\nDear Ada,'))).toEqual([[null, null]]);
    expect(chapters(story('3 March\n\nDear Diary,', '5 March\n\nDear Diary,', '9 March\n\nDear Diary,')).map((c) => c[1])).toEqual(['3 March', '5 March', '9 March']);
  });

  it('leaves a post stamp under the date out of the entry', () => {
    const text = story('Mandag 3. januar\nSkrevet av Ingrid • 03.01.2011 kl. 21:14', 'Onsdag 5. januar\nSkrevet av Ingrid • 05.01.2011 kl. 23:52', 'Fredag 7. januar\nSkrevet av Ingrid • 07.01.2011 kl. 16:45');
    const book = outline(parse(Buffer.from(text), 'test.txt'));
    expect(book.chapters.map((c) => c.title)).toEqual(['Mandag 3. januar', 'Onsdag 5. januar', 'Fredag 7. januar']);
    expect(book.chapters[0]?.firstWords).toBe('She walked along the river');
  });
});

describe('post stamps and footers', () => {
  it("lets a blog's date headers give way to its post titles", () => {
    const post = (date: string, title: string): string => `${date}\n\n${title}\n\n${PROSE}\n\nPosted by Wren Hollis at 9:14 PM\n3 comments:\n\n`;
    const text = `The Salt Road\nby Wren Hollis\n\n${post('Monday, March 3, 2008', 'The Ferry')}${post('Monday, March 10, 2008', 'The Island')}${post('Monday, March 17, 2008', 'The Lamp')}`;
    const m = parse(Buffer.from(text), 'test.txt');
    expect(lostWords(text, keptText(m), reportedText(m, text.split('\n')))).toEqual([]);
    expect(outline(m).chapters.map((c) => [c.title, c.firstWords])).toEqual([
      ['The Ferry', 'She walked along the river'],
      ['The Island', 'She walked along the river'],
      ['The Lamp', 'She walked along the river'],
    ]);
  });

  it("takes the author from a post stamp in the blog's language when nothing better names one", () => {
    const post = (date: string, stamp: string): string => `${date}\nSkrevet av Ingrid • ${stamp}\n\n${PROSE}\n\n`;
    const text = `Vinteren i Vardø\n\n${post('Mandag 3. januar', '03.01.2011 kl. 21:14')}${post('Onsdag 5. januar', '05.01.2011 kl. 23:52')}${post('Fredag 7. januar', '07.01.2011 kl. 16:45')}`;
    const book = outline(parse(Buffer.from(text), 'test.txt'));
    expect([book.title, book.author]).toEqual(['Vinteren i Vardø', 'Ingrid']);
  });

  it.each(['Skrevet av Ingrid • 03.01.2011 kl. 21:14', 'Posted by Wren Hollis at 9:14 PM', 'Publié par Anne le 3 janvier 2011', 'Eingestellt von Jonas um 21:14', 'Publicado por Marta', 'Geplaatst door Anouk om 21:14', 'Opublikowano przez Kasię', 'Posted Jan 4, 2026', 'Publicado el 3 de marzo de 2019'])(
    '%s is chrome',
    (line) => {
      expect(matchBoilerplate(line)?.id).toBe('boiler-post-stamp');
    },
  );

  it('keeps a sentence that starts like a stamp', () => {
    expect(matchBoilerplate('Posted by a stranger who had walked all night.')).toBeNull();
    expect(matchBoilerplate('Posted 5 letters home')).toBeNull();
  });
});

describe('an online diary’s two entries, each a date and time over its own title', () => {
  it('reads the titles as the entries’ headings, the dates with their times as the page’s, and the counts after the by-line out of the name', () => {
    const entry = (date: string, title: string): string =>
      `${date}\n\n${title}\n\nMoved in today. The canal company says the house has been empty for nine years and it smells like it.\n\n`;
    const text = `Letters from the Lock House\nby canalrose  [ 17 entries | 412 visits ]\n\n${entry('Monday, March 04, 2002 - 10:14 PM', 'The lock house')}${entry('Monday, March 11, 2002 - 09:52 PM', 'The lever')}`;
    const o = outline(parse(Buffer.from(text), 'diary.txt'));
    expect([o.author, o.chapters.map((c) => c.title)]).toEqual(['canalrose', ['The lock house', 'The lever']]);
  });
});

describe('dates with a joiner or clock word of their language', () => {
  it.each([
    ["dissabte 9 d'agost de 2014", 8, 9],
    ['9 d’agost de 2014', 8, 9],
    ['Oktubre 30 nang 8:00 PM', 10, 30],
  ])('reads %s', async (line, month, day) => {
    const { matchDateLine } = await import('../src/parse/rules/dates.js');
    expect(matchDateLine(line)).toMatchObject({ month, day });
  });
});
