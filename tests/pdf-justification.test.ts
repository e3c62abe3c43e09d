import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build/build.js';
// @ts-expect-error: the measure is plain JavaScript shared with `node scripts/gap-stats.mjs`.
import { centredPageEnds, endsHyphenated, gapStatsOf, pageEndsOf, readLayout } from '../scripts/gap-stats-lib.mjs';
import { corpusDir, root } from './helpers/inspect.js';
import { RUN_PDF_TOOLS } from './helpers/pdf.js';

interface GapStats {
  lines: number;
  cv: number;
  loose: number;
  worst: number;
}

/**
 * Ceilings on the word-gap statistics of justified lines (A5), a little above
 * what total-fit breaking measures today, far below greedy breaking (cv 0.22–
 * 0.25, 4–6% loose lines). Seed 002 holds the acceptance: pandoc +
 * pdflatex measured cv 0.114 and no loose line on the same text, so cv may
 * not pass 0.134 and loose lines 0.5%.
 */
const CEILINGS: readonly { input: string; cv: number; loose: number; worst: number }[] = [
  { input: 'seeds/000_7ff2c08bf60faf30.txt', cv: 0.18, loose: 0.02, worst: 1.6 },
  { input: 'seeds/001_58e74c88fd9e2e85.txt', cv: 0.16, loose: 0.01, worst: 1.6 },
  { input: 'seeds/002_05467c72a081d6c6.txt', cv: 0.134, loose: 0.005, worst: 1.5 },
  { input: 'seeds/003_36173a1dff41368f.txt', cv: 0.16, loose: 0.015, worst: 2 },
  { input: 'corpus/pg-moby-dick.txt', cv: 0.15, loose: 0.005, worst: 3 },
];

const path = (input: string): string => (input.startsWith('corpus/') ? join(corpusDir, input.slice('corpus/'.length)) : join(root, input));

describe.runIf(RUN_PDF_TOOLS)('justification and page ends of the PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-justify-'));
  /** Each PDF's words and their boxes, read once with pdftotext. */
  const layouts = new Map<string, unknown>();

  beforeAll(async () => {
    const result = await build({ books: CEILINGS.map((c) => ({ inputs: [path(c.input)] })), outDir: dir, formats: ['pdf'], pageSize: 'A5' });
    expect(result.failures).toEqual([]);
    CEILINGS.forEach((c, i) => layouts.set(c.input, readLayout(result.outputs[i]!.path)));
  }, 300_000);

  it.each(CEILINGS.map((c) => [basename(c.input), c]))('%s: word gaps of justified lines stay even', (_, c) => {
    const stats = gapStatsOf(layouts.get(c.input)) as GapStats;
    expect(stats.lines).toBeGreaterThan(20);
    expect(stats.cv).toBeLessThanOrEqual(c.cv);
    expect(stats.loose).toBeLessThanOrEqual(c.loose);
    expect(stats.worst).toBeLessThanOrEqual(c.worst);
  });

  it.each(CEILINGS.map((c) => [basename(c.input), c]))('%s: no page ends inside a hyphenated word', (_, c) => {
    const ends = pageEndsOf(layouts.get(c.input)) as { page: number; text: string }[];
    expect(ends.length).toBeGreaterThan(1);
    // A hyphen the author put at a paragraph's end (a word broken off in speech, "I wa-") carries nothing over.
    const source = readFileSync(path(c.input), 'utf8').replace(/\r/g, '');
    const authors = (text: string): boolean => new RegExp(`${text.split(' ').at(-1)!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n(?!\\p{Ll})`, 'u').test(source);
    expect(ends.filter((e) => endsHyphenated(e.text) && !authors(e.text))).toEqual([]);
  });

  // Seed 003 has 25 scene breaks and POV headings; without keep-with-next two of its headings end a page.
  it.each(CEILINGS.map((c) => [basename(c.input), c]))('%s: no heading or ornament ends a page', (_, c) => {
    expect(centredPageEnds(layouts.get(c.input))).toEqual([]);
  });
});
