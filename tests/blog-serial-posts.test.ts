import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { isNameLike } from '../src/parse/rules/header-labels.js';
import { matchNoteLabel } from '../src/parse/rules/notes.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'story.txt'));

/** Two Ameba blog posts copied one after another: the blog's masthead, then each post's title, theme, date, text and afterword. */
const ameba = [
  'はるかぜ蛍のブログ',
  'のんびり更新中。お話と、散歩と、ときどき紅茶。',
  '',
  'ブログトップ  記事一覧  画像一覧',
  '',
  '【連載小説】月の坂道 ① 白い犬',
  '',
  'テーマ：連載小説',
  '2014-05-01 21:10:00',
  '',
  '　坂の上に白い犬がいた。',
  '　誰の犬かは知らなかった。',
  '',
  '＊あとがき＊',
  '始めました。よろしくお願いします。',
  '',
  'いいね！  コメント(2)  リブログ',
  '',
  '【連載小説】月の坂道 ② 黒い傘',
  '',
  'テーマ：連載小説',
  '2014-05-08 22:40:12',
  '',
  '　翌日、犬は傘をくわえていた。',
  '　黒い、大きな傘だった。',
  '',
  '＊あとがき＊',
  '傘の持ち主は次回です。',
  '',
  'いいね！  コメント(4)  リブログ',
  '',
].join('\n');

describe('a serial posted on a blog, post after post', () => {
  it("reads circled numbers in the posts' titles as the chapters, the blog's owner as author, its masthead as chrome", () => {
    const o = read(ameba);
    expect([o.title, o.author]).toEqual(['月の坂道', 'はるかぜ蛍']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, '白い犬'],
      [2, '黒い傘'],
    ]);
    expect(o.notesBefore).toEqual([]);
    expect(o.chapters.map((c) => c.notesAfter.length)).toEqual([1, 1]);
  });
  it('reads a note label set between full-width asterisks', () => {
    expect(matchNoteLabel('＊あとがき＊')?.label).toBe('あとがき');
  });
  it("takes a field and its value for no one's name", () => {
    expect(isNameLike('テーマ：連載小説')).toBe(false);
    expect(isNameLike('はるかぜ蛍')).toBe(true);
  });
});

describe('a fic page set all in lower case', () => {
  const para = 'She waited by the water for a long time, and nobody came to fetch her from the pier that night.';
  it('reads `i. the lake`, `ii. the boathouse` as the chapters', () => {
    const o = read(`the frozen year\nby wrenfeather\n\ni. the lake\n\n${para}\n\nii. the boathouse\n\n${para}\n`);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, 'the lake'],
      [2, 'the boathouse'],
    ]);
  });
  it('keeps a lone numbered line of prose in the text', () => {
    const o = read(`The Ferry\n\n${para}\n\nii. the rest of it\n\n${para}\n`);
    expect(o.chapters).toHaveLength(1);
    expect(o.wordCount).toBe(45);
  });
  it("keeps a list no heading answers in the text, not as a contents list", () => {
    const o = read(`The Ferry\n\n${para}\n\ni. buy milk\nii. feed the cat\niii. lock the door\n\n${para}\n`);
    expect(o.wordCount).toBe(51);
  });
});
