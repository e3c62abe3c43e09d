import type { Line, LineBlock } from './lines.js';

/**
 * How a file lays out its paragraphs, decided once per file from line
 * statistics (as calibre's TXT input does with a histogram):
 * - `lines`: one paragraph per line, blank lines are scene gaps;
 * - `blocks`: blank-line separated paragraphs, hard-wrapped at `wrapWidth`
 *   when that is set (lines are rejoined), else one paragraph per line.
 */
export interface Layout {
  mode: 'lines' | 'blocks';
  wrapWidth: number | null;
  /** Blank lines between paragraphs that make a soft scene break. */
  softGap: number;
}

export function detectLayout(lines: readonly Line[], blocks: readonly LineBlock[]): Layout {
  const lengths: number[] = [];
  for (const line of lines) if (!line.blank) lengths.push(line.text.length);
  const n = lengths.length;
  if (n === 0) return { mode: 'blocks', wrapWidth: null, softGap: 2 };
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor((n - 1) * 0.95)] ?? 0;
  const filled = lengths.filter((l) => l >= width * 0.6).length;
  const inMultiLineBlocks = blocks.reduce((sum, b) => sum + (b.lines.length > 1 ? b.lines.length : 0), 0);
  // In hard-wrapped text nearly every line but a paragraph's last runs close to the margin.
  const inner = blocks.flatMap((b) => b.lines.slice(0, -1));
  const nearMargin = inner.filter((l) => l.text.length >= width * 0.75).length;
  if (width >= 30 && width <= 110 && filled >= n * 0.5 && inMultiLineBlocks >= n * 0.3 && nearMargin >= Math.max(3, inner.length * 0.7)) {
    return { mode: 'blocks', wrapWidth: width, softGap: 2 };
  }
  if (width >= 30 && width <= 110 && isWrappedProse(blocks, width, n)) return { mode: 'blocks', wrapWidth: width, softGap: 2 };
  const gaps = blocks.length - 1;
  if (gaps >= n * 0.3) return { mode: 'blocks', wrapWidth: null, softGap: 2 };
  return { mode: 'lines', wrapWidth: null, softGap: 1 };
}

/**
 * Hard wrapping judged on prose blocks only: blocks of several lines where
 * at least one line reaches the margin. A header list, a letter's
 * salutation or a verse stanza (all lines short) says nothing about
 * wrapping, so it neither counts for nor against it (a FanFicFare export:
 * a block of short `Key: value` lines above hard-wrapped chapters).
 */
function isWrappedProse(blocks: readonly LineBlock[], width: number, n: number): boolean {
  const near = (l: Line): boolean => l.text.length >= width * 0.75;
  const prose = blocks.filter((b) => b.lines.length > 1 && b.lines.some(near));
  const wrapped = prose.filter((b) => {
    const inner = b.lines.slice(0, -1);
    return inner.filter(near).length >= inner.length * 0.75;
  });
  const lines = wrapped.reduce((sum, b) => sum + b.lines.length, 0);
  return wrapped.length >= 3 && wrapped.length >= prose.length * 0.6 && lines >= n * 0.3;
}

/**
 * How line `b` follows line `a` inside one block of this layout: `space`
 * rejoins a hard-wrapped paragraph, `break` keeps a line break the author
 * meant (verse, addresses), `split` starts a new paragraph.
 */
export function joinKind(layout: Layout, a: Line, b: Line): 'space' | 'break' | 'split' {
  if (layout.mode === 'lines') return 'split';
  if (layout.wrapWidth !== null) {
    if (b.indent > a.indent + 1 && a.indent === 0) return 'split';
    const nextWord = b.trimmed.split(/\s/, 1)[0] ?? '';
    return a.text.length + 1 + nextWord.length >= layout.wrapWidth * 0.8 ? 'space' : 'break';
  }
  return a.trimmed.length > 100 || /[.!?"”…)]$/.test(a.trimmed) ? 'split' : 'break';
}
