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

/** An FC2 blog post: the blog's name and motto, the post's stamp and category, its title, a caution note, a cut link. */
const fc2 = [
  'ひだまり文庫',
  'オリジナル小説と日々のつれづれ。',
  '',
  '2009/08/21 (金) 21:30',
  '[短編小説]',
  '',
  '夏の終わりの郵便受け',
  '',
  '※注意書き',
  '人が亡くなる描写が少しだけあります。',
  '',
  '　祖父の家の郵便受けは、赤いブリキの箱だった。',
  '　ふたを開けるたびに、きいと鳴った。',
  '続きを読む',
  '　その夏、私は十年ぶりに祖父の家へ行った。',
  '　郵便受けは、相変わらず赤かった。',
  '　中に一通、封筒が入っていた。',
  '　宛名は私の名前だった。',
  '',
].join('\n');

describe('a blog post under its blog\'s name and motto', () => {
  it("takes the title from under the post's stamp and its category, not the blog's name", () => {
    const o = read(fc2);
    expect(o.title).toBe('夏の終わりの郵便受け');
    expect(o.chapters).toHaveLength(1);
    expect(o.chapters[0]!.firstWords.startsWith('祖父の家の郵便受けは')).toBe(true);
  });
  it('reads a reference mark before a label alone as that label, its text under it the note', () => {
    expect(matchNoteLabel('※注意書き')).toMatchObject({ label: '注意書き', rest: '' });
    expect(read(fc2).notesBefore.map((n) => n.text)).toEqual(['人が亡くなる描写が少しだけあります。']);
  });
  it("leaves the blog's cut link out of the text, in any language's words", () => {
    const o = read(fc2);
    expect(o.wordCount).toBe(6);
    for (const link of ['Read more »', '[続きを読む]', 'Czytaj dalej', 'Lees verder…']) {
      const t = read(`The Ferry\n\nShe waited by the water.\n\n${link}\n\nNobody came.\n`);
      expect(t.wordCount, link).toBe(7);
    }
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

describe("a serial's post header repeated over a later part", () => {
  const post = (n: string, fields: string) => `lighthouse hours — part ${n}\n\n${fields}\na/n: part ${n} is here!! reblogs are so appreciated\n\n* * *\n\n${story(n)}`;
  const story = (n: string) => `the ferry stops running at nine in part ${n}, which is how you end up stranded on the island with a dead phone.\n\nthe lighthouse is the only building with a light on. of course it is.\n\n`;

  it("leaves the header's labels out of the later part's text, and reads its note", () => {
    const o = outline(parse(Buffer.from(`inkwell-and-ivy\n\n${post('one', 'pairing: keeper x reader\nword count: 1k\nwarnings: none')}${post('two', 'word count: 900ish\nwarnings: none')}`), 'post.txt'));
    expect(o.chapters.map((c) => [c.firstWords.slice(0, 18), c.notesBefore.length])).toEqual([['the ferry stops ru', 1], ['the ferry stops ru', 1]]);
    expect(o.fields).toMatchObject({ 'word count': '1k' });
  });
});

/** A Blogger post: the blog's name and a motto in clauses without a full stop, the date in Spanish, the post's title. */
const blogger = [
  'Historias Australes',
  'Relatos breves, escritos desde Valdivia',
  '',
  'sábado, 7 de marzo de 2015',
  '',
  'La Lluvia de Marzo',
  '',
  'Autora: Marta Ruiz',
  '',
  'Llovió toda la tarde sobre el puerto y nadie salió a pescar aquel día.',
  '',
  'Mi abuela miraba el agua desde la ventana y no decía nada a nadie.',
  '',
].join('\n');

describe("a Blogger post under its blog's name and a motto in clauses", () => {
  it("takes the title from under the post's date written in the blog's language", () => {
    const o = read(blogger);
    expect(o.title).toBe('La Lluvia de Marzo');
    expect(o.chapters[0]!.firstWords.startsWith('Llovió toda la tarde')).toBe(true);
  });
});

describe('a title field whose value is set in quote marks', () => {
  it('takes the title without the marks', () => {
    const o = read(['STORI: "MERI BILONG SOLWARA"', 'Raita: Kila Wapi', '', 'Long taim bipo tru, long wanpela liklik ples klostu long solwara long Madang, i gat wanpela meri.', ''].join('\n'));
    expect(o.title).toBe('MERI BILONG SOLWARA');
  });
});
