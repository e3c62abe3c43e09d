import { describe, expect, it } from 'vitest';
import { inspectText as read } from './helpers/inspect.js';

/** Sentences of Japanese story: one word each to the count, as a paragraph without spaces is. */
const lines = ['　六月の雨は、図書室の窓を内側から曇らせる。', '　放課後、凛はひとりで返却ポストの箱を開けた。', '　その日は朝から雨だった。', '　からん、と音がして、本が一冊落ちてきた。'];
const line = (n: number): string => lines[n - 1]!;

describe("a supporters' platform post (pixiv FANBOX): the creator's page around one story", () => {
  const o = read([
    'pixivFANBOX', 'ホーム', '発見', '通知', 'メッセージ', '', '霧島しぐれ', '支援中', 'ホーム', '投稿', 'プラン', 'ショップ', '',
    '2024年6月15日 20:00', '【月刊SS】雨宿りの図書室', '300円プラン', 'ブログ', '',
    '第一話　雨の日の返却ポスト', '', line(1), '', line(2), '', '第二話　閉館後の書架', '', line(3), '', line(4), '',
    '――――――――――', '', '【あとがき】', 'ここまで読んでいただきありがとうございました！', '', '#オリジナル', '#創作', '',
    'いいね', '58', 'コメント', 'コメントするにはログインしてください', 'くもり空', '後日談楽しみです！', '返信', '2024年6月16日 08:41', '',
    '前の投稿', '【進捗】夏コミ新刊の表紙ラフ', '', 'ヘルプ', '利用規約', '© pixiv', '',
  ].join('\n'));

  it('takes the creator over the support button as the author, and the price tier as no one', () => {
    expect(o.author).toBe('霧島しぐれ');
    expect(o.title).toBe('雨宿りの図書室');
  });

  it('keeps the afterword as the last chapter’s note and the like button, comments and footer out of the story', () => {
    expect([...o.chapters.at(-1)!.notesAfter, ...o.notesAfter].map((n) => n.label)).toEqual(['あとがき']);
    const bare = read(['第一話　雨の日の返却ポスト', '', line(1), '', line(2), '', '第二話　閉館後の書架', '', line(3), '', line(4), ''].join('\n'));
    expect(o.wordCount).toBe(bare.wordCount);
  });
});
