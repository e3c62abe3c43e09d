import { describe, expect, it } from 'vitest';
import { inspectText as read } from './helpers/inspect.js';

describe("a Japanese site's chapter pages copied one after another (Akatsuki)", () => {
  const page = (heading: string, text: string[]): string[] => [
    `トップ ＞ オリジナル ＞ 終着駅のユキ ＞ ${heading}`,
    '終着駅のユキ',
    '作者：霧島しずく',
    heading,
    '本文',
    ...text.map((t) => `　${t}`),
    '＜ 前の話',
    '目次',
    '次の話 ＞',
  ];
  const copy = [
    '暁 ～小説投稿サイト～',
    'ログイン',
    '新規登録',
    ...page('第一話　雪の駅', ['十二月の終わり、僕は北の果ての小さな駅に配属された。', '駅舎は木造で、待合室にはだるまストーブがひとつ。']),
    ...page('第二話　十七分', ['ユキさんは、毎晩来た。', '来て、待合室のストーブの前に座り、番茶を飲んだ。']),
    '',
  ].join('\n');
  const o = read(copy);

  it('reads the full-width breadcrumb as the site’s and the `本文` mark as no text', () => {
    expect([o.title, o.author]).toEqual(['終着駅のユキ', '霧島しずく']);
    expect(o.chapters.map((c) => [c.number, c.firstWords.split(' ')[0]])).toEqual([
      [1, '十二月の終わり、僕は北の果ての小さな駅に配属された。'],
      [2, 'ユキさんは、毎晩来た。'],
    ]);
  });
});

describe('a bracketed sentence in a LitRPG chapter (the game’s system window)', () => {
  it('is a line of the story, no chapter heading', () => {
    const text = ['Глава 47. Вкус соли', '', 'Перед глазами Хаюна вспыхнуло полупрозрачное окно, и он прочёл его дважды:', '', '[Навык «Чутьё повара» повышен до 3 уровня.]', '[Гость испытывает сильную ностальгию.]', '', '— Моя мать, — тихо сказал инспектор, — варила такой суп.', ''].join('\n');
    const o = read(text);
    expect(o.chapters).toHaveLength(1);
    expect(o.wordCount).toBe(11 + 7 + 4 + 11);
  });
});
