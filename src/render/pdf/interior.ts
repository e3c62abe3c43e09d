import type { Book } from '../../book.js';
import { minimumGutter, minimumOutside } from '../../print/gutter.js';
import type { RenderContext } from '../renderer.js';
import type { Templates } from '../templates.js';
import { estimatePages } from './page-estimate.js';
import type { PdfOptions } from './pdf-options.js';
import { fontSetFor, typesetPdf } from './typeset-pdf.js';
import { scaleTheme } from './scale-theme.js';
import { fontPaths, loadTheme, type PageSize } from './theme.js';
import { trimSize } from './trim-size.js';

/** The book's pages as a PDF: what `pdf` writes and what the imposed sheets and the cover are made from. */
export interface Interior {
  data: Uint8Array;
  pages: number;
  /** The trim size with the margins the book was set with. */
  size: PageSize;
}

export type PdfContext = RenderContext<PdfOptions>;

/** Each book's interior, made once however many formats need it (pdf, imposed, cover), for each set of options that shape it. */
const made = new WeakMap<Book, WeakMap<Templates, Map<string, Promise<Interior>>>>();

/** Widening the gutter can add pages, which can ask for a wider gutter: a few rounds always settle it. */
const MOST_ROUNDS = 4;

/**
 * The book set at its trim size: type scaled to the measure, an inside margin
 * at least what a book of its page count needs (set again when the count asks
 * for more, until it settles), outside margins printers accept, and with
 * bleed and crop marks when asked for.
 */
export function interior(book: Book, context: PdfContext): Promise<Interior> {
  const { options } = context;
  let byTemplates = made.get(book);
  if (byTemplates === undefined) made.set(book, (byTemplates = new WeakMap()));
  let byOptions = byTemplates.get(context.templates);
  if (byOptions === undefined) byTemplates.set(context.templates, (byOptions = new Map()));
  const key = JSON.stringify([options['page-size'] ?? null, options.recto ?? false, options.notes, options.print ?? null]);
  let promise = byOptions.get(key);
  if (promise === undefined) byOptions.set(key, (promise = makeInterior(book, context)));
  return promise;
}

async function makeInterior(book: Book, context: PdfContext): Promise<Interior> {
  const base = loadTheme(context.templates);
  const trim = trimSize(base, context.options['page-size'] ?? null);
  const theme = scaleTheme(base, trim);
  const print = context.options.print;
  const outside = minimumOutside((print?.bleed ?? 0) > 0);
  const m = trim.margins;
  let size: PageSize = { ...trim, margins: { top: Math.max(m.top, outside), bottom: Math.max(m.bottom, outside), outer: Math.max(m.outer, outside), inner: m.inner } };
  // A long book starts with the gutter its estimated thickness needs, so it is usually set once, not twice.
  const themeGutter = size.margins.inner;
  const guess = Math.max(themeGutter, minimumGutter(estimatePages(book, size, theme, fontSetFor(fontPaths(theme)), context.options.recto ?? false)));
  let result = await typesetPdf(book, context, { ...size, margins: { ...size.margins, inner: guess } }, theme);
  // Later rounds set the same text again: what they would report was reported by the first.
  const quiet: PdfContext = { ...context, report: () => {} };
  // A guess too thick for the pages it made: start again from the theme's gutter, as without a guess.
  if (guess > themeGutter && minimumGutter(result.pages) < guess) result = await typesetPdf(book, quiet, size, theme);
  else size = { ...size, margins: { ...size.margins, inner: guess } };
  for (let round = 1; round < MOST_ROUNDS && minimumGutter(result.pages) > size.margins.inner; round++) {
    size = { ...size, margins: { ...size.margins, inner: minimumGutter(result.pages) } };
    result = await typesetPdf(book, quiet, size, theme);
  }
  // pdf-lib (bleed, crop marks) loads only for a book that asks for them: compiling it was about a tenth of a plain PDF build.
  const data = print && (print.bleed > 0 || print.cropMarks) ? await (await import('../../print/bleed.js')).addBleed(result.data, print.bleed, print.cropMarks) : result.data;
  return { data, pages: result.pages, size };
}
