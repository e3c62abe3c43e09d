import type { DiagnosticSink } from '../diagnostics.js';
import { markedHeading, type MarkedHeadings } from './marked-headings.js';
import type { HeadingMatch } from './rules/headings.js';
import { matchByLine } from './rules/header-labels.js';

/**
 * Gemini's gemtext (a capsule's `.gmi` page): `#`/`##`/`###` heading lines, `=>` link lines, `>` quote
 * lines, `* ` items and ``` preformatted blocks, every other line a paragraph. Read back into plain text
 * line for line: the link lines are the capsule's navigation and go, the quote and heading signs go, and
 * the headings are marked so the plain-text reader takes them as headings whatever their words. The page's
 * title (a first `#` line) and a by-line under it stay plain lines for the header to read.
 */

const LINK = /^=>/;
const HEADING = /^(#{1,3})\s*(\S.*)$/;
const FENCE = /^```/;

/** A `.gmi` file, or gemtext by its lines: a `=> gemini://` link and a `#` heading line. */
export function isGemtext(file: string, text: string): boolean {
  if (/\.(gmi|gemini)$/i.test(file)) return true;
  if (!text.includes('=> gemini://')) return false;
  const head = text.slice(0, 20_000);
  return /^=>\s*gemini:\/\/\S+/m.test(head) && /^#{1,3} \S/m.test(head);
}

export function gemtextText(text: string, sink: DiagnosticSink): { text: string; headings: MarkedHeadings } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const headings = new Map<number, HeadingMatch>();
  let pre = false;
  let titled = false;
  let links = 0;
  const out = lines.map((line, i) => {
    if (FENCE.test(line)) {
      pre = !pre;
      return '';
    }
    if (pre) return line;
    if (LINK.test(line)) {
      links++;
      return '';
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const words = heading[2]!.trim();
      // Before the first heading of the text: the first `#` line is the page's title, a by-line heading under it the header's.
      const header = headings.size === 0 && (heading[1] === '#' ? !titled : titled && matchByLine(words) !== null);
      if (header) titled = true;
      else headings.set(i + 1, markedHeading(words, 'gemtext-heading'));
      return words;
    }
    return line.replace(/^>\s?/, '');
  });
  sink.info('markup', 1, `read as Gemini gemtext: ${headings.size} heading(s), ${links} link line(s) left out`);
  return { text: out.join('\n'), headings };
}
