import { join } from 'node:path';
import type { Book } from '../book.js';
import { InputError } from '../errors.js';
import type { Diagnostic } from '../model.js';
import type { RendererRegistry } from '../render/registry.js';
import { renderedFile, type CommonOptions, type RenderContext } from '../render/renderer.js';
import { storyWords } from '../render/story-stats.js';
import type { Templates } from '../render/templates.js';
import { clashWith, type ProtectedPaths } from './protected-paths.js';
import { writeAtomic } from './write-atomic.js';

/** One bound book and what to make of it: plain data, so it can be sent to a worker thread. */
export interface RenderJob {
  book: Book;
  slug: string;
  formats: string[];
  options: CommonOptions;
  /** Each format's own options, checked by its renderer's schema. */
  own: Record<string, Record<string, unknown>>;
  /** The PDF's trim size, for checking before anything is rendered. */
  pageSize: string | null;
}

export interface JobEnv {
  outDir: string;
  templatesDir: string | null;
  sourceDateEpoch: number | null;
  /** What this build reads, which no output may replace. */
  guard: ProtectedPaths;
}

export interface BuildOutput {
  title: string;
  format: string;
  path: string;
  bytes: number;
  /** What the renderer said about the file (an imposition's signatures and blanks). */
  note?: string;
}

export interface BuildFailure {
  /** The input file or output path the failure is about. */
  subject: string;
  format: string | null;
  message: string;
  /** An unexpected exception: a bug in quire or in a renderer. */
  internal: boolean;
}

/** A line of the build summary. */
export interface BookReport {
  title: string;
  formats: string[];
  /** Pages of the PDF (the last paged format's count), when one was made. */
  pages: number | null;
  bytes: number;
  words: number;
  /** Warnings about the book's stories, from reading, binding and rendering. */
  warnings: number;
  ms: number;
}

export interface JobResult {
  outputs: BuildOutput[];
  failures: BuildFailure[];
  diagnostics: Diagnostic[];
  report: BookReport;
}

export function failure(subject: string, format: string | null, error: unknown): BuildFailure {
  if (error instanceof InputError) return { subject, format, message: error.message, internal: false };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR' || code === 'ENOSPC') {
    return { subject, format, message: `${subject}: cannot be written (${code}); choose an output folder you can write to with --out.`, internal: false };
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { subject, format, message: `${subject}: the ${format ?? ''} renderer failed unexpectedly:\n${detail}`, internal: true };
}

/** Renders every format of one book and writes each file atomically; a failing format does not stop the others. */
export async function runJob(job: RenderJob, env: JobEnv, registry: RendererRegistry, templates: Templates, onOutput: (o: BuildOutput) => void): Promise<JobResult> {
  // process.hrtime, not performance.now(): the global `performance` loads Node's perf_hooks (~1.5 ms) on first use.
  const started = process.hrtime.bigint();
  const result: JobResult = {
    outputs: [],
    failures: [],
    diagnostics: [],
    report: { title: job.book.meta.title, formats: [], pages: null, bytes: 0, words: job.book.stories.reduce((n, s) => n + storyWords(s), 0), warnings: 0, ms: 0 },
  };
  let note: string | null = null;
  for (const format of job.formats) {
    const context: RenderContext = {
      options: { ...job.options, ...job.own[format] },
      templates,
      sourceDateEpoch: env.sourceDateEpoch,
      report: (d) => result.diagnostics.push(d),
      note: (text) => (note = text),
    };
    const renderer = await registry.get(format);
    const path = join(env.outDir, `${job.slug}${renderer.suffix ?? ''}.${renderer.extension}`);
    note = null;
    const input = clashWith(env.guard, path);
    if (input !== null) {
      const message = `${path}: not written, because it is the input ${input}; build into another folder (--out, or out: in quire.yaml) or give the book another title.`;
      result.failures.push({ subject: path, format: renderer.name, message, internal: false });
      continue;
    }
    try {
      const { data, stats } = renderedFile(await renderer.render(job.book, context));
      await writeAtomic(path, data);
      if (stats?.pages !== undefined) result.report.pages = stats.pages;
      const output: BuildOutput = { title: job.book.meta.title, format: renderer.name, path, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength, ...(note !== null ? { note } : {}) };
      result.outputs.push(output);
      result.report.formats.push(renderer.name);
      result.report.bytes += output.bytes;
      onOutput(output);
    } catch (error) {
      result.failures.push(failure(path, renderer.name, error));
    }
  }
  result.report.ms = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  return result;
}
