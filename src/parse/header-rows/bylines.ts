/**
 * Row passes over by-lines: a name over or beside the post's stamp, a by-word split from its name or of a language
 * quire has no data for, a Q&A page's answerer.
 */
import { isRelativeTime, matchDateLine } from '../rules/dates.js';
import { HEADER_CHROME, isDateLine, matchBoilerplate, nameBesideDate, STAMP_TAIL } from '../rules/boilerplate.js';
import { metaOfKey } from '../rules/fields.js';
import { BY_WORD_ALONE, FOLLOW_BUTTON, ANSWER_STAMP, isNameLike, MORE_BY, POSTED_DATE, unemphasised } from '../rules/header-labels.js';
import { LANGUAGES } from '../rules/languages/index.js';
import { unknownByLine } from '../rules/unknown-by-word.js';
import type { Row } from './kinds.js';
import { titleShaped, HANDLE_AFTER, isBareName } from './title-shapes.js';

/** `by` or `written by` alone on its line with the name on the next is one by-line (BY_WORD_ALONE: every language's by-words). */
export function joinSplitByLines(rows: Row[]): void {
  for (let k = 0; k + 1 < rows.length; k++) {
    const r = rows[k] as Row;
    const next = rows[k + 1] as Row;
    // Chat apps set the pair in bold: `*NA*` / `*HAFSAT ABDULLAHI*`.
    const name = { ...next, text: unemphasised(next.text) };
    if (!BY_WORD_ALONE.test(unemphasised(r.text)) || next.gapBefore > 1 || !isBareName(name)) continue;
    r.kind = 'by';
    r.by = { author: name.text, ruleId: 'by-split', weak: false };
    next.kind = 'chrome';
  }
}

const SUBMITTED_BY = /^submitted .{1,40} by (?:u\/)?(\S{2,40})$/i;

/**
 * Post stamps without "by": a name over a date (`Ines Varga` / `Mar 9, 2023`),
 * a blog name over `Follow`, or beside it. The name is the poster, read as the author when
 * nothing better names one.
 */
export function readPostBylines(rows: Row[]): void {
  for (const r of rows) {
    // The name with the site's follow button beside it (`Marisol Quevedo   Seguir`, `NAME + Follow`).
    const beside = /^(\S.{0,48}?)(?:\s{2,}|\s+(?=\+\s?\S))(\S.*)$/u.exec(r.text);
    if (r.kind === 'short' && beside && FOLLOW_BUTTON.test(beside[2]!) && isNameLike(beside[1]!)) {
      r.kind = 'by';
      r.by = { author: beside[1]!, ruleId: 'name-beside-follow', weak: false };
    }
    // A link site's stamp under the post's title (old Reddit: `submitted 4 days ago by ferrous_wren`) names the poster.
    const submitted = r.kind === 'chrome' ? SUBMITTED_BY.exec(r.text) : null;
    if (submitted) {
      r.kind = 'by';
      r.by = { author: submitted[1]!, ruleId: 'submitted-by', weak: true };
    }
    // The writer, the date and the reading time in one row of cells (`Minh Khuê · 14 tháng 9, 2020 · 6 phút đọc`).
    const cells = r.text.split(/\s+[·•|]\s+/);
    const dateCell = (c: string): boolean => isDateLine(c) || matchDateLine(c) !== null;
    if ((r.kind === 'short' || r.kind === 'chrome') && cells.length >= 2 && cells.length <= 4 && !/\d/.test(cells[0]!) && isNameLike(cells[0]!) && cells.slice(1).some(dateCell) && cells.slice(1).every((c) => dateCell(c) || READING_TIME_CELL.test(c))) {
      r.kind = 'by';
      r.by = { author: cells[0]!, ruleId: 'name-beside-date', weak: true };
    }
    // A blog post's stamp row, its date first (`12. března 2024 v 18:40 | Kačenka | Povídky`): the page's, and the
    // one name in it that no other line of the header repeats (the category is also the menu's item) the poster's.
    if (r.kind === 'short' && cells.length >= 3 && cells.length <= 4 && dateCell(cells[0]!) && cells.slice(1).every((c) => c.split(/\s+/).length <= 3 && !/[.!?…]$/u.test(c))) {
      const names = cells.slice(1).filter((c) => isNameLike(c) && !rows.some((o) => o !== r && o.text === c));
      r.kind = names.length === 1 ? 'by' : 'chrome';
      if (names.length === 1) r.by = { author: names[0]!, ruleId: 'name-beside-date', weak: true };
    }
    // The poster's name with the post's date and time after it (`윤슬 2020. 11. 3. 21:40`).
    const dated = r.kind === 'short' ? nameBesideDate(r.text, isNameLike) : null;
    if (dated !== null) {
      r.kind = 'by';
      r.by = { author: dated, ruleId: 'name-beside-date', weak: true };
    }
  }
  readAnswerers(rows);
  for (let k = 0; k + 1 < rows.length; k++) {
    const r = rows[k] as Row;
    // (A work network's post names its audience between the poster and the stamp: `Всем сотрудникам`.)
    const audience = AUDIENCE.test(rows[k + 1]!.text) && rows[k + 2] !== undefined;
    if (audience) rows[k + 1]!.kind = 'chrome';
    const next = rows[k + (audience ? 2 : 1)] as Row;
    const under = rows[k + (audience ? 3 : 2)];
    // (The member's level badge may stand between the name and its follow button: `灯野みちる` / `Lv.23` / `フォローする`.)
    const badged = matchBoilerplate(HEADER_CHROME, next.text)?.id === 'member-level' && under?.gapBefore === 0 && FOLLOW_BUTTON.test(under.text);
    const n = badged ? under : next;
    // A subject line (`Fic: Paper Tigers (3/12)`) is no name: names carry no colon, counter or brackets.
    // (A follow button may stand a blank line below the name, as a copied page sets every line apart.)
    // (Nor is a page's title with its site, `Страшные истории | Крипота`.)
    // (A blockchain blog prints the poster's reputation beside the name: `marrowlight (67)`.)
    const name = r.text.replace(REPUTATION, '');
    if (r.kind !== 'short' || n.gapBefore > (FOLLOW_BUTTON.test(n.text) ? 1 : 0) || !isNameLike(name) || /^\p{N}/u.test(name) || name.split(/\s+/).length > 4 || /\s{2}|[:()[\]/|｜]/.test(name)) continue;
    // (Any date under a name: `Joan-Pèire Caussat` / `dissabte 9 d'agost de 2014`, its reading time or view count after it or not;
    // or under the writer's one-line bio, the reading time first: `داستان می‌نویسم، گاهی هم ترجمه.` / `۵ دقیقه خواندن · ۱۴۰۲/۰۹/۳۰`.)
    const bio = n.text.split(/\s+/).length <= 12 && /[.!…。]$/u.test(n.text) && under !== undefined && under.gapBefore === 0 && (n.kind === 'short' || n.kind === 'prose');
    const isStamp = (t: string): boolean => {
      // (The stamp's verb before the date, as a social post writes it: `Öffentlich geteilt  -  14.03.2016`.)
      const stamp = (POSTED_DATE.exec(t)?.[1]?.replace(/^[-–—·•|]\s*/u, '') ?? t).replace(STAMP_TAIL, '').replace(READING_TIME_LEAD, '');
      // (Or the post's age, after the place it was posted in: `in The Ink Well • 3 days ago`.)
      const age = t.split(/\s+[·•|]\s+/u).at(-1)!;
      return isDateLine(stamp) || matchDateLine(stamp) !== null || (isRelativeTime(age) && t.split(/\s+/).length <= 12);
    };
    const dated = isStamp(n.text) || (bio && isStamp(under.text));
    if (dated && !isStamp(n.text)) {
      n.kind = 'chrome';
      under!.kind = 'chrome';
    } else if (dated && n.kind === 'short') n.kind = 'chrome';
    if (dated || FOLLOW_BUTTON.test(n.text)) {
      r.kind = 'by';
      r.by = { author: name.replace(HANDLE_AFTER, ''), ruleId: dated ? 'name-over-date' : 'name-over-follow', weak: true };
    }
  }
  // The post's date straight under its by-line, in words (`dissabte 9 d'agost de 2014`, `Verëffentlecht de 17. Juli 2019
  // um 06:00`): the stamp's, where a diary's date line would head an entry.
  for (let k = 1; k < rows.length; k++) {
    const r = rows[k] as Row;
    const date = POSTED_DATE.exec(r.text)?.[1]?.replace(/\s+(?:\S{1,3}\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$/i, '') ?? r.text;
    if (r.kind === 'short' && r.gapBefore === 0 && rows[k - 1]!.kind === 'by' && matchDateLine(date) !== null) r.kind = 'chrome';
  }
}


/** Whom a post on a work network or a social site is shown to, between the poster's name and the stamp (`audience`). */
const AUDIENCE = new RegExp(`^(?:${LANGUAGES.flatMap((l) => l.audience ?? []).join('|')})$`, 'iu');

/** A poster's reputation score in brackets after the name. */
const REPUTATION = /\s+\(\d{1,3}\)$/u;

/** A by-word of a language quire has no data for, on a line under the title, where nothing else names the author. */
export function readUnknownByWord(rows: Row[]): void {
  if (rows.some((r) => r.kind === 'by' || (r.fields ?? []).some(([key]) => metaOfKey(key) === 'author'))) return;
  for (let k = 1; k < Math.min(rows.length, 8); k++) {
    const r = rows[k] as Row;
    // Straight under the title, or under the line of what the work is under it (`KA PUEO O MAUNA KEA` / `na NAME`).
    // (Two short lines over it at the top, under nothing but chrome: the title and what the work is.)
    const overKind = k >= 2 && titleShaped(rows[k - 2]!) && rows[k - 1]!.kind === 'short' && rows.slice(0, k - 2).every((x) => x.kind === 'chrome');
    const straight = !overKind && titleShaped(rows[k - 1]!);
    // (A line wrapped in the middle of a sentence runs on into the next in lower case.)
    const runsOn = rows[k + 1]?.gapBefore === 0 && /^\p{Ll}/u.test(rows[k + 1]!.text);
    const author = r.kind === 'short' && (straight || overKind) && !runsOn ? unknownByLine(r.text) : null;
    if (author === null) continue;
    // (The line of what the work is, `Danevell hir`, is the title page's, not the title.)
    if (overKind) rows[k - 1]!.kind = 'chrome';
    r.kind = 'by';
    r.by = { author, ruleId: 'by-unknown-word', weak: false };
    return;
  }
}

/** A post's reading time: `5 min read`, `۵ دقیقه خواندن`, `6 phút đọc`. */
const READING_TIME = String.raw`(?:อ่าน\s*)?[\d۰-۹٠-٩]{1,3}\s*(?:min(?:ute)?s?|mnt|menit|minutos?|minuti|minuten|мин(?:ут[аы]?)?|dk|دقیقه|دقائق|phút|分|นาที)\.?\s*(?:read|de lectura|lesezeit|чтения|okuma|خواندن|قراءة|đọc)?`;
/** The reading time before the post's date: `5 min read · Mar 3`, `۵ دقیقه خواندن · ۱۴۰۲/۰۹/۳۰`. */
const READING_TIME_LEAD = new RegExp(`^${READING_TIME}\\s*[·•|]\\s*`, 'iu');
const READING_TIME_CELL = new RegExp(`^${READING_TIME}$`, 'iu');

/**
 * The date of an answer stamp, in any language: absolute (`Mar 3, 2017`, `9. Juni 2019`) or as long ago as the site
 * counts it (`2y`, `3 years ago`, `vor 2 Jahren`): a few words with a number, no sentence.
 */
const isAnswerDate = (t: string): boolean => isDateLine(t) || (t.length <= 30 && /\d/.test(t) && t.split(/\s+/).length <= 4 && !/[!?;]|\.\s*$/u.test(t.replace(/^\d{1,2}\.\s/, '')));

/**
 * A Q&A page's answerer: the name, maybe with a credential after a comma (`Ann Lee, Night porter (2009–2013)`), on the
 * line over the answer's stamp (`Answered Mar 3, 2017 · …`), or under it as Stack Exchange sets its user card
 * (`answered Mar 3, 2017 at 10:05` / `Ann Lee`). The name is the author's; the stamp and credential are the site's.
 */
function readAnswerers(rows: Row[]): void {
  for (let k = 0; k < rows.length; k++) {
    const stamp = rows[k] as Row;
    const date = stamp.kind === 'field' || stamp.kind === 'prose' ? null : ANSWER_STAMP.exec(stamp.text)?.[1];
    if (!date || !isAnswerDate(date)) continue;
    for (const at of [k - 1, k + 1]) {
      const r = rows[at];
      if (!r || r.kind !== 'short' || (at < k ? stamp : r).gapBefore > 0) continue;
      const name = r.text.split(/,\s+/)[0]!.trim();
      if (!isNameLike(name) || name.split(/\s+/).length > 4) continue;
      r.kind = 'by';
      r.by = { author: name, ruleId: 'answerer', weak: false };
      stamp.kind = 'chrome';
      return;
    }
  }
}

/** Rows between the writer's name and the site's link to their other works, at the most. */
const MORE_BY_REACH = 8;

/**
 * A site's link to the writer's other works names the writer (`More by نسرین فاطمہ` under the work's title and the
 * name, among the page's buttons): the line above it that is that name alone is the by-line.
 */
export function readMoreBy(rows: Row[]): void {
  if (rows.some((r) => r.kind === 'by')) return;
  for (let k = 1; k < rows.length; k++) {
    const name = MORE_BY.exec(rows[k]!.text)?.[1]?.trim();
    if (!name) continue;
    const at = rows.slice(0, k).findLastIndex((r) => r.kind === 'short' && r.text.trim() === name);
    if (at < 0 || k - at > MORE_BY_REACH) continue;
    rows[at]!.kind = 'by';
    rows[at]!.by = { author: name, ruleId: 'more-by', weak: false };
    rows[k]!.kind = 'chrome';
    return;
  }
}
