import type { DiagnosticSink } from '../diagnostics.js';
import { isTitleLine } from './heading-lines.js';
import type { Unit } from './units.js';

/**
 * Chapter titles written as bare lines with no `Chapter` word (FimFiction
 * copies, drabble posts, Ulysses sheets, Medium subheads): believed only in
 * a file with no other headings, and only as a set of at least
 * MIN_TITLES lines that are each short, capitalised like a title, set apart
 * by blank lines and followed by a stretch of prose.
 */
const MIN_TITLES = 3;
const MAX_WORDS = 6;
/** Prose a bare title must head before the next one: lists and page chrome are shorter. */
const MIN_BODY_WORDS = 40;
/** A `(100 words)` line may sit between a title and its text. */
const COUNT_LINE = /^[([]\s*(?:about\s+|~)?[\d,.]+\s*\p{L}+\s*[)\]]$/u;

export function findBareTitles(units: Unit[], sink: DiagnosticSink): void {
  if (units.some((u) => u.kind === 'heading' && u.heading && u.heading.level !== 'front')) return;
  // A first line at the top of the file is the story's title; below header lines the zone took, it may be a chapter's.
  const firstLive = units.findIndex((u) => u.kind !== 'dropped');
  const from = (units[firstLive]?.lines[0]?.no ?? 1) <= 2 ? firstLive + 1 : firstLive;
  const candidates = units.map((_, i) => (i >= from && isBareTitle(units, i) ? i : -1)).filter((i) => i >= 0);
  // Titles name different chapters: a line that recurs (a speaker's name, `Later`) is not one.
  const textOf = (i: number): string => (units[i]?.lines[0]?.trimmed ?? '').toLowerCase();
  const seen = new Map<string, number>();
  for (const i of candidates) seen.set(textOf(i), (seen.get(textOf(i)) ?? 0) + 1);
  const chosen = candidates.filter(
    (i, k) => seen.get(textOf(i)) === 1 && bodyWords(units, i, candidates[k + 1] ?? units.length) >= MIN_BODY_WORDS && opensProse(units, i),
  );
  if (chosen.length < MIN_TITLES) return;
  for (const i of chosen) {
    const u = units[i] as Unit;
    const text = u.lines[0]?.trimmed ?? '';
    u.kind = 'heading';
    u.heading = { ruleId: 'heading-bare-title', level: 'chapter', number: null, label: null, title: text, text, marked: false };
    if (u.lines.length > 1) sink.info('heading-word-count', u.lines[1]?.no ?? 1, 'word count under the heading left out of the body');
  }
  sink.info('heading-bare-title', units[chosen[0] as number]?.lines[0]?.no ?? 1, `${chosen.length} short lines set apart, each heading a stretch of prose, read as chapter titles`);
}

function isBareTitle(units: readonly Unit[], i: number): boolean {
  const u = units[i] as Unit;
  const next = units[i + 1];
  const counted = u.lines.length === 2 && COUNT_LINE.test(u.lines[1]?.trimmed ?? '');
  if (u.kind !== 'text' || u.note || (u.lines.length !== 1 && !counted) || u.gapBefore < 1 || !next || next.gapBefore < 1) return false;
  const text = u.lines[0]?.trimmed ?? '';
  // Not a date or a number line (`21st March`): a title starts with a letter.
  if (!/^["“']?\p{L}/u.test(text) || !isTitleLine(text) || /[.!?…:*_~#)\]"”]$/.test(text) || text.split(/\s+/).length > MAX_WORDS) return false;
  // Title case: the longer words start with a capital (`By the River`, `Ten Thousand Feet`).
  return text.split(/\s+/).every((w) => w.replace(/[^\p{L}]/gu, '').length < 4 || /^[^\p{L}]*\p{Lu}/u.test(w));
}

/** The title's text starts with a real paragraph, after an optional count line. */
function opensProse(units: readonly Unit[], i: number): boolean {
  let k = i + 1;
  if (units[k]?.lines.length === 1 && COUNT_LINE.test(units[k]?.lines[0]?.trimmed ?? '')) k++;
  const first = units[k];
  if (first?.kind !== 'text') return false;
  const text = first.lines.map((l) => l.trimmed).join(' ');
  return first.note !== undefined || text.split(/\s+/).length >= 6 || /[.!?…]["”’*_]?$/.test(text);
}

function bodyWords(units: readonly Unit[], from: number, to: number): number {
  let words = 0;
  for (let k = from + 1; k < to; k++) {
    const u = units[k] as Unit;
    if (u.kind === 'text' && !u.note) for (const l of u.lines) words += l.trimmed.split(/\s+/).length;
  }
  return words;
}
