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

/** The options every renderer gets, whatever its format. */
export interface CommonOptions {
  notes: NotesMode;
  /** A user-supplied cover; renderers that need one make their own otherwise. */
  cover: CoverImage | null;
  /** Printing: imposition for hand binding, bleed and crop marks, cover paper; absent for none. */
  print?: PrintOptions;
}

/**
 * A schema in the Standard Schema v1 shape (https://standardschema.dev),
 * which zod 4, valibot and arktype schemas all have: quire checks a
 * renderer's own options with it and reports each issue with its line in
 * quire.yaml.
 */
export interface OptionsSchema<Output = unknown> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    validate(value: unknown): OptionsResult<Output> | Promise<OptionsResult<Output>>;
  };
}

export type OptionsResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly { readonly message: string; readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined }[] };

/** Everything a renderer may use besides the book. Renderers never touch the disk or the clock. */
export interface RenderContext<Own extends object = Record<string, unknown>> {
  /** The common options, plus this renderer's own section (quire.yaml's `<name>:` and the CLI flags), as its schema returned it. */
  options: Readonly<CommonOptions & Own>;
  templates: Templates;
  /** Seconds since the epoch from `SOURCE_DATE_EPOCH`, or null to derive dates from the content. */
  sourceDateEpoch: number | null;
  /** Reports something the reader of the output should know (a character no font can draw). */
  report(diagnostic: Diagnostic): void;
  /** One line about the file made, shown beside its name ("3 signatures of 4 sheets; …"). */
  note?(text: string): void;
}

/** What a renderer made: the file, and figures for the build summary. */
export interface RenderResult {
  data: Uint8Array | string;
  stats?: {
    /** Pages made, for paged formats. */
    pages?: number;
  };
}

/**
 * An output format, contract v1. Built-in renderers and third-party ones
 * share this shape: `render` takes the whole book and returns the file and
 * its figures. (A renderer written before v1 returns the bytes or text
 * alone; quire still takes that, see `renderedFile`.)
 */
export interface Renderer<Own extends object = Record<string, unknown>> {
  name: string;
  /** File extension without the dot. */
  extension: string;
  /** Added to the book's slug in the file name (`-cover` makes `<slug>-cover.pdf`); none by default. */
  suffix?: string;
  description: string;
  /**
   * The schema of this renderer's own options: its section of quire.yaml,
   * under its name (or `section`), at the top level and in each book, with
   * the CLI flags that set them laid over it. Without one, the section is
   * passed on as written.
   */
  options?: OptionsSchema<Own>;
  /** The quire.yaml section this renderer reads, when it shares another's (`imposed` reads `pdf:`); its name by default. */
  section?: string;
  render(book: Book, context: RenderContext<Own>): Promise<RenderResult | Uint8Array | string>;
}

/** A render's result as contract v1 has it, whether the renderer returned that or (before v1) the data alone. */
export function renderedFile(made: RenderResult | Uint8Array | string): RenderResult {
  return typeof made === 'string' || made instanceof Uint8Array ? { data: made } : made;
}
