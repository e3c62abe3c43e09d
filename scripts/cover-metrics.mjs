// Writes templates/epub/cover-metrics.json: EB Garamond Regular's advance widths for the characters
// titles are written in, so the EPUB cover can wrap a title without loading fontkit (about 90 ms).
// Run again after changing the cover font: node scripts/cover-metrics.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit');
const font = fontkit.openSync(require.resolve('@expo-google-fonts/eb-garamond/400Regular/EBGaramond_400Regular.ttf'));
const ranges = [[0x20, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff], [0x2000, 0x206f], [0x20a0, 0x20bf]];
const widths = {};
for (const [from, to] of ranges) {
  for (let cp = from; cp <= to; cp++) if (font.hasGlyphForCodePoint(cp)) widths[cp] = font.glyphForCodePoint(cp).advanceWidth;
}
const average = Math.round(Object.values(widths).reduce((a, b) => a + b, 0) / Object.keys(widths).length);
writeFileSync(new URL('../templates/epub/cover-metrics.json', import.meta.url), `${JSON.stringify({ font: 'EB Garamond Regular', unitsPerEm: font.unitsPerEm, fallback: average, widths })}\n`);
