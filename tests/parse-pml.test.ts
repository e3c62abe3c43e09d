import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { detectMarkup } from '../src/parse/markup/detect.js';

/** Palm Markup Language (src/parse/markup/pml.ts): eReader's backslash codes. */
const PML = [
  '\\vdraft 3, check the footnote\\v',
  '\\c\\l\\BTHE SALT ROAD\\B\\l',
  '',
  'by Cordelia Finch\\c',
  '\\c\\sCopyright \\a169 2004 Cordelia Finch.\\s\\c',
  '\\p',
  '\\x\\c\\BChapter One\\B\\c\\x',
  '\\C0="Chapter One: Crossing"',
  '\\c\\iCrossing\\i\\c',
  '',
  '\\tThe salt road ran straight across the marsh.\\Fn="fn1"1\\Fn',
  '\\t\\a147Come to Cold Harbour,\\a148 it said.',
  '\\c* * *\\c',
  '\\tAt dusk the dog stopped.',
  '\\p',
  '\\x\\c\\BChapter Two\\B\\c\\x',
  '\\c\\iThe Inn\\i\\c',
  '',
  '\\tThe inn appeared all at once.',
  '',
  '<footnote id="fn1">',
  'Marsh-folk call this \\ithe second walker\\i.',
  '</footnote>',
].join('\r\n');

describe('Palm Markup Language', () => {
  it('reads the title page, \\x chapters with their titles, cp1252 codes, breaks, and keeps footnotes out of the body', () => {
    const m = parse(new TextEncoder().encode(PML), 'saltroad.txt');
    const o = outline(m);
    expect([o.title, o.author]).toEqual(['THE SALT ROAD', 'Cordelia Finch']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks, c.firstWords])).toEqual([
      [1, 'Crossing', 1, 'The salt road ran straight'],
      [2, 'The Inn', 0, 'The inn appeared all at'],
    ]);
    expect(o.wordCount).toBe(8 + 6 + 5 + 6);
    expect(o.chapters[0]!.firstWords).not.toContain('\\');
    expect(m.diagnostics.some((d) => d.ruleId === 'pml-footnote' && d.line === 21)).toBe(true);
  });

  it('turns \\a147 into a curly quote', () => {
    const m = parse(new TextEncoder().encode(PML), 'saltroad.pml');
    expect(JSON.stringify(m.chapters[0]!.children)).toContain('“Come to Cold Harbour,”');
  });

  it('is told from its codes without a .pml name', () => {
    expect(detectMarkup('saltroad.txt', PML.replace(/\r/g, ''))).toBe('pml');
  });
});
