import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'wiki.txt'));

describe('a fan-fiction article copied from a FANDOM wiki', () => {
  const page = [
    'Drift Fanon Wiki',
    'Explore',
    'in: Fan Fiction, Stories by Moth-and-Meridian',
    'The Debt',
    'Edit',
    'Share',
    "This article is a fan fiction written by Moth-and-Meridian. Please do not edit it without the author's permission. If you see a mistake, leave a message on their wall!",
    'The Debt',
    'Author\tMoth-and-Meridian',
    'Status\tComplete',
    'Chapters\t2',
    'Chapter 1: Blank Spaces[edit | edit source]',
    'Oriel had been aboard for eleven days.',
    '----',
    'The clouds thinned at dawn.',
    'Chapter 2: Paid in Full[edit | edit source]',
    'Captain Vask did not seem surprised.',
    "Author's Note[edit | edit source]",
    'Thanks for reading! This was my entry for the 2013 Summer Fanon Contest. Oriel is my OC, Captain Vask belongs to the canon. Feedback is welcome on my message wall.',
    'Categories:',
    'Fan Fiction',
    'Community content is available under CC-BY-SA unless otherwise noted.',
  ].join('\n');

  it('reads the infobox under the template box, and headings without their edit links', () => {
    const o = read(page);
    expect([o.title, o.author, o.fields['Status']]).toEqual(['The Debt', 'Moth-and-Meridian', 'Complete']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks])).toEqual([[1, 'Blank Spaces', 1], [2, 'Paid in Full', 0]]);
  });

  it("reads the Author's Note section beside the chapters as the work's closing note", () => {
    const o = read(page);
    expect(o.chapters[1]?.notesAfter.length).toBe(0);
    expect(o.notesAfter.length).toBe(1);
    expect(o.wordCount).toBe(7 + 5 + 6);
  });
});

describe("a story page copied whole from a MediaWiki site in its interface's language", () => {
  const words = (n: number, first: string): string => [first, ...Array.from({ length: n - 1 }, (_, i) => `शब्द${i}`)].join(' ') + '।';
  const page = [
    'आख़िरी बस / सुधा त्रिपाठी',
    'गद्य कोश से',
    'यहां जाएं: नेविगेशन, खोजें',
    'रचनाकार: सुधा त्रिपाठी',
    '',
    'अनुक्रम',
    ' [छुपाएँ] ',
    '1\t१',
    '2\t२',
    '१[संपादित करें]',
    words(20, 'अल्मोड़ा'),
    '',
    '२[संपादित करें]',
    words(20, 'पिछले'),
    'श्रेणी: कहानी',
    'नेविगेशन मेन्यू',
    'व्यक्तिगत औज़ार',
    'लॉग इन करें',
    'Powered by MediaWiki',
  ].join('\n');

  it('reads the title without the writer run on after its slash, the creator field as the author, and not the tagline over the jump links', () => {
    const o = read(page);
    expect([o.title, o.author]).toEqual(['आख़िरी बस', 'सुधा त्रिपाठी']);
  });

  it('reads the sections under their edit links as the chapters, and leaves the categories and the menus under them out', () => {
    const o = read(page);
    expect(o.chapters.map((c) => [c.number, c.firstWords.split(' ')[0], c.wordCount])).toEqual([[1, 'अल्मोड़ा', 20], [2, 'पिछले', 20]]);
  });
});
