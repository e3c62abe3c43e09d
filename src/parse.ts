import type { Manuscript } from './model.js';
import { manuscriptKind, parseSourceSync } from './parse-file.js';
import { parseEpub } from './parse/epub/parse-epub.js';
import { isFb2 } from './parse/fb2/fb2-bytes.js';
import { parseFb2 } from './parse/fb2/parse-fb2.js';
import { parseHtml } from './parse/html/parse-html.js';
import { settleLanguage } from './parse/language/story-language.js';
import type { StructureLevers } from './parse/levers.js';
import { parseMarkdown } from './parse/markdown/parse-markdown.js';
import { parseStructured } from './parse/structured/parse-structured.js';
import { sourceFromBytes } from './read/read-source.js';

export { parseFile } from './parse-file.js';
export type { StructureLevers } from './parse/levers.js';

/**
 * Parses one manuscript from its bytes, by the name's extension: `.md`
 * Markdown, `.html`/`.htm`/`.xhtml` HTML, `.epub` EPUB, `.fb2`/`.fb2.zip`
 * (or FB2 bytes under any name) FictionBook, else plain text.
 * `file` names it in diagnostics. Throws `InputError` for input that is not
 * a manuscript.
 */
export function parse(bytes: Uint8Array, file: string, levers: Readonly<StructureLevers> = {}): Manuscript {
  if (manuscriptKind(file) === 'epub') return parseEpub(bytes, file);
  if (isFb2(bytes, file)) return settleLanguage(parseFb2(bytes, file));
  return parseSourceSync(sourceFromBytes(file, bytes), levers, { markdown: parseMarkdown, html: parseHtml, structured: parseStructured });
}
