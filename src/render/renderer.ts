import type { Book } from '../book.js';
import type { Diagnostic } from '../model.js';
import type { PrintOptions } from '../print/print-options.js';
import type { Templates } from './templates.js';

/** Where author notes go: where they stood, gathered at the back, or left out. */
export type NotesMode = 'inline' | 'end' | 'omit';

export interface CoverImage {
  /** File name with its extension (`cover.jpg`): the extension decides the media type. */
  name: string;
  mediaType: string;
  data: Uint8Array;
}

export interface RenderOptions {
  notes: NotesMode;
  /** Embed the book fonts (EPUB) so every reader shows the same face. */
  embedFonts: boolean;
  /** A user-supplied cover; renderers that need one make their own otherwise. */
  cover: CoverImage | null;
  /** Page size name for paged formats (`A5`, `A4`, `Letter`, `6x9`); null for the theme's default. */
  pageSize: string | null;
  /** Start every chapter on a right-hand page (paged formats). */
  recto: boolean;
  /** Plain text: columns to wrap at (0: a paragraph per line); null for the theme's default. */
  width: number | null;
  /** Plain text: Windows line endings. */
  crlf: boolean;
  /** Plain text: typography folded back to ASCII quotes, dashes and dots. */
  ascii: boolean;
  /** Printing: imposition for hand binding, bleed and crop marks, cover paper; absent for none. */
  print?: PrintOptions;
}

/** Everything a renderer may use besides the book. Renderers never touch the disk or the clock. */
export interface RenderContext {
  options: Readonly<RenderOptions>;
  templates: Templates;
  /** Seconds since the epoch from `SOURCE_DATE_EPOCH`, or null to derive dates from the content. */
  sourceDateEpoch: number | null;
  /** Reports something the reader of the output should know (a character no font can draw). */
  report(diagnostic: Diagnostic): void;
  /** Paged formats say how many pages they made, for the build summary. */
  recordPages?(count: number): void;
  /** One line about the file made, shown beside its name ("3 signatures of 4 sheets; …"). */
  note?(text: string): void;
}

/**
 * An output format. Built-in renderers and third-party ones share this
 * shape: a renderer takes the whole book and returns the file's bytes.
 */
export interface Renderer {
  name: string;
  /** File extension without the dot. */
  extension: string;
  /** Added to the book's slug in the file name (`-cover` makes `<slug>-cover.pdf`); none by default. */
  suffix?: string;
  description: string;
  render(book: Book, context: RenderContext): Promise<Uint8Array | string>;
}
