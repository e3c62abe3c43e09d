import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, resolve } from 'node:path';
import { build, type BookSpec, type BuildResult } from '../build/build.js';
import { UsageError } from '../errors.js';
import { removePartialFiles } from '../build/write-atomic.js';
import { formatDiagnostic } from '../diagnostics.js';
import { registryWith } from '../render/load-renderer.js';
import type { RendererRegistry } from '../render/registry.js';
import { BUILT_IN_TEMPLATES } from '../render/templates.js';
import type { NotesMode } from '../render/renderer.js';
import { formatSummary } from './build-summary.js';
import type { Io } from './io.js';
import { startProgress } from './progress.js';
import type { BuildRun } from './watch-build.js';

export interface BuildCommandOptions {
  format?: string;
  out?: string;
  config?: string;
  anthology?: string;
  editor?: string;
  notes: NotesMode;
  cover?: string;
  pageSize?: string;
  impose?: string;
  sheet?: string;
  signature?: string;
  duplex?: string;
  flyleaves?: string;
  creep?: string;
  calibration?: boolean;
  bleed?: string;
  cropMarks?: boolean;
  paper?: string;
  recto?: boolean;
  width?: string;
  crlf?: boolean;
  embedFonts?: boolean;
  series?: string;
  seriesIndex?: string;
  templates?: string;
  verbose?: boolean;
  renderer?: string[];
  strict?: boolean;
  quiet?: boolean;
  jobs?: string;
  watch?: boolean;
  typography: boolean;
  ascii?: boolean;
}


const CONFIG_FILE = 'quire.yaml';

interface Plan {
  books: BookSpec[];
  out: string | null;
  /** Third-party renderers the config names, with the folder their paths are relative to. */
  renderers: { spec: string; base: string }[];
}

/** Without files, the books quire.yaml describes (with `formats:` at its top as every book's default). */
async function configPlan(file: string | undefined): Promise<Plan> {
  const path = file ?? CONFIG_FILE;
  if (file === undefined && !existsSync(path)) {
    throw new UsageError('no manuscripts named and no quire.yaml here; name the files to build (`quire build story.txt`) or write a config (`quire init`)');
  }
  // Loaded only for config builds: yaml, zod and the glob library are not needed to build named files.
  const [{ loadConfig }, { configBooks, configOut }] = await Promise.all([import('../config/load-config.js'), import('../config/config-books.js')]);
  const config = await loadConfig(path);
  const books = (await configBooks(config, path)).map((b) => (b.formats || !config.formats ? b : { ...b, formats: config.formats }));
  return { books, out: configOut(config, path), renderers: (config.renderers ?? []).map((spec) => ({ spec, base: dirname(resolve(path)) })) };
}

function parseFormats(value: string | undefined, registry: RendererRegistry): string[] | null {
  if (value === undefined) return null;
  const formats = [...new Set(value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean))];
  checkFormats(formats, registry);
  return formats;
}

function checkFormats(formats: readonly string[], registry: RendererRegistry): void {
  const unknown = formats.filter((f) => !registry.has(f));
  if (unknown.length > 0) {
    throw new UsageError(`format ${unknown.map((f) => `"${f}"`).join(', ')} is not available in this version of quire; it can make: ${registry.names().join(', ')}`);
  }
}

function sourceDateEpoch(env: NodeJS.ProcessEnv): number | null {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return null;
  if (!/^\d+$/.test(value)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not "${value}"`);
  return Number(value);
}

function seriesIndex(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--series-index must be a number, not "${value}"`);
  return n;
}

/** `--jobs N`, else one worker thread per core. */
function jobCount(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--jobs must be a whole number of worker threads, not "${value}"`);
  return Number(value);
}

function textWidth(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value)) throw new UsageError(`--width must be a whole number of columns (0 for no wrapping), not "${value}"`);
  return Number(value);
}

function report(result: BuildResult, verbose: boolean, io: Io): void {
  for (const d of result.diagnostics) if (verbose || d.severity !== 'info') io.err(`${formatDiagnostic(d)}\n`);
  for (const o of result.outputs) if (o.note) io.err(`${o.path}: ${o.note}\n`);
  for (const f of result.failures) io.err(`quire: ${f.message}\n`);
  const failed = result.failures.length;
  io.err(`${result.outputs.length} ${result.outputs.length === 1 ? 'file' : 'files'} written${failed ? `, ${failed} failed` : ''}\n`);
}

/** `quire build [FILES…]`: exit 0 when every book was made, 1 when any input or format failed, 70 on a bug. */
export async function buildCommand(files: readonly string[], options: Readonly<BuildCommandOptions>, io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // The output folder, known once the build has read its config: where Ctrl-C looks for unfinished files.
  const target = { outDir: options.out ?? 'dist' };
  const once = (): Promise<BuildRun> => buildOnce(files, options, io, env, target);
  if (options.watch === true) {
    const { watchBuild } = await import('./watch-build.js');
    return watchBuild(await once(), once, io);
  }
  // Ctrl-C mid-build: remove the temporary files being written, so no half book is left, and stop.
  const interrupt = (): void => {
    io.err('quire: interrupted; removing unfinished files\n');
    void removePartialFiles(target.outDir).then(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  try {
    return (await once()).code;
  } finally {
    process.off('SIGINT', interrupt);
  }
}

async function buildOnce(files: readonly string[], options: Readonly<BuildCommandOptions>, io: Io, env: NodeJS.ProcessEnv, target: { outDir: string }): Promise<BuildRun> {
  const plan: Plan =
    files.length === 0
      ? await configPlan(options.config)
      : { books: options.anthology ? [{ inputs: [...files], anthology: options.anthology }] : files.map((f) => ({ inputs: [f] })), out: null, renderers: [] };
  target.outDir = options.out ?? plan.out ?? 'dist';
  const modules = [...plan.renderers, ...(options.renderer ?? []).map((spec) => ({ spec, base: process.cwd() }))];
  const registry = await registryWith(modules);
  const formats = parseFormats(options.format, registry);
  for (const b of plan.books) checkFormats(b.formats ?? [], registry);
  const printFiles = (options.impose ? 1 : 0) + (options.calibration ? 1 : 0);
  const total = plan.books.reduce((n, b) => n + (formats ?? b.formats ?? registry.defaults()).length + printFiles, 0);
  const progress = startProgress(total, options.quiet !== true && io.isTTY === true);
  const moduleFiles = modules.filter((m) => m.spec.startsWith('.') || isAbsolute(m.spec)).map((m) => resolve(m.base, m.spec));
  const configFile = files.length === 0 ? [options.config ?? CONFIG_FILE] : [];
  const result = await build({
    books: plan.books,
    ...(formats ? { formats } : {}),
    outDir: target.outDir,
    notes: options.notes,
    embedFonts: options.embedFonts === true,
    pageSize: options.pageSize ?? null,
    print: {
      impose: options.impose ?? null,
      sheet: options.sheet ?? null,
      signature: options.signature ?? null,
      duplex: options.duplex ?? null,
      flyleaves: options.flyleaves ?? null,
      creep: options.creep ?? null,
      calibration: options.calibration === true,
      bleed: options.bleed ?? null,
      cropMarks: options.cropMarks === true,
      paper: options.paper ?? null,
    },
    recto: options.recto === true,
    width: textWidth(options.width),
    crlf: options.crlf === true,
    typography: options.typography,
    ascii: options.ascii === true,
    cover: options.cover ?? null,
    editor: options.editor ?? null,
    series: options.series ? { name: options.series, position: seriesIndex(options.seriesIndex) } : null,
    templatesDir: options.templates ?? null,
    sourceDateEpoch: sourceDateEpoch(env),
    rendererModules: modules,
    workers: jobCount(options.jobs),
    protect: [...configFile, ...moduleFiles],
    onOutput: (o) => {
      progress.tick();
      if (!progress.live) io.out(`${o.path}  ${o.format}  ${Math.ceil(o.bytes / 1024)} KB\n`);
    },
  });
  progress.stop();
  if (options.quiet !== true) io.err(formatSummary(result.books));
  report(result, options.verbose === true, io);
  const watched = [
    ...plan.books.flatMap((b) => b.inputs),
    ...configFile,
    options.templates ?? BUILT_IN_TEMPLATES,
    ...moduleFiles,
  ];
  return { code: exitCode(result, options.strict === true, io), watched, outDir: target.outDir };
}

function exitCode(result: BuildResult, strict: boolean, io: Io): number {
  if (result.failures.some((f) => f.internal)) return 70;
  if (result.failures.length > 0) return 1;
  if (strict && result.diagnostics.some((d) => d.severity !== 'info')) {
    io.err('quire: warnings with --strict; fix them or build without --strict\n');
    return 1;
  }
  return 0;
}
