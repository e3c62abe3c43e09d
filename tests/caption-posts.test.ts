import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'posts.txt'));
const para = (n: number): string => `The ferry left at ${n} o'clock and nobody on the pier waved, not even the man who sold the tickets.`;

describe("a serial copied from a photo app's post pages", () => {
  const post = (n: number, head: string, extra = '') =>
    `lanternwren_tales • Follow\nPortree, Skye\n\nlanternwren_tales ${head}\n.\n🌊 Part ${n} 🌊\n.\n${para(n)}\n.\n${para(n + 10)}\n${extra}.\n#shortstory #ferry #serial\n2w\n♡ 1,204 likes\nView all 87 comments\nOCTOBER ${n}, 2022\n\n`;
  const o = read(
    post(1, '📚 STORY: The Last Ferry 🧣\n✍️ Author: Iona MacLeod') + post(2, '📚 The Last Ferry — 2/3') + post(3, '📚 The Last Ferry — 3/3', '.\n🔸 Part 4 comes tomorrow night\n') + 'Add a comment…\n',
  );

  it('reads each part under its heading, the one-dot lines as blank lines, and nothing of the cards, hashtags or likes', () => {
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(o.chapters.map((c) => c.firstWords)).toEqual(["The ferry left at 1", "The ferry left at 2", "The ferry left at 3"]);
    expect(o.wordCount).toBe(6 * 20);
  });

  it("takes the title from the first caption's `STORY:` line and the author from its field", () => {
    expect(o.title).toBe('The Last Ferry');
    expect(o.author).toBe('Iona MacLeod');
  });
});

describe('a serial that closes on a heading-like line naming the next part', () => {
  it('is no chapter of its own, and no empty chapter is reported', () => {
    const p = 'مادربزرگ همیشه می‌گفت شب یلدا هر کسی یک راز را با خودش به صبح می‌برد و هیچ‌کس باور نمی‌کرد.';
    const m = parse(Buffer.from(`#پارت_۱\n${p}\n${p}\n\n#پارت_۲\n${p}\n${p}\n\nادامه دارد...\n🔸 پارت ۳ فردا شب ساعت ۱۰\n\n#رمان #داستان\n`), 'posts.txt');
    expect(m.chapters.map((c) => c.number)).toEqual([1, 2]);
    expect(m.diagnostics.map((d) => d.ruleId)).not.toContain('chapter-empty');
  });
});

describe('Kurmanji headings between wavy dashes', () => {
  it('reads `〰️ Beşa Duyem 〰️` as the second chapter', () => {
    const o = read(`〰️ Beşa Yekem 〰️\n\n${para(1)}\n\n〰️ Beşa Duyem 〰️\n\n${para(2)}\n`);
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
  });
});
