import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

describe("a blog post whose footer names the blog's owner", () => {
  it('takes the same name alone at the top as the author and the line under it as the title', () => {
    const text = [
      'LOFTER', '首页  发现  消息  我的', '', '山有木兮', '', '梅雨的来信', '',
      '我收到第一封信的那天，梅雨刚开始，楼下的邮筒被雨水泡得发胀。', '',
      '信封是牛皮纸的，邮票贴歪了，寄信人一栏只写了一个字：南。', '',
      '热度(86)  评论(3)', '', '© 山有木兮 | Powered by LOFTER', '',
    ].join('\n');
    const o = outline(parse(Buffer.from(text), 'post.txt'));
    expect([o.title, o.author]).toEqual(['梅雨的来信', '山有木兮']);
    expect(o.chapters[0]?.firstWords.startsWith('我收到第一封信的那天')).toBe(true);
  });
});
