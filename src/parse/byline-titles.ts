import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { matchByLine } from './rules/header-labels.js';
import { isTitleLine } from './heading-lines.js';
import { matchHeading, type HeadingMatch } from './rules/headings.js';
import { PAGE_RULE } from './ruled-boxes.js';
import { matchNoteLabel } from './rules/notes.js';

/** Pieces under one writer's by-line before they are believed to be chapters. */
const MIN_PIECES = 2;
/** Lines of a piece's header under its by-line: a stamp, counts, `This story is a sequel to …`. */
const HEAD_LINE_WORDS = 14;

export interface BylineTitles {
  /** Lines (1-based) that head a piece, with their headings. */
  headings: Map<number, HeadingMatch>;
  /** By-lines and the header lines under them (0-based): not the story. */
  skip: number[];
  /** The first piece's title, left to the header reader as the story's; null in an anthology, whose pieces are all chapters. */
  first: string | null;
}

/**
 * A writer's pieces copied one after another from a site, each under its own title and by-line (`The Sender` /
 * `by wrenhollow` / `Written on March 5, 2012 · 2 comments`): a short title line set apart, straight over a
 * by-line, the same writer named twice or more, heads a chapter, and the by-line and the header lines under it
 * leave the body. The first piece's block at the top is the story's header, for the header reader.
 */
export function findBylineTitles(lines: readonly Line[], sink: DiagnosticSink): BylineTitles | null {
  const found: { at: number; end: number; author: string; boxed: boolean }[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const title = lines[i]!.trimmed;
    const next = lines[i + 1]!.trimmed;
    // Cheap tests first: a by-line is short and starts with a letter, and the title over it is short.
    const boxed = i > 0 && PAGE_RULE.test(lines[i - 1]!.trimmed);
    if (title === '' || (i > 0 && !lines[i - 1]!.blank && !boxed) || title.length > 80 || next.length > 80 || next === '' || /[.,;:]$/.test(title)) continue;
    if (!isTitleLine(title) || title.split(/\s+/).length > 10) continue;
    const by = matchByLine(next);
    // A heading (`Prologue`, `Chapter 1`) is the heading rules' to read.
    if (by === null || by.weak || matchHeading(title) !== null) continue;
    let end = i + 2;
    // (A note's label under the stamps, `A note from NAME` as Royal Road sets it, opens the piece's text.)
    const headLine = (t: string): boolean => t.split(/\s+/).length <= HEAD_LINE_WORDS && !/[.!?…"”]$/u.test(t) && matchHeading(t) === null && matchNoteLabel(t) === null;
    while (end < lines.length && !lines[end]!.blank && headLine(lines[end]!.trimmed)) end++;
    if (end < lines.length && !lines[end]!.blank && matchNoteLabel(lines[end]!.trimmed) === null) continue;
    found.push({ at: i, end, author: by.author, boxed: boxed && PAGE_RULE.test(lines[end - 1]!.trimmed) });
  }
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.author, (counts.get(f.author) ?? 0) + 1);
  // A magazine's pieces by several writers, each title and by-line boxed between rules (an e-zine's issue), are
  // its chapters, the first as much as the others: the issue has a name of its own.
  const boxes = found.filter((f) => f.boxed);
  const anthology = boxes.length >= MIN_PIECES && new Set(boxes.map((f) => f.author)).size > 1;
  const chosen = anthology ? boxes : found.filter((f) => (counts.get(f.author) ?? 0) >= MIN_PIECES);
  // Each piece has a title of its own: the story's title set again over each chapter's page is the page's.
  if (chosen.length < MIN_PIECES || new Set(chosen.map((f) => lines[f.at]!.trimmed.toLowerCase())).size < chosen.length) return null;
  const later = anthology ? chosen : chosen.slice(1);
  const headings = new Map<number, HeadingMatch>();
  const skip: number[] = [];
  for (const { at, end } of later) {
    const text = lines[at]!.trimmed;
    headings.set(lines[at]!.no, { ruleId: 'heading-byline-title', level: 'chapter', number: null, label: null, title: text, text, marked: true });
    for (let k = at + 1; k < end; k++) skip.push(k);
    if (anthology) skip.push(at - 1);
  }
  if (anthology) {
    sink.info('heading-boxed-piece', lines[chosen[0]!.at]!.no, `${chosen.length} titles boxed between rules with their writers' by-lines read as the pieces of an anthology; the rules and by-lines left out`);
    return { headings, skip, first: null };
  }
  sink.info('heading-byline-title', lines[later[0]!.at]!.no, `${chosen.length} titles over the same writer's by-line read as the headings of pieces posted one after another; their by-lines and stamps left out`);
  return { headings, skip, first: lines[chosen[0]!.at]!.trimmed };
}
