import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/build/build.js';
import { bodyText } from '../src/model-text.js';
import { epubcheck, EPUBCHECK_TIMEOUT, readEpub, RUN_EPUBCHECK, xhtmlText } from './helpers/epub.js';
import { parseAt, root } from './helpers/inspect.js';
import { firstMissingInOrder, words } from './helpers/words.js';

const EPOCH = 1700000000;
const seeds = readdirSync(join(root, 'seeds')).sort().map((f) => join(root, 'seeds', f));
const seed = (n: number): string => seeds[n]!;

async function buildInto(dir: string, books: { inputs: string[]; anthology?: string }[], extra: Record<string, unknown> = {}): Promise<BuildResult> {
  const result = await build({ books, formats: ['epub'], outDir: dir, sourceDateEpoch: EPOCH, ...extra });
  expect(result.failures).toEqual([]);
  return result;
}

const sampleBooks = [...seeds.map((f) => ({ inputs: [f] })), { inputs: seeds, anthology: 'Seed Stories' }];
const bodyWords = (file: string): string[] => {
  const m = parseAt(file, '');
  return words([...m.front, ...m.chapters].map((c) => bodyText(c.children)).join('\n'));
};
const spineText = (path: string): string => {
  const epub = readEpub(path);
  return epub.spine().map((f) => xhtmlText(epub.text(f))).join('\n');
};

describe('EPUB of the sample books', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-epub-'));
  const again = mkdtempSync(join(tmpdir(), 'quire-epub-again-'));
  const out = (name: string): string => join(dir, name);

  beforeAll(async () => {
    await buildInto(dir, sampleBooks);
    await buildInto(again, sampleBooks);
  });

  it('writes one book per seed and the anthology, named by the title or else the file name', () => {
    expect(readdirSync(dir).sort()).toEqual([
      '001-58e74c88fd9e2e85.epub',
      '003-36173a1dff41368f.epub',
      'finding-friendship.epub',
      'making-something-from-nothing.epub',
      'seed-stories.epub',
    ]);
  });

  it.runIf(RUN_EPUBCHECK).concurrent.each(['001-58e74c88fd9e2e85', '003-36173a1dff41368f', 'finding-friendship', 'making-something-from-nothing', 'seed-stories'])(
    '%s passes epubcheck with no messages',
    async (name) => {
      const r = await epubcheck(out(`${name}.epub`));
      expect(r.report).toContain('No errors or warnings detected');
      expect([r.fatals, r.errors, r.warnings]).toEqual([0, 0, 0]);
    },
    EPUBCHECK_TIMEOUT,
  );

  it("holds every word of every seed's body, in order, in the anthology", () => {
    const text = words(spineText(out('seed-stories.epub')));
    const expected = seeds.flatMap(bodyWords);
    expect(expected.length).toBeGreaterThan(16000);
    expect(firstMissingInOrder(expected, text)).toBeNull();
  });

  it('is byte-identical when built again with the same SOURCE_DATE_EPOCH', () => {
    for (const name of readdirSync(dir)) expect(readFileSync(join(again, name)).equals(readFileSync(out(name))), name).toBe(true);
  });

  it('carries identifier, dates, creators and accessibility metadata in the package', () => {
    const opf = readEpub(out('finding-friendship.epub')).text('OEBPS/content.opf');
    expect(opf).toMatch(/<dc:identifier id="book-id">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/dc:identifier>/);
    expect(opf).toContain('<meta property="dcterms:modified">2023-11-14T22:13:20Z</meta>');
    expect(opf).toContain('<dc:creator id="creator-1">Kamen-Zero</dc:creator>');
    expect(opf).toContain('<meta refines="#creator-1" property="role" scheme="marc:relators">aut</meta>');
    expect(opf).toContain('<dc:description>After an adventure gone wrong, Twilight decides');
    for (const property of ['schema:accessMode', 'schema:accessModeSufficient', 'schema:accessibilityFeature', 'schema:accessibilityHazard', 'schema:accessibilitySummary', 'dcterms:conformsTo']) {
      expect(opf).toContain(`<meta property="${property}">`);
    }
    expect(opf).toMatch(/<item id="cover-image" href="cover.png" media-type="image\/png" properties="cover-image"\/>/);
  });

  it('gives a story a title page with title, author, summary and counts', () => {
    const page = xhtmlText(readEpub(out('finding-friendship.epub')).text('OEBPS/s01-title.xhtml')).replace(/\s+/g, ' ');
    expect(page).toContain('Finding Friendship by Kamen-Zero Summary After an adventure gone wrong');
    expect(page).toContain('6,260 words · 1 chapter');
  });

  it('heads a chapter with its number and title, and gives a one-chapter story without a heading none', () => {
    const chapter = readEpub(out('finding-friendship.epub')).text('OEBPS/s01-c001.xhtml');
    expect(xhtmlText(chapter.match(/<h2>.*<\/h2>/)![0]).replace(/\s+/g, ' ').trim()).toBe('Chapter 35: The Other Side');
    expect(chapter).toContain('<title>Chapter 35: The Other Side</title>');
    expect(readEpub(out('making-something-from-nothing.epub')).text('OEBPS/s01-c001.xhtml')).not.toContain('<h2');
  });

  it("sets author's notes as labelled asides where they stood", () => {
    const epub = readEpub(out('making-something-from-nothing.epub'));
    const title = epub.text('OEBPS/s01-title.xhtml');
    expect(title).toMatch(/<aside class="author-note" aria-labelledby="note-1-label" id="note-1">\n<p class="label" id="note-1-label">Author's note<\/p>\n<p>This story is loosely based/);
    const chapter = epub.text('OEBPS/s01-c001.xhtml');
    expect(chapter.trimEnd()).toMatch(/<p>I hope that you enjoyed it[^<]*<\/p>\n<\/aside>\n<\/section>\n\n<\/body>\n<\/html>$/);
  });

  it('marks POV sections with headings, soft breaks with space and ornaments centred', () => {
    const epub = readEpub(out('003-36173a1dff41368f.epub'));
    const chapter4 = epub.text('OEBPS/s01-c004.xhtml');
    const povs = [...chapter4.matchAll(/<h3 class="pov">([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(povs).toEqual(['Spike', 'Twilight', 'Twilight', 'Spike', 'Twilight', 'Luna', 'Twilight', 'Spike', 'Luna']);
    expect(chapter4).toContain('<p class="ornament">To be continued?</p>');
    const story2 = readEpub(out('finding-friendship.epub')).text('OEBPS/s01-c001.xhtml');
    expect(story2.match(/<hr class="soft-break" aria-label="Scene break"\/>/g)).toHaveLength(4);
    expect(story2).not.toContain('scene-break');
  });

  it('nests the contents anthology → story → chapter, in the nav, the NCX and the landmarks', () => {
    const epub = readEpub(out('seed-stories.epub'));
    const nav = epub.text('OEBPS/toc.xhtml');
    const toc = nav.slice(nav.indexOf('<nav epub:type="toc"'), nav.indexOf('</nav>'));
    expect([...toc.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      's01-title.xhtml Making something from nothing',
      's02-title.xhtml 001_58e74c88fd9e2e85',
      's03-title.xhtml Finding Friendship',
      's04-title.xhtml 003_36173a1dff41368f',
      's04-c001.xhtml Chapter 1: Connections',
      's04-c002.xhtml Chapter 2: Dunes',
      's04-c003.xhtml Chapter 3: The Great City of Viodashi',
      's04-c004.xhtml Chapter 4: What they saw that day',
    ]);
    expect(toc).toMatch(/003_36173a1dff41368f<\/a>\n<ol>\n<li><a href="s04-c001.xhtml">/);
    expect(nav).toMatch(/<nav epub:type="landmarks"[\s\S]*epub:type="cover"[\s\S]*epub:type="titlepage"[\s\S]*epub:type="toc"[\s\S]*epub:type="bodymatter"/);
    const ncx = epub.text('OEBPS/toc.ncx');
    expect(ncx).toContain('<meta name="dtb:depth" content="2"/>');
    expect(ncx).toMatch(/<text>003_36173a1dff41368f<\/text><\/navLabel>\n<content src="s04-title.xhtml"\/>\n<navPoint id="nav-5" playOrder="5">/);
  });

  it('makes a typographic cover image when none is given', () => {
    const png = readEpub(out('seed-stories.epub')).bytes('OEBPS/cover.png');
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect([Buffer.from(png).readUInt32BE(16), Buffer.from(png).readUInt32BE(20)]).toEqual([1200, 1920]);
  });
});

describe('notes placement', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-notes-'));
  beforeAll(async () => {
    await buildInto(join(dir, 'end'), [{ inputs: [seed(0)] }], { notes: 'end' });
    await buildInto(join(dir, 'omit'), [{ inputs: [seed(0)] }], { notes: 'omit' });
  });

  it("--notes end gathers the notes in an Author's Notes section, linked both ways", () => {
    const epub = readEpub(join(dir, 'end', 'making-something-from-nothing.epub'));
    const notes = epub.text('OEBPS/notes.xhtml');
    expect(notes).toContain("<h2>Author's Notes</h2>");
    expect(notes).toContain('<aside class="author-note" aria-labelledby="note-1-label" id="note-1" epub:type="endnote">');
    expect(notes).toContain('<p class="back-link"><a href="s01-title.xhtml#ref-1">Back to the text</a></p>');
    expect(notes).toContain('<p class="back-link"><a href="s01-c001.xhtml#ref-2">Back to the text</a></p>');
    expect(epub.text('OEBPS/s01-title.xhtml')).toContain('<a id="ref-1" href="notes.xhtml#note-1" epub:type="noteref">');
    expect(epub.text('OEBPS/s01-c001.xhtml')).toContain('<a id="ref-2" href="notes.xhtml#note-2" epub:type="noteref">');
    expect(epub.spine().at(-1)).toBe('OEBPS/notes.xhtml');
    expect(epub.text('OEBPS/toc.xhtml')).toContain('<a href="notes.xhtml">Author&#39;s Notes</a>');
  });

  it('--notes omit leaves the notes out', () => {
    const text = spineText(join(dir, 'omit', 'making-something-from-nothing.epub'));
    expect(text).not.toContain('loosely based');
    expect(text).not.toContain('I hope that you enjoyed it');
    expect(text).toContain('On a quest to find his own redemption');
  });

  it.runIf(RUN_EPUBCHECK).concurrent.each(['end', 'omit'])(
    '--notes %s passes epubcheck',
    async (mode) => {
      const r = await epubcheck(join(dir, mode, 'making-something-from-nothing.epub'));
      expect([r.fatals, r.errors, r.warnings], r.report).toEqual([0, 0, 0]);
    },
    EPUBCHECK_TIMEOUT,
  );
});

describe('a manuscript full of markup', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-markup-'));
  const file = join(root, 'tests/fixtures/markup/story.txt');
  const book = join(dir, 'tags-and-brackets.epub');
  beforeAll(async () => {
    await buildInto(dir, [{ inputs: [file] }]);
  });

  it('shows <script>, &amp;, ]]> and the replaced control character as text', () => {
    const epub = readEpub(book);
    const xhtml = epub.spine().map((f) => epub.text(f)).join('\n');
    expect(xhtml).not.toMatch(/<script/i);
    expect(xhtml).toContain('She typed &lt;script&gt;alert(1)&lt;/script&gt; into the box &amp; waited.');
    expect(xhtml).toContain('The page showed &amp;amp; and &amp;lt;b&amp;gt; and ]]&gt; literally, and a control \uFFFD character.');
    expect(xhtml).toContain('<span class="title">&lt;script&gt;alert(1)&lt;/script&gt;</span>');
    expect(epub.text('OEBPS/content.opf')).toContain('<dc:title id="title">Tags &amp; &lt;Brackets&gt;</dc:title>');
  });

  it.runIf(RUN_EPUBCHECK)(
    'passes epubcheck',
    async () => {
      const r = await epubcheck(book);
      expect([r.fatals, r.errors, r.warnings], r.report).toEqual([0, 0, 0]);
    },
    EPUBCHECK_TIMEOUT,
  );
});

describe('cover and series options', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-options-'));
  it('uses a given cover image as it is, and records the series for EPUB 3 readers and calibre', async () => {
    await buildInto(join(dir, 'first'), [{ inputs: [seed(2)] }]);
    const cover = join(dir, 'cover.png');
    const { writeFileSync } = await import('node:fs');
    const png = readEpub(join(dir, 'first', 'finding-friendship.epub')).bytes('OEBPS/cover.png');
    writeFileSync(cover, png);
    await buildInto(join(dir, 'second'), [{ inputs: [seed(0)] }], { cover, series: { name: 'Seeds', position: 2 } });
    const epub = readEpub(join(dir, 'second', 'making-something-from-nothing.epub'));
    expect(Buffer.from(epub.bytes('OEBPS/cover.png')).equals(Buffer.from(png))).toBe(true);
    const opf = epub.text('OEBPS/content.opf');
    expect(opf).toContain('<meta property="belongs-to-collection" id="series">Seeds</meta>');
    expect(opf).toContain('<meta refines="#series" property="group-position">2</meta>');
    expect(opf).toContain('<meta name="calibre:series" content="Seeds"/>');
    expect(opf).toContain('<meta name="calibre:series_index" content="2"/>');
  });

  it('--embed-fonts puts EB Garamond in the book and the stylesheet', async () => {
    await buildInto(join(dir, 'fonts'), [{ inputs: [seed(0)] }], { embedFonts: true });
    const path = join(dir, 'fonts', 'making-something-from-nothing.epub');
    const epub = readEpub(path);
    expect(epub.names.filter((n) => n.startsWith('OEBPS/fonts/')).sort()).toEqual([
      'OEBPS/fonts/EBGaramond-Bold.ttf',
      'OEBPS/fonts/EBGaramond-BoldItalic.ttf',
      'OEBPS/fonts/EBGaramond-Italic.ttf',
      'OEBPS/fonts/EBGaramond-Regular.ttf',
    ]);
    expect(epub.text('OEBPS/content.opf')).toContain('href="fonts/EBGaramond-Regular.ttf" media-type="font/ttf"');
    expect(epub.text('OEBPS/style.css')).toContain('src: url("fonts/EBGaramond-Regular.ttf");');
  });

  it.runIf(RUN_EPUBCHECK)(
    '--embed-fonts passes epubcheck',
    async () => {
      await buildInto(join(dir, 'fonts-check'), [{ inputs: [seed(0)] }], { embedFonts: true });
      const r = await epubcheck(join(dir, 'fonts-check', 'making-something-from-nothing.epub'));
      expect([r.fatals, r.errors, r.warnings], r.report).toEqual([0, 0, 0]);
    },
    EPUBCHECK_TIMEOUT,
  );

  it('refuses a cover that is not an image, naming the file', async () => {
    await expect(build({ books: [{ inputs: [seed(0)] }], formats: ['epub'], outDir: dir, cover: seed(1) })).rejects.toThrow(/001_58e74c88fd9e2e85.txt: .* is not a PNG, JPEG or GIF image/);
  });
});

describe('typography in the EPUB', () => {
  it('leaves no straight double quote in the body text of the seed books, and none with --no-typography changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-typo-'));
    await buildInto(join(dir, 'on'), seeds.map((f) => ({ inputs: [f] })));
    for (const name of readdirSync(join(dir, 'on'))) {
      const epub = readEpub(join(dir, 'on', name));
      const body = epub.spine().filter((f) => /-c\d+\.xhtml$/.test(f)).map((f) => xhtmlText(epub.text(f))).join('\n');
      expect(body.length, name).toBeGreaterThan(1000);
      expect(body.includes('"'), name).toBe(false);
      expect(body).toMatch(/[“”’]/);
    }
    await buildInto(join(dir, 'off'), [{ inputs: [seed(2)] }], { typography: false });
    const off = readEpub(join(dir, 'off', 'finding-friendship.epub'));
    expect(xhtmlText(off.text('OEBPS/s01-c001.xhtml'))).toContain('"My name\'s Spike, it\'s... nice to meet you?"');
  });
});
