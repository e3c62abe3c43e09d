import type { DiagnosticSink } from '../diagnostics.js';
import { countWords } from '../model-text.js';
import type { Line } from './lines.js';
import { isFooterBoilerplate } from './rules/boilerplate.js';
import { isPageTailAnchor } from './rules/body-boilerplate.js';
import { unitText, type Unit } from './units.js';

/** Words of the story above the page's tail, at the least, for a heading in the tail to be the page's. */
const STORY_WORDS = 100;
/** Words a line of the page's links runs to at most; longer is a paragraph. */
const LINK_WORDS = 25;

/** A paragraph of the story: a sentence's end, or more words than a link holds. */
const isParagraph = (u: Unit): boolean => u.kind === 'text' && !u.note && (countWords(unitText(u)) > LINK_WORDS || /[.!?…。！？]["'”’»」』)]*$/u.test(unitText(u)));

const words = (units: readonly Unit[]): number => units.reduce((n, u) => n + (u.kind === 'text' && !u.note ? countWords(unitText(u)) : 0), 0);

/**
 * The one heading of a text standing in the page's tail, after a line only a page prints (`Ετικέτες: …`, `Share
 * this:`) and among its short lines, with the story above it and little under it: a related article's or another
 * work's title (`Κεφάλαιο πρώτο: πώς γράφεται ένα διήγημα`), not a chapter of this story: left out with the page's
 * short lines above it (the tail pass takes the comments under it).
 */
export function demoteTailHeading(units: Unit[], lines: readonly Line[], sink: DiagnosticSink): void {
  const headings = units.filter((u) => u.kind === 'heading' && (u.heading?.level === 'chapter' || u.heading?.level === 'part'));
  if (headings.length !== 1) return;
  const heading = headings[0]!;
  const k = units.indexOf(heading);
  // The story's last paragraph above it, and what stands between (the lines a footer pass left out are looked at too).
  const last = units.slice(0, k).findLastIndex(isParagraph);
  if (last < 0 || units.slice(last + 1, k).some((u) => u.kind === 'text' && countWords(unitText(u)) > LINK_WORDS)) return;
  const between = lines.slice(units[last]!.lines.at(-1)!.no, heading.lines[0]!.no - 1);
  if (!between.some((l) => !l.blank && (isPageTailAnchor(l.trimmed) || isFooterBoilerplate(l.trimmed)))) return;
  const story = words(units.slice(0, last + 1));
  if (story < STORY_WORDS || words(units.slice(k + 1)) * 2 > story) return;
  // The heading and the page's short lines between the story and it are the page's links.
  for (const u of units.slice(last + 1, k + 1)) {
    if (u.note) continue;
    u.kind = 'dropped';
    delete u.heading;
  }
  sink.info('tail-heading', heading.lines[0]?.no ?? 1, `"${unitText(heading)}" stands in the page's furniture after the story: a link's title, not a chapter heading; left out with the links above it`);
}
