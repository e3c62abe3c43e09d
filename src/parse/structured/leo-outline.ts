import type { DiagnosticSink } from '../../diagnostics.js';
import { childNamed, childrenNamed, isElement, type XmlElement } from '../xml/xml-tree.js';
import { outlineText, type OutlineNode } from './outline-text.js';

/**
 * A Leo outline (`.leo`: `<leo_file>`) keeps its tree and its texts apart: `<vnodes>` holds the nodes in reading
 * order, each `<v t="id">` with its headline in `<vh>` and its children inside it, and `<tnodes>` the bodies, each
 * `<t tx="id">`, in the order they were made. Each headline is joined to its body by the id, and the tree read
 * in its own order. Leo's directives in a body (`@language plain`, `@wrap`, `@others`) are the editor's.
 */

/** A line of a body that is one of Leo's directives, not text: `@language plain`, `@others`, `@tabwidth -4`. */
const DIRECTIVE = /^@(?:language|wrap|nowrap|others|all|tabwidth|pagewidth|path|color|nocolor|killcolor|nosearch|encoding|lineending|first|last|comment|delims|beautify|nobeautify|raw|end_raw|ignore|markup)\b.*$/;

export function leoText(root: XmlElement, sink: DiagnosticSink): string | null {
  if (root.name !== 'leo_file') return null;
  const bodies = new Map<string, string>();
  for (const t of childrenNamed(childNamed(root, 'tnodes'), 't')) {
    bodies.set(t.attrs.tx ?? '', t.children.filter((c): c is string => !isElement(c)).join(''));
  }
  let directives = 0;
  const bodyOf = (id: string): string[] => {
    const lines = (bodies.get(id) ?? '').replace(/\r\n?/g, '\n').split('\n');
    const kept = lines.filter((l) => !DIRECTIVE.test(l.trim()));
    directives += lines.length - kept.length;
    while (kept.length > 0 && kept[0]!.trim() === '') kept.shift();
    while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
    return kept;
  };
  const read = (v: XmlElement): OutlineNode => ({
    headline: childNamed(v, 'vh')?.children.filter((c): c is string => !isElement(c)).join('').trim() ?? '',
    body: bodyOf(v.attrs.t ?? ''),
    children: childrenNamed(v, 'v').map(read),
    line: v.line,
  });
  const tops = childrenNamed(childNamed(root, 'vnodes'), 'v').map(read);
  if (tops.length === 0) return null;
  if (directives > 0) sink.info('leo-directives', root.line, `${directives} line(s) of Leo's directives (@language, @others) left out of the text`);
  return outlineText(tops, 'a Leo outline', 'leo-outline', sink);
}
