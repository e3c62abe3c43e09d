import { inlineText } from '../inline.js';
import { countWords } from '../../model-text.js';
import type { MdBlock, MdHeading } from '../markdown/mdast-blocks.js';
import { leadNumber, markedHeading } from '../marked-headings.js';
import { parseNumber } from '../numbers.js';
import { isContentsLabel } from '../rules/contents-label.js';
import { isDescriptionLabel } from '../rules/fields.js';
import { matchHeading, type HeadingMatch } from '../rules/headings.js';
import { matchNoteLabel } from '../rules/notes.js';
import type { HtmlReadState } from './hast-blocks.js';

/** A line's text as compared with a heading's or a title's: composed, spaces collapsed, lower case. */
export const fold = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Longer than this, a heading element or a bold line is a paragraph someone styled, not a heading. */
const MAX_HEADING = 120;
const MAX_BOLD_LINE = 80;

/** The kind of heading a line is, for telling whether two lines belong to one set (`One`/`Two`, `Part One`/`Part Two`). */
function shape(text: string): string | null {
  const m = matchHeading(text);
  if (m && m.level !== 'front') return `${m.ruleId}:${m.label?.toLowerCase() ?? ''}`;
  if (parseNumber(text) !== null) return 'number';
  // A number and a title in any case (`i. neap`, `ii. spring`): a set of such bold lines is numbered like headings.
  return leadNumber(text) === null ? null : 'lead-number';
}

const looksNumbered = (text: string): boolean => {
  const m = matchHeading(text);
  return (m !== null && (m.level === 'chapter' || m.level === 'part') && (m.number !== null || m.label !== null)) || parseNumber(text) !== null;
};

/** The text of a paragraph that is one bold run and nothing else (`<p><b>Two</b></p>`), or null. */
function boldLine(b: MdBlock): string | null {
  if (b.type !== 'paragraph' || b.children.length !== 1) return null;
  const only = b.children[0]!;
  if (only.type !== 'strong') return null;
  const text = inlineText(only.children).trim();
  return text !== '' && !text.includes('\n') && text.length <= MAX_BOLD_LINE ? text : null;
}

/**
 * Which of a page's chapter-level headings its markup marks. The first heading, alone at the top level
 * over deeper ones (or alone on the page and not shaped like a chapter's), names the work and is left to
 * the title reader. Of the rest, the top level holds the chapters, unless every heading there is a part
 * (`Part One`) over deeper headings: then those are parts and the next level down the chapters. Deeper
 * headings are left to the text's own reading (sections, scene labels).
 */
function markupHeadings(blocks: readonly MdBlock[], titles: readonly string[]): { chapters: number[]; parts: number[]; workNotes: number[] } {
  const named = new Set(titles.map(fold));
  const all: { i: number; h: MdHeading }[] = [];
  blocks.forEach((b, i) => {
    // A label (`Summary:`, `Notes:`, an `<h2>Summary</h2>`) heads a note or the blurb, a contents label a list, the work's title the page.
    if (b.type !== 'mdHeading' || b.text.length > MAX_HEADING || isContentsLabel(b.text) || isDescriptionLabel(b.text) || /[:：]$/u.test(b.text)) return;
    if (matchNoteLabel(b.text) === null && (!named.has(fold(b.text)) || looksNumbered(b.text))) all.push({ i, h: b });
  });
  const first = all[0];
  if (first !== undefined && !all.slice(1).some((x) => x.h.depth <= first.h.depth)) {
    if (all.length > 1 || !looksNumbered(first.h.text)) all.shift();
  }
  if (all.length === 0) return { chapters: [], parts: [], workNotes: [] };
  const depths = [...new Set(all.map((x) => x.h.depth))].sort((a, b) => a - b);
  const top = all.filter((x) => x.h.depth === depths[0]);
  const partsOnTop = depths.length > 1 && top.every((x) => matchHeading(x.h.text)?.level === 'part');
  const chapterDepth = partsOnTop ? depths[1] : depths[0];
  const chapters = all.filter((x) => x.h.depth === chapterDepth).map((x) => x.i);
  // A note's label at the chapters' level after the last of them (`<h2>Author's Note</h2>`) heads a note on the whole work.
  // Back matter headed alike (`About the Author`) may follow it: the story ends at its last numbered chapter, when it numbers them.
  const numbered = chapters.filter((i) => looksNumbered((blocks[i] as MdHeading).text));
  const story = numbered.length > 0 ? numbered : chapters;
  const last = story[story.length - 1] ?? Infinity;
  const workNotes = blocks.flatMap((b, i) => (i > last && b.type === 'mdHeading' && b.depth === chapterDepth && matchNoteLabel(b.text) !== null ? [i] : []));
  return { chapters, parts: partsOnTop ? top.map((x) => x.i) : [], workNotes };
}

/**
 * Bold lines that stand as headings: those shaped like the page's marked chapter headings (`One` as an
 * `<h1>`, `Two` a bold paragraph), or, where the markup marks none, a set of two or more bold lines of one
 * shape with rising numbers and story between them (`<b>One</b>` … `<b>Two</b>`).
 */
function boldHeadings(blocks: readonly MdBlock[], chapterShapes: ReadonlySet<string>): number[] {
  const bold: { i: number; text: string; shape: string }[] = [];
  blocks.forEach((b, i) => {
    const text = boldLine(b);
    const s = text === null ? null : shape(text);
    if (text !== null && s !== null) bold.push({ i, text, shape: s });
  });
  if (chapterShapes.size > 0) return bold.filter((x) => chapterShapes.has(x.shape)).map((x) => x.i);
  const sets = new Map<string, typeof bold>();
  for (const x of bold) {
    const set = sets.get(x.shape);
    if (set) set.push(x);
    else sets.set(x.shape, [x]);
  }
  const out: number[] = [];
  for (const set of sets.values()) {
    const numbers = set.map((x) => markedHeading(x.text, '').number);
    const rising = numbers.every((n, k) => n !== null && (k === 0 || n > numbers[k - 1]!));
    const apart = set.every((x, k) => k === 0 || blocks.slice(set[k - 1]!.i + 1, x.i).some((b) => b.type === 'paragraph' && boldLine(b) === null));
    if (set.length >= 2 && rising && apart) out.push(...set.map((x) => x.i));
  }
  return out.sort((a, b) => a - b);
}

/** Words under a page's box heading at the most: more is a chapter of the story's. */
const BOX_WORDS = 60;

/** The words between a heading and the next. */
function sectionWords(blocks: readonly MdBlock[], at: number): number {
  let words = 0;
  for (let k = at + 1; k < blocks.length && blocks[k]!.type !== 'mdHeading'; k++) {
    const b = blocks[k]!;
    if (b.type === 'paragraph') words += countWords(inlineText(b.children));
  }
  return words;
}

/** A heading split by `<br>` whose whole reads as a name: its first line's number, the rest its title. */
function split(h: HeadingMatch, lines: readonly string[] | undefined): HeadingMatch {
  if (h.number !== null || lines === undefined) return h;
  const head = markedHeading(lines[0]!, h.ruleId);
  return head.number === null ? h : { ...h, number: head.number, label: head.label, title: head.title ?? lines.slice(1).join(' ') };
}

/**
 * The headings a page's markup marks, by block index (`titles`: the work's title and author as the page names them, never a chapter): `<h1>`–`<h6>` at the chapter level (rule
 * `html-heading`) and bold lines that join them or form a set of their own (`html-bold-heading`), each
 * named in an info diagnostic; and the note labels at the chapters' level after the last chapter.
 */
export function markHeadings(blocks: readonly MdBlock[], titles: readonly string[], state: HtmlReadState): { marks: Map<number, HeadingMatch>; workNotes: number[] } {
  const { sink } = state;
  const out = new Map<number, HeadingMatch>();
  const found = markupHeadings(blocks, titles);
  const { parts, workNotes } = found;
  let { chapters } = found;
  const text = (i: number): string => (blocks[i]!.type === 'mdHeading' ? (blocks[i] as MdHeading).text : boldLine(blocks[i]!)!);
  // Headings only after a story whose chapters are a numbered set of bold lines, none numbered themselves, head
  // the page's boxes under it (`Attachments (1)`, `Comments`): not chapters.
  const ownSet = boldHeadings(blocks, new Set());
  const lastOwn = ownSet[ownSet.length - 1] ?? Infinity;
  if (ownSet.length >= 2 && chapters.length > 0 && chapters.every((i) => i > lastOwn && !looksNumbered(text(i)))) {
    sink.info('html-tail-headings', blocks[chapters[0]!]!.position.start.line, `${chapters.length} heading(s) after the story's numbered bold chapter headings, none numbered: the page's boxes, not chapters`);
    chapters = [];
  }
  // Headings after a numbered story's last chapter, none numbered or named as chapters are, over a few words each,
  // head the page's boxes (`Commentaires`, `Catégories`, `Derniers billets`): not chapters.
  const numbered = chapters.filter((i) => looksNumbered(text(i)));
  const boxes = numbered.length >= 2 ? chapters.filter((i) => i > numbered[numbered.length - 1]!) : [];
  if (boxes.length > 0 && boxes.every((i) => matchHeading(text(i)) === null && sectionWords(blocks, i) <= BOX_WORDS)) {
    sink.info('html-tail-headings', blocks[boxes[0]!]!.position.start.line, `${boxes.length} heading(s) after the story's last numbered chapter, none numbered, over a few words each: the page's boxes, not chapters`);
    chapters = chapters.filter((i) => !boxes.includes(i));
  }
  for (const i of [...parts, ...chapters]) {
    const h = split(markedHeading(text(i), 'html-heading'), state.headingLines.get(blocks[i]!));
    out.set(i, parts.includes(i) ? { ...h, level: 'part' } : h);
    sink.info('html-heading', blocks[i]!.position.start.line, `<h${(blocks[i] as MdHeading).depth}> "${text(i)}" read as a ${parts.includes(i) ? 'part' : 'chapter'} heading`);
  }
  const shapes = new Set(chapters.map((i) => shape(text(i))).filter((s): s is string => s !== null));
  for (const i of boldHeadings(blocks, shapes)) {
    out.set(i, markedHeading(text(i), 'html-bold-heading'));
    sink.info('html-bold-heading', blocks[i]!.position.start.line, `bold line "${text(i)}" read as a heading, one of a set`);
  }
  // Parts over no chapters (`Part One: The Well`, `Part Two: Deeper`) are the chapters, as in plain text.
  if (out.size > 0 && [...out.values()].every((h) => h.level === 'part')) for (const [i, h] of out) out.set(i, { ...h, level: 'chapter' });
  return { marks: out, workNotes };
}
