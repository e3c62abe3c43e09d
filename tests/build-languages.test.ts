import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build/build.js';
import { epubcheck, EPUBCHECK_TIMEOUT, readEpub, RUN_EPUBCHECK, xhtmlText } from './helpers/epub.js';
import { root } from './helpers/inspect.js';
import { pdfBodyText, pdffonts, pdftotext, qpdfCheck, RUN_PDF_TOOLS } from './helpers/pdf.js';

const EPOCH = 1700000000;
const fixture = (name: string): string => join(root, 'tests/fixtures/languages', name);
const NNBSP = '\u202F';
/** Marks that must never start a line (kinsoku shori), and ones that must never end one. */
const NO_LINE_START = /^[。，、．：；！？」』）】〉》…ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ]/u;
const NO_LINE_END = /[「『（【〈《]$/u;

const dir = mkdtempSync(join(tmpdir(), 'quire-languages-'));
/** Output names: the title's slug, or the file's name for titles in scripts a slug cannot spell. */
const NAMES: Record<string, string> = { zh: 'zh-gbk', ja: 'ja-shift-jis', fr: 'la-lanterne-du-quai', de: 'die-laterne-am-kai', he: 'he' };
const out = (name: string): string => join(dir, name.replace(/^(\w\w)[^.]*/, (_, k: string) => NAMES[k]!));
const BOOKS = ['zh-gbk.txt', 'ja-shift_jis.txt', 'fr.txt', 'de.txt', 'he.txt'];

beforeAll(async () => {
  const result = await build({ books: BOOKS.map((f) => ({ inputs: [fixture(f)] })), formats: ['epub', 'pdf', 'txt'], outDir: dir, sourceDateEpoch: EPOCH });
  expect(result.failures).toEqual([]);
  expect(result.diagnostics.filter((d) => d.ruleId === 'pdf-missing-glyph')).toEqual([]);
}, 120_000);

/** The reader-visible text of the book's chapters. */
function epubText(file: string): string {
  const epub = readEpub(out(file));
  return epub.spine().filter((n) => /-c\d+\.xhtml$/.test(n)).map((n) => xhtmlText(epub.text(n))).join('\n');
}

describe('books in other languages: EPUB', () => {
  it('sets French quotes with narrow no-break spaces inside guillemets and before ; : ! ?', () => {
    const text = epubText('fr.epub');
    expect(text).toContain(`«${NNBSP}Tu entends${NNBSP}?${NNBSP}»`);
    expect(text).toContain(`la rivière${NNBSP};`);
    expect(text).toContain(`trois fois${NNBSP}!`);
    expect(text).toContain(`«${NNBSP}Il m’a dit “demain”, pas “peut-être”.${NNBSP}»`);
    expect(readEpub(out('fr.epub')).text('OEBPS/s01-c001.xhtml')).toContain('xml:lang="fr"');
  });

  it('sets German quotes „…“ and ‚…‘', () => {
    const text = epubText('de.epub');
    expect(text).toContain('„Hörst du das?“, fragte Lina');
    expect(text).toContain('„Er hat ‚morgen‘ gesagt“, flüsterte sie, „nicht ‚vielleicht‘.“');
    expect(text).not.toMatch(/[“”]\p{L}/u);
  });

  it('keeps Chinese and Japanese punctuation as written', () => {
    expect(epubText('zh-gbk.epub')).toContain('她想：“这么大的雾，船还会来吗？”');
    expect(epubText('ja-shift_jis.epub')).toContain('「聞こえる？」とアンナは言った');
  });

  it('writes Hebrew right to left: dir="rtl" on its pages and a right-to-left spine', () => {
    const epub = readEpub(out('he.epub'));
    expect(epub.text('OEBPS/s01-c001.xhtml')).toMatch(/<html [^>]*xml:lang="he" lang="he" dir="rtl">/);
    expect(epub.text('OEBPS/toc.xhtml')).toMatch(/<html [^>]*dir="rtl">/);
    expect(epub.text('OEBPS/content.opf')).toContain('<spine toc="ncx" page-progression-direction="rtl">');
    expect(readEpub(out('fr.epub')).text('OEBPS/content.opf')).toContain('<spine toc="ncx">');
    expect(readEpub(out('fr.epub')).text('OEBPS/s01-c001.xhtml')).not.toContain('dir=');
  });

  it.runIf(RUN_EPUBCHECK).each(['zh-gbk.epub', 'ja-shift_jis.epub', 'fr.epub', 'he.epub'])('%s passes epubcheck with no errors and no warnings', async (name) => {
    const r = await epubcheck(out(name));
    expect({ fatals: r.fatals, errors: r.errors, warnings: r.warnings }, r.report).toEqual({ fatals: 0, errors: 0, warnings: 0 });
  }, EPUBCHECK_TIMEOUT);
});

describe.runIf(RUN_PDF_TOOLS)('books in other languages: PDF', () => {
  it.each(['zh-gbk.pdf', 'ja-shift_jis.pdf'])('%s embeds the CJK font, its text extracts, and no line breaks against kinsoku', async (name) => {
    const fonts = await pdffonts(out(name));
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toContain('NotoSerifSC-Regular');
    expect((await qpdfCheck(out(name))).ok).toBe(true);
    const lines = (await pdfBodyText(out(name))).split('\n').map((l) => l.trim()).filter(Boolean);
    const joined = lines.join('').replace(/\s+/g, '');
    const source = name.startsWith('zh') ? '渡口的老周从棚子里探出头来，说：“回去吧，今天不开船了。”' : '遠くで鐘が鳴った。ひとつ、ふたつ、みっつ。';
    expect(joined).toContain(source);
    expect(lines.filter((l) => NO_LINE_START.test(l))).toEqual([]);
    expect(lines.filter((l) => NO_LINE_END.test(l))).toEqual([]);
    // A page of the story is several lines of characters, not one line per paragraph.
    expect(lines.length).toBeGreaterThan(20);
  });

  it('sets Hebrew right to left: words in reading order from the right margin, none reversed', async () => {
    const text = (await pdftotext(out('he.pdf'))).replace(/[\u202a-\u202e]/g, '');
    // poppler gives back reading order only when the words stand right to left on the page.
    expect(text).toContain('בבוקר ירד ערפל כבד על הנהר');
    expect(text).toContain('“אתה שומע?” שאלה את אחיה');
    expect(text).not.toContain('רקובב');
  });

  it('loads no CJK font for a book without CJK text', async () => {
    const fonts = await pdffonts(out('fr.pdf'));
    expect(fonts.map((f) => f.name)).not.toContainEqual(expect.stringContaining('Noto'));
  });
});

describe('books in other languages: plain text', () => {
  it('wraps Chinese lines between characters, within the width, never starting a line with closing punctuation', () => {
    const text = readFileSync(out('zh-gbk.txt'), 'utf8');
    const body = text.split('\n').filter((l) => /[\u4e00-\u9fff]/u.test(l));
    const wide = (l: string): number => [...l].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/u.test(c) ? 2 : 1), 0);
    expect(body.length).toBeGreaterThan(15);
    expect(body.filter((l) => wide(l) > 72)).toEqual([]);
    expect(body.filter((l) => NO_LINE_START.test(l.trim()))).toEqual([]);
    expect(text.replace(/\s+/g, '')).toContain('那座旧灯塔已经十年没有亮过了。镇上的人都说，塔里的灯油早就干了，');
  });
});
