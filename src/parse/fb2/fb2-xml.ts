import type { DiagnosticSink } from '../../diagnostics.js';
import { InputError } from '../../errors.js';
import { readXmlNodes, xmlFault, type XmlElement } from '../xml/xml-tree.js';

export { attrOf, childNamed, childrenNamed, textOf, type XmlChild, type XmlElement } from '../xml/xml-tree.js';

/**
 * An FB2 document's text to its element tree. A document that is not
 * well-formed is still read as far as the parser goes, with a warning naming
 * its line; one the parser cannot read at all is an `InputError` naming
 * `file:line`, never a stack trace.
 */
export function readFb2Xml(text: string, file: string, sink: DiagnosticSink): XmlElement {
  const where = xmlFault(text);
  if (where) sink.warn('fb2-xml', where.line, `not well-formed XML (${where.message}); read as far as it goes — check the words of this part against the source`);
  let nodes;
  try {
    nodes = readXmlNodes(text);
  } catch (error) {
    const line = where?.line ?? 1;
    throw new InputError(`${file}:${line}`, `cannot be read as FictionBook XML (${where?.message ?? (error as Error).message}); fix the markup there or save the book again from an FB2 editor.`);
  }
  const root = nodes.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'FictionBook');
  if (!root) throw new InputError(`${file}:${where?.line ?? 1}`, 'holds no <FictionBook> element; it is not an FB2 book.');
  return root;
}

