import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe("a post's row of counters, in any language, closes the page", () => {
  it.each([
    ['좋아요 212댓글 18공유'],
    ['❤ 29  😮 7  😢 6Comentarios'],
    ['举报　　收藏 1203　　转发 3521　　评论 880　　赞 1.1万'],
    ['J’aime  ·  212Commenter  ·  18'],
    ['2.4K318 na komento97 na pagbabahagi'],
    ['Puntos: +215   Visitas: 12.345   Favoritos: 47'],
    ['3,1K20:00💬 27 комментариев'],
  ])('leaves %s out of the story', (row) => {
    const o = read(['Chapter 1', '', prose('Anne'), '', prose('Odile'), '', row, ''].join('\n'));
    expect(o.wordCount).toBe(28);
  });

  it.each([
    ['Room 12, floor 3, and nobody answered.'],
    ['1. Two eggs, 3 cups of flour'],
    ['At 3:25 the light went off and 2 of us stayed'],
  ])('keeps the last line of a story that counts things: %s', (last) => {
    const o = read(['Chapter 1', '', prose('Anne'), '', prose('Odile'), '', last, ''].join('\n'));
    expect(o.wordCount).toBe(28 + last.split(/\s+/).length);
  });
});
