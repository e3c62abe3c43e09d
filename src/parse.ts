import type { Manuscript } from './model.js';
import { isMarkdown, parseOptions } from './parse-file.js';
import { parseText } from './parse/index.js';
import { parseMarkdown } from './parse/markdown/parse-markdown.js';
import { sourceFromBytes } from './read/read-source.js';

export { parseFile } from './parse-file.js';

/**
 * Parses one manuscript from its bytes (Markdown when `file` ends in `.md`).
 * `file` names it in diagnostics. Throws `InputError` for input that is not
 * a text manuscript.
 */
export function parse(bytes: Uint8Array, file: string): Manuscript {
  const source = sourceFromBytes(file, bytes);
  return isMarkdown(file) ? parseMarkdown(source.text, parseOptions(source)) : parseText(source.text, parseOptions(source));
}
