import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build/build.js';
import { UsageError } from '../src/errors.js';
import { scaleTheme } from '../src/render/pdf/scale-theme.js';
import { loadTheme } from '../src/render/pdf/theme.js';
import { trimSize } from '../src/render/pdf/trim-size.js';
import { Templates } from '../src/render/templates.js';
import { root } from './helpers/inspect.js';
import { pdffonts, pdfinfo, RUN_PDF_TOOLS } from './helpers/pdf.js';

const theme = loadTheme(new Templates());
const inches = (size: { width: number; height: number }): string => `${(size.width / 72).toFixed(2)}x${(size.height / 72).toFixed(2)}`;

describe('trim sizes', () => {
  it.each([
    ['A5', '5.83x8.27'],
    ['6x9', '6.00x9.00'],
    ['5x8', '5.00x8.00'],
    ['5.25x8', '5.25x8.00'],
    ['5.5x8.5', '5.50x8.50'],
    ['B-format', '5.08x7.80'],
    ['b-format', '5.08x7.80'],
    ['A6', '4.13x5.83'],
    ['pocket', '4.25x6.87'],
    ['140x216mm', '5.51x8.50'],
    ['5.5x8.5in', '5.50x8.50'],
    ['14 x 21.6 cm', '5.51x8.50'],
  ])('%s is %s in', (name, expected) => {
    expect(inches(trimSize(theme, name))).toBe(expected);
  });

  it('gives presets without margins, and custom sizes, margins in proportion to the page with the gutter widest', () => {
    const pocket = trimSize(theme, 'pocket');
    const a5 = trimSize(theme, 'A5');
    expect(pocket.margins.inner).toBeLessThan(a5.margins.inner);
    expect(pocket.margins.inner).toBeGreaterThan(pocket.margins.outer);
    expect(trimSize(theme, '5.5x8.5in')).toEqual(trimSize(theme, '5.5x8.5'));
  });

  it.each([
    ['huge', /unknown page size "huge"; use one of A5, A4, Letter, 6x9, 5x8.*or a custom size with its unit/],
    ['7x10', /unknown page size "7x10".*140x216mm/],
    ['140x216furlongs', /unknown page size/],
    ['1x2in', /between 3 and 17 in/],
    ['30x40in', /between 3 and 17 in/],
  ])('refuses %s with a usage error that says what to write', (name, message) => {
    expect(() => trimSize(theme, name)).toThrow(UsageError);
    expect(() => trimSize(theme, name)).toThrow(message);
  });

  it('scales type, leading and gaps with the measure: the theme as written on A5, smaller on a pocket page, larger on A4', () => {
    const on = (name: string): number => scaleTheme(theme, trimSize(theme, name)).body.size;
    expect(scaleTheme(theme, trimSize(theme, 'A5'))).toBe(theme);
    expect(on('pocket')).toBeLessThan(theme.body.size);
    expect(on('pocket')).toBeGreaterThanOrEqual(9);
    expect(on('A4')).toBeGreaterThan(theme.body.size);
    const pocket = scaleTheme(theme, trimSize(theme, 'pocket'));
    expect(pocket.body.leading / pocket.body.size).toBeCloseTo(theme.body.leading / theme.body.size, 2);
    expect(pocket.titlePage.fromTop).toBe(theme.titlePage.fromTop);
  });
});

describe.runIf(RUN_PDF_TOOLS)('building at a trim size', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-trim-'));
  const seed = join(root, 'seeds/002_05467c72a081d6c6.txt');

  it.each([
    ['pocket', '306 x 494.64 pts'],
    ['140x216mm', '396.85 x 612.28 pts'],
  ])('--page-size %s makes pages of %s with fonts embedded', async (size, expected) => {
    const out = join(dir, size);
    const result = await build({ books: [{ inputs: [seed] }], formats: ['pdf'], outDir: out, pageSize: size, sourceDateEpoch: 1700000000 });
    expect(result.failures).toEqual([]);
    const file = join(out, 'finding-friendship.pdf');
    expect((await pdfinfo(file))['Page size']).toBe(expected);
    expect((await pdffonts(file)).filter((f) => !f.embedded)).toEqual([]);
  });

  it('refuses an unknown page size before rendering anything', async () => {
    await expect(build({ books: [{ inputs: [seed] }], formats: ['pdf'], outDir: join(dir, 'bad'), pageSize: 'B5x' })).rejects.toThrow(UsageError);
  });
});
