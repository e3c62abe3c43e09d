import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/build/build.js';
import { bodyText } from '../src/model-text.js';
import type { Manuscript } from '../src/model.js';
import { parseFile } from '../src/parse.js';
import { readEpub, xhtmlText } from './helpers/epub.js';
import { corpusDir, root } from './helpers/inspect.js';
import { pdfBodyText, RUN_PDF_TOOLS, unhyphenate } from './helpers/pdf.js';
import { firstMissingInOrder, words } from './helpers/words.js';

/** Every seed, every corpus book, every plain-text fixture and every HTML and EPUB fixture. */
const inputs = [
  ...readdirSync(join(root, 'seeds')).sort().map((f) => join(root, 'seeds', f)),
  ...readdirSync(corpusDir).filter((f) => (f.endsWith('.txt') || f.endsWith('.md')) && f !== 'SOURCES.md').sort().map((f) => join(corpusDir, f)),
  join(corpusDir, 'cc-necromancers-apprentice'),
  ...readdirSync(join(root, 'tests/fixtures'))
    .filter((d) => existsSync(join(root, 'tests/fixtures', d, 'story.txt')))
    .map((d) => join(root, 'tests/fixtures', d, 'story.txt')),
  ...readdirSync(join(root, 'tests/fixtures/ingest')).filter((f) => /\.(html|epub)$/.test(f)).sort().map((f) => join(root, 'tests/fixtures/ingest', f)),
];

/** The body words of a manuscript, in order: what every output must hold. */
function bodyWords(m: Manuscript): string[] {
  const text = [...m.front, ...m.chapters].map((c) => bodyText(c.children)).join('\n');
  return words(text);
}

describe('no word is lost, in any format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-words-'));
  let result: BuildResult;
  const manuscripts = new Map<string, Manuscript>();

  beforeAll(async () => {
    for (const f of inputs) manuscripts.set(f, await parseFile(f));
    result = await build({ books: inputs.map((f) => ({ inputs: [f] })), outDir: dir, formats: RUN_PDF_TOOLS ? ['txt', 'epub', 'pdf'] : ['txt', 'epub'] });
    expect(result.failures).toEqual([]);
  }, 300_000);

  const output = (input: string, format: string): string => {
    const i = inputs.indexOf(input);
    const found = result.outputs.filter((o) => o.format === format)[i];
    if (!found) throw new Error(`no ${format} for ${input}`);
    return found.path;
  };

  it.each(inputs.map((f) => [f.replace(root, '').replace(corpusDir, 'corpus/')]))('%s: text, EPUB and PDF hold every body word in order', async (name) => {
    const input = inputs.find((f) => f.endsWith(name.replace(/^corpus\//, '')))!;
    const expected = bodyWords(manuscripts.get(input)!);
    expect(expected.length).toBeGreaterThan(10);
    expect(firstMissingInOrder(expected, words(readFileSync(output(input, 'txt'), 'utf8'))), 'txt').toBeNull();
    const epub = readEpub(output(input, 'epub'));
    expect(firstMissingInOrder(expected, words(epub.spine().map((f) => xhtmlText(epub.text(f))).join('\n'))), 'epub').toBeNull();
    if (!RUN_PDF_TOOLS) return;
    // Characters no PDF font can draw are reported as warnings (a box is printed); words made only of them are not text in the PDF.
    const undrawable = new Set(result.diagnostics.filter((d) => d.ruleId === 'pdf-missing-glyph' && d.file === input).map((d) => /"(.+?)"/.exec(d.reason)![1]!));
    const printable = expected.filter((w) => ![...w].every((c) => undrawable.has(c)));
    expect(firstMissingInOrder(printable, words(unhyphenate(await pdfBodyText(output(input, 'pdf'))))), 'pdf').toBeNull();
  });
});
