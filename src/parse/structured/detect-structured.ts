import { looksLikeSqlDump } from './sql-dump.js';
import { isKnownRoot } from './xml-vocabulary.js';

/**
 * Whether a text is a structured document (XML, JSON, JSON Lines) whatever its file is called: users save
 * exports as `.txt`. Cheap, for every plain-text file: the first characters only. The readers
 * (parse-structured.ts) still fall back to plain text when the document does not parse.
 */
export type StructuredKind = { kind: 'xml'; rule: 'xml-declaration' | 'xml-root' } | { kind: 'json'; rule: 'json-document' | 'json-lines' } | { kind: 'sql'; rule: 'sql-dump' } | { kind: 'yaml'; rule: 'diary-month' };

/** A diary's month file (RedNotebook): the first key a day of the month holding an entry's text, or its categories first. */
const DAY_ENTRY = /^\uFEFF?\s*(?:#.*\n\s*)*\d{1,2}:\s*(?:\{\s*text:|\n[ \t]+[^\s:][^:\n]*:)/;
const isDiaryMonth = (head: string): boolean => DAY_ENTRY.test(head) && /^\s+text:\s|\{\s*text:\s/m.test(head);

/** The first element of a text, after an optional declaration, doctype and comments. */
const FIRST_ELEMENT = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)*<([A-Za-z_][\w:.-]*)[\s/>]/;
/** A FreeMind or Freeplane map, which writes no declaration: `<map version="1.0.1">` over its first `<node>`. */
const MIND_MAP = /^\uFEFF?\s*<map\s+version="[^"]*"\s*>\s*(?:<!--[\s\S]*?-->\s*)*<node\b/;
/** Roots another reader takes: a web page (HTML path), a FictionBook (FB2 path). */
const OTHER_READER = /^(?:html|fictionbook|svg)$/i;

export function detectStructured(text: string): StructuredKind | null {
  const head = text.slice(0, 8192);
  const root = FIRST_ELEMENT.exec(head)?.[1];
  if (root !== undefined && !OTHER_READER.test(root.replace(/^.*:/, ''))) {
    if (/^\uFEFF?\s*<\?xml\b/.test(head)) return { kind: 'xml', rule: 'xml-declaration' };
    if (isKnownRoot(root) || MIND_MAP.test(head)) return { kind: 'xml', rule: 'xml-root' };
  }
  if (looksLikeSqlDump(head)) return { kind: 'sql', rule: 'sql-dump' };
  if (isDiaryMonth(head)) return { kind: 'yaml', rule: 'diary-month' };
  // An object opens with a quoted key, an array with a value: a story that opens `[Chapter 1]` is not JSON, nor a
  // wiki page that opens on its picture's link (`[[image:banner.jpg]]`).
  const start = /^\uFEFF?\s*(\{)\s*"|^\uFEFF?\s*(\[)\s*(?:[{"\]]|\[\s*[-\d"{[\]tfn])/.exec(head)?.slice(1).find((g) => g !== undefined);
  if (start === undefined) return null;
  // One JSON document when it parses whole (checked by the reader); JSON Lines when each line is an object.
  const first = text.trimStart().split('\n', 1)[0]!.trim();
  return start === '{' && first.startsWith('{') && first.endsWith('}') && text.trim().includes('\n') ? { kind: 'json', rule: 'json-lines' } : { kind: 'json', rule: 'json-document' };
}
