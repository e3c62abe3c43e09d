import { join } from 'node:path';
import { bind, type BindOptions } from '../bind/bind.js';
import { applyOverrides, type StoryOverrides } from '../bind/overrides.js';
import { fileStem } from '../bind/story-meta.js';
import type { Book, Series } from '../book.js';
import { formatDiagnostic } from '../diagnostics.js';
import { InputError } from '../errors.js';
import type { Diagnostic, Manuscript } from '../model.js';
import { parseFile } from '../parse.js';
import { RendererRegistry } from '../render/registry.js';
import type { CoverImage, NotesMode, RenderContext, RenderOptions } from '../render/renderer.js';
import { Templates } from '../render/templates.js';
import { readCover } from './read-cover.js';
import { bookSlug } from './slug.js';
import { writeAtomic } from './write-atomic.js';

/**
 * One book to make: a single story, or an anthology of all `inputs` when
 * `anthology` is a title. The optional settings replace the build's own for
 * this book (quire.yaml gives each book its own).
 */
export interface BookSpec {
  inputs: string[];
  anthology?: string | null;
  /** Corrections to what the parser found, by input path. */
  overrides?: Record<string, StoryOverrides>;
  meta?: BindOptions['meta'];
  editor?: string | null;
  series?: Series | null;
  formats?: string[];
  notes?: NotesMode;
  pageSize?: string | null;
  cover?: string | null;
}

export interface BuildOptions {
  books: BookSpec[];
  /** Format names for every book; when omitted, each book's own, else all the registry's formats. */
  formats?: string[];
  outDir: string;
  notes?: NotesMode;
  embedFonts?: boolean;
  /** Page size for paged formats: `A5` (default), `A4`, `Letter`, `6x9`. */
  pageSize?: string | null;
  /** Open every chapter on a right-hand page (PDF). */
  recto?: boolean;
  /** Plain text: wrap width in columns, 0 for a paragraph per line (default 72). */
  width?: number | null;
  /** Plain text: CRLF line endings. */
  crlf?: boolean;
  /** Path of a cover image for every book built. */
  cover?: string | null;
  editor?: string | null;
  series?: Series | null;
  /** A folder of template files that take precedence over quire's own. */
  templatesDir?: string | null;
  /** Seconds since the epoch; fixes every date in the output. */
  sourceDateEpoch?: number | null;
  registry?: RendererRegistry;
  /** Called as each file is written. */
  onOutput?: (output: BuildOutput) => void;
}

export interface BuildOutput {
  title: string;
  format: string;
  path: string;
  bytes: number;
}

export interface BuildFailure {
  /** The input file or output path the failure is about. */
  subject: string;
  format: string | null;
  message: string;
  /** An unexpected exception: a bug in quire or in a renderer. */
  internal: boolean;
}

export interface BuildResult {
  outputs: BuildOutput[];
  failures: BuildFailure[];
  diagnostics: Diagnostic[];
}

function failure(subject: string, format: string | null, error: unknown): BuildFailure {
  if (error instanceof InputError) return { subject, format, message: error.message, internal: false };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR' || code === 'ENOSPC') {
    return { subject, format, message: `${subject}: cannot be written (${code}); choose an output folder you can write to with --out.`, internal: false };
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { subject, format, message: `${subject}: the ${format ?? ''} renderer failed unexpectedly:\n${detail}`, internal: true };
}

/** Parses each distinct input once, however many books use it. */
async function parseInputs(specs: readonly BookSpec[], result: BuildResult): Promise<Map<string, Manuscript>> {
  const parsed = new Map<string, Manuscript>();
  for (const file of new Set(specs.flatMap((s) => s.inputs))) {
    try {
      const m = await parseFile(file);
      parsed.set(file, m);
      result.diagnostics.push(...m.diagnostics);
    } catch (error) {
      result.failures.push(failure(file, null, error));
    }
  }
  return parsed;
}

function bindSpec(spec: BookSpec, parsed: ReadonlyMap<string, Manuscript>, options: Readonly<BuildOptions>, result: BuildResult): Book | null {
  const stories = spec.inputs.flatMap((f) => {
    const m = parsed.get(f);
    const o = spec.overrides?.[f];
    return m === undefined ? [] : o ? [applyOverrides(m, o)] : [m];
  });
  if (stories.length < spec.inputs.length) {
    // A single story's failure is already reported; an anthology would be missing stories, so it is not made.
    if (spec.anthology != null) {
      const missing = spec.inputs.filter((f) => !parsed.has(f));
      result.failures.push({ subject: spec.anthology, format: null, message: `anthology "${spec.anthology}" not built: ${missing.join(', ')} could not be read.`, internal: false });
    }
    return null;
  }
  const bound = bind(stories, { anthology: spec.anthology ?? null, editor: spec.editor ?? options.editor ?? null, series: spec.series ?? options.series ?? null, meta: spec.meta ?? {} });
  // The same story bound twice (alone and in an anthology) reports its binding once.
  const seen = new Set(result.diagnostics.map(formatDiagnostic));
  result.diagnostics.push(...bound.diagnostics.filter((d) => !seen.has(formatDiagnostic(d))));
  return bound.book;
}

/**
 * Builds books: parse each input, bind, render each format, and write
 * `outDir/<slug>.<ext>` atomically. One failing input or format never stops
 * the others; every failure is in the result, nothing is thrown for them.
 */
export async function build(options: Readonly<BuildOptions>): Promise<BuildResult> {
  const registry = options.registry ?? new RendererRegistry();
  const result: BuildResult = { outputs: [], failures: [], diagnostics: [] };
  const cover: CoverImage | null = options.cover ? await readCover(options.cover) : null;
  const covers = new Map<string, Promise<CoverImage>>();
  const parsed = await parseInputs(options.books, result);
  const templates = new Templates(options.templatesDir ?? null);
  const base: RenderOptions = { notes: options.notes ?? 'inline', embedFonts: options.embedFonts ?? false, cover, pageSize: options.pageSize ?? null, recto: options.recto ?? false, width: options.width ?? null, crlf: options.crlf ?? false };
  const taken = new Set<string>();
  for (const spec of options.books) {
    const book = bindSpec(spec, parsed, options, result);
    if (book === null) continue;
    const slug = bookSlug(book.meta.title, fileStem(spec.inputs[0] ?? 'book'), taken);
    taken.add(slug);
    let bookCover = cover;
    if (spec.cover) {
      if (!covers.has(spec.cover)) covers.set(spec.cover, readCover(spec.cover));
      try {
        bookCover = await covers.get(spec.cover)!;
      } catch (error) {
        result.failures.push(failure(spec.cover, null, error));
        continue;
      }
    }
    const context: RenderContext = {
      options: { ...base, notes: spec.notes ?? base.notes, pageSize: spec.pageSize ?? base.pageSize, cover: bookCover },
      templates,
      sourceDateEpoch: options.sourceDateEpoch ?? null,
      report: (d) => result.diagnostics.push(d),
    };
    for (const format of options.formats ?? spec.formats ?? registry.names()) {
      const renderer = await registry.get(format);
      const path = join(options.outDir, `${slug}.${renderer.extension}`);
      try {
        const data = await renderer.render(book, context);
        await writeAtomic(path, data);
        const output = { title: book.meta.title, format: renderer.name, path, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength };
        result.outputs.push(output);
        options.onOutput?.(output);
      } catch (error) {
        result.failures.push(failure(path, renderer.name, error));
      }
    }
  }
  return result;
}
