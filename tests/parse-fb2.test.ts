import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { outline } from '../src/inspect/outline.js';
import type { Block, Manuscript } from '../src/model.js';
import { parse } from '../src/parse.js';
import { inlineText } from '../src/parse/inline.js';
import { keptText, lostWords, reportedText } from './helpers/words.js';

/** A small FB2 as FictionBook Editor writes one: a part over two chapters, a note section, a poem, a footnote. */
const BOOK = `<?xml version="1.0" encoding="UTF-8"?>
<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink">
<description>
<title-info>
<genre>prose_contemporary</genre>
<author><first-name>Mara</first-name><middle-name>J.</middle-name><last-name>Quill</last-name></author>
<book-title>The Lamp Keepers</book-title>
<annotation><p>Two keepers tend a lamp that never goes out.</p><p>Until it does.</p></annotation>
<date>2021</date>
<lang>en</lang>
<sequence name="Harbour Tales" number="2"/>
</title-info>
<document-info><author><nickname>scanner_bob</nickname></author><program-used>FB Editor</program-used></document-info>
</description>
<body>
<title><p>Mara J. Quill</p><p>THE LAMP KEEPERS</p></title>
<epigraph><p>Light is a habit.</p><text-author>Old saying</text-author></epigraph>
<section>
<title><p>Author's note</p></title>
<p>Written for the winter prompt.</p>
</section>
<section>
<title><p>Part One</p><p>Dusk</p></title>
<section>
<title><p>Chapter 1</p><p>The Wick</p></title>
<p>Ada trimmed the wick at <emphasis>exactly</emphasis> six.</p>
<p>The sea was <strong>loud</strong> that night<a l:href="#n1" type="note">[1]</a>.</p>
<empty-line/>
<subtitle>* * *</subtitle>
<empty-line/>
<p>Morning came grey.</p>
</section>
<section>
<title><p>Chapter 2</p><p>Oil</p></title>
<p>They ran out of oil on a Tuesday.</p>
<poem><stanza><v>Keep the lamp,</v><v>keep the lamp lit.</v></stanza></poem>
<empty-line/>
<p>Nobody sang after that.</p>
</section>
</section>
</body>
<body name="notes">
<title><p>Notes</p></title>
<section id="n1"><title><p>1</p></title><p>Force eight on the Beaufort scale.</p></section>
</body>
<binary id="cover.jpg" content-type="image/jpeg">/9j/4AAQSkZJRgABAQ==</binary>
</FictionBook>
`;

const bytes = (text: string, encoding = 'utf-8'): Uint8Array => new Uint8Array(iconv.encode(text, encoding));
const paragraphs = (blocks: readonly Block[]): string[] => blocks.flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.children)] : []));

describe('FictionBook 2', () => {
  const m = parse(bytes(BOOK), 'lamp.fb2');

  it('takes title, author, summary, language and fields from <title-info>, not from document-info', () => {
    expect(m.meta).toMatchObject({ title: 'The Lamp Keepers', author: 'Mara J. Quill', description: 'Two keepers tend a lamp that never goes out.\n\nUntil it does.', language: 'en' });
    expect(m.meta.fields).toMatchObject({ Genre: 'prose_contemporary', Date: '2021', Series: 'Harbour Tales #2' });
  });

  it('reads nested sections as a part over chapters, a two-line title as number and title, a note-labelled section as a note', () => {
    const o = outline(m);
    expect(o.chapters.map((c) => [c.part, c.number, c.title])).toEqual([
      ['Part One: Dusk', 1, 'The Wick'],
      ['Part One: Dusk', 2, 'Oil'],
    ]);
    expect(o.notesBefore.map((n) => n.label)).toEqual(["Author's note"]);
  });

  it('makes empty-line and a * * * subtitle one hard break, a lone empty-line a soft one, a stanza one paragraph of lines', () => {
    const [one, two] = outline(m).chapters;
    expect([one!.sceneBreaks, one!.softBreaks, two!.sceneBreaks, two!.softBreaks]).toEqual([1, 0, 0, 1]);
    const stanza = m.chapters[1]!.children.find((b) => b.type === 'paragraph' && b.children.some((i) => i.type === 'break'));
    expect(stanza && inlineText((stanza as Extract<Block, { type: 'paragraph' }>).children)).toBe('Keep the lamp,\nkeep the lamp lit.');
  });

  it('reads <empty-line/> as spacing, not breaks, in a book that puts one between most paragraphs', () => {
    const chapter = (n: number): string => `<section><title><p>Chapter ${n}</p></title>${'<p>Words here.</p><empty-line/>'.repeat(3)}<subtitle>* * *</subtitle><p>After.</p><empty-line/><p>Last words.</p></section>`;
    const spaced = `<?xml version="1.0"?><FictionBook><body>${chapter(1)}${chapter(2)}</body></FictionBook>`;
    const o = outline(parse(bytes(spaced), 'spaced.fb2'));
    expect(o.chapters.map((c) => [c.sceneBreaks, c.softBreaks, c.wordCount])).toEqual([[1, 0, 9], [1, 0, 9]]);
  });

  it('keeps emphasis and strong, the footnote mark in the text, and the footnote out of the body after its chapter', () => {
    const first = m.chapters[0]!;
    expect(first.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'Ada trimmed the wick at ' }, { type: 'emphasis' }, { type: 'text', value: ' six.' }] });
    expect(paragraphs(first.children)).toContain('The sea was loud that night[1].');
    const footnote = first.children[first.children.length - 1];
    expect(footnote).toMatchObject({ type: 'note', label: 'Footnote' });
    expect(outline(m).chapters[0]!.wordCount).toBe(16);
  });

  it('keeps every word of the text, and reports what it leaves out (the title page, the picture)', () => {
    const untag = (xml: string): string => xml.replace(/<\/?(?:a|emphasis|strong)\b[^>]*>/g, '').replace(/<[^>]+>/g, ' ');
    const body = untag(BOOK.slice(BOOK.indexOf('<body>'), BOOK.indexOf('<binary')));
    expect(body).toContain('Force eight');
    expect(lostWords(body, keptText(m), reportedText(m, untag(BOOK).split('\n')))).toEqual([]);
    expect(m.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['fb2-body-title', 'fb2-footnote', 'fb2-binary']));
  });

  it('is known by its root element whatever its name, decoded as its XML declaration says', () => {
    const cyrillic = BOOK.replace('encoding="UTF-8"', 'encoding="windows-1251"').replace('The Lamp Keepers</book-title>', 'Хранители лампы</book-title>');
    const read = parse(bytes(cyrillic, 'windows-1251'), 'lamp.txt');
    expect(read.meta.title).toBe('Хранители лампы');
    expect(read.encoding).toBe('windows-1251');
    expect(read.chapters).toHaveLength(2);
    const withBom = parse(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(BOOK)]), 'lamp.txt');
    expect(withBom.meta.title).toBe('The Lamp Keepers');
  });

  it('reads a zipped book (.fb2.zip)', () => {
    const zipped = zipSync({ 'lamp.fb2': bytes(BOOK) });
    expect({ ...outline(parse(zipped, 'lamp.fb2.zip')), file: 'lamp.fb2' }).toEqual(outline(m));
  });

  it('leaves a text that only mentions FictionBook to the text parser', () => {
    const text = parse(bytes('My <FictionBook> notes\n\nChapter 1\n\nText here.'), 'notes.txt');
    expect(text.diagnostics.some((d) => d.ruleId === 'fb2')).toBe(false);
  });
});

describe('damaged FictionBook', () => {
  const refusal = (b: Uint8Array, file: string): InputError => {
    try {
      parse(b, file);
    } catch (error) {
      return error as InputError;
    }
    throw new Error('expected a refusal');
  };

  it('reads a book with a tag left open as far as it goes, with a warning naming the line', () => {
    const broken = BOOK.replace('<p>Morning came grey.</p>', '<p>Morning came <emphasis>grey.</p>');
    const read: Manuscript = parse(bytes(broken), 'lamp.fb2');
    const warning = read.diagnostics.find((d) => d.ruleId === 'fb2-xml');
    expect(warning).toMatchObject({ severity: 'warning', line: 31 });
    expect(read.meta.title).toBe('The Lamp Keepers');
  });

  it('refuses XML it cannot read with one line naming file:line, never a stack trace', () => {
    const error = refusal(bytes('<?xml version="1.0"?>\n<FictionBook>\n<body>\n<section><p>One</p>\n</FictionBook>\n<<<'), 'cut.fb2');
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^cut\.fb2:\d+: /);
    expect(error.message).not.toMatch(/\n|at .*\.js/);
  });

  it.each([
    ['empty.fb2', ''],
    ['no-root.fb2', '<?xml version="1.0"?>\n<book><p>Hi</p></book>'],
    ['no-body.fb2', '<?xml version="1.0"?>\n<FictionBook><description/></FictionBook>'],
    ['unknown-encoding.fb2', '<?xml version="1.0" encoding="x-martian"?>\n<FictionBook><body><p>Hi</p></body></FictionBook>'],
    ['bad.fb2.zip', 'PK\u0003\u0004 not really a zip'],
  ])('refuses %s with an InputError naming the file', (file, text) => {
    const error = refusal(bytes(text), file);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message.startsWith(file)).toBe(true);
  });

  it.each([
    ['sections and unclosed emphasis', '<section><p>a <emphasis>b '],
    ['citations', '<cite><p>a</p><epigraph><p>b</p>'],
  ])('reads 2 MB of deeply nested %s without failing', (_what, unit) => {
    const deep = `<?xml version="1.0"?><FictionBook><body>${unit.repeat(Math.ceil(2_000_000 / unit.length))}</body></FictionBook>`;
    let chapters = -1;
    try {
      chapters = parse(bytes(deep), 'deep.fb2').chapters.length;
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return;
    }
    expect(chapters).toBeGreaterThan(0);
  }, 120_000);
});
