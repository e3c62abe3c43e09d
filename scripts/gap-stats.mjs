#!/usr/bin/env node
// How even the justification of a PDF is: node scripts/gap-stats.mjs FILE.pdf… [--pages A-B] [--json].
// Prints, per file, the justified lines measured, the coefficient of variation of word gaps, the share of
// loose lines (gap > 1.5× the median) and the worst line, and how many pages end in a hyphenated word.
// Needs pdftotext (poppler-utils). See scripts/gap-stats-lib.mjs for the definitions.
import { endsHyphenated, gapStats, pageEndLines } from './gap-stats-lib.mjs';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const at = args.indexOf('--pages');
const pages = at >= 0 ? args[at + 1].split('-').map(Number) : null;
const files = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
if (files.length === 0) {
  process.stderr.write('usage: node scripts/gap-stats.mjs FILE.pdf… [--pages A-B] [--json]\n');
  process.exit(2);
}
const results = files.map((file) => {
  const stats = gapStats(file, { pages });
  const hyphenatedPageEnds = pageEndLines(file).filter((p) => endsHyphenated(p.text)).map((p) => p.page);
  return { file, ...stats, hyphenatedPageEnds };
});
if (asJson) console.log(JSON.stringify(results, null, 2));
else {
  for (const r of results) {
    console.log(`${r.file}\n  justified lines ${r.lines}, median gap ${r.medianGap.toFixed(2)} pt, cv ${r.cv.toFixed(3)}, loose ${(100 * r.loose).toFixed(1)} %, worst ${r.worst.toFixed(2)}×, pages ending in a hyphen ${r.hyphenatedPageEnds.length}${r.hyphenatedPageEnds.length ? ` (${r.hyphenatedPageEnds.slice(0, 10).join(', ')})` : ''}`);
  }
}
