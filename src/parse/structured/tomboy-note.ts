import type { DiagnosticSink } from '../../diagnostics.js';
import { childNamed, isElement, textOf, type XmlChild, type XmlElement } from '../xml/xml-tree.js';

/**
 * A Tomboy or Gnote note as stored on disk (`<GUID>.note`): `<note>` with its `<title>`, the note itself in
 * `<text><note-content>` as the lines it shows (every newline a line, no paragraph elements), its formatting
 * inline (`<bold>`, `<size:large>`, `<list-item>`, `<link:internal>`), and after it the program's dates, window
 * geometry and notebook tags. The note's text is read as the plain text it is: struck-out words left out, and a
 * highlighted line alone (`ПЕРЕВІРИТИ: …`) the writer's memo to self, a line of links to other notes (`See also: …`)
 * the program's cross-reference; the rest of the file is the program's.
 */

const STRUCK = /^strikethrough$/;
const HIGHLIGHT = /^highlight$/;
const LINK = /^link:/;
/** A line of nothing but a label and links to other notes (`Див. також: <link:internal>…</link:internal>, …`). */
const CROSS_REFERENCE = /^[^:\n\u0001]{1,30}:(?:[\s,;·|]*\u0001[^\u0001\u0002]*\u0002)+[\s,;.·|]*$/u;

/** The note's content element, or undefined when the root is no Tomboy note. */
export function tomboyContent(root: XmlElement): XmlElement | undefined {
  return root.name === 'note' ? childNamed(childNamed(root, 'text'), 'note-content') : undefined;
}

export function tomboyText(content: XmlElement, sink: DiagnosticSink): string {
  let struck = 0;
  const visit = (n: XmlChild): string => {
    if (!isElement(n)) return n;
    if (STRUCK.test(n.name)) {
      struck++;
      return '';
    }
    const inner = n.children.map(visit).join('');
    if (LINK.test(n.name)) return `\u0001${inner}\u0002`;
    return HIGHLIGHT.test(n.name) && !inner.includes('\n') ? `\u0000${inner}\u0003` : inner;
  };
  const lines = content.children.map(visit).join('').split('\n');
  const references = lines.filter((l) => CROSS_REFERENCE.test(l.trim())).length;
  // A highlight standing alone on its line is a memo; inside a sentence it only marks words.
  const memo = (l: string): boolean => /^\s*\u0000[^\u0003]*\u0003\s*$/u.test(l);
  const memos = lines.filter(memo).length;
  // (Lines left out stay as blank lines, so that the text's lines keep their numbers.)
  const text = lines.map((l) => (CROSS_REFERENCE.test(l.trim()) || memo(l) ? '' : l.replace(/[\u0000-\u0003]/g, ''))).join('\n');
  sink.info('tomboy-note', content.line, `read as a Tomboy note: its text as written${struck > 0 ? `, ${struck} struck-out run(s) left out` : ''}${memos > 0 ? `, ${memos} highlighted memo line(s) left out` : ''}${references > 0 ? `, ${references} line(s) of links to other notes left out` : ''}; the program's dates and tags are not the story's`);
  return text;
}

export const tomboyTitle = (root: XmlElement): string | null => textOf(childNamed(root, 'title')) || null;
