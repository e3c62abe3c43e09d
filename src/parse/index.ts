/**
 * The parser's entry point: plain text to a Manuscript, and the options it
 * and the Markdown parser take. The Markdown parser itself is imported only
 * when a Markdown file is read (parse-file.ts), so remark never loads for text.
 */
export { parseText, type ParseOptions } from './parse-text.js';
export type { StructureLevers } from './levers.js';
