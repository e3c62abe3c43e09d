import type { Line } from './lines.js';
import { parseNumber } from './numbers.js';
import { joinKind, type Layout } from './layout.js';
import { amidShortLines, closesBlockAsHeading, gluedBetweenParagraphs, opensLabelledSection, matchHeading, type HeadingMatch } from './rules/headings.js';
import { isSceneBreak, matchOrnament, matchPov } from './rules/markers.js';
import { isFrontLabelLine, matchFieldLine } from './rules/fields.js';
import { hasDrawnEdge } from './rules/decoration.js';
import { matchNoteLabel, type NoteLabelMatch } from './rules/notes.js';
import { isContentsLabel } from './rules/contents-label.js';
import { isPageNav } from './rules/boilerplate.js';
import { isNavigationLine } from './rules/body-boilerplate.js';

/**
 * A unit is a paragraph-in-waiting: one or more source lines that later
 * passes turn into a heading, a note, a marker or body text.
 */
export type UnitKind = 'text' | 'heading' | 'sceneBreak' | 'pov' | 'ornament' | 'illustration' | 'dropped';

export interface Unit {
  kind: UnitKind;
  lines: Line[];
  /** How each line after the first joins its predecessor. */
  joins: ('space' | 'break')[];
  /** Blank lines before the unit (0 when it shares a block with the one before). */
  gapBefore: number;
  heading?: HeadingMatch;
  /** POV name or ornament text. */
  label?: string;
  note?: NoteLabelMatch;
  /** A heading touching a line of page navigation (`1. The Well` / `Next >`): a web page's chapter selector, believed over any list shape. */
  anchored?: boolean;
}

export function unitText(unit: Unit): string {
  let text = unit.lines[0]?.trimmed ?? '';
  for (let i = 1; i < unit.lines.length; i++) text += (unit.joins[i - 1] === 'break' ? '\n' : ' ') + (unit.lines[i]?.trimmed ?? '');
  return text;
}

type Special = Pick<Unit, 'kind' | 'heading' | 'label'> & { strong: boolean };

/** What a line is on its own, before context decides. Long lines are text without trying. */
function classifyLine(line: Line): Special | null {
  const t = line.trimmed;
  if (t.length > 120) return null;
  if (isSceneBreak(t)) return { kind: 'sceneBreak', strong: true };
  const heading = matchHeading(t);
  // `[Elise's POV]` is bracketed like a `[Title]` heading, but says whose point of view follows.
  const bracketedPov = heading?.ruleId === 'heading-bracket-title' && matchPov(t.slice(1, -1)) !== null;
  if (heading && !bracketedPov) return { kind: 'heading', heading, strong: heading.marked };
  // (Page navigation drawn with arrows, `< Prev Next Chapter >`, names no one.)
  const pov = matchPov(t);
  if (pov && !isNavigationLine(t, () => false)) return { kind: 'pov', label: pov, strong: true };
  const ornament = matchOrnament(t);
  // `**Author's Note:**` or `~ Notes ~` is a note's label in dress, not a decoration.
  if (ornament && matchNoteLabel(t)?.rest === '') return null;
  // A heading drawn in a box (`|  II --- high tide  |`) is a heading.
  const boxed = ornament ? matchHeading(ornament) : null;
  if (boxed) return { kind: 'heading', heading: boxed, strong: true };
  if (ornament) return { kind: 'ornament', label: ornament, strong: t !== ornament };
  return null;
}

/**
 * Inside a paragraph of wrapped prose only a strong marker (a drawn line, a
 * POV line, a decorated or bracketed heading) or a labelled heading that
 * closes the block under a short line stands apart. Each of those is short,
 * bracketed, prefixed or drawn at an edge; testing that first spares the
 * rules on most lines of a novel.
 */
function mayStandApart(t: string, closesBlock: boolean): boolean {
  return closesBlock || t.length <= 60 || t.startsWith('[') || /^threadmark/i.test(t) || hasDrawnEdge(t);
}

/** A picture's place in a transcription or a copied page: `[Illustration: …]`, `[Image: a narrow street…]`, `[Foto]`. */
const ILLUSTRATION = /^\[(?:illustration|image|picture|photo|foto|imagen|imagem|immagine|bild|изображение|иллюстрация)(?=[\s:\]])/iu;

/** `named`: lines known to name a chapter from the page around them (a repeated page header stands over each). */
export function buildUnits(
  lines: readonly Line[],
  from: number,
  to: number,
  skip: ReadonlySet<number>,
  layout: Layout,
  named: ReadonlySet<number> = new Set(),
  carried: ReadonlyMap<number, string> = new Map(),
): Unit[] {
  const units: Unit[] = [];
  let gap = 0;
  // Dropped lines (archive chrome) do not widen a gap: the gap is the widest blank run around them.
  let widest = 0;
  let open: Unit | null = null;
  let inContents = false;
  const blankAt = (i: number): boolean => i < from || i >= to || skip.has(i) || (lines[i]?.blank ?? true);
  const navAt = (i: number): boolean => skip.has(i) && isPageNav(lines[i]?.trimmed ?? '');
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line || blankAt(i)) {
      if (line && !line.blank && skip.has(i)) {
        widest = Math.max(widest, gap);
        gap = 0;
      } else gap++;
      open = null;
      continue;
    }
    const gapBefore = open ? 0 : Math.max(gap, widest);
    gap = 0;
    widest = 0;
    if (named.has(i) || carried.has(i)) {
      const text = carried.get(i) ?? line.trimmed;
      // A part's name on a reader's page may lead with its number in any form (`ONE | salt`, `2. Tau`).
      const numbered = /^(\S+)\s*[|:.\-–—]\s+(\S.*)$/u.exec(text);
      const number = numbered ? parseNumber(numbered[1] ?? '') : null;
      const matched = matchHeading(text);
      // A page title line's heading is that page's chapter, whatever it calls the installment (`Part Three`).
      const heading = matched ? (carried.has(i) && matched.level === 'part' ? { ...matched, level: 'chapter' as const } : matched) : { ruleId: 'heading-page-title', level: 'chapter' as const, number, label: null, title: number !== null ? (numbered?.[2] ?? text) : text, text, marked: false };
      units.push({ kind: 'heading', heading, lines: [line], joins: [], gapBefore, anchored: true });
      open = null;
      continue;
    }
    if (ILLUSTRATION.test(line.trimmed)) {
      i = readIllustration(lines, i, to, gapBefore, units);
      open = null;
      continue;
    }
    // Under a contents label every line is an entry of its own, never a wrapped paragraph.
    if (blankAt(i - 1) || open === null) inContents = isContentsLabel(line.trimmed);
    const blockStart = blankAt(i - 1) || open === null || open.kind !== 'text' || inContents;
    const alone = blankAt(i - 1) && blankAt(i + 1);
    const midBlock = !blockStart && layout.mode !== 'lines';
    const mayClose = blankAt(i + 1) && (lines[i - 1]?.trimmed.length ?? 0) <= 40;
    const special = midBlock && !mayStandApart(line.trimmed, mayClose) ? null : classifyLine(line);
    const short = layout.wrapWidth === null ? line.trimmed.length <= 80 : line.text.length < layout.wrapWidth * 0.8;
    const wrappedHeading = special?.heading && blockStart && !short ? headingContinuation(lines, i, to, blankAt) : 0;
    if (special?.heading && wrappedHeading > 0) {
      const more = lines.slice(i + 1, i + 1 + wrappedHeading);
      const title = [special.heading.title ?? '', ...more.map((l) => l.trimmed)].join(' ').replace(/\.$/, '').trim();
      units.push({ kind: 'heading', heading: { ...special.heading, title }, lines: [line, ...more], joins: more.map(() => 'space'), gapBefore });
      i += wrappedHeading;
      open = null;
      continue;
    }
    const closesBlock =
      special?.heading !== undefined &&
      (closesBlockAsHeading(special.heading, lines[i - 1]?.trimmed, blankAt(i + 1)) ||
        opensLabelledSection(special.heading, blankAt(i + 1) ? undefined : lines[i + 1]?.trimmed) ||
        (layout.mode !== 'lines' && gluedBetweenParagraphs(special.heading, lines[i - 1]?.trimmed, line.trimmed)) ||
        (!blankAt(i - 1) && !blankAt(i + 1) && amidShortLines(special.heading, lines[i - 1]?.trimmed, lines[i + 1]?.trimmed)));
    if (special && (!special.heading?.apart || alone) && (layout.mode === 'lines' || alone || special.strong || (blockStart && short) || closesBlock)) {
      const unit: Unit = { kind: special.kind, lines: [line], joins: [], gapBefore };
      if (special.heading) unit.heading = special.heading;
      if (special.heading && (navAt(i - 1) || navAt(i + 1))) unit.anchored = true;
      if (special.label !== undefined) unit.label = special.label;
      units.push(unit);
      open = units.length > 0 && !blankAt(i + 1) ? unit : null;
      continue;
    }
    const prev = lines[i - 1];
    if (open && open.kind === 'text' && prev && !blankAt(i - 1)) {
      const join = joinKind(layout, prev, line);
      // A run of `Key: value` lines is a header list, never one wrapped paragraph, whatever the widths.
      const headerList = (): boolean => /:/.test(line.trimmed) && isFrontLabelLine(line.trimmed) && isFrontLabelLine(prev.trimmed);
      // Lines of one block under the same note mark (`※…` / `※…`) are one note, as they are one paragraph.
      const note = join === 'break' ? matchNoteLabel(line.trimmed) : null;
      const sameNote = note !== null && open.note?.label === note.label && open.note.rest !== '';
      if (join !== 'split' && !(join === 'space' && headerList()) && !(join === 'break' && ((note && !sameNote) || isFrontLabelLine(line.trimmed) || isFrontLabelLine(prev.trimmed)))) {
        open.lines.push(line);
        open.joins.push(join);
        continue;
      }
    }
    const unit: Unit = { kind: 'text', lines: [line], joins: [], gapBefore };
    const note = matchNoteLabel(line.trimmed);
    // (A labelled line straight under another line of a list of `Key: value` lines is one more entry of the list:
    // a logbook's `Ilm: udu` / `Märkus: järv on täna ilus.`. Under a story's header fields, `Summary:` / `Author's
    // Note:`, it is the note it says.)
    const listed = note !== null && note.rest !== '' && prev !== undefined && !blankAt(i - 1) && isFrontLabelLine(prev.trimmed) && matchNoteLabel(prev.trimmed) === null && (matchFieldLine(prev.trimmed)?.meta ?? null) === null;
    if (note && !listed) unit.note = note;
    units.push(unit);
    // A label alone on its line (`Notas do Autor`, `作者有话要说：`) heads the lines below; it never joins them.
    open = blankAt(i + 1) || (note && note.rest === '') ? null : unit;
  }
  return units;
}

/**
 * A long titled heading wrapped onto one or two more lines (Moby-Dick's
 * `CHAPTER 56. Of the Less Erroneous Pictures of Whales, and the True` /
 * `Pictures of Whaling Scenes.`): the number of continuation lines, or 0.
 */
function headingContinuation(lines: readonly Line[], i: number, to: number, blankAt: (i: number) => boolean): number {
  let k = i + 1;
  while (k < to && !blankAt(k) && k - i <= 3) k++;
  const extra = k - i - 1;
  if (extra === 0 || extra > 2 || !blankAt(k)) return 0;
  // A line that is a heading itself is the next entry of a contents list, not the rest of this one.
  return lines.slice(i + 1, k).every((l) => l.trimmed.length <= 70 && l.indent === lines[i]?.indent && matchHeading(l.trimmed) === null) ? extra : 0;
}

/** `[Illustration: caption]` over one or more lines; a chapter heading closing the caption is its own unit. */
function readIllustration(lines: readonly Line[], start: number, to: number, gapBefore: number, units: Unit[]): number {
  let depth = 0;
  let end = start;
  for (; end < to && end < start + 60; end++) {
    for (const ch of lines[end]?.trimmed ?? '') depth += ch === '[' ? 1 : ch === ']' ? -1 : 0;
    if (depth <= 0) break;
  }
  if (depth > 0) end = start;
  const body = lines.slice(start, end + 1).filter((l) => !l.blank);
  const last = body[body.length - 1];
  const lastText = last?.trimmed.replace(/\]$/, '').trim() ?? '';
  const heading = body.length > 1 && last ? matchHeading(lastText) : null;
  const captionLines = heading ? body.slice(0, -1) : body;
  units.push({ kind: 'illustration', lines: captionLines, joins: captionLines.slice(1).map(() => 'break'), gapBefore });
  if (heading && last) units.push({ kind: 'heading', heading, lines: [last], joins: [], gapBefore: 1 });
  return end;
}
