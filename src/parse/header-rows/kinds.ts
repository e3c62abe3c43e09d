/**
 * The header zone's rows: a non-blank line near the top, what its shape alone makes it (a field, a by-line, a
 * summary label, a note, a heading, the site's chrome, prose), and the shapes that decide it.
 */
import { matchDateLine } from '../rules/dates.js';
import { HEADER_CHROME, isBreadcrumb, isDateLine, isNavRow, isUrlLine, matchBoilerplate } from '../rules/boilerplate.js';
import { isDescriptionLabel, matchStatus } from '../rules/fields.js';
import { ASK_LINE, HEADER_NOTE_LABELS, matchByLine, matchQuotedTitleBy, type ByLine } from '../rules/header-labels.js';
import { matchHeading } from '../rules/headings.js';
import { matchNoteLabel } from '../rules/notes.js';
import { caseless } from '../rules/caseless-regexp.js';
import { unspacedLetters } from '../language/script.js';
import { countFields, isKnownKey, splitFields } from './field-lines.js';
import { FOLLOW_FAV } from './title-shapes.js';

export type Kind = 'field' | 'by' | 'descLabel' | 'note' | 'noteText' | 'heading' | 'chrome' | 'prose' | 'short';

export interface Row {
  i: number;
  text: string;
  kind: Kind;
  gapBefore: number;
  fields?: [string, string][];
  by?: ByLine;
  /** Index (in rows) of the last row this row owns (a label's value, a wrapped value). */
  through?: number;
  /** Part of the page's masthead (its name and menus), above everything of the story's own. */
  masthead?: true;
  /** The metadata a field under a label no table knows fills, read from where it stands (`Resumu: …` is the summary). */
  meta?: 'description' | 'author';
}

/** Words that make a line prose rather than a header line. */
export const PROSE_WORDS = 16;

const HEADING_START = caseless(/^(?:chapter|chap\.|ch\.|kapitel|chapitre|cap[ií]tulo|capitolo|глава|часть|episode|part|prolog(?:ue)?|§)\s*\S|^第[\d〇零一二三四五六七八九十百千]+[章话話回节]|^제\s*\d+\s*[화장]/iu);

/** A post's date with its counters beside it, set apart by wide gaps: `14 Mart 2019 12:05   Baxış: 1 247`. */
function isStampWithCounts(t: string): boolean {
  const cells = t.split(/\s{3,}/);
  return cells.length >= 2 && cells.length <= 5 && cells.some((c) => isDateLine(c)) && cells.every((c) => isDateLine(c) || /^\p{L}[\p{L} ]{0,20}:\s*\d[\d\s.,]*$/u.test(c));
}

/** A post's stamp in a row of cells, its date and what the site counts: `12 ม.ค. 2567 · อ่าน 5 นาที`, `3 Mar 2021 · 5 min read`. */
function isStampCells(t: string): boolean {
  const cells = t.split(/\s+[·•|]\s+/);
  return cells.length >= 2 && cells.length <= 5 && cells.some((c) => isDateLine(c)) && cells.every((c) => isDateLine(c) || matchBoilerplate(HEADER_CHROME, c) !== null);
}

/** A story card's genre and status in a row: `Fantasy · Ongoing`, `Romance | Completed`. */
function isCardTags(t: string): boolean {
  const cells = t.split(/\s+[·•|]\s+/);
  return cells.length >= 2 && cells.length <= 4 && cells.some((c) => matchStatus(c) !== null) && cells.every((c) => c.split(/\s+/).length <= 3);
}

/** A row of hashtags under a post's title (`#family #grandmother #flashfiction`): the site's tags, never a title. */
const HASHTAG_ROW = /^(?:#[\p{L}\p{N}_-]+\s*){2,}$/u;

export function classify(t: string): Kind {
  if (ASK_LINE.test(t) || HASHTAG_ROW.test(t)) return 'chrome';
  if (countFields(t)) return 'field';
  // A by-line that carries the post's stamp (`By Marguerite Vale • Published about a year ago • 5 min read`) names the author.
  const chrome = matchBoilerplate(HEADER_CHROME, t);
  // (A chapter headed by its day is no row of counts: `Chapter 1 · Friday, 14 March`.)
  if (chrome?.id === 'count-cells' && datedHeading(t)) return 'heading';
  // A menu's item that is also a chapter's name, alone on its line (Naver's `프롤로그` tab, a draft's `프롤로그`), heads a chapter.
  if (chrome?.id === 'account' && !/\s/.test(t) && matchHeading(t)?.level === 'chapter') return 'heading';
  if (chrome || isUrlLine(t) || isDateLine(t)) return /^by\s/iu.test(t) && matchByLine(t)?.weak === false ? 'by' : 'chrome';
  if (isDescriptionLabel(t)) return 'descLabel';
  if (isStampWithCounts(t) || isCardTags(t) || isStampCells(t)) return 'chrome';
  // `Episode 47 — “The Ferry” by Lorna Feeney` names the piece and its writer (readHeadline): no episode heading, no field.
  if (matchQuotedTitleBy(t)) return 'short';
  const note = matchNoteLabel(t);
  if (note || HEADER_NOTE_LABELS.test(t)) return 'note';
  if (matchByLine(t)) return 'by';
  if (isBreadcrumb(t)) return 'chrome';
  // A site's menu whose first item is also a field's label (`Авторы   Произведения   Рецензии   Поиск`).
  if (isNavRow(t) && !/[:：]/.test(t) && t.split(/\s{3,}|\s+[|·•]\s+/).length >= 4) return 'chrome';
  const fields = splitFields(t);
  // A label over a site's button (FanFiction.Net mobile: `Story: follow/fav`) is the page's.
  if (fields?.length === 1 && FOLLOW_FAV.test(fields[0]![1])) return 'chrome';
  // `Kapitel: 3` is a field; `Chapter One: Night Shift` is a heading.
  if (fields && (fields.length > 1 || isKnownKey(fields[0]?.[0] ?? ''))) return 'field';
  const heading = matchHeading(t);
  if ((heading && heading.level !== 'section') || (HEADING_START.test(t) && t.length <= 80)) return 'heading';
  // (Under a label no table knows, words quoted to a sentence's end are speech: `Nawigacja odpowiedziała: „Jesteś u celu".`)
  if (fields && !(fields.length === 1 && SPOKEN.test(fields[0]![1]))) return 'field';
  if (isNavRow(t)) return 'chrome';
  return isProse(t) ? 'prose' : 'short';
}

/** A value that is speech: opened by a quotation mark, closed by a sentence's end. */
export const SPOKEN = /^["“„«‹»「『‘'].*[.!?…。！？]["”“»«›」』’']?$|^["“„«‹»「『‘'].*["”“»«›」』’'][.!?…。！？]$/u;

/** A labelled, numbered heading whose title is a date: `Chapter 1 · Friday, 14 March`. */
function datedHeading(t: string): boolean {
  const h = matchHeading(t);
  return h !== null && h.label !== null && h.number !== null && h.title !== null && matchDateLine(h.title) !== null;
}

/** Story text, not a header line: many words, or a long line, with a sentence in it. */
export function isProse(t: string): boolean {
  // A long line is prose whatever follows: look at its start only, so a 2 MB line costs no more than a short one.
  if (t.length > 1000) t = t.slice(0, 1000);
  const words = t.split(/\s+/).length;
  return (words >= PROSE_WORDS || t.length > 110) && /[.!?…]["”»’)]?(?:\s|$)/u.test(t) || words >= 40 || unspacedSentence(t, 20);
}

/**
 * A long line of Thai or Lao: the scripts write no full stop, and a space between phrases, so a sentence looks
 * like any line; two such in a row are a story's paragraphs (header.zone.ts), one alone a summary.
 */
const UNMARKED_PROSE_LETTERS = 40;
export const unmarkedProse = (t: string): boolean => (t.match(/[\p{Script=Thai}\p{Script=Lao}]/gu)?.length ?? 0) >= UNMARKED_PROSE_LETTERS && /\s/.test(t);

/** A sentence in a script written without spaces (Chinese, Japanese, Thai): `min` letters or more, and its full stop. */
export function unspacedSentence(t: string, min: number): boolean {
  return /[。！？][」』）”]?$/u.test(t) && unspacedLetters(t) >= min;
}

/** A chapter heading by the heading rules or by its first word in any language. */
export function looksLikeHeading(t: string): boolean {
  const heading = matchHeading(t);
  return (heading !== null && heading.level !== 'section') || (HEADING_START.test(t) && t.length <= 80);
}
