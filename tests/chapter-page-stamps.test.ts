import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe("a chapter's page: its stamp, its banner and its note under the heading", () => {
  it('leaves a line of labelled cells under the heading (length, date) out of the body', () => {
    const o = read(['Chương 3: Người giữ đèn', '', 'Độ dài: 340 từ - Cập nhật: 21/12/2024', '', prose('Vy'), ''].join('\n'));
    expect(o.chapters[0]!.firstWords).toBe('Vy went down to the');
    expect(o.wordCount).toBe(14);
  });

  it('keeps a sentence with a colon under the heading', () => {
    const o = read(['Chapter 3: The Lamp', '', 'She said: no - and meant it.', '', prose('Vy'), ''].join('\n'));
    expect(o.chapters[0]!.firstWords).toBe('She said: no - and');
  });

  it('reads the note under a banner picture as the chapter’s first note (a clipped page)', () => {
    const o = read(['---', 'source: "https://docln.net/sang-tac/20431"', '---', '#### Chương 3: Người giữ đèn', '', '![](https://example.com/banner.jpg)', '', '**Lời tác giả:** Chương này mình viết lại ba lần mới ưng.', '', '---', '', prose('Vy'), ''].join('\n'), 'page.md');
    expect(o.chapters[0]!.notesBefore).toHaveLength(1);
    expect(o.chapters[0]!.firstWords).toBe('Vy went down to the');
  });
});

describe("a clipped chapter page's tab title", () => {
  it('names the work after the chapter', () => {
    const o = read(['---', 'title: "Chương 3: Người giữ đèn - Đèn Lồng Không Tắt - Cổng Light Novel"', 'source: "https://docln.net/sang-tac/20431"', '---', '#### Chương 3: Người giữ đèn', '', prose('Vy'), ''].join('\n'), 'page.md');
    expect(o.title).toBe('Đèn Lồng Không Tắt');
  });
});
