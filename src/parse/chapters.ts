import type { DiagnosticSink } from '../diagnostics.js';
import type { Block, Chapter, FrontSection, Note, Paragraph } from '../model.js';
import { positionOf, toBlocks } from './blocks.js';
import type { Layout } from './layout.js';
import { countWords } from '../model-text.js';
import { inlineText } from './inline.js';
import type { HeadingMatch } from './rules/headings.js';
import { findNoteFences } from './note-fences.js';
import { isClosingNoteHeading } from './story-notes.js';
import type { Unit } from './units.js';

/** Trailing paragraphs this short after an end note are read as part of it ("Please review!"). */
const NOTE_TAIL_WORDS = 40;
const NOTE_TAIL_PARAGRAPHS = 2;

export function isChapterHeading(u: Unit, partsAreChapters: boolean): boolean {
  const level = u.heading?.level;
  return u.kind === 'heading' && (level === 'chapter' || level === 'front' || (level === 'part' && partsAreChapters));
}

/** Splits the body units at chapter headings; part headings label the chapters under them. */
export function buildChapters(units: readonly Unit[], start: number, layout: Layout, sink: DiagnosticSink): Chapter[] {
  const partsAreChapters = !units.some((u) => u.kind === 'heading' && u.heading?.level === 'chapter');
  const pieces: { headingUnit: Unit | undefined; part: string | null; body: readonly Unit[] }[] = [];
  let part: string | null = null;
  let i = start;
  while (i < units.length) {
    const u = units[i] as Unit;
    if (u.kind === 'heading' && u.heading?.level === 'part' && !partsAreChapters) {
      part = u.heading.text;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < units.length && !(units[j]?.kind === 'heading' && (isChapterHeading(units[j] as Unit, partsAreChapters) || units[j]?.heading?.level === 'part'))) j++;
    const headingUnit = u.kind === 'heading' ? u : undefined;
    // Rules alone between two headings (`~~~~` under `LIBRO UNO: LAS CARTAS`) rule the heading off; they hold no chapter.
    if (!headingUnit && units.slice(i, j).every((x) => x.kind === 'sceneBreak' || x.kind === 'dropped')) {
      i = j;
      continue;
    }
    if (headingUnit?.heading?.part !== undefined) part = headingUnit.heading.part;
    pieces.push({ headingUnit, part, body: units.slice(headingUnit ? i + 1 : i, j) });
    i = j;
  }
  const fences = findNoteFences(pieces.map((p) => p.body));
  const whole = pieces.length === 1 && pieces[0]!.headingUnit === undefined;
  return pieces.map((p) => makeChapter(p.headingUnit?.heading, p.headingUnit, p.part, p.body, layout, sink, fences, whole));
}

function makeChapter(heading: HeadingMatch | undefined, headingUnit: Unit | undefined, part: string | null, body: readonly Unit[], layout: Layout, sink: DiagnosticSink, noteFences?: ReadonlySet<string>, whole = false): Chapter {
  const blocks = toBlocks(body, layout, sink, heading !== undefined ? 'chapter' : whole ? 'whole' : 'front', noteFences);
  const { before, after, children } = splitNotes(blocks);
  const first = headingUnit ?? body[0];
  const last = body[body.length - 1] ?? headingUnit;
  const chapter: Chapter = {
    type: 'chapter',
    number: heading?.number ?? null,
    label: heading?.label ?? null,
    title: heading?.title ?? null,
    heading: headingUnit ? headingUnit.lines.map((l) => l.trimmed).join(' / ') : null,
    part,
    notesBefore: before.map((n) => ({ ...n, place: 'chapterStart' as const })),
    notesAfter: after.map((n) => ({ ...n, place: 'chapterEnd' as const })),
    children,
    position: { start: first ? positionOf(first).start : { line: 1, column: 1 }, end: last ? positionOf(last).end : { line: 1, column: 1 } },
  };
  // An `Afterword` holding only notes is the story's closing note (`closingNoteSection`), not an empty chapter.
  const closing = before.length + after.length > 0 && chapter.heading !== null && isClosingNoteHeading(chapter.heading);
  if (headingUnit && children.length === 0 && !closing) {
    sink.warn('chapter-empty', chapter.position.start.line, `chapter "${chapter.heading ?? ''}" has no text; check that the next heading is not a stray line`);
  }
  return chapter;
}

/** Notes before the first and after the last body block go to the chapter's note slots; soft breaks at the edges go. */
function splitNotes(blocks: Block[]): { before: Note[]; after: Note[]; children: Block[] } {
  const isSoft = (b: Block | undefined): boolean => b?.type === 'sceneBreak' && b.kind === 'soft';
  let start = 0;
  const before: Note[] = [];
  // (A picture over the chapter's note, a web page's banner, stays where it is: the note is still the chapter's first.)
  const pictures: Block[] = [];
  const noteUnderPicture = (k: number): boolean => blocks[k]?.type === 'illustration' && blocks.slice(k + 1).find((b) => b.type !== 'illustration' && !isSoft(b))?.type === 'note';
  while (start < blocks.length && (blocks[start]?.type === 'note' || isSoft(blocks[start]) || noteUnderPicture(start))) {
    const b = blocks[start++] as Block;
    if (b.type === 'note') before.push(b);
    else if (b.type === 'illustration') pictures.push(b);
  }
  let end = blocks.length;
  const after: Note[] = [];
  absorbNoteTail(blocks, start);
  end = blocks.length;
  while (end > start && (blocks[end - 1]?.type === 'note' || isSoft(blocks[end - 1]))) {
    const b = blocks[--end] as Block;
    if (b.type === 'note') after.unshift(b);
  }
  return { before, after, children: [...pictures, ...blocks.slice(start, end)] };
}

/** `A/N: thanks!` followed by one or two short lines at the very end: those lines belong to the note. */
function absorbNoteTail(blocks: Block[], start: number): void {
  let k = blocks.length;
  while (k > start && blocks.length - k < NOTE_TAIL_PARAGRAPHS && blocks[k - 1]?.type === 'paragraph') k--;
  const note = blocks[k - 1];
  if (k === blocks.length || note?.type !== 'note' || k - 1 < start) return;
  const tail = blocks.slice(k) as Paragraph[];
  if (!tail.every((p) => countWords(inlineText(p.children)) <= NOTE_TAIL_WORDS)) return;
  note.children.push(...tail);
  note.position.end = tail[tail.length - 1]?.position.end ?? note.position.end;
  blocks.splice(k);
}

/** Untitled prose before a first heading numbered 2 needs this many words to be read as chapter 1. */
const OPENING_WORDS = 100;

/**
 * `Part 2` as the first heading, with a stretch of untitled prose before
 * it: the story's first part was posted without a heading (a Reddit reply
 * chain). That prose is chapter 1, not front matter.
 */
/**
 * `firstTitle`: the title of the first of a writer's pieces posted one after another (byline-titles.ts), which the
 * header took as the story's: the prose under it is that piece, chapter 1.
 */
export function openingChapter(rest: readonly Unit[], chapters: readonly Chapter[], layout: Layout, sink: DiagnosticSink, firstTitle: string | null = null): Chapter | null {
  if ((chapters[0]?.number !== 2 && firstTitle === null) || rest.some((u) => u.kind === 'heading')) return null;
  let words = 0;
  for (const u of rest) if (u.kind === 'text' && !u.note) words += countWords(u.lines.map((l) => l.trimmed).join(' '));
  if (firstTitle !== null && words > 0) {
    sink.info('heading-byline-title', rest[0]?.lines[0]?.no ?? 1, `the prose under the first piece's title ("${firstTitle}") read as its chapter`);
    return makeChapter({ ruleId: 'heading-byline-title', level: 'chapter', number: null, label: null, title: firstTitle, text: firstTitle, marked: true }, undefined, null, rest, layout, sink);
  }
  if (chapters[0]?.number !== 2 || words < OPENING_WORDS) return null;
  const chapter = makeChapter(undefined, undefined, null, rest, layout, sink);
  sink.info('chapter-unheaded-opening', rest[0]?.lines[0]?.no ?? 1, `the first heading is numbered 2 and ${words} words of prose stand before it: read as an untitled chapter 1`);
  return chapter;
}

/** Front material (preface, etymology) split at its own headings. */
export function buildFrontSections(units: readonly Unit[], layout: Layout, sink: DiagnosticSink): FrontSection[] {
  const sections: FrontSection[] = [];
  let i = 0;
  while (i < units.length) {
    const u = units[i] as Unit;
    const titled = u.kind === 'heading';
    let j = i + 1;
    while (j < units.length && units[j]?.kind !== 'heading') j++;
    const body = units.slice(titled ? i + 1 : i, j);
    const children = toBlocks(body, layout, sink);
    if (children.length > 0 || titled) {
      const last = body[body.length - 1] ?? u;
      sections.push({
        type: 'frontSection',
        title: titled ? (u.heading?.title ?? u.heading?.text ?? null) : null,
        children,
        position: { start: positionOf(u).start, end: positionOf(last).end },
      });
    }
    i = j;
  }
  return sections;
}
