import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the generator is plain JavaScript shared with `npm run bench`.
import { manuscript } from '../bench/generate.mjs';
import { build } from '../src/build/build.js';
import { bodyText } from '../src/model-text.js';
import { parseAt, root } from './helpers/inspect.js';
import { pdfBodyText, pdfinfo, pdftotext, qpdfCheck, RUN_PDF_TOOLS, unhyphenate } from './helpers/pdf.js';
import { firstMissingInOrder, words } from './helpers/words.js';

const EPOCH = 1700000000;

// Long enough (over 100 pages) that its pages are finished one by one as the text moves on: deflated
// (page-deflate.ts), with running heads and folios drawn on each before the next begins.
describe.runIf(RUN_PDF_TOOLS)('PDF of a long book', () => {
  it('passes qpdf --check, keeps every word in order, numbers every page and is byte-identical when built again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-pdf-long-'));
    const file = join(dir, 'long.txt');
    writeFileSync(file, (manuscript(join(root, 'seeds'), 300_000, 12) as { txt: string }).txt);
    for (const out of ['a', 'b']) {
      const result = await build({ books: [{ inputs: [file] }], formats: ['pdf'], outDir: join(dir, out), sourceDateEpoch: EPOCH });
      expect(result.failures).toEqual([]);
    }
    const name = readdirSync(join(dir, 'a')).find((f) => f.endsWith('.pdf'))!;
    const pdf = join(dir, 'a', name);
    expect(readFileSync(join(dir, 'b', name)).equals(readFileSync(pdf))).toBe(true);
    const pages = Number((await pdfinfo(pdf)).Pages);
    expect(pages).toBeGreaterThan(100);
    // Each page's last line, where it is a number, is that page's number; only openings, blanks and the title go without.
    const lastLines = (await pdftotext(pdf)).split('\f').slice(0, pages).map((t) => t.trim().split('\n').at(-1)!.trim());
    const folios = lastLines.flatMap((line, i) => (/^\d+$/.test(line) ? [[Number(line), i + 1]] : []));
    expect(folios.filter(([n, page]) => n !== page)).toEqual([]);
    expect(folios.length).toBeGreaterThan(pages - 30);
    const check = await qpdfCheck(pdf);
    expect(check.ok, check.report).toBe(true);
    const m = parseAt(file, '');
    const expected = words([...m.front, ...m.chapters].map((c) => bodyText(c.children)).join('\n'));
    expect(firstMissingInOrder(expected, words(unhyphenate(await pdfBodyText(pdf))))).toBeNull();
  }, 180_000);
});
