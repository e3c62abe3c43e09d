import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { bind } from '../src/bind/bind.js';
import { bodyText } from '../src/model-text.js';
import { InputError } from '../src/errors.js';
import { parse } from '../src/parse.js';
import { epubRenderer } from '../src/render/epub/epub-renderer.js';
import { pdfRenderer } from '../src/render/pdf/pdf-renderer.js';
import { renderedFile, type RenderContext } from '../src/render/renderer.js';
import { Templates } from '../src/render/templates.js';
import { txtRenderer } from '../src/render/txt/txt-renderer.js';
import { typography } from '../src/transform/typography.js';
import { strFromU8, unzipSync } from 'fflate';
import { xhtmlText } from './helpers/epub.js';
import { firstMissingInOrder, words } from './helpers/words.js';

/** Generated manuscripts per run: modest in `npm test`, more with `npm run test:fuzz`. */
const RUNS = Number(process.env.QUIRE_FUZZ_RUNS ?? 25);

const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('Chapter 1', 'CHAPTER IV.', '[Chapter 2] Dunes', '— Chapter Thirty-Five —', '--- The Other Side ---', 'Prologue', 'Part One'),
  fc.constantFrom("Author's note: thanks!", 'A/N:', 'Disclaimer: mine', '"Author\'s note?" he asked.', '> A/N: quoted'),
  fc.constantFrom('* * *', '***', 'xXx', '~~~Spike~~~', "Spike's POV", '~~To be continued?~~', '#', '-----'),
  fc.constantFrom('<script>alert(1)</script>', '&amp; &lt;b&gt; ]]>', '<aside>', '*emph* and _under_ and **strong**', '“curly” ‘single’ … —'),
  fc.constantFrom('\u0001\u0007', '\uFEFF', 'שלום עולם', 'مرحبا', 'e\u0301\u0301\u0301', '👩‍👩‍👧 😀', '漢字かな', '\u200B\u200D'),
  // A long run of arbitrary code points with no space (NUL refuses a file as binary; that has its own test).
  fc.string({ unit: 'binary', minLength: 200, maxLength: 3000 }).map((s) => s.replace(/[\s\0]/g, 'x')),
);
const line = fc.array(piece, { minLength: 0, maxLength: 4 }).map((p) => p.join(' '));
const manuscript = fc
  .array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n', '\n   \n')), { minLength: 1, maxLength: 40 })
  .map((lines) => lines.map(([l, sep]) => l + sep).join(''));

const context: RenderContext = {
  options: { notes: 'inline', cover: { name: 'cover.png', mediaType: 'image/png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) }, width: 72 },
  templates: new Templates(),
  sourceDateEpoch: 0,
  report: () => undefined,
};

describe('generated manuscripts', () => {
  const rendered = { count: 0 };
  it(`never make the parser, typography or a renderer throw; XHTML stays well-formed; no body word is lost (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(manuscript, async (text) => {
        let m;
        try {
          m = parse(new TextEncoder().encode(text), 'generated.txt');
        } catch (error) {
          // Empty or binary-looking input is refused with a clear error, never a crash.
          expect(error).toBeInstanceOf(InputError);
          return;
        }
        rendered.count += 1;
        const typeset = typography(m).manuscript;
        const { book } = bind([typeset]);
        const expected = words([...typeset.front, ...typeset.chapters].map((c) => bodyText(c.children)).join('\n'));
        const txt = renderedFile(await txtRenderer.render(book, context)).data as string;
        expect(firstMissingInOrder(expected, words(txt))).toBeNull();
        const files = unzipSync(renderedFile(await epubRenderer.render(book, context)).data as Uint8Array);
        const xhtml = Object.entries(files).filter(([name]) => name.endsWith('.xhtml') || name.endsWith('.opf') || name.endsWith('.ncx'));
        for (const [name, data] of xhtml) expect(XMLValidator.validate(strFromU8(data)), name).toBe(true);
        // Reading order: front sections (s01-fNN), then chapters (s01-cNNN).
        const page = (kind: string): [string, Uint8Array][] => xhtml.filter(([name]) => new RegExp(`s01-${kind}\\d+\\.xhtml$`).test(name)).sort(([a], [b]) => a.localeCompare(b));
        const pages = [...page('f'), ...page('c')];
        expect(firstMissingInOrder(expected, words(pages.map(([, d]) => xhtmlText(strFromU8(d))).join('\n')))).toBeNull();
        const pdf = renderedFile(await pdfRenderer.render(book, context)).data as Uint8Array;
        expect(strFromU8(pdf.subarray(0, 5))).toBe('%PDF-');
      }),
      // Shrinking a failure can take minutes: CI reports the first counterexample as found; the fuzz script shrinks it.
      { numRuns: RUNS, seed: Number(process.env.QUIRE_FUZZ_SEED ?? 20261121), endOnFailure: process.env.QUIRE_FUZZ_RUNS === undefined },
    );
    // Most generated files must get past reading, or the property says little.
    expect(rendered.count).toBeGreaterThan(RUNS * 0.6);
  }, Math.max(300_000, RUNS * 1_000));
});
