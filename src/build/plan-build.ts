import { dirname, isAbsolute, resolve } from 'node:path';
import type { Series } from '../book.js';
import { UsageError } from '../errors.js';
import { registryWith, type RendererModule } from '../render/load-renderer.js';
import { loadTheme, type Theme } from '../render/pdf/theme.js';
import { trimSize } from '../render/pdf/trim-size.js';
import type { RendererRegistry } from '../render/registry.js';
import type { NotesMode } from '../render/renderer.js';
import { BUILT_IN_TEMPLATES, Templates } from '../render/templates.js';
import type { BookSpec, BuildOptions } from './build.js';
import { checkShard, inShard, type Shard } from './shard.js';
import { resolvePrint, type PrintSettings } from '../print/print-options.js';
import { builtInSections, checkSection, mergeSections, sectionSchema, type SectionLayer, type Sections } from './renderer-options.js';

/**
 * A build's settings as the command line gives them (`quire build --notes
 * end` is `{ notes: 'end' }`). Each one given wins over quire.yaml's value
 * for every book; each one left out leaves quire.yaml's, else the default.
 */
export interface BuildFlags {
  formats?: readonly string[];
  /** The output folder (default: quire.yaml's `out`, else `dist`). */
  out?: string;
  /** Files only: bind them all into one book with this title. */
  anthology?: string;
  editor?: string;
  notes?: NotesMode;
  pageSize?: string;
  /** Imposition and print-on-demand settings, laid over each book's own (see print/print-options.ts). */
  print?: PrintSettings;
  recto?: boolean;
  /** Plain text: columns, 0 for a paragraph per line. */
  width?: number;
  crlf?: boolean;
  typography?: boolean;
  ascii?: boolean;
  cover?: string;
  embedFonts?: boolean;
  series?: string;
  seriesIndex?: number;
  /** A folder of templates that replace quire's own file by file. */
  templates?: string;
  /** Renderers' own options by section, keys as in quire.yaml (`{ html: { theme: 'dark' } }`): over quire.yaml's, like the flags above. */
  options?: Sections;
  /** Third-party renderer modules, by path (relative to the working folder) or package name. */
  renderers?: readonly string[];
  shard?: Shard;
  /** Worker threads (default 1). */
  jobs?: number;
  sourceDateEpoch?: number;
}

/** Manuscript files, one book each (or one anthology with `flags.anthology`), or the books a quire.yaml describes. */
export type BuildSource = { files: readonly string[] } | { config: string };

export interface BuildPlan {
  /** What to hand `build()`: every book of the batch with its settings, every name checked, the renderers loaded once. */
  options: BuildOptions & { registry: RendererRegistry; outDir: string };
  /** The files whose change changes the books of this slice: inputs, config, templates, renderer modules (`--watch`). */
  watched: string[];
  /** Files this slice writes when nothing fails: each book times its formats. */
  outputs: number;
}

const NOTES: readonly NotesMode[] = ['inline', 'end', 'omit'];

/** Format names as a person types them: `EPUB, pdf` is `epub`, `pdf`. */
const formatNames = (names: readonly string[]): string[] => [...new Set(names.map((f) => f.trim().toLowerCase()).filter(Boolean))];

function whole(value: number | undefined, flag: string, what: string, least = 0): void {
  if (value !== undefined && (!Number.isSafeInteger(value) || value < least)) throw new UsageError(`--${flag} must be ${what}, not "${value}"`);
}

/** Checks the flags a library caller could get wrong in ways a type does not catch. */
function checkFlags(flags: Readonly<BuildFlags>): void {
  if (flags.notes !== undefined && !NOTES.includes(flags.notes)) throw new UsageError(`--notes must be one of ${NOTES.join(', ')}, not "${flags.notes}"`);
  whole(flags.width, 'width', 'a whole number of columns (0 for no wrapping)');
  whole(flags.jobs, 'jobs', 'a whole number of worker threads', 1);
  whole(flags.sourceDateEpoch, 'source-date-epoch', 'a whole number of seconds since 1970');
  if (flags.seriesIndex !== undefined && !(Number.isFinite(flags.seriesIndex) && flags.seriesIndex >= 0)) throw new UsageError(`--series-index must be a number, not "${flags.seriesIndex}"`);
  if (flags.shard) checkShard(flags.shard);
}

interface Described {
  books: BookSpec[];
  out: string | null;
  renderers: RendererModule[];
  /** Checks every name quire.yaml gives against the registry and the theme, with its line. */
  check(registry: RendererRegistry, theme: () => Theme): void;
  /** The renderers' sections of each book as layers, lowest first, each naming where its keys were written. */
  layers(section: string, book: number): SectionLayer[];
  /** Where a section was named, for a section no renderer reads. */
  sectionAt(section: string, book: number): string;
}

/** The books a quire.yaml describes. Loaded only for config builds: yaml, zod and the glob library are not needed to build named files. */
async function fromConfig(file: string): Promise<Described> {
  const [{ loadConfig, configLine, configKeyLine }, { configBooks, configOut }] = await Promise.all([import('../config/load-config.js'), import('../config/config-books.js')]);
  const config = await loadConfig(file);
  const at = (path: readonly PropertyKey[]): string => `${file}:${configLine(config, path)}: `;
  const books = (await configBooks(config, file)).map((b) => (b.formats || !config.formats ? b : { ...b, formats: formatNames(config.formats) }));
  return {
    books: books.map((b) => (b.formats ? { ...b, formats: formatNames(b.formats) } : b)),
    out: configOut(config, file),
    renderers: (config.renderers ?? []).map((spec) => ({ spec, base: dirname(resolve(file)) })),
    layers(section, i) {
      const layer = (path: readonly PropertyKey[], values: Record<string, unknown> | undefined): SectionLayer[] =>
        values ? [{ values, at: (key) => `${at([...path, ...key])}${[...path, ...key].map(String).join('.')}: ` }] : [];
      return [...layer([section], config.sections?.[section]), ...layer(['books', i, section], config.books[i]?.sections?.[section])];
    },
    sectionAt(section, i) {
      const keyAt = (path: readonly PropertyKey[]): string => `${file}:${configKeyLine(config, path)}: ${path.map(String).join('.')}: `;
      return config.books[i]?.sections?.[section] ? keyAt(['books', i, section]) : keyAt([section]);
    },
    check(registry, theme) {
      if (config.formats) registry.check(formatNames(config.formats), `${at(['formats'])}formats: `);
      config.books.forEach((b, i) => {
        if (b.formats) registry.check(formatNames(b.formats), `${at(['books', i, 'formats'])}books.${i}.formats: `);
        if (b['page-size']) checkTrimSize(theme(), b['page-size'], `${at(['books', i, 'page-size'])}books.${i}.page-size: `);
      });
    },
  };
}

function fromFiles(files: readonly string[], flags: Readonly<BuildFlags>): Described {
  const books: BookSpec[] = flags.anthology ? [{ inputs: [...files], anthology: flags.anthology }] : files.map((f) => ({ inputs: [f] }));
  return { books, out: null, renderers: [], check: () => undefined, layers: () => [], sectionAt: () => '' };
}

/** A book's settings with the flags given laid over them. A `--cover` replaces the book's own, and is read once for all (`BuildOptions.cover`). */
function withFlags(book: BookSpec, flags: Readonly<BuildFlags>, sections: Sections | null, formats: string[] | null, series: Series | null): BookSpec {
  const { cover, coverSource, ...rest } = book;
  return {
    ...rest,
    ...(cover !== undefined && !flags.cover ? { cover, ...(coverSource !== undefined ? { coverSource } : {}) } : {}),
    ...(formats ? { formats } : {}),
    ...(flags.notes ? { notes: flags.notes } : {}),
    ...(book.options || sections ? { options: mergeSections(book.options, sections ?? undefined) } : {}),
    ...(flags.print ? { print: { ...book.print, ...flags.print } } : {}),
    ...(flags.editor ? { editor: flags.editor } : {}),
    ...(series ? { series } : {}),
  };
}

const isPath = (spec: string): boolean => spec.startsWith('.') || isAbsolute(spec);

/**
 * Turns files or a quire.yaml, and the build's flags, into the options of
 * one `build()` call: the books (quire.yaml's `formats:` as each book's
 * default, the flags laid over every book), the output folder, and one
 * renderer registry with the third-party renderers loaded once. Every format
 * name, page size and flag value is checked here, before anything is read
 * or written: a wrong one is a `UsageError` (with `quire.yaml:LINE: ` when
 * the config gave it).
 */
export async function planBuild(source: BuildSource, flags: Readonly<BuildFlags> = {}): Promise<BuildPlan> {
  checkFlags(flags);
  if ('config' in source && flags.anthology) throw new UsageError('--anthology binds the files named; in quire.yaml, give a book a title and several stories');
  const described = 'config' in source ? await fromConfig(source.config) : fromFiles(source.files, flags);
  const modules = [...described.renderers, ...(flags.renderers ?? []).map((spec) => ({ spec, base: process.cwd() }))];
  const registry = await registryWith(modules);
  let theme: Theme | null = null;
  const themeOf = (): Theme => (theme ??= loadTheme(new Templates(flags.templates ?? null)));
  const formats = flags.formats ? formatNames(flags.formats) : null;
  if (formats) registry.check(formats);
  if (flags.pageSize) checkTrimSize(themeOf(), flags.pageSize, '--page-size: ');
  // A misspelt print setting is a usage error before any input is read.
  if (flags.print) resolvePrint(flags.print, flags.pageSize ?? null);
  described.check(registry, themeOf);
  const series = flags.series ? { name: flags.series, position: flags.seriesIndex ?? null } : null;
  const sections = flagSections(flags);
  await checkSections(described, registry, themeOf, sections);
  const books = described.books.map((b) => withFlags(b, flags, sections, formats, series));
  const slice = books.filter((_, i) => inShard(i, flags.shard));
  const moduleFiles = modules.filter((m) => isPath(m.spec)).map((m) => resolve(m.base, m.spec));
  const configFile = 'config' in source ? [source.config] : [];
  return {
    options: {
      books,
      outDir: flags.out ?? described.out ?? 'dist',
      registry,
      shard: flags.shard ?? null,
      cover: flags.cover ?? null,
      typography: flags.typography ?? true,
      templatesDir: flags.templates ?? null,
      sourceDateEpoch: flags.sourceDateEpoch ?? null,
      workers: flags.jobs ?? 1,
      protect: [...configFile, ...moduleFiles],
    },
    watched: [...new Set(slice.flatMap((b) => b.inputs)), ...configFile, flags.templates ?? BUILT_IN_TEMPLATES, ...moduleFiles],
    outputs: slice.reduce((n, b) => n + (b.formats ?? registry.defaults()).length + (b.print?.impose ? 1 : 0) + (b.print?.calibration ? 1 : 0), 0),
  };
}

/** A preset or custom trim size (see trim-size.ts), its refusal prefixed with where the name was written. */
function checkTrimSize(theme: Theme, name: string, where: string): void {
  try {
    trimSize(theme, name);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`${where}${error.message}`);
    throw error;
  }
}

/** The flags that set a built-in renderer's options, as the sections they belong to (`--width 60` is `txt: { width: 60 }`), with the library's `options`. */
function flagSections(flags: Readonly<BuildFlags>): Sections | null {
  const merged = mergeSections(builtInSections(flags), flags.options);
  return Object.keys(merged).length > 0 ? merged : null;
}

/** A flag's name for a key of a built-in renderer's section. */
const FLAG_OF: Readonly<Record<string, string>> = { 'embed-fonts': '--embed-fonts', 'page-size': '--page-size', recto: '--recto', width: '--width', crlf: '--crlf', ascii: '--ascii' };

/**
 * Checks every renderer section quire.yaml and the flags give, for every
 * book, with the renderer's schema: a wrong value or key is a `UsageError`
 * naming `quire.yaml:LINE` (or the flag), a section no renderer reads too.
 */
async function checkSections(described: Described, registry: RendererRegistry, theme: () => Theme, flags: Sections | null): Promise<void> {
  for (const [i, book] of described.books.entries()) {
    for (const name of Object.keys(mergeSections(book.options, flags ?? undefined))) {
      const schema = await sectionSchema(registry, name, described.sectionAt(name, i));
      const fromFlags = flags?.[name];
      const layers = [...described.layers(name, i), ...(fromFlags ? [{ values: fromFlags, at: (path: readonly PropertyKey[]) => `${FLAG_OF[String(path[0])] ?? [name, ...path].map(String).join('.')}: ` }] : [])];
      if (schema) await checkSection(schema, name, layers);
      const size = layers.findLast((l) => typeof l.values['page-size'] === 'string');
      if (name === 'pdf' && size) checkTrimSize(theme(), size.values['page-size'] as string, size.at(['page-size']));
    }
  }
}
