import type { DiagnosticSink } from '../../diagnostics.js';
import { childrenNamed, isElement, textOf, type XmlElement } from '../xml/xml-tree.js';
import { outlineText, type OutlineNode } from './outline-text.js';

/**
 * A FreeMind or Freeplane mind map (`.mm`: `<map version="…">` of nested `<node TEXT="…">`). A node's words are
 * its `TEXT`, or HTML in its `<richcontent TYPE="NODE">`; its `<richcontent TYPE="NOTE">` is a note pinned to it,
 * which on the root is the map's own description and elsewhere the writer's memo; the root's `<attribute
 * NAME="…" VALUE="…">` rows are the work's labelled fields. Icons, fonts, edges and clouds are the drawing's.
 */

/** A rich content's text, a line for each of its paragraphs. */
function richLines(el: XmlElement | undefined): string[] {
  if (el === undefined) return [];
  const paragraphs: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    for (const c of e.children) if (isElement(c)) (/^(?:p|li|h\d|div)$/i.test(c.name) && !c.children.some((g) => isElement(g) && /^(?:p|div)$/i.test(g.name)) ? paragraphs.push(c) : visit(c));
  };
  visit(el);
  const lines = (paragraphs.length > 0 ? paragraphs.map((p) => textOf(p)) : [textOf(el)]).filter((l) => l !== '');
  return lines;
}

const rich = (node: XmlElement, type: string): XmlElement | undefined => childrenNamed(node, 'richcontent').find((r) => (r.attrs.TYPE ?? '').toUpperCase() === type);

export function freemindText(root: XmlElement, sink: DiagnosticSink): string | null {
  if (root.name !== 'map') return null;
  const top = childrenNamed(root, 'node')[0];
  if (top === undefined) return null;
  let memos = 0;
  const read = (node: XmlElement, isRoot: boolean): OutlineNode => {
    const headline = node.attrs.TEXT ?? richLines(rich(node, 'NODE')).join(' ');
    const note = richLines(rich(node, 'NOTE'));
    if (!isRoot && note.length > 0) memos++;
    const fields = isRoot ? childrenNamed(node, 'attribute').map((a) => `${a.attrs.NAME ?? ''}: ${a.attrs.VALUE ?? ''}`) : [];
    return { headline: headline.trim(), body: isRoot ? [...fields, ...note] : [], children: childrenNamed(node, 'node').map((c) => read(c, false)), line: node.line };
  };
  const tree = read(top, true);
  if (memos > 0) sink.info('mindmap-memo', top.line, `${memos} note(s) pinned to the map's nodes read as the writer's memos, not story`);
  return outlineText([tree], 'a FreeMind mind map', 'mindmap-outline', sink);
}
