import type { Block, Note, NotePlace, Paragraph, Position } from '../model.js';
import type { DiagnosticSink } from '../diagnostics.js';
import { parseInline } from './inline.js';
import type { Layout } from './layout.js';
import { parseNumber } from './numbers.js';
import { isCommentsOpener, isNavigationLine, isNotePointerText, isPageTailAnchor, matchBoilerplate } from './rules/body-boilerplate.js';
import { countWords } from '../model-text.js';
import { NOTE_TALK_ALONE, NOTE_TALK_FENCED, noteTalkScore } from './rules/note-talk.js';
import { matchNoteLabel, type NoteLabelMatch } from './rules/notes.js';
import { isCopyrightNotice, isRightsStatement } from './rules/fields.js';
import { isRelativeTime, matchDateLine } from './rules/dates.js';
import { unspacedLetters } from './language/script.js';
import { unitText, type Unit } from './units.js';
import { closingFence } from './note-fences.js';

/** Turns units into the model's blocks and notes. */

export function positionOf(unit: Unit): Position {
  const first = unit.lines[0];
  const last = unit.lines[unit.lines.length - 1];
  return {
    start: { line: first?.no ?? 1, column: (first?.indent ?? 0) + 1 },
    end: { line: last?.no ?? 1, column: (last?.text.length ?? 0) + 1 },
  };
}

export function toParagraph(unit: Unit, text: string = unitText(unit)): Paragraph {
  return { type: 'paragraph', children: parseInline(text), position: positionOf(unit) };
}

/** AO3 puts this line between notes and the text (`Chapter Text`, a one-shot's `Work Text:`); Japanese sites (Akatsuki, Hameln) `本文`. */
const CHAPTER_TEXT_MARKER = /^(?:(?:chapter|work) text:?|本文)$/iu;

export function isChapterTextMarker(unit: Unit): boolean {
  return unit.kind === 'text' && unit.lines.length === 1 && CHAPTER_TEXT_MARKER.test(unit.lines[0]?.trimmed ?? '');
}

/** An AO3 chapter's own `Summary:` (the work's summary is read by the front matter first). */
const CHAPTER_SUMMARY = /^(?:chapter\s+)?summary\s*[:：]?\s*(.*)$/is;

/** A unit that opens a note: a labelled one, or a chapter summary before the chapter's text. */
function noteHead(unit: Unit, bodyStarted: boolean): NoteLabelMatch | undefined {
  if (unit.note) return unit.note;
  if (bodyStarted || unit.kind !== 'text') return undefined;
  const m = CHAPTER_SUMMARY.exec(unit.lines[0]?.trimmed ?? '');
  if (!m || (unit.lines.length > 1 && (m[1] ?? '') !== '')) return undefined;
  return { ruleId: 'note-chapter-summary', label: 'Summary', scope: null, rest: unitText(unit).replace(/^[^:：]*[:：]?\s*/, '').trim() };
}

/** AO3's pointer to notes elsewhere: it ends the note above it and is itself no text. */
const isNotePointer = (u: Unit): boolean => u.kind === 'text' && !u.note && u.lines.length <= 2 && isNotePointerText(unitText(u));

const isPlainText = (u: Unit | undefined): u is Unit => u !== undefined && u.kind === 'text' && !u.note && !isChapterTextMarker(u) && !isNotePointer(u);
const isFence = (u: Unit | undefined): boolean => u !== undefined && u.kind === 'sceneBreak' && u.label === undefined;

/** A forum spoiler box: `Spoiler: TITLE` … `Click to expand...`. */
const SPOILER_OPEN = /^spoiler\b/i;
const SPOILER_CLOSE = /^click to (?:expand|shrink)\.{0,3}$/i;
const isSpoilerButton = (u: Unit | undefined): boolean => u?.kind === 'text' && u.lines.length === 1 && SPOILER_CLOSE.test(u.lines[0]?.trimmed ?? '');

/** Paragraphs a note may run on over before a closing separator or `Chapter Text` line. */
const NOTE_FENCE_REACH = 3;
const NOTE_MARKER_REACH = 8;

/**
 * How far the note whose head is at `units[i]` runs: `take` is one past its
 * last paragraph, `end` one past the last unit it owns (a closing separator,
 * a `Chapter Text` marker). Evidence, strongest first: a `Chapter Text`
 * marker below; a separator a few note-like paragraphs below (it closes the
 * note); else only paragraphs that read as the author talking.
 */
function noteExtent(units: readonly Unit[], i: number, labelOnly: boolean, toEnd: boolean): { take: number; end: number; why: string } {
  let j = i + 1;
  // A label alone on its line owns the paragraph below it whatever it says; a spoiler box's button (`Spoiler: Author's Note` / `Click to expand...`) comes between.
  if (labelOnly && isSpoilerButton(units[j]) && isPlainText(units[j + 1])) j++;
  if (labelOnly && isPlainText(units[j])) j++;
  // (Lines the label's block holds with no blank line between are its too when they are a list of `Name: reply` lines
  // under `Review replies:`; a reader view's copy runs the note and the story on with no blank line at all.)
  const entry = (u: Unit | undefined): boolean => u !== undefined && u.lines.length === 1 && /^[^\s:：]{1,30}[:：]\s/u.test(u.lines[0]!.trimmed);
  // (Or lines set in under the label alike, as AO3's text download sets a note's: `Notes` / `    …` / `    …`.)
  const indent = (u: Unit | undefined): number => u?.lines[0]?.indent ?? 0;
  const setIn = (k: number): boolean => indent(units[k]) > indent(units[i]) && indent(units[k]) === indent(units[k - 1]);
  while (labelOnly && j > i + 1 && isPlainText(units[j]) && units[j]!.gapBefore === 0 && ((entry(units[j - 1]) && entry(units[j])) || setIn(j))) j++;
  const first = j;
  let k = first;
  while (k < units.length && k - first < NOTE_MARKER_REACH && isPlainText(units[k])) k++;
  const after = units[k];
  if (after && isChapterTextMarker(after)) return { take: k, end: k, why: 'up to the "Chapter Text" line' };
  if (after && isNotePointer(after)) return { take: k, end: k + 1, why: 'up to the "see the end for more notes" pointer' };
  // AO3's end-note sections run to the end of the chapter or work.
  if (toEnd && k === units.length) return { take: k, end: k, why: 'to the end, as an end-notes section does' };
  const fenceAt = Math.min(k, first + NOTE_FENCE_REACH);
  if (isFence(units[fenceAt]) && units.slice(first, fenceAt).every((u) => noteTalkScore(unitText(u)) >= NOTE_TALK_FENCED)) {
    return { take: fenceAt, end: fenceAt + 1, why: `closed by the separator on line ${units[fenceAt]?.lines[0]?.no ?? 0}` };
  }
  let t = first;
  // A note that ends on a colon announces what follows (`Route for the people who asked:`).
  const announces = (at: number): boolean => /[:：]$/.test(unitText(units[at] as Unit));
  while (t < k && (noteTalkScore(unitText(units[t] as Unit)) >= NOTE_TALK_ALONE || announces(t - 1))) t++;
  // A forum spoiler box inside the note runs to its `Click to expand...` line.
  if (t > first && SPOILER_OPEN.test(units[t - 1]?.lines[0]?.trimmed ?? '')) {
    const close = units.slice(t - 1, Math.min(k, t + 4)).findIndex((u) => u.lines.some((l) => SPOILER_CLOSE.test(l.trimmed)));
    if (close >= 0) t = t - 1 + close + 1;
  }
  return { take: t, end: t, why: t > first ? 'with the paragraphs below that address readers' : '' };
}

/**
 * Reads the note that starts at `units[i]`. A label with text on its line
 * starts with that paragraph; a label alone takes the paragraph below it.
 * Either runs on as far as `noteExtent` finds evidence for. An empty note
 * is dropped with a warning. Returns the note (or null) and the next index.
 */
export function takeNote(units: readonly Unit[], i: number, place: NotePlace, layout: Layout, sink: DiagnosticSink, head: NoteLabelMatch | undefined = units[i]?.note): { note: Note | null; end: number } {
  void layout;
  const unit = units[i] as Unit;
  const match = head;
  if (!match) return { note: null, end: i + 1 };
  const paragraphs: Paragraph[] = [];
  if (match.rest !== '') {
    const full = unitText(unit);
    const restAt = full.indexOf(match.rest.slice(0, 20));
    let text = restAt >= 0 ? full.slice(restAt) : match.rest;
    if (/^[([]/.test(unit.lines[0]?.trimmed ?? '') && /[)\]]$/.test(text)) text = text.slice(0, -1);
    paragraphs.push(toParagraph(unit, text.trim()));
  }
  const extent = noteExtent(units, i, match.rest === '', match.scope === 'chapterEnd' || match.scope === 'storyEnd');
  for (let k = i + 1; k < extent.take; k++) if (!isSpoilerButton(units[k])) paragraphs.push(toParagraph(units[k] as Unit));
  const line = unit.lines[0]?.no ?? 1;
  if (paragraphs.length === 0) {
    sink.warn('note-empty', line, `"${unit.lines[0]?.trimmed ?? ''}" has no text; the empty note was dropped. Add the note's text or delete the label`);
    return { note: null, end: extent.end };
  }
  if (extent.why !== '' && extent.take > i + 1 + (match.rest === '' ? 1 : 0)) {
    sink.info('note-extent', line, `note "${match.label}" runs ${extent.take - i - 1 + (match.rest === '' ? 0 : 1)} paragraphs, ${extent.why}`);
  } else if (extent.end > extent.take) {
    sink.info('note-extent', line, `note "${match.label}" ${extent.why}`);
  }
  const last = paragraphs[paragraphs.length - 1] as Paragraph;
  const note: Note = {
    type: 'note',
    label: match.label,
    place,
    children: paragraphs,
    position: { start: positionOf(unit).start, end: last.position.end },
  };
  return { note, end: extent.end };
}

/** Paragraphs that are page furniture, not story: dropped with a diagnostic. */
function isBodyBoilerplate(u: Unit, sink: DiagnosticSink): boolean {
  if ((u.kind !== 'text' && u.kind !== 'ornament') || u.note) return false;
  const text = unitText(u);
  if (text.length > 260) return false;
  // A drawn closing formula (`~~To be continued?~~`) stays an ornament; drawn navigation (`<< Previous | Next >>`) goes.
  if (u.kind === 'ornament') {
    if (!isNavigationLine(text, (w) => parseNumber(w) !== null)) return false;
    sink.info('boiler-navigation', u.lines[0]?.no ?? 1, `"${text.slice(0, 40)}" is page furniture, left out of the body`);
    return true;
  }
  // A unit of several short lines is furniture when every line is (`4.1K` / `310` / `27`).
  const isNav = (t: string): boolean => isNavigationLine(t, (w) => parseNumber(w) !== null);
  const rule = matchBoilerplate(text);
  // Pointers to notes elsewhere are kept until the notes are read: they mark where a note ends.
  if (rule?.id === 'boiler-note-pointer') return false;
  const nav = !rule && (u.lines.length === 1 ? isNav(text) : u.lines.every((l) => matchBoilerplate(l.trimmed) !== null || isNav(l.trimmed)));
  if (!rule && !nav) return false;
  sink.info(rule?.id ?? 'boiler-navigation', u.lines[0]?.no ?? 1, `"${text.slice(0, 40)}" is page furniture, left out of the body`);
  return true;
}

/** A footer's rights line, its year after the sign wherever it stands: `Forum software by XenForo® © 2010-2024 XenForo Ltd.`. */
const FOOTER_RIGHTS = /^(?=.{1,100}$)(?:\S+\s+){0,8}?\S*©\s?(?:19|20)\d\d\b.*$/u;
/** Lines of a page's tail are short: a user name, a date, a button, a kudos line. */
const PAGE_TAIL_WORDS = 20;
/** Words of a reader's comment under its stamp, at the most: more is a paragraph of the story's. */
const COMMENT_WORDS = 80;
/** A line's length in words, where a Japanese or Thai sentence is as long as its letters say (two of them about a word). */
function tailWeight(t: string): number {
  return Math.max(countWords(t), Math.ceil(unspacedLetters(t) / 2));
}

/**
 * Two sentences of a dozen words or more on consecutive lines are a paragraph of the story's, however short its
 * lines (a page's second part under its `Next Page »`); a comment box's replies stand apart under their names.
 */
function storyLines(units: readonly Unit[]): boolean {
  const prose = units.flatMap((u) => (u.kind === 'text' && !u.note ? u.lines : [])).filter((l) => countWords(l.trimmed) >= 12 && /[.!?…"”»]$/u.test(l.trimmed));
  return prose.some((l, k) => k > 0 && prose[k - 1]!.no === l.no - 1);
}

/** A unit whose line opening the comments stands among its first, under short lines only: from it down, the readers'. */
function openedHere(u: Unit, light: (t: string) => boolean): boolean {
  if (u.kind !== 'text') return false;
  const at = u.lines.findIndex((l) => isCommentsOpener(l.trimmed));
  return at >= 0 && at < 4 && u.lines.slice(0, at).every((l) => light(l.trimmed) && !/[.!?…。！？"”»]$/u.test(l.trimmed));
}

/** One tag alone on its line, its words as the site keeps them: `#ru side of tumblr`, `#my writing`. */
const LONE_TAG = /^#\p{L}[\p{L}\p{M}\p{N}_' -]{0,40}$/u;

/** `Label: value` on one short line; the label a word or three. */
const ENTRY_FIELD = /^\p{L}[\p{L}\p{M}'’]*(?: [\p{L}\p{M}'’]+){0,2}\s?[:：]\s*\S.{0,80}$/u;
/** A reply quoting the story (`NAME wrote: ↑`, `Quote:`) is followed by a line of any length. */
const QUOTE_ANCHOR = /(?:wrote: ↑|^(?:quote|цитата|cita de|zitat von|citation de)(?=[\s:(]|$))/i;

/**
 * A web page's furniture after the story (comment box, share buttons,
 * forum post footer and the next post's header): from the first line only a
 * page says to the end of the chapter, when every line there is short.
 * Author's notes in that stretch are kept.
 */
function cutPageTail(units: readonly Unit[], sink: DiagnosticSink, place: BlockPlace): readonly Unit[] {
  const headed = place === 'chapter';
  // Short: few words, or a few short lines run together (`Kudos` / `… left kudos on this work!`), or a footer row
  // however many words its cells hold, or a comment form of any number of short lines under its anchor (`Leave a
  // Reply` / `Name *` / `Email *` / `Website`), or short lines two of which only a page prints (a share row run into
  // the comment count and form). A wrapped paragraph is neither.
  // (A banner's line of dates and places ends no sentence, however many its words: `Utsav I Vadodara - 5th Jan 25 I …`.)
  const light = (t: string): boolean => tailWeight(t) <= PAGE_TAIL_WORDS || (tailWeight(t) <= 2 * PAGE_TAIL_WORDS && !/[.!?…。！？"”»]$/u.test(t));
  const short = (u: Unit): boolean =>
    u.kind !== 'text' ||
    u.note !== undefined ||
    ((u.lines.length <= 4 || isPageTailAnchor(u.lines[0]!.trimmed) || u.lines.filter((l) => isPageTailAnchor(l.trimmed)).length >= 2) &&
      u.lines.every((l) => light(l.trimmed) || isPageTailAnchor(l.trimmed))) ||
    // (A page's comment section run together with its buttons, the comments between their stamps and `Reply`
    // links: lines only a page prints make half of it, whatever the comments weigh.)
    (u.lines.length >= 8 && u.lines.filter((l) => isPageTailAnchor(l.trimmed)).length * 2 >= u.lines.length) ||
    // (Or opened by the comments' line under a few links, the comments glued below it: `Texte suivant` /
    // `Commentaires (3)` / the readers' names, stamps and words.)
    openedHere(u, light) ||
    // (A footer's links one to a line, `About Us` / `Contact Us` / `Privacy Policy`, however many.)
    u.lines.every((l) => (tailWeight(l.trimmed) <= 5 && !/[.!?…。,;:]$/u.test(l.trimmed)) || FOOTER_RIGHTS.test(l.trimmed)) ||
    isRightsStatement(unitText(u));
  const quoted = (k: number): boolean => [units[k - 1], units[k]].some((u) => u?.lines.some((l) => QUOTE_ANCHOR.test(l.trimmed)) === true);
  // A comment under its stamp, a line only a page prints (`quillandkettle (62) · 2 days ago`), whatever it weighs,
  // below the line that opens the comments (a chat log's posts under their stamps are the story).
  const opened = units.findIndex((u) => u.kind === 'text' && u.lines.some((l) => isCommentsOpener(l.trimmed)));
  const stamped = (k: number): boolean => {
    const above = units[k - 1];
    const u = units[k]!;
    if (opened < 0 || opened >= k || u.kind !== 'text' || countWords(unitText(u)) > COMMENT_WORDS) return false;
    // (Or the comment's card itself, its writer's name over the date it was left: `Lariviere` / `12/03/2024` / …)
    const card = u.lines.length >= 3 && u.lines.slice(1, 3).some((l) => matchDateLine(l.trimmed) !== null || isRelativeTime(l.trimmed)) && tailWeight(u.lines[0]!.trimmed) <= 4;
    return card || (above?.kind === 'text' && above.lines.length === 1 && isPageTailAnchor(above.lines[0]!.trimmed));
  };
  // Below the line that opens the comments, a block of short lines however many (the comment form, the blog's
  // sidebar and its poll run on under the comments) is the page's.
  const underOpener = (k: number): boolean => opened >= 0 && opened < k && units[k]!.kind === 'text' && units[k]!.lines.every((l) => light(l.trimmed));
  // Tumblr's tags copied one to a line (`#мои тексты` / `#драббл`): a lone tag may be a word of the story, a run of them is the post's.
  const tagLines = (u: Unit | undefined): boolean => u?.kind === 'text' && !u.note && u.lines.every((l) => LONE_TAG.test(l.trimmed));
  const tagRun = (k: number): boolean => tagLines(units[k]) && (units[k]!.lines.length > 1 || tagLines(units[k - 1]) || tagLines(units[k + 1]));
  const anchors: number[] = [];
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k] as Unit;
    if (u.kind === 'heading' || !(short(u) || quoted(k) || stamped(k) || underOpener(k))) break;
    if (u.lines.some((l) => isPageTailAnchor(l.trimmed) || isCommentsOpener(l.trimmed)) || tagRun(k)) anchors.unshift(k);
  }
  // The tail follows the story: in a chapter, navigation right under its heading (`← parte 2 | masterlist`) opens
  // the text and the short lines after it are the chapter's own, so the tail starts at the first anchor with story
  // above it. (Above a page's first heading, everything short may be the page's.)
  const storyAbove = (k: number): boolean => !headed || units.slice(0, k).some((u, j) => u.kind === 'text' && u.note === undefined && !anchors.includes(j));
  // (An anchor whose tail would outweigh the story above tells less than a later one: a share row over a long
  // comment box under a short last chapter.)
  for (const anchor of anchors.filter(storyAbove)) {
    const cut = tailFrom(units, anchor, sink, place === 'whole');
    if (cut) return cut;
  }
  return anchors.some(storyAbove) ? units : cutCopyrightTail(units, sink);
}

/** Where a run of units stands: under a chapter's heading, above the first heading, or the text itself, which has none. */
export type BlockPlace = 'chapter' | 'front' | 'whole';

/** The units with the page's tail from `anchor` left out, or null when what it would cut reads as the story's. */
function tailFrom(units: readonly Unit[], anchor: number, sink: DiagnosticSink, whole: boolean): readonly Unit[] | null {
  let from = anchor;
  const lone = (u: Unit | undefined): string | null => (u?.kind === 'text' && !u.note && u.lines.length === 1 ? u.lines[0]!.trimmed : null);
  // A pop-up's title glued over its text (`Additional information available` / `Click on the … button`).
  const title = lone(units[from - 1]);
  if (title !== null && units[from]!.gapBefore === 0 && tailWeight(title) <= 6 && !/[.!?…"”»。！？」』]$/u.test(title)) from--;
  // A journal entry's own fields above its footer (`Current mood: tired`, `Musique : Barbara`).
  const entryFields = (u: Unit | undefined): boolean =>
    u?.kind === 'text' && !u.note && u.lines.every((l) => ENTRY_FIELD.test(l.trimmed) && matchNoteLabel(l.trimmed) === null);
  while (entryFields(units[from - 1])) from--;
  // The site's licence or public-domain notice just above its footer (Wikisource's `This work is in the public domain…`).
  while (units[from - 1]?.kind === 'text' && !units[from - 1]!.note && isRightsStatement(unitText(units[from - 1]!))) from--;
  // The poster's name stands on its own line just above a forum post's header (not a line of unspaced speech, `「…」`).
  if (/^[^\s.!?…"”»。！？」』]{1,30}$/u.test(lone(units[from - 1]) ?? '')) from--;
  const kept = units.slice(from).filter((u) => u.note !== undefined);
  // A page's furniture is small beside its story: a "tail" holding more words than the text above it is the story.
  const words = (list: readonly Unit[]): number => list.reduce((n, u) => n + (u.kind === 'text' && !u.note ? countWords(unitText(u)) : 0), 0);
  // (Blocks that open on a line only a page prints, a comment form, a share row, are the page's whatever their words.)
  const cut = words(units.slice(from).filter((u) => !isPageTailAnchor(u.lines[0]?.trimmed ?? '')));
  // (And a tail follows a story: in a text with no heading, with no words above it the "tail" is the text itself,
  // however short. Above a first heading the story is below, and short lines there may all be the page's.)
  const story = words(units.slice(0, from));
  // (Under the line that opens the comments, the readers' words may outweigh a short last chapter: they are theirs.)
  const comments = units.slice(from, anchor + 1).some((u) => u.lines.some((l) => isCommentsOpener(l.trimmed)));
  if ((whole && story === 0) || (cut > 60 && cut > story && !comments) || storyLines(units.slice(from))) return null;
  const first = units[from]?.lines[0]?.no ?? 1;
  const lastUnit = units[units.length - 1];
  sink.info('boiler-page-tail', first, 'web page furniture after the story (comments, buttons, post footer) left out of the body', { endLine: lastUnit?.lines[lastUnit.lines.length - 1]?.no ?? first });
  return [...units.slice(0, from), ...kept];
}

/** A copyright notice closing the text (`© Ilze Kalniņa, 2004` under `THE END`), with the rules fencing it. */
function cutCopyrightTail(units: readonly Unit[], sink: DiagnosticSink): readonly Unit[] {
  let from = units.length;
  while (from > 0 && units[from - 1]!.kind === 'sceneBreak') from--;
  const last = units[from - 1];
  if (last?.kind !== 'text' || last.note !== undefined || !isCopyrightNotice(unitText(last))) return units;
  sink.info('boiler-copyright-tail', last.lines[0]?.no ?? 1, 'the copyright notice closing the text is left out of the body');
  return units.slice(0, from - 1);
}

/** Paragraphs of an unlabelled note before the separator that sets the story apart, and words enough after it. */
const OPENING_TALK_REACH = 3;
const OPENING_TALK_WORDS = 120;

/**
 * Where the text opens with its poster talking to readers, unlabelled, and a separator under it sets the story
 * apart (`Well, you asked for it. … please don't archive it …` / `---`): the separator's index, or -1. Each paragraph
 * must read as talk on its own, and the story must go on under the separator.
 */
function openingTalk(units: readonly Unit[]): number {
  const fence = units.findIndex((u) => !isPlainText(u));
  if (fence < 1 || fence > OPENING_TALK_REACH || !isFence(units[fence]) || !units.slice(fence + 1).some(isPlainText)) return -1;
  const talk = units.slice(0, fence);
  if (countWords(talk.map(unitText).join(' ')) > OPENING_TALK_WORDS || !talk.every((u) => noteTalkScore(unitText(u)) >= NOTE_TALK_ALONE)) return -1;
  return fence;
}

/**
 * Units of one chapter (`place`: under its heading, above the first heading, or the whole text) to blocks. Notes are returned
 * in place; the caller moves leading and trailing ones to their slots.
 * Separators that fence a note or stand at either edge of the chapter are
 * not scene breaks and are left out.
 */
export function toBlocks(all: readonly Unit[], layout: Layout, sink: DiagnosticSink, place: BlockPlace = 'front', noteFences: ReadonlySet<string> = NO_FENCES): Block[] {
  // A plea straight under a bare note label (`End Notes` / `Comments are love…`) is that note's text.
  const units = cutPageTail(all, sink, place).filter((u, k, kept) => (kept[k - 1]?.note?.rest === '' && kept[k - 1]?.kind === 'text') || !isBodyBoilerplate(u, sink));
  const blocks: Block[] = [];
  let bodyStarted = false;
  const talk = openingTalk(units);
  if (talk > 0) {
    blocks.push(unlabelledNote(units.slice(0, talk), 'Introduction'));
    sink.info('note-opening-talk', units[0]!.lines[0]?.no ?? 1, 'the paragraphs talking to readers over the separator that sets the story apart read as a note');
  }
  const fence = closingFence(units, noteFences);
  const end = fence < 0 ? units.length : fence;
  for (let i = Math.max(0, talk + 1); i < end; ) {
    const u = units[i] as Unit;
    const prev = blocks[blocks.length - 1];
    const head = noteHead(u, bodyStarted);
    if (head) {
      const { note, end } = takeNote(units, i, 'inline', layout, sink, head);
      if (note) blocks.push(note);
      i = end;
      continue;
    }
    i++;
    switch (u.kind) {
      case 'text':
        if (u.lines.length === 1 && SPOILER_CLOSE.test(u.lines[0]?.trimmed ?? '')) {
          sink.info('boiler-site', u.lines[0]?.no ?? 1, 'forum spoiler-box button left out of the body');
          break;
        }
        if (isNotePointer(u)) {
          sink.info('boiler-note-pointer', u.lines[0]?.no ?? 1, 'pointer to notes elsewhere left out of the body');
          break;
        }
        if (isChapterTextMarker(u)) {
          sink.info('note-ao3-chapter-text', u.lines[0]?.no ?? 1, `the "${u.lines[0]?.trimmed}" marker ends the chapter notes; left out of the body`);
          break;
        }
        if (prev && prev.type === 'paragraph' && u.gapBefore >= layout.softGap) {
          blocks.push({ type: 'sceneBreak', kind: 'soft', marker: null, label: null, position: positionOf(u) });
        }
        blocks.push(toParagraph(u));
        bodyStarted = true;
        break;
      case 'sceneBreak':
        if (prev?.type === 'sceneBreak' && prev.kind === 'hard' && prev.label === null && u.label === undefined) {
          prev.position.end = positionOf(u).end;
          break;
        }
        blocks.push({ type: 'sceneBreak', kind: 'hard', marker: u.lines[0]?.trimmed ?? null, label: u.label ?? null, position: positionOf(u) });
        break;
      case 'pov':
        blocks.push({ type: 'pov', name: u.label ?? '', position: positionOf(u) });
        break;
      case 'ornament':
        blocks.push({ type: 'ornament', text: u.label ?? u.lines[0]?.trimmed ?? '', position: positionOf(u) });
        break;
      case 'illustration':
        blocks.push({ type: 'illustration', caption: parseInline(illustrationCaption(u)), position: positionOf(u) });
        bodyStarted = true;
        break;
      case 'heading':
        blocks.push(toParagraph(u));
        bodyStarted = true;
        break;
      case 'dropped':
        break;
    }
  }
  if (fence >= 0) {
    blocks.push(unlabelledNote(units.slice(fence + 1), 'Afterword'));
    sink.info('note-fenced-afterword', units[fence + 1]!.lines[0]?.no ?? 1, `the text under the separator on line ${units[fence]!.lines[0]?.no ?? 0}, which this file uses only to set notes apart, read as the chapter's afterword`);
  }
  return dropFences(blocks, sink);
}

const NO_FENCES: ReadonlySet<string> = new Set();

function unlabelledNote(units: readonly Unit[], label: string): Note {
  return { type: 'note', label, place: 'inline', children: units.map((u) => toParagraph(u)), position: { start: positionOf(units[0]!).start, end: positionOf(units[units.length - 1]!).end } };
}

const isBody = (b: Block): boolean => b.type === 'paragraph' || b.type === 'illustration' || b.type === 'pov';
/** An asterism drawn over several rows closing a chapter is the edition's ornament, kept as it stands (Alice, chapter I). */
const drawnOverRows = (b: Block): boolean => b.position.end.line - b.position.start.line >= 2;

const isPlainBreak = (b: Block | undefined): boolean => b?.type === 'sceneBreak' && b.kind === 'hard' && b.label === null;

/**
 * Unlabelled separators before the first or after the last passage of
 * body, or next to a note, divide a note from the text (or end the page):
 * they are not scene breaks. Labelled breaks (`II.`) always stay.
 */
export function dropFences(blocks: Block[], sink: DiagnosticSink, isOrnament: (b: Block) => boolean = drawnOverRows): Block[] {
  const first = blocks.findIndex(isBody);
  let last = -1;
  for (let k = blocks.length - 1; k >= 0; k--) if (isBody(blocks[k] as Block)) { last = k; break; }
  return blocks.filter((b, k) => {
    if (!isPlainBreak(b)) return true;
    const edge = first === -1 || k < first || k > last;
    const byNote = blocks[k - 1]?.type === 'note' || blocks[k + 1]?.type === 'note';
    if (!edge && !byNote) return true;
    if (!byNote && isOrnament(b)) return true;
    sink.info('break-fence', b.position.start.line, edge ? 'separator at the edge of the chapter, not a scene break' : 'separator next to an author\'s note, not a scene break');
    return false;
  });
}

function illustrationCaption(unit: Unit): string {
  return unit.lines
    .map((l) => l.trimmed)
    .join('\n')
    .replace(/^\[Illustration:?\s*/i, '')
    .replace(/\]\s*$/, '')
    .trim();
}
