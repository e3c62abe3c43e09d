import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { DiagnosticSink } from '../../diagnostics.js';

/** Elements that may repeat in the package files quire reads. */
const LISTS = new Set(['item', 'itemref', 'meta', 'creator', 'subject', 'navPoint', 'reference', 'title', 'rootfile', 'EncryptedData', 'description', 'language', 'contributor', 'identifier', 'date', 'publisher', 'rights']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  htmlEntities: true,
  textNodeName: '#text',
  isArray: (name) => LISTS.has(name),
});

export type XmlNode = Record<string, unknown>;

/**
 * An XML package file (container, OPF, NCX, encryption) read leniently: a
 * file that is not well-formed is still read as far as it goes, with a
 * warning naming the entry's line, and an unreadable one is an empty tree.
 */
export function readXml(text: string, entry: string, sink: DiagnosticSink): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) sink.warn('epub-xml', valid.err.line, `${entry} is not well-formed XML (${valid.err.msg}); read leniently`);
  try {
    return parser.parse(text) as XmlNode;
  } catch (error) {
    sink.warn('epub-xml', 1, `${entry} cannot be read as XML (${(error as Error).message}); its contents are ignored`);
    return {};
  }
}

/** Every value of `key` anywhere under `node` (not inside another `key`): a damaged file may nest things where they do not belong. */
export function deepAll(node: unknown, key: string): unknown[] {
  const out: unknown[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      for (let i = n.length - 1; i >= 0; i--) stack.push(n[i]);
      continue;
    }
    if (n === null || typeof n !== 'object') continue;
    const found = (n as XmlNode)[key];
    if (found !== undefined) for (const f of Array.isArray(found) ? found : [found]) out.push(f);
    const inner = Object.entries(n as XmlNode).filter(([k]) => k !== key && !k.startsWith('@'));
    for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i]![1]);
  }
  return out;
}

/** An element's text: a string, or the `#text` of an element with attributes. */
export function xmlText(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node).trim();
  if (node !== null && typeof node === 'object') return xmlText((node as XmlNode)['#text'] ?? '');
  return '';
}

export const xmlAttr = (node: unknown, name: string): string =>
  node !== null && typeof node === 'object' ? String((node as XmlNode)[`@${name}`] ?? '').trim() : '';
