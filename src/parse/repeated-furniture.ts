import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import type { Unit } from './units.js';
import { countWords } from '../model-text.js';
import { isDescriptionLabel } from './rules/fields.js';
import { matchHeading } from './rules/headings.js';
import { matchNoteLabel } from './rules/notes.js';
import { isSceneBreak } from './rules/markers.js';
import { isNameLike } from './rules/header-labels.js';

/** Shorter lines say too little to compare (`19`, `Yes.`). */
const MIN_LENGTH = 6;
/** Lines this long or longer are prose, never a page's furniture. */
const PROSE_WORDS = 25;

/** A post's footer labels whose values change from post to post: `tagged: pigeons, city`, `Sequels: The Sender`. */
const FOOTER_KEY = /^(tags?|tagged(?: with)?|labels?|categor(?:y|ies)|filed under|posted in|sequels?|prequels?|etiquetas|schlagwörter|étiquettes)\s*:/iu;

/**
 * A line's shape: digits and spacing folded, so `9 captures` and `6 captures`, or two archive stamps, compare alike;
 * a footer label stands for its line whatever its value.
 */
function shape(t: string): string {
  const key = FOOTER_KEY.exec(t);
  if (key) return `${key[1]!.toLowerCase()}:`;
  return t.replace(/\p{Nd}+/gu, '0').replace(/\s+/g, ' ').toLowerCase();
}

/** Long enough to compare, short enough to be no prose: checked on every line, so cheap. */
const comparable = (t: string): boolean => t.length >= MIN_LENGTH && t.split(/\s+/).length < PROSE_WORDS;

/** A heading, a break or a label is the text's own however often it repeats: checked only on repeated lines. */
function ownLine(t: string): boolean {
  // A note's or a summary's label (`Notes:`, `Summary:`) repeats over every chapter's note; it is no furniture.
  return isSceneBreak(t) || matchHeading(t) !== null || matchNoteLabel(t) !== null || isDescriptionLabel(t);
}

/** A line too short to compare: a few characters, or up to three short words that are not a sentence. */
function tiny(t: string): boolean {
  return t.length < MIN_LENGTH || (t.length <= 24 && t.split(/\s+/).length <= 3 && !sentence(t));
}

/** A refrain or a repeated line of dialogue ends as a sentence does; a site's furniture rarely does. */
function sentence(t: string): boolean {
  return /[.!?…"”»。！？]$/u.test(t);
}

/** A line of a site's furniture has no sentence in it: a name, a label, a count, a button, a title. */
function furnitureShaped(t: string): boolean {
  return !/[.!?…"”»。！？,;，、]$/u.test(t) && !/^["“«„'‘—–-]/u.test(t);
}

/**
 * A page saved one after another (archived copies, a site's page per chapter) repeats its furniture between the
 * chapters: the archive's toolbar, the site's header with the story's title, author and stats line, a review
 * link. Two or more different lines, each found more than once in the file and none of them a sentence,
 * standing together (blank lines between them at most) are such furniture. Units of text made of such lines leave
 * the body once the headings are known, where they stand at a chapter's edge (after its last paragraph of story
 * or before its first; notes and breaks among them stay). A lone repeated line is left alone, and so is a
 * refrain or a repeated exchange inside a chapter; but the story's title (`title`, read from its header) set again
 * over a chapter is furniture alone. Above the first heading the header readers decide. `skip`:
 * lines the archive frame already left out (the header read at the top counts as the first copy), which never
 * break a block.
 */
export function dropRepeatedFurniture(units: Unit[], lines: readonly Line[], skip: ReadonlySet<number>, title: string | null, sink: DiagnosticSink): CardName | null {
  dropRepeatedTails(units, sink);
  const furniture = repeatedBlocks(lines, skip, title === null ? null : shape(title));
  if (furniture.size === 0) return null;
  const dropped: Unit[] = [];
  const take = (u: Unit | undefined): boolean => {
    if (!u || u.kind === 'heading') return false;
    if (u.kind === 'text' && u.note === undefined) {
      // A page's own short line between the copies (`< Prev    Chapter 3. Thaw`) is passed over, and kept.
      if (isFurniture(u, furniture)) dropped.push(u);
      else if (!u.lines.every((l) => furnitureShaped(l.trimmed) && l.trimmed.split(/\s+/).length < 8)) return false;
    }
    return true;
  };
  const headings = units.flatMap((u, k) => (u.kind === 'heading' ? [k] : []));
  // The text above the first heading ends as every chapter does (a piece's own footer); its top is the header readers'.
  for (let j = (headings[0] ?? 0) - 1; j >= 0 && take(units[j]); j--);
  for (const [n, h] of headings.entries()) {
    const end = headings[n + 1] ?? units.length;
    let k = h + 1;
    while (k < end && take(units[k])) k++;
    for (let j = end - 1; j >= k && take(units[j]); j--);
  }
  for (const u of dropped) u.kind = 'dropped';
  // The cards left out whole under their headings, then those run into the chapter's first paragraph.
  const cards = headings.flatMap((h) => (units[h + 1] !== undefined && dropped.includes(units[h + 1]!) ? [{ name: units[h + 1]!.lines[0]!.trimmed, line: units[h + 1]!.lines[0]!.no }] : []));
  const trimmed = trimCardLines(units, headings, furniture, sink);
  if (dropped.length > 0) sink.info('boiler-repeated-furniture', dropped[0]!.lines[0]!.no, `${dropped.length} blocks of lines repeated between the chapters (a saved page's header, toolbar or links) left out of the body`);
  return cardAuthor([...cards, ...trimmed]);
}

/** The name that opens the card under every chapter heading, and its first line. */
export interface CardName {
  name: string;
  line: number;
}

/**
 * A chapter page copied with no blank lines runs the site's card under each heading (the author, the genre, the length,
 * `3 ngày trước`, `Chương trước` / `Mục lục` / `Chương sau`) into the chapter's first paragraph: two lines or more of
 * such furniture opening the unit under a heading leave it, the story's lines under them stay.
 */
function trimCardLines(units: Unit[], headings: readonly number[], furniture: ReadonlySet<number>, sink: DiagnosticSink): CardName[] {
  const firsts: CardName[] = [];
  for (const h of headings) {
    const u = units[h + 1];
    if (u?.kind !== 'text' || u.note !== undefined) continue;
    let n = 0;
    while (n < u.lines.length && furniture.has(u.lines[n]!.no - 1)) n++;
    if (n < 2 || n === u.lines.length) continue;
    sink.info('boiler-repeated-furniture', u.lines[0]!.no, `${n} lines of the site's card repeated under each chapter heading left out of the body`, { endLine: u.lines[n - 1]!.no });
    firsts.push({ name: u.lines[0]!.trimmed, line: u.lines[0]!.no });
    u.lines = u.lines.slice(n);
  }
  return firsts;
}

/** The same bare name opening every card under the chapters' headings is who wrote them. */
function cardAuthor(firsts: readonly CardName[]): CardName | null {
  const first = firsts[0];
  const named = first !== undefined && firsts.length >= 2 && firsts.every((f) => f.name === first.name) && first.name.split(/\s+/).length <= 4 && isNameLike(first.name);
  return named ? first : null;
}

/**
 * The same block of two short lines or more closing three chapters or more, calling the reader to thank, like,
 * comment or report (`¡Gracias por leer! Apoya a la autora…` / `¿Encontraste un error? Repórtalo`), is the site's
 * footer under each chapter, sentences or not. A refrain closing each part says no such thing and stays; notes are
 * the author's and stay.
 */
const CALL_TO_READER = /\b(?:thanks?|thank you|gracias|merci|danke|grazie|obrigad[oa]|спасибо|like|likes|me gusta|j['’]aime|gefällt|comment|comenta|coment[aá]rio|kommentar|report|repórtalo|repórtelo|reportar|vote|vota|share|comparte|subscribe|suscríbete|follow|seguir|review|error)/iu;

function dropRepeatedTails(units: Unit[], sink: DiagnosticSink): void {
  const tails = new Map<string, Unit[][]>();
  const live = units.filter((u) => u.kind !== 'dropped');
  live.forEach((u, k) => {
    if (u.kind !== 'heading' && k !== live.length - 1) return;
    // The last block of lines before the heading (or the end): units of text joined without a blank line.
    let from = u.kind === 'heading' ? k : k + 1;
    while (from > 0 && live[from - 1]!.kind === 'text' && !live[from - 1]!.note && (from === (u.kind === 'heading' ? k : k + 1) || live[from]!.gapBefore === 0)) from--;
    const block = live.slice(from, u.kind === 'heading' ? k : k + 1);
    const blockLines = block.flatMap((b) => b.lines.map((l) => l.trimmed));
    // A footer calls the reader to act (thank, like, comment, report); a refrain that closes each part of a poem does not.
    if (blockLines.length < 2 || blockLines.some((t) => t.split(/\s+/).length > 14) || !blockLines.some((t) => CALL_TO_READER.test(t))) return;
    const key = block.flatMap((b) => b.lines.map((l) => shape(l.trimmed))).join('\n');
    tails.set(key, [...(tails.get(key) ?? []), block]);
  });
  const chapters = units.filter((u) => u.kind === 'heading').length;
  for (const list of tails.values()) {
    if (list.length < 3 || list.length * 2 < chapters) continue;
    for (const u of list.flat()) u.kind = 'dropped';
    sink.info('boiler-repeated-tail', list[0]![0]!.lines[0]!.no, `the same lines closing ${list.length} chapters (a site's footer under each) left out of the body`);
  }
}

/** Lines in a run this long, each a copy of a header line, are the header printed again. */
const HEADER_COPY_RUN = 3;

/**
 * A page saved in parts prints its header again over each part, often in the middle of a chapter (`Page 1 of 2` /
 * `Next Page »` / the breadcrumb, title, tagline, by-line and stamp again). Runs of three lines or more, each the
 * copy of a line of the header read at the top (`skip`, above `from`), leave the body wherever they stand, sentences
 * among them too: a story does not quote its own header.
 */
export function dropHeaderCopies(units: Unit[], lines: readonly Line[], skip: ReadonlySet<number>, from: number, sink: DiagnosticSink): void {
  const header = new Set<string>();
  // A long header line (a summary, a stats line) counts only when copied word for word.
  const whole = new Set<string>();
  for (const i of skip) {
    const l = lines[i];
    if (i >= from + 80 || !l || l.blank) continue;
    if (comparable(l.trimmed)) header.add(shape(l.trimmed));
    else if (countWords(l.trimmed) >= PROSE_WORDS) whole.add(l.trimmed);
  }
  if (header.size < HEADER_COPY_RUN) return;
  const copy = (u: Unit): boolean => u.kind === 'text' && u.note === undefined && u.lines.every((l) => header.has(shape(l.trimmed)) || whole.has(l.trimmed) || (tiny(l.trimmed) && !sentence(l.trimmed)));
  const dropped: Unit[] = [];
  for (let k = 0; k < units.length; ) {
    let end = k;
    while (end < units.length && copy(units[end]!)) end++;
    const run = units.slice(k, end);
    if (run.flatMap((u) => u.lines).filter((l) => header.has(shape(l.trimmed))).length >= HEADER_COPY_RUN) dropped.push(...run);
    k = Math.max(end, k + 1);
  }
  for (const u of dropped) u.kind = 'dropped';
  if (dropped.length > 0) sink.info('boiler-header-copy', dropped[0]!.lines[0]!.no, `${dropped.length} blocks repeating the page's header (a page saved in parts) left out of the body`);
}

/** Lines in blocks of repeated lines (see above), by index. */
function repeatedBlocks(lines: readonly Line[], skip: ReadonlySet<number>, title: string | null): Set<number> {
  const seen = new Map<string, number>();
  const shapes = new Map<number, string>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.blank || !comparable(l.trimmed)) continue;
    const key = shape(l.trimmed);
    shapes.set(i, key);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  const keys = new Map<number, string>();
  for (const [i, key] of shapes) {
    if ((seen.get(key) ?? 0) < 2 || ownLine(lines[i]!.trimmed)) continue;
    keys.set(i, key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const furniture = new Set<number>();
  let run: number[] = [];
  // Lines too short to tell (`19`, `Go`, `AUG SEP OCT`) go with the block they stand in.
  let pending: number[] = [];
  const close = (): void => {
    const own = run.filter((i) => keys.has(i));
    if (new Set(own.map((i) => keys.get(i))).size >= 2) for (const i of run) furniture.add(i);
    run = [];
    pending = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.blank || (skip.has(i) && !keys.has(i))) continue;
    if ((counts.get(keys.get(i) ?? '') ?? 0) >= 2 && furnitureShaped(l.trimmed)) {
      run.push(...pending, i);
      pending = [];
    } else if (run.length > 0 && tiny(l.trimmed)) pending.push(i);
    else close();
  }
  close();
  // A copy of such a line standing alone (the last page's `Review this Story/Chapter`) is the same furniture.
  // So is the story's title, set again over each chapter's page.
  const furnitureKeys = new Set([...[...furniture].map((i) => keys.get(i)), ...(title !== null && (counts.get(title) ?? 0) >= 2 ? [title] : [])]);
  for (const [i, key] of keys) if (furnitureKeys.has(key) && !skip.has(i)) furniture.add(i);
  return furniture;
}

/**
 * A block is furniture when every line is, or when three or more are and the rest are short lines that are not
 * sentences: an archive's toolbar has a capture count and dates of its own in each copy (`19 Jul 2009 - 30 Nov 2011`).
 */
function isFurniture(u: Unit, furniture: ReadonlySet<number>): boolean {
  const own = u.lines.filter((l) => furniture.has(l.no - 1));
  if (own.length === u.lines.length) return true;
  return own.length >= 3 && u.lines.every((l) => furniture.has(l.no - 1) || (!sentence(l.trimmed) && l.trimmed.split(/\s+/).length < 8));
}
