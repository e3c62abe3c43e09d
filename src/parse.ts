import { stat } from 'node:fs/promises';
import { DiagnosticSink } from './diagnostics.js';
import type { Manuscript } from './model.js';
import { parseText } from './parse/index.js';
import { parseDirectory } from './parse/markdown/parse-directory.js';
import { parseMarkdown } from './parse/markdown/parse-markdown.js';
import { readSource, sourceFromBytes, type Source } from './read/read-source.js';

const MARKDOWN = /\.(md|markdown)$/i;

function parseSource(source: Source, chapterFile = false): Manuscript {
  const options = { file: source.file, encoding: source.encoding, sink: source.sink, chapterFile };
  return MARKDOWN.test(source.file) ? parseMarkdown(source.text, options) : parseText(source.text, options);
}

/**
 * Parses one manuscript from its bytes. `file` names it in diagnostics.
 * Throws `InputError` for input that is not a text manuscript.
 */
export function parse(bytes: Uint8Array, file: string): Manuscript {
  return parseSource(sourceFromBytes(file, bytes));
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
