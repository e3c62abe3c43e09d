import type { Manuscript } from './model.js';
import { parseSourceSync } from './parse-file.js';
import type { StructureLevers } from './parse/levers.js';
import { parseMarkdown } from './parse/markdown/parse-markdown.js';
import { sourceFromBytes } from './read/read-source.js';

export { parseFile } from './parse-file.js';
export type { StructureLevers } from './parse/levers.js';

/**
 * Parses one manuscript from its bytes (Markdown when `file` ends in `.md`).
 * `file` names it in diagnostics. Throws `InputError` for input that is not
 * a text manuscript.
 */
export function parse(bytes: Uint8Array, file: string, levers: Readonly<StructureLevers> = {}): Manuscript {
  return parseSourceSync(sourceFromBytes(file, bytes), levers, parseMarkdown);
}
