import { describe, expect, it } from 'vitest';
import { inspectText as read } from './helpers/inspect.js';

/** A Chinese web novel's chapter pages, copied: each paragraph a line set in by two full-width spaces, no blank lines. */
const page = (chapter: string, paras: string[], ps: string[] = []): string[] => [
  '听潮录', '第一卷 潮生', chapter, '书名：听潮录', '作者：南湾旧客', '本章字数：318', '更新时间：2024-03-18 12:00:00',
  ...paras.map((p) => `　　${p}`), ...ps.map((p) => `　　${p}`), '上一章', '目录', '下一章',
];

describe("a Chinese web novel's chapter pages copied one after another", () => {
  const o = read([
    '纵横中文网', '首页', '分类', '排行', '登录', '注册',
    ...page('第三章 盐田里的灯', ['天黑得早。', '盐田上起了雾，白茫茫一片。', '阿蘅提着灯，沿着田埂往回走。'], ['PS：今天两更，第二更晚上八点。求推荐票、求收藏！']),
    ...page('第四章 退潮的人', ['退潮是在半夜。', '滩涂中间站着一个人。']),
  ].join('\n'));

  it('keeps every paragraph set in under the page’s fields (no paragraph is read as a field’s value)', () => {
    expect(o.wordCount).toBe(5);
  });

  it('reads the heading over the chapter’s fields as the chapter, and the fields as the header’s', () => {
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[3, '盐田里的灯'], [4, '退潮的人']]);
    expect(o.fields).toMatchObject({ 书名: '听潮录', 本章字数: '318' });
  });

  it('reads the writer’s PS under the chapter as its note', () => {
    expect(o.chapters[0]!.notesAfter.map((n) => n.label)).toEqual(['PS']);
  });
});

describe('a postscript that closes a letter', () => {
  it('stays the letter’s in English', () => {
    const o = read(['Chapter 1', '', 'Dear Anne, the river is high and we cannot cross it this week.', '', 'P.S. The cat misses you.', ''].join('\n'));
    expect(o.chapters[0]!.notesAfter).toHaveLength(0);
  });
});
