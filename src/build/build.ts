import { bind, type BindOptions } from '../bind/bind.js';
import { applyOverrides, type StoryOverrides } from '../bind/overrides.js';
import { fileStem } from '../bind/story-meta.js';
import type { Book, Series } from '../book.js';
import { formatDiagnostic } from '../diagnostics.js';
import type { Diagnostic, Manuscript } from '../model.js';
import { parseFile } from '../parse-file.js';
import type { StructureLevers } from '../parse/levers.js';
import { typography } from '../transform/typography.js';
import { RendererRegistry } from '../render/registry.js';
import { registryWith, type RendererModule } from '../render/load-renderer.js';
import type { CoverImage, NotesMode } from '../render/renderer.js';
import { resolvePrint, type PrintOptions, type PrintSettings } from '../print/print-options.js';
import { Templates } from '../render/templates.js';
import { loadTheme } from '../render/pdf/theme.js';
import { trimSize } from '../render/pdf/trim-size.js';
import { protectedPaths } from './protected-paths.js';
import { readCover } from './read-cover.js';
import { failure, runJob, type BookReport, type BuildFailure, type BuildOutput, type JobEnv, type JobResult, type RenderJob } from './render-job.js';
import { checkShard, inShard, type Shard } from './shard.js';
import { bookSlug } from './slug.js';
import { WorkerPool } from './worker-pool.js';
import { builtInSections, mergeSections, rendererOptions, type Sections } from './renderer-options.js';

export type { BookReport, BuildFailure, BuildOutput } from './render-job.js';

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
  /** Renderers' own options by section (`pdf`, `epub`, `txt`, a third-party renderer's name), keys as in quire.yaml; they win over the build's. */
  options?: Sections;
  /** Print settings of this book; each one given replaces the build's. */
  print?: PrintSettings;
  cover?: string | null;
  /** Where the cover was named (`quire.yaml:12`), for messages about it. */
  coverSource?: string;
}

export interface BuildOptions {
  books: BookSpec[];
  /** Format names for every book; when omitted, each book's own, else all the registry's formats. */
  formats?: string[];
  outDir: string;
  notes?: NotesMode;
  embedFonts?: boolean;
  /** Trim size for paged formats: a preset (`A5`, the default; `A4`, `Letter`, `6x9`, `5x8`, `B-format`, `A6`, `pocket`…) or `140x216mm`, `5.5x8.5in`. */
  pageSize?: string | null;
  /** Open every chapter on a right-hand page (PDF). */
  recto?: boolean;
  /** Imposition for hand binding, bleed and crop marks, cover paper: see `PrintSettings`. */
  print?: PrintSettings;
  /** Plain text: wrap width in columns, 0 for a paragraph per line (default 72). */
  width?: number | null;
  /** Plain text: CRLF line endings. */
  crlf?: boolean;
  /** Curly quotes, dashes and ellipses (default true). */
  typography?: boolean;
  /** Plain text: fold typography back to ASCII. */
  ascii?: boolean;
  /** Renderers' own options for every book, by section, keys as in quire.yaml (`{ txt: { width: 60 } }`); over the settings above, under each book's. */
  options?: Sections;
  /** Path of a cover image for every book built. */
  cover?: string | null;
  editor?: string | null;
  series?: Series | null;
  /** A folder of template files that take precedence over quire's own. */
  templatesDir?: string | null;
  /** Seconds since the epoch; fixes every date in the output. */
  sourceDateEpoch?: number | null;
  /** Third-party renderer modules, loaded when no `registry` is given. */
  rendererModules?: RendererModule[];
  /**
   * The renderers to build with (`planBuild` loads one). Worker threads load
   * the modules its renderers came from; with a renderer registered in code,
   * the build runs on this thread only.
   */
  registry?: RendererRegistry;
  /**
   * Build only this slice of `books` (see `Shard`). The other books are still
   * read and bound, silently, so each book gets the file name it would get in
   * the whole batch: slices built on different machines never clash.
   */
  shard?: Shard | null;
  /** Worker threads for rendering books in parallel (default 1: this thread). */
  workers?: number;
  /** Files besides the inputs, cover and templates that no output may replace (the config read, say). */
  protect?: string[];
  /** Called as each file is written. */
  onOutput?: (output: BuildOutput) => void;
}

export interface BuildResult {
  outputs: BuildOutput[];
  failures: BuildFailure[];
  diagnostics: Diagnostic[];
  /** One line per book made, in the order of `books`, for the summary. */
  books: BookReport[];
}

/** Parses each distinct input once, however many books use it, and sets its typography unless asked not to. */
async function parseInputs(specs: readonly BookSpec[], typeset: boolean, result: BuildResult): Promise<Map<string, Manuscript>> {
  const parsed = new Map<string, Manuscript>();
  // A story's structure levers, from the first book that gives them: each input is parsed once.
  const levers = new Map<string, StructureLevers>();
  for (const s of specs) for (const f of s.inputs) if (s.overrides?.[f]?.structure && !levers.has(f)) levers.set(f, s.overrides[f].structure);
  // A story's language from quire.yaml picks its quote marks, as it picks the book's words at bind time.
  const languages = new Map<string, string>();
  for (const s of specs) for (const f of s.inputs) if (s.overrides?.[f]?.language && !languages.has(f)) languages.set(f, s.overrides[f].language);
  for (const file of new Set(specs.flatMap((s) => s.inputs))) {
    try {
      const m = await parseFile(file, levers.get(file));
      result.diagnostics.push(...m.diagnostics);
      if (typeset) {
        const t = typography(m, languages.get(file) ?? m.meta.language);
        parsed.set(file, t.manuscript);
        result.diagnostics.push(...t.diagnostics);
      } else parsed.set(file, m);
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

/** The cover a book asks for in its spec, else the build's, read once per file. */
async function coverFor(spec: BookSpec, fallback: CoverImage | null, covers: Map<string, Promise<CoverImage>>): Promise<CoverImage | null> {
  if (!spec.cover) return fallback;
  if (!covers.has(spec.cover)) covers.set(spec.cover, readCover(spec.cover, spec.coverSource ?? null));
  return covers.get(spec.cover)!;
}

/**
 * Builds books: parse each input once, bind, render each format, and write
 * `outDir/<slug>.<ext>` atomically, on worker threads when `workers` > 1.
 * One failing input or format never stops the others; every failure is in
 * the result, nothing is thrown for them.
 */
export async function build(options: Readonly<BuildOptions>): Promise<BuildResult> {
  if (options.shard) checkShard(options.shard);
  const registry = options.registry ?? (await registryWith(options.rendererModules ?? []));
  // A wrong format name is the caller's mistake, found before anything is read.
  registry.check(options.formats ?? []);
  for (const b of options.books) registry.check(b.formats ?? []);
  const modules = registry.modules();
  const guard = await protectedPaths([
    ...options.books.flatMap((b) => [...b.inputs, b.cover]),
    options.cover,
    options.templatesDir,
    ...(options.protect ?? []),
  ]);
  const env: JobEnv = { outDir: options.outDir, templatesDir: options.templatesDir ?? null, sourceDateEpoch: options.sourceDateEpoch ?? null, guard };
  const books = options.books.filter((_, i) => inShard(i, options.shard)).length;
  const workers = modules === null ? 1 : Math.min(Math.max(1, options.workers ?? 1), books);
  // Started first, so the threads load their modules while this one parses.
  const pool = workers > 1 ? new WorkerPool(workers, env, modules ?? []) : null;
  try {
    return await buildBooks(options, registry, env, pool);
  } catch (error) {
    // Worker threads would keep the process alive after a failure the build could not record.
    await pool?.close();
    throw error;
  }
}

async function buildBooks(options: Readonly<BuildOptions>, registry: RendererRegistry, env: JobEnv, pool: WorkerPool | null): Promise<BuildResult> {
  const result: BuildResult = { outputs: [], failures: [], diagnostics: [], books: [] };
  // Checked before any input is read: a misspelt print option is a usage error, not a failed book.
  resolvePrint(options.print ?? {}, options.pageSize ?? null);
  const cover = options.cover ? await readCover(options.cover) : null;
  const covers = new Map<string, Promise<CoverImage>>();
  const parsed = await parseInputs(options.books, options.typography ?? true, result);
  // What is said about another slice's inputs is that slice's to say.
  const mine = new Set(options.books.filter((_, i) => inShard(i, options.shard)).flatMap((b) => b.inputs));
  result.diagnostics = result.diagnostics.filter((d) => mine.has(d.file));
  result.failures = result.failures.filter((f) => mine.has(f.subject));
  const notes = options.notes ?? 'inline';
  // The flat settings of BuildOptions are the lowest layer of each renderer's section.
  const settings = mergeSections(builtInSections(options), options.options);
  const jobs: RenderJob[] = [];
  const taken = new Set<string>();
  for (const [position, spec] of options.books.entries()) {
    const ours = inShard(position, options.shard);
    const book = bindSpec(spec, parsed, options, ours ? result : { outputs: [], failures: [], diagnostics: [], books: [] });
    if (book === null) continue;
    const slug = bookSlug(book.meta.title, fileStem(spec.inputs[0] ?? 'book'), taken);
    taken.add(slug);
    if (!ours) continue;
    let bookCover: CoverImage | null;
    try {
      bookCover = await coverFor(spec, cover, covers);
    } catch (error) {
      result.failures.push(failure(spec.coverSource ?? spec.cover ?? '', null, error));
      continue;
    }
    const sections = mergeSections(settings, spec.pageSize ? { pdf: { 'page-size': spec.pageSize } } : undefined, spec.options);
    const pageSize = typeof sections.pdf?.['page-size'] === 'string' ? sections.pdf['page-size'] : null;
    const print = resolvePrint({ ...options.print, ...spec.print }, pageSize);
    const formats = withPrintFormats(options.formats ?? spec.formats ?? registry.defaults(), print);
    registry.check(formats);
    const own: Record<string, Record<string, unknown>> = {};
    for (const format of formats) own[format] = await rendererOptions(registry, format, sections);
    jobs.push({ book, slug, formats, options: { notes: spec.notes ?? notes, cover: bookCover, print }, own, pageSize });
  }
  checkPageSizes(jobs, env);
  const onOutput = (o: BuildOutput): void => options.onOutput?.(o);
  let results: JobResult[];
  if (pool !== null && jobs.length > 1) results = await pool.run(jobs, onOutput);
  else {
    await pool?.close();
    const templates = new Templates(env.templatesDir);
    results = [];
    for (const job of jobs) results.push(await runJob(job, env, registry, templates, onOutput));
  }
  const seen = new Set(result.diagnostics.map(formatDiagnostic));
  for (const r of results) {
    result.outputs.push(...r.outputs);
    result.failures.push(...r.failures);
    // A story in two books (alone and in an anthology) reports a rendering problem once.
    for (const d of r.diagnostics) if (!seen.has(formatDiagnostic(d)) && seen.add(formatDiagnostic(d))) result.diagnostics.push(d);
  }
  results.forEach((r, i) => {
    const files = new Set(jobs[i]!.book.stories.map((s) => s.file));
    result.books.push({ ...r.report, warnings: result.diagnostics.filter((d) => d.severity !== 'info' && (files.has(d.file) || files.has(d.file.replace(/\.epub\/.*$/i, '.epub')))).length });
  });
  return result;
}

/** `--impose` and `--calibration` ask for their files whatever the formats named. */
function withPrintFormats(formats: readonly string[], print: PrintOptions): string[] {
  const extra = [...(print.impose ? ['imposed'] : []), ...(print.calibration ? ['calibration'] : [])];
  return [...formats, ...extra.filter((f) => !formats.includes(f))];
}

/** A page size no template knows is a usage error before anything is rendered, not a failure of every PDF. */
function checkPageSizes(jobs: readonly RenderJob[], env: JobEnv): void {
  const sizes = new Set(jobs.map((j) => j.pageSize).filter((s) => s !== null));
  if (sizes.size === 0) return;
  const theme = loadTheme(new Templates(env.templatesDir));
  for (const size of sizes) trimSize(theme, size);
}
