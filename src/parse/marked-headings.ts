import { parseNumber } from './numbers.js';
import { matchHeading, type HeadingMatch } from './rules/headings.js';
import type { Unit } from './units.js';

/**
 * Lines (1-based) of a page's text that its markup marks as headings (an HTML `<h2>`, a set of bold
 * lines), with what each heading says. The plain-text reader takes them as headings without weighing
 * the line's shape, since the page has already said so.
 */
export type MarkedHeadings = ReadonlyMap<number, HeadingMatch>;

/** Index (0-based) of the first marked line, or Infinity when none is. */
export function firstMarked(marked: MarkedHeadings | undefined): number {
  let first = Infinity;
  for (const no of marked?.keys() ?? []) first = Math.min(first, no - 1);
  return first;
}

/**
 * A number before a title, as a line the markup marks as a heading may carry it (`01 — eighteen minutes`,
 * `ii. spring`): the markup already says it is a heading, so any number before any title counts.
 */
export function leadNumber(text: string): { number: number; title: string } | null {
  const numbered = /^(\d{1,4}|[IVXLC]{1,7}|[ivxlc]{1,7})(?:[.):]|\s+[-–—:|•·])\s+(\S.*)$/u.exec(text) ?? /^(\p{L}{2,12})\s+[—:|•·]\s+(\S.*)$/u.exec(text);
  const number = numbered ? parseNumber(numbered[1]!) : null;
  return numbered && number !== null ? { number, title: numbered[2]! } : null;
}

/** A marked heading's number and title: as a heading line would read (`14. Ember Tax`, `Part Two`), a bare number (`One`), or a name. */
export function markedHeading(text: string, ruleId: string): HeadingMatch {
  const m = matchHeading(text);
  if (m) return { ...m, ruleId, level: m.level === 'section' ? 'chapter' : m.level, marked: true };
  const numbered = leadNumber(text);
  if (numbered) return { ruleId, level: 'chapter', number: numbered.number, label: null, title: numbered.title, text, marked: true };
  const number = parseNumber(text);
  return { ruleId, level: 'chapter', number, label: null, title: number === null ? text : null, text, marked: true };
}

/**
 * Units on a marked line become those headings, whatever the text's own guess was; a marked line run on into its
 * text (a threadmark over the post's first paragraph) is parted from it.
 */
export function applyMarkedHeadings(units: Unit[], marked: MarkedHeadings | undefined): Unit[] {
  if (!marked || marked.size === 0) return units;
  return units.flatMap((u) => {
    const first = u.lines[0];
    const heading = u.kind !== 'dropped' && first ? marked.get(first.no) : undefined;
    if (heading === undefined) return [u];
    const { note: _note, label: _label, ...rest } = u;
    // (A heading that already names the line under it as its title, `MOKUNA ʻEKAHI` / `Ka Pō`, is both lines.)
    if (u.lines.length === 1 || (u.lines.length === 2 && heading.title === u.lines[1]!.trimmed)) return [{ ...rest, kind: 'heading', heading, anchored: true }];
    // Lines of a heading's title under its number (`II` / `The Flood`) stay with it; prose under it is the text.
    const under = u.lines.slice(1).map((l) => l.trimmed).join(' ');
    if (under.split(/\s+/).length < 8 && !/[.!?…"”]$/u.test(under)) return [u];
    return [{ ...rest, kind: 'heading', heading, anchored: true, lines: [first!], joins: [] }, { kind: 'text', lines: u.lines.slice(1), joins: u.joins.slice(1), gapBefore: 0 }];
  });
}
