import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { keptText, lostWords, reportedText } from './helpers/words.js';

const prose = 'My mother kept the lighthouse for eleven years after my father left it, and she never once called it keeping.';

describe("a magazine's page of one piece", () => {
  const page = `THE HALYARD REVIEW\nIssue 19\n\nMinding the Lamp\nby Isla Tulloch\n\nMinding the Lamp\n\n${prose}\n\n${prose}\n\n* * *\n\nIsla Tulloch grew up on Shetland and now lives in Glasgow. Her stories have appeared in Gutter.\n`;

  it("leaves out the title set again over the text and the writer's bio after the last break, and reports both", () => {
    const m = parse(Buffer.from(page), 'mag.txt');
    const o = outline(m);
    expect([o.title, o.author]).toEqual(['Minding the Lamp', 'Isla Tulloch']);
    expect(o.chapters[0]!.firstWords).toBe('My mother kept the lighthouse');
    expect(o.wordCount).toBe(2 * 20);
    expect(o.chapters[0]!.sceneBreaks).toBe(0);
    expect(lostWords(page, keptText(m), reportedText(m, page.split('\n')))).toEqual([]);
  });

  it('keeps a last passage that only mentions the writer inside a sentence', () => {
    const o = outline(parse(Buffer.from(page.replace('Isla Tulloch grew up', 'When Isla Tulloch grew up')), 'mag.txt'));
    expect(o.wordCount).toBe(2 * 20 + 18);
  });
});
