import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, RendererRegistry, type Renderer } from '../src/index.js';
import { hanNumber } from '../src/render/han-numerals.js';
import { stringsFor, type StringTable } from '../src/render/strings.js';
import { Templates } from '../src/render/templates.js';
import { epubcheck, EPUBCHECK_TIMEOUT, readEpub, RUN_EPUBCHECK, xhtmlText } from './helpers/epub.js';
import { root } from './helpers/inspect.js';
import { pdftotext, RUN_PDF_TOOLS } from './helpers/pdf.js';

const fixture = (name: string): string => join(root, 'tests/fixtures/rendered-words', name);
const templates = new Templates();

describe('the strings table', () => {
  const dir = join(root, 'templates/strings');
  const tables = Object.fromEntries(readdirSync(dir).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as Partial<StringTable>]));
  const english = tables.en as StringTable;
  const placeholders = (value: unknown): string[] => [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

  it('has a table for every language the reading side knows, each giving every key English has', () => {
    expect(Object.keys(tables).sort()).toEqual(['cs', 'de', 'en', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'sv', 'tr', 'uk', 'zh', 'zh-Hant']);
    for (const [tag, table] of Object.entries(tables)) {
      // Only the list separator may be left to English.
      expect([tag, Object.keys(english).filter((k) => !(k in table) && k !== 'listSeparator')]).toEqual([tag, []]);
      expect([tag, Object.keys(table).filter((k) => !(k in english) && k !== 'numerals')]).toEqual([tag, []]);
    }
  });

  it("keeps English's placeholders in every pattern, so no name or number is dropped", () => {
    for (const [tag, table] of Object.entries(tables)) {
      for (const key of Object.keys(english) as (keyof StringTable)[]) {
        if (table[key] === undefined) continue;
        const expected = typeof english[key] === 'object' ? ['count'] : placeholders(english[key]);
        const forms = typeof table[key] === 'object' ? Object.values(table[key]) : [table[key]];
        for (const form of forms) expect([tag, key, placeholders(form)]).toEqual([tag, key, expected]);
      }
    }
  });

  it('picks the table by BCP 47 tag, falling back to English for a language or a key it lacks', () => {
    expect(stringsFor(templates, 'de-AT').text('contents')).toBe('Inhalt');
    expect(stringsFor(templates, 'zh-TW').text('contents')).toBe('目錄');
    expect(stringsFor(templates, 'zh-CN').text('contents')).toBe('目录');
    expect(stringsFor(templates, 'ar').text('contents')).toBe('Contents');
    expect(stringsFor(templates, 'not a tag').tag).toBe('en');
    const mine = mkdtempSync(join(tmpdir(), 'quire-strings-'));
    mkdirSync(join(mine, 'strings'));
    writeFileSync(join(mine, 'strings/eo.json'), JSON.stringify({ contents: 'Enhavo' }));
    const esperanto = stringsFor(new Templates(mine), 'eo');
    expect([esperanto.text('contents'), esperanto.text('preface'), esperanto.chapterNumber(3)]).toEqual(['Enhavo', 'Preface', 'Chapter 3']);
  });

  it('writes counts in the plural form and digits of the language', () => {
    expect(stringsFor(templates, 'en').count('words', 6260)).toBe('6,260 words');
    expect(stringsFor(templates, 'en').count('chapters', 1)).toBe('1 chapter');
    expect(stringsFor(templates, 'de').count('words', 6260)).toBe('6.260 Wörter');
    expect(['1', '3', '5', '22'].map((n) => stringsFor(templates, 'pl').count('words', Number(n)))).toEqual(['1 słowo', '3 słowa', '5 słów', '22 słowa']);
    expect(['1', '2', '5', '21'].map((n) => stringsFor(templates, 'ru').count('chapters', Number(n)))).toEqual(['1 глава', '2 главы', '5 глав', '21 глава']);
  });

  it('numbers chapters in Han numerals the Chinese and the Japanese way', () => {
    expect([1, 3, 10, 12, 20, 103, 110, 1010, 2019].map((n) => hanNumber(n, 'han'))).toEqual(['一', '三', '十', '十二', '二十', '一百零三', '一百一十', '一千零一十', '二千零一十九']);
    expect([10, 12, 103, 110, 1010].map((n) => hanNumber(n, 'kanji'))).toEqual(['十', '十二', '百三', '百十', '千十']);
    expect(stringsFor(templates, 'zh').chapterNumber(3)).toBe('第三章');
    expect(stringsFor(templates, 'ja').chapterNumber(103)).toBe('第百三章');
    expect(stringsFor(templates, 'ko').chapterNumber(3)).toBe('제3장');
  });
});

describe('a German, a French and a Chinese book in their own words', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-words-'));
  const built = build({
    books: ['de-ao3.txt', 'fr-roman.txt', 'zh-web.txt'].map((f) => ({ inputs: [fixture(f)] })),
    outDir: dir,
    formats: ['txt', 'epub', 'pdf'],
    sourceDateEpoch: 1700000000,
  });
  const txt = (name: string): string => readFileSync(join(dir, `${name}.txt`), 'utf8');

  it('builds all three', async () => {
    const result = await built;
    expect(result.failures).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['der-lange-winter.epub', 'der-lange-winter.pdf', 'der-lange-winter.txt', 'la-maison-du-bord-de-mer.epub', 'la-maison-du-bord-de-mer.pdf', 'la-maison-du-bord-de-mer.txt', 'zh-web.epub', 'zh-web.pdf', 'zh-web.txt']);
  });

  it("TXT: the archive's English `Chapter 3` becomes `Kapitel 3`; by-line, counts and contents in the book's language", async () => {
    await built;
    const de = txt('der-lange-winter');
    expect(de).toContain('von Anna Schmidt');
    expect(de).toContain('92 Wörter · 3 Kapitel');
    expect(de).toMatch(/\nInhalt\n\n {2}Kapitel 1: Die Ankunft\n {2}Kapitel 2: Die Nacht\n {2}Kapitel 3: Der Morgen\n/);
    expect(de).not.toMatch(/Chapter|Contents|words/);
    const fr = txt('la-maison-du-bord-de-mer');
    expect(fr).toContain('Table des matières');
    expect(fr).toContain('Chapitre 3\u00a0: Le matin');
    expect(fr).toContain('par Claire Dubois');
    const zh = txt('zh-web');
    expect(zh).toContain('林晓 著');
    expect(zh).toContain('112 字 · 3 章');
    expect(zh).toMatch(/\n目录\n\n {2}第一章 雪夜\n {2}第二章 客栈\n {2}第三章 清晨\n/);
  });

  it('EPUB: the contents page, landmarks and headings in the language of the book', async () => {
    await built;
    const de = readEpub(join(dir, 'der-lange-winter.epub'));
    const nav = de.text('OEBPS/toc.xhtml');
    expect(nav).toContain('<title>Inhalt</title>');
    expect(nav).toContain('<a href="s01-c003.xhtml">Kapitel 3: Der Morgen</a>');
    expect(nav).toContain('<a epub:type="titlepage" href="s01-title.xhtml">Titelseite</a>');
    expect(xhtmlText(de.text('OEBPS/s01-c003.xhtml'))).toContain('Kapitel 3: Der Morgen');
    const zh = readEpub(join(dir, 'zh-web.epub'));
    expect(zh.text('OEBPS/toc.xhtml')).toContain('<a href="s01-c003.xhtml">第三章 清晨</a>');
    expect(zh.text('OEBPS/toc.xhtml')).toContain('<h2>目录</h2>');
    expect(readEpub(join(dir, 'la-maison-du-bord-de-mer.epub')).text('OEBPS/toc.xhtml')).toContain('<h2>Table des matières</h2>');
  });

  it.runIf(RUN_PDF_TOOLS)('PDF: the contents and the chapter openings', async () => {
    await built;
    const de = await pdftotext(join(dir, 'der-lange-winter.pdf'));
    expect(de).toContain('von Anna Schmidt');
    expect(de).toMatch(/^\f*Inhalt$/m);
    expect(de).toMatch(/Kapitel 3: Der Morgen[ .]+6/);
    const fr = await pdftotext(join(dir, 'la-maison-du-bord-de-mer.pdf'));
    expect(fr).toMatch(/Chapitre 3\u00a0?\s?: Le matin/);
    expect(fr).toContain('Table des matières');
  });

  it.runIf(RUN_EPUBCHECK).each(['der-lange-winter', 'la-maison-du-bord-de-mer', 'zh-web'])(
    '%s.epub passes epubcheck',
    async (name) => {
      await built;
      const r = await epubcheck(join(dir, `${name}.epub`));
      expect([r.fatals, r.errors, r.warnings]).toEqual([0, 0, 0]);
    },
    EPUBCHECK_TIMEOUT,
  );
});

describe('renderer contract v1', () => {
  it('takes { data, stats } from a renderer, its pages for the summary, and the bytes alone from one written before v1', async () => {
    const v1: Renderer = { name: 'v1', extension: 'v1', description: '', render: (book) => Promise.resolve({ data: book.meta.title, stats: { pages: 7 } }) };
    const old: Renderer = { name: 'old', extension: 'old', description: '', render: (book) => Promise.resolve(new TextEncoder().encode(book.meta.title)) };
    const registry = new RendererRegistry();
    registry.register(v1);
    registry.register(old);
    const dir = mkdtempSync(join(tmpdir(), 'quire-v1-'));
    const result = await build({ books: [{ inputs: [fixture('de-ao3.txt')] }], outDir: dir, formats: ['v1', 'old'], registry });
    expect(result.failures).toEqual([]);
    expect(result.books[0]!.pages).toBe(7);
    expect(readFileSync(join(dir, 'der-lange-winter.v1'), 'utf8')).toBe('Der lange Winter');
    expect(readFileSync(join(dir, 'der-lange-winter.old'), 'utf8')).toBe('Der lange Winter');
  });
});
