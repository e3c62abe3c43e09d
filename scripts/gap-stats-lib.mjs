// Word-gap statistics of a PDF's justified lines, read back with `pdftotext -bbox-layout` (poppler-utils),
// so quire's pages and another typesetter's can be measured the same way. Used by scripts/gap-stats.mjs,
// bench/run.mjs and tests/pdf-quality.test.ts.
import { execFileSync } from 'node:child_process';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ENTITIES[e]);
const attr = (tag, name) => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(tag)[1]);

/** Pages of `pdf` as lists of lines, each line a list of words with their boxes (points, y downwards). */
export function readLayout(pdf) {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const pages = [];
  for (const page of xml.split('<page ').slice(1)) {
    const lines = [];
    for (const line of page.split('<line ').slice(1)) {
      const words = [...line.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((m) => ({ xMin: attr(m[1], 'xMin'), xMax: attr(m[1], 'xMax'), yMax: attr(m[1], 'yMax'), text: unescape(m[2]) }));
      if (words.length > 0) lines.push(words);
    }
    pages.push({ width: attr(page, 'width'), height: attr(page, 'height'), lines });
  }
  return pages;
}

/** Dot leaders (a contents line): spaced dots, not words set to a measure. */
const leaders = (words) => words.filter((w) => !/\p{L}|\p{N}/u.test(w.text)).length > words.length / 2;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * The right edge of a page's text block: the commonest right end (to 0.5 pt) of its lines of 6+ words.
 * Full lines share it; a paragraph's last line stops short of it and so is left out of the measure.
 */
function rightEdge(lines) {
  const counts = new Map();
  for (const l of lines) {
    if (l.length < 6 || leaders(l)) continue;
    const key = Math.round(l.at(-1).xMax * 2) / 2;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = null;
  // (Leader lines are left out here too: contents pages have no text block edge worth measuring.)
  for (const [edge, n] of counts) if (best === null || n > best[1] || (n === best[1] && edge > best[0])) best = [edge, n];
  return best === null || best[1] < 2 ? null : best[0];
}

/**
 * Statistics over the word gaps of justified lines (6+ words, ending at the text block's right edge, so
 * last lines of paragraphs are left out). A line's gap is the median of its gaps (so a typesetter's wider
 * space after a full stop does not count as unevenness); `cv` is the coefficient of variation of the line
 * gaps, `loose` the share of lines whose gap exceeds 1.5× their median, `worst` the largest over it. `pages` limits the measure to a page range.
 */
export function gapStats(pdf, { pages: range = null, tolerance = 2 } = {}) {
  return gapStatsOf(readLayout(pdf), { pages: range, tolerance });
}

/** `gapStats` of a layout already read with `readLayout`. */
export function gapStatsOf(layout, { pages: range = null, tolerance = 2 } = {}) {
  const lineGaps = [];
  layout.forEach((page, i) => {
    if (range !== null && (i + 1 < range[0] || i + 1 > range[1])) return;
    const edge = rightEdge(page.lines);
    if (edge === null) return;
    for (const words of page.lines) {
      if (words.length < 6 || words.at(-1).xMax < edge - tolerance || leaders(words)) continue;
      const g = words.slice(1).map((w, k) => w.xMin - words[k].xMax);
      lineGaps.push(median(g));
    }
  });
  const mean = lineGaps.reduce((a, b) => a + b, 0) / (lineGaps.length || 1);
  const sd = Math.sqrt(lineGaps.reduce((a, g) => a + (g - mean) ** 2, 0) / (lineGaps.length || 1));
  const med = median(lineGaps);
  return {
    lines: lineGaps.length,
    medianGap: med,
    cv: mean > 0 ? sd / mean : 0,
    loose: lineGaps.length ? lineGaps.filter((g) => g > 1.5 * med).length / lineGaps.length : 0,
    worst: med > 0 && lineGaps.length ? Math.max(...lineGaps) / med : 0,
  };
}

/** The last line of text on each page, the folio (a line of digits or roman numerals alone) left out. */
export function pageEndLines(pdf) {
  return pageEndsOf(readLayout(pdf));
}

/** `pageEndLines` of a layout already read with `readLayout`. */
export function pageEndsOf(layout) {
  return layout.map((page, i) => {
    const body = page.lines.filter((l) => !(l.length === 1 && /^(\d+|[ivxlc]+)$/i.test(l[0].text)));
    const last = body.reduce((a, l) => (a === null || l[0].yMax > a[0].yMax ? l : a), null);
    return { page: i + 1, text: last === null ? '' : last.map((w) => w.text).join(' ') };
  });
}

/** Whether a line ends inside a word: a letter followed by a hyphen. */
export const endsHyphenated = (text) => /\p{L}[-\u2010\u00AD]$/u.test(text);

/**
 * Body pages (those with a folio) whose last line is short and centred in the text block: a heading or an
 * ornament left at the foot of a page, away from the text it belongs to.
 */
export function centredPageEnds(layout) {
  const out = [];
  layout.forEach((page, i) => {
    const body = page.lines.filter((l) => !(l.length === 1 && /^(\d+|[ivxlc]+)$/i.test(l[0].text)));
    if (body.length === page.lines.length) return;
    const full = body.filter((l) => l.length >= 6);
    if (full.length < 3) return;
    const left = Math.min(...full.map((l) => l[0].xMin));
    const right = Math.max(...full.map((l) => l.at(-1).xMax));
    const last = body.reduce((a, l) => (l[0].yMax > a[0].yMax ? l : a));
    const from = last[0].xMin;
    const to = last.at(-1).xMax;
    if (to - from < 0.7 * (right - left) && from > left + 20 && Math.abs((from + to) / 2 - (left + right) / 2) < 3) out.push({ page: i + 1, text: last.map((w) => w.text).join(' ') });
  });
  return out;
}
