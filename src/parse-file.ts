import { stat } from 'node:fs/promises';
import { DiagnosticSink } from './diagnostics.js';
import type { Manuscript } from './model.js';
import { parseText, type ParseOptions } from './parse/index.js';
import { parseDirectory } from './parse/markdown/parse-directory.js';
import { readSource, type Source } from './read/read-source.js';

const MARKDOWN = /\.(md|markdown)$/i;

export const isMarkdown = (file: string): boolean => MARKDOWN.test(file);

export function parseOptions(source: Source, chapterFile = false): ParseOptions {
  return { file: source.file, encoding: source.encoding, sink: source.sink, chapterFile };
}

/** Markdown's parser (unified and remark, ~40 ms to load) is imported only when a Markdown file is read. */
async function parseSource(source: Source, chapterFile = false): Promise<Manuscript> {
  if (!isMarkdown(source.file)) return parseText(source.text, parseOptions(source, chapterFile));
  const { parseMarkdown } = await import('./parse/markdown/parse-markdown.js');
  return parseMarkdown(source.text, parseOptions(source, chapterFile));
}

/**
 * Reads and parses one manuscript file (`.txt`, or `.md` with YAML front
 * matter), or a folder of Markdown chapters as one book. Throws
 * `InputError` when it cannot be read.
 */
export async function parseFile(file: string): Promise<Manuscript> {
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return parseDirectory(file, async (f) => parseSource(await readSource(f), true), new DiagnosticSink(file));
  return parseSource(await readSource(file));
}
