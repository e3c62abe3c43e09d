import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * XML as quire reads it (FB2 books, and the structured sources of parse/structured): an element tree in
 * document order with each start tag's line. fast-xml-parser is already quire's dependency for FB2: pure
 * JavaScript, no native build, and with `preserveOrder` it keeps mixed content (`<p>a <em>b</em> c</p>`)
 * in order, which a story's paragraphs need.
 */

/** An element with its children in document order and the source line of its start tag. */
export interface XmlElement {
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlChild[];
  line: number;
}

export type XmlChild = XmlElement | string;

export const isElement = (c: XmlChild): c is XmlElement => typeof c !== 'string';

/**
 * Stories are mixed content (`<p>a <emphasis>b</emphasis> c</p>`), so the parser
 * keeps document order and every space of the text; values stay strings
 * (a chapter titled `1` is not the number 1).
 */
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
});

type Ordered = Record<string, unknown>;

/** Whether `text` is well-formed XML, or the line and message of its first fault. */
export function xmlFault(text: string): { line: number; message: string } | null {
  const valid = XMLValidator.validate(text);
  return valid === true ? null : { line: valid.err.line, message: valid.err.msg };
}

/** The top-level nodes of an XML text, each element given its start tag's line. Throws what the parser throws. */
export function readXmlNodes(text: string): XmlChild[] {
  return convert(parser.parse(text) as Ordered[], startTagLines(text));
}

interface TagLine {
  name: string;
  line: number;
}

/** Each start tag's name and line in document order, comments, CDATA and declarations skipped: one linear scan. */
function startTagLines(text: string): TagLine[] {
  const out: TagLine[] = [];
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<([A-Za-z_][\w.:-]*)/g;
  let line = 1;
  let from = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    for (let k = text.indexOf('\n', from); k !== -1 && k < m.index; k = text.indexOf('\n', k + 1)) line++;
    from = m.index;
    if (m[1] !== undefined) out.push({ name: m[1], line });
  }
  return out;
}

/**
 * The parser's ordered output to elements, each given the line of its start
 * tag: the scan and the tree list elements in the same order, and a short
 * look-ahead keeps them in step where a damaged file makes them differ.
 */
function convert(ordered: readonly Ordered[], lines: readonly TagLine[]): XmlChild[] {
  let next = 0;
  let lastLine = 1;
  const lineOf = (name: string): number => {
    for (let k = next; k < Math.min(lines.length, next + 50); k++) {
      if (lines[k]!.name !== name) continue;
      next = k + 1;
      lastLine = lines[k]!.line;
      return lastLine;
    }
    return lastLine;
  };
  const walk = (list: readonly Ordered[]): XmlChild[] => {
    const out: XmlChild[] = [];
    for (const node of list) {
      const name = Object.keys(node).find((k) => k !== ':@');
      if (name === undefined) continue;
      if (name === '#text') {
        out.push(String(node[name]));
        continue;
      }
      if (name.startsWith('?')) continue;
      const line = lineOf(name);
      const attrs = (node[':@'] ?? {}) as Record<string, string>;
      out.push({ name, attrs, line, children: walk((node[name] ?? []) as Ordered[]) });
    }
    return out;
  };
  return walk(ordered);
}

/** The element children of `el` named `name`. */
export const childrenNamed = (el: XmlElement | undefined, name: string): XmlElement[] =>
  el ? el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name) : [];

export const childNamed = (el: XmlElement | undefined, name: string): XmlElement | undefined => childrenNamed(el, name)[0];

/** Every character of an element's text, tags taken off and white space collapsed. */
export function textOf(el: XmlChild | undefined): string {
  if (el === undefined) return '';
  if (typeof el === 'string') return el.replace(/\s+/g, ' ').trim();
  const parts: string[] = [];
  const stack: XmlChild[] = [el];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === 'string') parts.push(n);
    else for (let k = n.children.length - 1; k >= 0; k--) stack.push(n.children[k]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** An attribute whatever namespace prefix the book gave it (`l:href`, `xlink:href`). */
export function attrOf(el: XmlElement, name: string): string {
  for (const [k, v] of Object.entries(el.attrs)) if (k === name || k.endsWith(`:${name}`)) return String(v);
  return '';
}
