import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

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

/**
 * HTML (or XHTML) text to a hast tree with source positions, parsed as a
 * browser would (parse5 through rehype-parse): malformed markup is repaired,
 * never refused, and entities are decoded. Nothing is fetched.
 */
export function readHtml(text: string, xhtml = false): Root {
  return processor.parse(xhtml ? expandSelfClosing(text) : text) as Root;
}
