import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type BookSpec, type BuildResult } from '../build/build.js';
import { formatDiagnostic } from '../diagnostics.js';
import { RendererRegistry } from '../render/registry.js';
import type { NotesMode } from '../render/renderer.js';
import type { Io } from './io.js';

export interface BuildCommandOptions {
  format?: string;
  out: string;
  anthology?: string;
  editor?: string;
  notes: NotesMode;
  cover?: string;
  pageSize: string;
  recto?: boolean;
  width?: string;
  crlf?: boolean;
  embedFonts?: boolean;
  series?: string;
  seriesIndex?: string;
  templates?: string;
  verbose?: boolean;
}

/** A mistake in how quire was called: reported with exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const SEEDS_DIR = 'seeds';
export const SAMPLE_ANTHOLOGY = 'Seed Stories';

/** With no files, the sample books: each seed alone, and all of them as one anthology. */
async function sampleBooks(): Promise<BookSpec[]> {
  let names: string[];
  try {
    names = (await readdir(SEEDS_DIR)).filter((n) => n.endsWith('.txt')).sort();
  } catch {
    names = [];
  }
  if (names.length === 0) throw new UsageError('no manuscripts named and no seeds/ folder here; name the files to build, e.g. `quire build story.txt`');
  const seeds = names.map((n) => join(SEEDS_DIR, n));
  return [...seeds.map((f) => ({ inputs: [f] })), { inputs: seeds, anthology: SAMPLE_ANTHOLOGY }];
}

function parseFormats(value: string | undefined, registry: RendererRegistry): string[] {
  if (value === undefined) return registry.names();
  const formats = [...new Set(value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean))];
  const unknown = formats.filter((f) => !registry.has(f));
  if (unknown.length > 0) {
    throw new UsageError(`format ${unknown.map((f) => `"${f}"`).join(', ')} is not available in this version of quire; it can make: ${registry.names().join(', ')}`);
  }
  return formats;
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

function textWidth(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value)) throw new UsageError(`--width must be a whole number of columns (0 for no wrapping), not "${value}"`);
  return Number(value);
}

function report(result: BuildResult, verbose: boolean, io: Io): void {
  for (const d of result.diagnostics) if (verbose || d.severity !== 'info') io.err(`${formatDiagnostic(d)}\n`);
  for (const f of result.failures) io.err(`quire: ${f.message}\n`);
  const failed = result.failures.length;
  io.err(`${result.outputs.length} ${result.outputs.length === 1 ? 'file' : 'files'} written${failed ? `, ${failed} failed` : ''}\n`);
}

/** `quire build [FILES…]`: exit 0 when every book was made, 1 when any input or format failed, 70 on a bug. */
export async function buildCommand(files: readonly string[], options: Readonly<BuildCommandOptions>, io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const registry = new RendererRegistry();
  const formats = parseFormats(options.format, registry);
  const books: BookSpec[] =
    files.length === 0 ? await sampleBooks() : options.anthology ? [{ inputs: [...files], anthology: options.anthology }] : files.map((f) => ({ inputs: [f] }));
  const result = await build({
    books,
    formats,
    outDir: options.out,
    notes: options.notes,
    embedFonts: options.embedFonts === true,
    pageSize: options.pageSize,
    recto: options.recto === true,
    width: textWidth(options.width),
    crlf: options.crlf === true,
    cover: options.cover ?? null,
    editor: options.editor ?? null,
    series: options.series ? { name: options.series, position: seriesIndex(options.seriesIndex) } : null,
    templatesDir: options.templates ?? null,
    sourceDateEpoch: sourceDateEpoch(env),
    registry,
    onOutput: (o) => io.out(`${o.path}  ${o.format}  ${Math.ceil(o.bytes / 1024)} KB\n`),
  });
  report(result, options.verbose === true, io);
  if (result.failures.some((f) => f.internal)) return 70;
  return result.failures.length > 0 ? 1 : 0;
}
