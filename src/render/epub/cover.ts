import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import type { Book } from '../../book.js';
import { BOOK_FONT } from '../book-fonts.js';
import type { CoverImage } from '../renderer.js';
import { stringsFor } from '../strings.js';
import type { Templates } from '../templates.js';

export interface Palette {
  background: string;
  ink: string;
  accent: string;
}

interface CoverDesign {
  /** The PNG's width; the design is drawn in `width` × `height` units and scaled to it. */
  pixelWidth: number;
  width: number;
  height: number;
  margin: number;
  titleTop: number;
  titleSizes: number[];
  maxTitleLines: number;
  lineHeight: number;
  subtitleSize: number;
  authorSize: number;
  authorBottom: number;
  palettes: Palette[];
}

type Measure = (text: string, size: number) => number;

interface Metrics {
  unitsPerEm: number;
  fallback: number;
  widths: Record<string, number>;
}

/**
 * Title widths from the font's advance widths, kept in `cover-metrics.json`
 * (made by scripts/cover-metrics.mjs) so an EPUB build need not load fontkit;
 * kerning is left out, which is close enough for choosing line breaks.
 */
function measurer(templates: Templates): Measure {
  const m = JSON.parse(templates.text('epub/cover-metrics.json')) as Metrics;
  return (text, size) => {
    let units = 0;
    for (const ch of text) units += m.widths[ch.codePointAt(0)!] ?? m.fallback;
    return (units * size) / m.unitsPerEm;
  };
}

/** Greedy line filling; a word wider than the line gets a line of its own (resvg does not wrap). */
function wrap(text: string, size: number, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The largest title size whose lines fit; past the smallest size, the last line ends in an ellipsis. */
function fitTitle(title: string, design: CoverDesign, measure: Measure): { size: number; lines: string[] } {
  const width = design.width - 2 * design.margin;
  for (const size of design.titleSizes) {
    const lines = wrap(title, size, width, measure);
    if (lines.length <= design.maxTitleLines && lines.every((l) => measure(l, size) <= width)) return { size, lines };
  }
  const size = design.titleSizes[design.titleSizes.length - 1] ?? 76;
  const lines = wrap(title, size, width, measure).slice(0, design.maxTitleLines);
  lines[lines.length - 1] = `${lines[lines.length - 1]}…`;
  return { size, lines };
}

/** The same book always gets the same palette. */
function paletteFor(title: string, palettes: readonly Palette[]): Palette {
  const byte = createHash('sha1').update(title).digest()[0] ?? 0;
  return palettes[byte % palettes.length]!;
}

/** The colours of the book's generated cover, for a printed cover's back and spine. */
export function coverPalette(book: Book, templates: Templates): Palette {
  return paletteFor(book.meta.title, (JSON.parse(templates.text('epub/cover.json')) as CoverDesign).palettes);
}

/**
 * A printed front cover is not the shape of an e-book's: `height` (in design
 * units, against the design's width) reshapes it, keeping the author line as
 * far from the foot as before, and `pixelWidth` sets the resolution.
 */
export interface CoverShape {
  pixelWidth: number;
  height: number;
}

/**
 * A typographic cover: the title and author set in EB Garamond inside a
 * double rule, rendered SVG → PNG by resvg with system fonts off, so the
 * picture is the same on every machine.
 */
export function generateCover(book: Book, templates: Templates, shape: CoverShape | null = null): CoverImage {
  const written = JSON.parse(templates.text('epub/cover.json')) as CoverDesign;
  const design = shape === null ? written : { ...written, ...shape, authorBottom: written.authorBottom + shape.height - written.height };
  const measure = measurer(templates);
  const { size, lines } = fitTitle(book.meta.title, design, measure);
  const step = size * design.lineHeight;
  const titleLines = lines.map((text, i) => ({ text, y: Math.round(design.titleTop + i * step) }));
  const titleEnd = design.titleTop + (lines.length - 1) * step;
  const width = design.width - 2 * design.margin;
  const subtitleLines = book.meta.subtitle ? wrap(book.meta.subtitle, design.subtitleSize, width, measure).slice(0, 3) : [];
  const subtitles = subtitleLines.map((text, i) => ({ text, y: Math.round(titleEnd + design.subtitleSize * (2.2 + i * 1.3)) }));
  const ruleY = Math.round((subtitles[subtitles.length - 1]?.y ?? titleEnd) + 140);
  const byline = book.meta.editor ? stringsFor(templates, book.meta.language).text('editedBy', { editor: book.meta.editor }) : book.meta.authors.join(' · ');
  // Letter-spaced capitals run about a third wider than the measured text.
  const authorLines = wrap(byline.toUpperCase(), design.authorSize * 1.3, width, measure).slice(0, 3);
  const authors = authorLines.map((text, i) => ({ text, y: Math.round(design.authorBottom - (authorLines.length - 1 - i) * design.authorSize * 1.4) }));
  const svg = templates.compile('epub/cover.svg.ejs')({
    ...design,
    ...paletteFor(book.meta.title, design.palettes),
    font: BOOK_FONT.name,
    titleLines,
    titleSize: size,
    subtitles,
    ruleY,
    authors,
  });
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: design.pixelWidth },
    font: { fontFiles: [BOOK_FONT.regular, BOOK_FONT.italic], loadSystemFonts: false, defaultFontFamily: BOOK_FONT.name },
  }).render().asPng();
  return { name: 'cover.png', mediaType: 'image/png', data: new Uint8Array(png) };
}
