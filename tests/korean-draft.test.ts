import { describe, expect, it } from 'vitest';
import { inspectText as read } from './helpers/inspect.js';

describe("a word processor's draft of a Korean web novel, its header fields over a prologue", () => {
  const text = [
    '밤의 가게',
    '작가: 밤비',
    '장르: 판타지',
    '',
    '작가의 말: 첫 원고입니다.',
    '',
    '프롤로그',
    '',
    '가게에는 세 가지 규칙이 있었다. 점장은 첫날 그렇게 말했다.',
    '',
    '1화. 세 시의 손님',
    '',
    '새벽 두 시 오십구 분, 종이 울렸다.',
    '',
  ].join('\n');

  it("reads `프롤로그` as the prologue's heading, not as a blog menu's tab of the same name", () => {
    const o = read(text);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[null, '프롤로그'], [1, '세 시의 손님']]);
    expect(o.chapters[0]?.firstWords).toBe('가게에는 세 가지 규칙이 있었다.');
  });

  it("still reads the blog's menu row that holds the word as the page's", () => {
    const o = read(['블로그  프롤로그  메모  안부', '', '밤의 가게', '', '가게에는 세 가지 규칙이 있었다. 점장은 첫날 그렇게 말했다.', ''].join('\n'));
    expect(o.chapters).toHaveLength(1);
    expect(o.chapters[0]?.firstWords).toBe('가게에는 세 가지 규칙이 있었다.');
  });
});
