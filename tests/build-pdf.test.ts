import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/build/build.js';
import { bodyText } from '../src/model-text.js';
import { parseAt, root } from './helpers/inspect.js';
import { bookmarks, pdfBodyText, pdffonts, pdfinfo, pdftotext, qpdfCheck, RUN_PDF_TOOLS, unhyphenate } from './helpers/pdf.js';
import { firstMissingInOrder, words } from './helpers/words.js';

const EPOCH = 1700000000;
const seeds = readdirSync(join(root, 'seeds')).sort().map((f) => join(root, 'seeds', f));
const names = ['making-something-from-nothing', '001-58e74c88fd9e2e85', 'finding-friendship', '003-36173a1dff41368f', 'seed-stories'];
const sampleBooks = [...seeds.map((f) => ({ inputs: [f] })), { inputs: seeds, anthology: 'Seed Stories' }];

async function buildPdf(dir: string, books: { inputs: string[]; anthology?: string }[], extra: Record<string, unknown> = {}): Promise<BuildResult> {
  const result = await build({ books, formats: ['pdf'], outDir: dir, sourceDateEpoch: EPOCH, ...extra });
  expect(result.failures).toEqual([]);
  return result;
}

const bodyWords = (file: string): string[] => {
  const m = parseAt(file, '');
  return words([...m.front, ...m.chapters].map((c) => bodyText(c.children)).join('\n'));
};

describe.runIf(RUN_PDF_TOOLS)('PDF of the sample books', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-pdf-'));
  const again = mkdtempSync(join(tmpdir(), 'quire-pdf-again-'));
  const out = (name: string): string => join(dir, `${name}.pdf`);

  beforeAll(async () => {
    await buildPdf(dir, sampleBooks);
    await buildPdf(again, sampleBooks);
  }, 60_000);

  it.concurrent.each(names)('%s embeds every font, passes qpdf --check and carries its metadata', async (name) => {
    const fonts = await pdffonts(out(name));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    const check = await qpdfCheck(out(name));
    expect(check.ok, check.report).toBe(true);
    const info = await pdfinfo(out(name));
    expect(info['Page size']).toBe('419.53 x 595.28 pts');
    expect(info.Tagged).toBe('yes');
    if (name === 'seed-stories') expect(info.Title).toBe('Seed Stories');
    expect(info.Producer).toBe('quire (pdfkit)');
  });

  it('names title and author in the document information', async () => {
    const info = await pdfinfo(out('finding-friendship'));
    expect([info.Title, info.Author]).toEqual(['Finding Friendship', 'Kamen-Zero']);
    expect(info.CreationDate).toMatch(/Nov 14 22:13:20 2023/);
  });

  it('has a bookmark per story and per chapter, nested, each on its page', async () => {
    const marks = await bookmarks(out('seed-stories'));
    const flat = (b: { title: string; kids: { title: string }[] }[]): string[] => b.flatMap((m) => [m.title, ...m.kids.map((k) => `  ${k.title}`)]);
    expect(flat(marks)).toEqual([
      'Making something from nothing',
      '001_58e74c88fd9e2e85',
      'Finding Friendship',
      '  Chapter 35: The Other Side',
      '003_36173a1dff41368f',
      '  Chapter 1: Connections',
      '  Chapter 2: Dunes',
      '  Chapter 3: The Great City of Viodashi',
      '  Chapter 4: What they saw that day',
    ]);
    const chapter2 = marks[3]!.kids[1]!;
    expect(await pdftotext(out('seed-stories'), chapter2.page)).toMatch(/^Chapter 2\s+Dunes\s/);
  });

  it('lists in its contents the page where each heading is printed', async () => {
    const file = out('seed-stories');
    const contents = await pdftotext(file, 5);
    const entries = [...contents.matchAll(/^(.+?)[ .]*?\s(\d+)$/gm)].map((m) => ({ label: m[1]!.replace(/[ .]+$/, ''), page: Number(m[2]) }));
    expect(entries.map((e) => e.label)).toEqual([
      'Making something from nothing',
      '001_58e74c88fd9e2e85',
      'Finding Friendship',
      'Chapter 35: The Other Side',
      '003_36173a1dff41368f',
      'Chapter 1: Connections',
      'Chapter 2: Dunes',
      'Chapter 3: The Great City of Viodashi',
      'Chapter 4: What they saw that day',
    ]);
    for (const { label, page } of entries) {
      const text = (await pdftotext(file, page)).replace(/\s+/g, ' ');
      const chapter = /^Chapter (\d+): (.+)$/.exec(label);
      // An opening page starts with the heading; a running head would read "Chapter n: Title", with the colon.
      if (chapter) expect(text, label).toMatch(new RegExp(`^ ?Chapter ${chapter[1]} ${chapter[2]} `));
      else expect(text, label).toMatch(new RegExp(`^ ?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} .*words ·`));
    }
  });

  it.each(seeds.map((f, i) => [f.slice(root.length), names[i]!]))('%s: every body word is in %s.pdf, in order', async (seed, name) => {
    const text = words(unhyphenate(await pdfBodyText(out(name))));
    expect(firstMissingInOrder(bodyWords(join(root, seed)), text)).toBeNull();
  });

  it('holds every word of every seed, in order, in the anthology', async () => {
    const text = words(unhyphenate(await pdfBodyText(out('seed-stories'))));
    expect(firstMissingInOrder(seeds.flatMap(bodyWords), text)).toBeNull();
  });

  it('is byte-identical when built again with the same SOURCE_DATE_EPOCH', () => {
    for (const name of names) expect(readFileSync(join(again, `${name}.pdf`)).equals(readFileSync(out(name))), name).toBe(true);
  });
});

describe.runIf(RUN_PDF_TOOLS)('PDF options and fonts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-pdf-opts-'));

  it.each([
    ['A4', '595.28 x 841.89 pts (A4)'],
    ['Letter', '612 x 792 pts (letter)'],
    ['6x9', '432 x 648 pts'],
  ])('--page-size %s', async (size, expected) => {
    await buildPdf(join(dir, size), [{ inputs: [seeds[0]!] }], { pageSize: size });
    expect((await pdfinfo(join(dir, size, 'making-something-from-nothing.pdf')))['Page size']).toBe(expected);
  });

  it('draws what the book font lacks with the fallback or the CJK font, and names what no font can draw with its line', async () => {
    const file = join(root, 'tests/fixtures/glyphs/story.txt');
    const result = await buildPdf(join(dir, 'glyphs'), [{ inputs: [file] }]);
    const missing = result.diagnostics.filter((d) => d.ruleId === 'pdf-missing-glyph');
    expect(missing.map((d) => `${d.line} ${d.reason.slice(0, 40)}`)).toEqual(['5 no font in the PDF can draw "ཀ" (U+0F40)']);
    const pdf = join(dir, 'glyphs', 'glyphs-beyond-the-font.pdf');
    const fonts = (await pdffonts(pdf)).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts).toContain('DejaVuSans');
    expect(fonts).toContain('NotoSerifSC-Regular');
    const text = await pdftotext(pdf);
    expect(text).toContain('漢字');
    expect(text).toContain('★');
    expect(text).toContain('😀');
  });

  it('--recto opens every chapter on a right-hand (odd) page', async () => {
    await buildPdf(join(dir, 'recto'), [{ inputs: [seeds[3]!] }], { recto: true });
    const marks = await bookmarks(join(dir, 'recto', '003-36173a1dff41368f.pdf'));
    const pages = marks[0]!.kids.map((k) => k.page);
    expect(pages).toHaveLength(4);
    expect(pages.filter((p) => p % 2 === 0)).toEqual([]);
  });

  it('--notes end gathers the notes in a section at the back', async () => {
    await buildPdf(join(dir, 'end'), [{ inputs: [seeds[0]!] }], { notes: 'end' });
    const pdf = join(dir, 'end', 'making-something-from-nothing.pdf');
    const marks = await bookmarks(pdf);
    expect(marks.map((m) => m.title)).toEqual(['Making something from nothing', "Author's Notes"]);
    const last = await pdftotext(pdf, marks[1]!.page);
    expect(last.replace(/\s+/g, ' ')).toMatch(/Author's Notes Before the story Author's note This story is loosely based.*After the story Author's note I hope that you enjoyed it/);
  });
});

describe.runIf(RUN_PDF_TOOLS)('PDFs built one after another in one process', () => {
  it("keeps every character in the second book's text layer, where a word shaped by fontkit meets glyphs the first book embedded", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-pdf-pair-'));
    const first = join(dir, 'first.txt');
    const second = join(dir, 'second.txt');
    writeFileSync(first, 'First\n\nby Someone\n\n\n_Rien ne vaut la vue, tout le reste est une erreur,_ she said — and left.\n\nAnother paragraph of plain words follows here.\n');
    writeFileSync(second, 'Second\n\nby Someone\n\n\nHe remarked. _L’homme c’est rien—l’œuvre c’est tout,_ as Flaubert wrote.\n\nAnother paragraph of plain words follows here.\n');
    const result = await buildPdf(join(dir, 'out'), [{ inputs: [first] }, { inputs: [second] }]);
    const pdf = result.outputs.find((o) => o.path.endsWith('second.pdf'))!.path;
    expect((await pdftotext(pdf)).replace(/\s+/g, ' ')).toContain('L’homme c’est rien—l’œuvre c’est tout');
  });
});
