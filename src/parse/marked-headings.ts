import { parseNumber } from './numbers.js';
import { matchHeading, type HeadingMatch } from './rules/headings.js';
import type { Line } from './lines.js';
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
  const out: Unit[] = [];
  const split = units.flatMap((u) => splitAtMarked(u, marked));
  for (let k = 0; k < split.length; k++) {
    const u = split[k]!;
    const first = u.lines[0];
    const heading = u.kind !== 'dropped' && first ? marked.get(first.no) : undefined;
    if (heading === undefined) {
      out.push(u);
      continue;
    }
    const { note: _note, label: _label, ...rest } = u;
    // (A heading that already names the line under it as its title, `MOKUNA ʻEKAHI` / `Ka Pō`, is both lines, whether
    // the title shares the heading's block or opens the next one, over the prose: `Caibdil Nane` / `Yn Chibbyr` / `Va'n…`.)
    const below = (l: Line | undefined): boolean => heading.title !== null && heading.title !== heading.text && l?.trimmed === heading.title;
    const next = split[k + 1];
    if (u.lines.length === 1 && next?.kind === 'text' && next.gapBefore === 0 && below(next.lines[0])) {
      out.push({ ...rest, kind: 'heading', heading, anchored: true, lines: [first!, next.lines[0]!], joins: ['break'] });
      if (next.lines.length > 1) out.push({ ...next, lines: next.lines.slice(1), joins: next.joins.slice(1) });
      k++;
      continue;
    }
    const own = below(u.lines[1]) ? 2 : 1;
    if (u.lines.length === own) out.push({ ...rest, kind: 'heading', heading, anchored: true });
    else if (own === 2) out.push({ ...rest, kind: 'heading', heading, anchored: true, lines: u.lines.slice(0, 2), joins: u.joins.slice(0, 1) }, { kind: 'text', lines: u.lines.slice(2), joins: u.joins.slice(2), gapBefore: 0 });
    // Lines of a heading's title under its number (`II` / `The Flood`) stay with it; prose under it is the text.
    else if (isTitleUnder(u.lines.slice(1))) out.push(u);
    else out.push({ ...rest, kind: 'heading', heading, anchored: true, lines: [first!], joins: [] }, { kind: 'text', lines: u.lines.slice(1), joins: u.joins.slice(1), gapBefore: 0 });
  }
  return out;
}

/**
 * A unit cut before a marked line inside it: a chapter's heading straight under its part's (`Parte Prima – L'Acqua` /
 * `Capìtoło 1 – El guardian`) heads its own unit. The part's heading keeps what the text made of it.
 */
function splitAtMarked(u: Unit, marked: MarkedHeadings): Unit[] {
  if (u.kind === 'dropped' || u.lines.length < 2) return [u];
  const at = u.lines.findIndex((l, j) => j > 0 && marked.has(l.no));
  if (at === -1) return [u];
  const head: Unit = { ...u, lines: u.lines.slice(0, at), joins: u.joins.slice(0, at - 1) };
  return [head, ...splitAtMarked({ kind: 'text', lines: u.lines.slice(at), joins: u.joins.slice(at), gapBefore: 0 }, marked)];
}

function isTitleUnder(lines: readonly Line[]): boolean {
  const under = lines.map((l) => l.trimmed).join(' ');
  return under.split(/\s+/).length < 8 && !/[.!?…"”]$/u.test(under);
}
