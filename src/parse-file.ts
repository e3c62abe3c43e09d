import { stat } from 'node:fs/promises';
import { DiagnosticSink } from './diagnostics.js';
import type { Manuscript } from './model.js';
import { parseText, type ParseOptions } from './parse/index.js';
import { settleLanguage } from './parse/language/story-language.js';
import { applyStart, type StructureLevers } from './parse/levers.js';
import { parseDirectory } from './parse/markdown/parse-directory.js';
import { readSource, type Source } from './read/read-source.js';

const MARKDOWN = /\.(md|markdown)$/i;

export const isMarkdown = (file: string): boolean => MARKDOWN.test(file);

export function parseOptions(source: Source, chapterFile = false): ParseOptions {
  return { file: source.file, encoding: source.encoding, sink: source.sink, chapterFile };
}

/** Markdown's parser (unified and remark, ~40 ms to load) is imported only when a Markdown file is read. */
async function parseSource(source: Source, chapterFile = false, levers: Readonly<StructureLevers> = {}): Promise<Manuscript> {
  const text = applyStart(source.text, levers, source.sink);
  return settleLanguage(
    isMarkdown(source.file)
      ? (await import('./parse/markdown/parse-markdown.js')).parseMarkdown(text, parseOptions(source, chapterFile))
      : parseText(text, { ...parseOptions(source, chapterFile), levers }),
  );
}

/** Text or Markdown from its source, with the user's structure levers applied (see parse/levers.ts). */
export function parseSourceSync(source: Source, levers: Readonly<StructureLevers>, parseMarkdown: (text: string, options: ParseOptions) => Manuscript): Manuscript {
  const text = applyStart(source.text, levers, source.sink);
  return settleLanguage(isMarkdown(source.file) ? parseMarkdown(text, parseOptions(source)) : parseText(text, { ...parseOptions(source), levers }));
}

/**
 * Reads and parses one manuscript file (`.txt`, or `.md` with YAML front
 * matter), or a folder of Markdown chapters as one book. Throws
 * `InputError` when it cannot be read.
 */
export async function parseFile(file: string, levers: Readonly<StructureLevers> = {}): Promise<Manuscript> {
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return settleLanguage(await parseDirectory(file, async (f) => parseSource(await readSource(f), true), new DiagnosticSink(file)));
  return parseSource(await readSource(file), false, levers);
}
