import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { DiagnosticSink } from '../../diagnostics.js';

const processor = unified().use(rehypeParse);

/** Elements that HTML knows as empty; `<br/>` means the same in both syntaxes. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * XHTML's `<a id="x"/>` or `<title/>` is a start tag to an HTML parser, which
 * would swallow what follows (all of it, for `<title/>`); written out as an
 * open and a close tag, it reads the same in both syntaxes. The pattern has
 * no nested quantifiers, so it stays linear on any line.
 */
const SELF_CLOSING = /<([A-Za-z][\w:-]*)(\s[^<>]*?)?\/>/g;

export function expandSelfClosing(xhtml: string): string {
  return xhtml.replace(SELF_CLOSING, (whole, tag: string, attrs: string | undefined) =>
    VOID.has(tag.toLowerCase()) ? whole : `<${tag}${attrs ?? ''}></${tag}>`,
  );
}

/** Elements whose end tag HTML lets a writer leave out: they close themselves, so they never nest deep. */
const SELF_ENDING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'html', 'head', 'body']);
/** hast's converter recurses once per level; past this depth a page is not a story's markup but an attack or a bug. */
const MAX_NESTING = 400;
const TAG = /<(\/?)([A-Za-z][\w:-]*)(?:\s[^<>]*?)?(\/?)>/g;

/**
 * Start and end tags nested deeper than `MAX_NESTING` removed (their text
 * stays), so the tree stays shallow enough to walk. Returns the text and
 * the line of the first tag removed, or null when none was.
 */
export function flattenDeepTags(text: string): { text: string; line: number | null } {
  let depth = 0;
  let excess = 0;
  let first: number | null = null;
  const out = text.replace(TAG, (tag, close: string, name: string, selfClose: string, offset: number) => {
    const lower = name.toLowerCase();
    if (VOID.has(lower) || SELF_ENDING.has(lower) || selfClose === '/') return tag;
    if (close === '/') {
      if (excess > 0) {
        excess--;
        return '';
      }
      depth = Math.max(0, depth - 1);
      return tag;
    }
    if (depth < MAX_NESTING) {
      depth++;
      return tag;
    }
    excess++;
    first ??= offset;
    return '';
  });
  return { text: out, line: first === null ? null : text.slice(0, first).split('\n').length };
}

/**
 * HTML (or XHTML) text to a hast tree with source positions, parsed as a
 * browser would (parse5 through rehype-parse): malformed markup is repaired,
 * never refused, and entities are decoded. Nothing is fetched.
 */
export function readHtml(text: string, xhtml = false, sink?: DiagnosticSink): Root {
  const flat = flattenDeepTags(xhtml ? expandSelfClosing(text) : text);
  if (flat.line !== null) sink?.warn('html-nesting', flat.line, `elements nested more than ${MAX_NESTING} deep; the deeper tags are ignored and their text kept`);
  return processor.parse(flat.text) as Root;
}
