import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

// Ventura Publisher's tagged text: each paragraph one line, its style named at its start, the body untagged.
// The style names are the typesetter's own, so what each does is read from how it is used.
describe("a typesetter's tagged text", () => {
  const chapter = (n: string, title: string, first: string): string[] => [`@KAP = ${n}`, '', `@KAPNAME = ${title}`, '', `@ERSTER = ${prose(first)}`, '', `<197> Come, <197> she said. ${prose('Ada')}`, ''];
  const file = [
    '@VERFASSER = Mirela Stoyan', '',
    '@TITEL = The Glasshouse Winter', '',
    ...chapter('I', 'Frost', 'Lidia'),
    '@STERNE = * * *', '',
    prose('Vesna'), '',
    ...chapter('II', 'Candles', 'Tomas'),
    '@IMPRESSUM = Printed in Harrowgate', '',
    '@IMPRESSUM = Typeset in Times', '',
    '@IMPRESSUM = 1500 copies', '',
  ].join('\n');

  it('reads the styles that recur over the story as the chapter headings, the number and the title in one', () => {
    const o = read(file, 'glasshouse.txt');
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([
      [1, 'Frost', 'Lidia went down to the'],
      [2, 'Candles', 'Tomas went down to the'],
    ]);
    expect(o.chapters[0]!.sceneBreaks).toBe(1);
  });

  it('takes the title page from the styles its names tell, and leaves the colophon out', () => {
    const o = read(file, 'glasshouse.txt');
    expect([o.title, o.author]).toEqual(['The Glasshouse Winter', 'Mirela Stoyan']);
    // (Each chapter's line of speech: two dashes, counted as words wherever they stand alone, and three words.)
    expect(o.wordCount).toBe(5 * 14 + 2 * 5);
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['tagged-text', 'tagged-colophon']));
  });
});
