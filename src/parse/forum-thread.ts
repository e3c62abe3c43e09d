import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { reportRuns } from './archive.js';
import { isDateLine } from './rules/boilerplate.js';
import { isNameLike } from './rules/header-labels.js';
import { matchHeading, type HeadingMatch } from './rules/headings.js';
import { markedHeading } from './marked-headings.js';
import { matchNoteLabel } from './rules/notes.js';
import { matchPov } from './rules/markers.js';
import { countWords } from '../model-text.js';
import { isPageTailAnchor, MEMBER_RANK } from './rules/body-boilerplate.js';
import { lineKey } from './resolve-headings.js';
import type { SocialThread } from './social-thread.js';

/** A post's number under its card: `#1`, `#12`. */
const POST_NUMBER = /^#\p{Nd}{1,6}$/u;
/** Buttons between a post's stamp and its number (XenForo: `Add bookmark`; others: `Report`, `Quote`). */
const CARD_BUTTON = /^(?:add bookmark|bookmark|report|quote|reply|share|new|edited|ajouter un favori|lesezeichen hinzufügen|añadir marcador)$/i;
/** A threadmark's label over a post (XenForo, as SpaceBattles, Sufficient Velocity and AlternateHistory.com show it). */
const THREADMARK = /^threadmark:\s*(\S.*)$/i;
/** A post's buttons, in the forums' languages. */
const BUTTONS = String.raw`(?:like|reply|quote|report|回复|回復|回覆|举报|舉報|引用|thích|trích dẫn|trả lời|gefällt mir|zitieren|antworten|melden|j'aime|citer|répondre|me gusta|citar|responder|mi piace|cita|rispondi|citera|svara|svara med citat|gilla)`;
/**
 * Under a post: `Reactions: A, B and 14 others`, `mưa.rào và 9 người khác thích bài này.`, XenForo's tally
 * `Like x 214 Informative x 3`, `Like   Reply`, a Chinese board's `回复　　举报`, the edit stamp `Last edited: 13/9/2020`.
 */
const POST_FOOT = new RegExp(
  String.raw`^(?:reactions|likes|واکنش‌ها|واکنش ها|التفاعلات|реакции|reaktionen|réactions|reacciones|reações|reazioni|tepkiler|reakcje|cảm xúc):\s.{1,200}$|^\p{L}+ x \d+(?:\s+\p{L}+ x \d+)*$|^${BUTTONS}(?:\s+${BUTTONS})*$` +
    String.raw`|^.{1,80}\s(?:and|và|und|et|y|e|i|en)\s\d+\s(?:others?|người khác|anderen?|weitere|autres|otros|outros|altri|innych)\b.{0,40}$` +
    String.raw`|^(?:last edited|chỉnh sửa cuối|zuletzt bearbeitet|dernière modification|última edición|ultima modifica|آخرین ویرایش(?: توسط \S.{0,30}?)?|آخر تعديل(?: بواسطة \S.{0,30}?)?)\s*:.{0,40}$` +
    // vBulletin's edit stamp in words (Flashback: `Senast redigerad av NAME 2024-01-15 klockan 08:12. Anledning: stavfel`).
    String.raw`|^(?:last edited by|senast redigerad av|zuletzt bearbeitet von|dernière modification par|editado por última vez por|ultima modifica di)\s\S.{0,120}$`,
  'iu',
);
/** Cards before the lines are believed to be a thread of posts. */
const MIN_CARDS = 3;

interface Card {
  /** The name's line; the card runs to `end` (the post's number or its last button). */
  at: number;
  end: number;
  name: string;
}

/** IP.Board's card: `#2 moonraker77`, the rank, group and counts, then `Posted 14 June 2013 - 09:40 PM`. */
const NUMBERED_NAME = /^#\d{1,6}\s+(\S.{0,40})$/u;
const POSTED = /^posted\s+(.{4,60})$/i;

function ipbCardAt(lines: readonly Line[], i: number): Card | null {
  const name = NUMBERED_NAME.exec(lines[i]!.trimmed)?.[1];
  if (name === undefined || !isNameLike(name)) return null;
  for (let k = i + 1; k < Math.min(lines.length, i + 8) && !lines[k]!.blank; k++) {
    const posted = POSTED.exec(lines[k]!.trimmed);
    if (posted && (isDateLine(posted[1]!.replace(/\s+-\s+/, ' ')) || /\b(?:19|20)\d\d\b/.test(posted[1]!))) return { at: i, end: k, name };
  }
  return null;
}

/** A post's floor on a board that numbers them: `2楼`, `第2楼`, `#2`. */
const FLOOR = /^(?:第?\d{1,5}\s?[楼樓]|#\d{1,6})$/u;
/** A field's label before its value in a card's cell (`作者：`, `回复日期：`). */
const CELL_LABEL = /^[^\s:：]{1,8}[:：]\s*/u;

/**
 * A card on one line, its cells apart by wide or ideographic spaces, labelled or not: the poster's name, the date,
 * and the post's floor (`作者：青衫湿了　回复日期：2007-5-13 21:52:17　　1楼`). The opening post's card has no floor.
 */
function lineCardAt(lines: readonly Line[], i: number): (Card & { floor: boolean }) | null {
  const t = lines[i]!.trimmed;
  if (t.length > 120 || !/\u3000|\s{2}/u.test(t)) return null;
  const cells = t.split(/\s*\u3000\s*|\s{2,}/u).filter(Boolean);
  const floor = FLOOR.test(cells.at(-1) ?? '');
  const fields = (floor ? cells.slice(0, -1) : cells).map((c) => c.replace(CELL_LABEL, ''));
  const name = fields[0] ?? '';
  if (fields.length < 2 || !isNameLike(name) || !isDateLine(fields[1]!)) return null;
  return { at: i, end: i, name, floor };
}

/** A post's stamp as vBulletin prints it, after the word its icon stands for (`Old`, `قديم`): `14-07-2011, 10:22 PM`. */
const NUMERIC_STAMP = /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$/;

function isStamp(t: string): boolean {
  const rest = t.replace(/^\p{L}+\s+(?=\p{N})/u, '');
  return NUMERIC_STAMP.test(rest) || isDateLine(rest);
}

/**
 * vBulletin's card: the member's block (name, rank, `Join Date:`/`تاريخ التسجيل:`, post count), then under it
 * the post's number and stamp (`#1` / `قديم 14-07-2011, 10:22 PM`).
 */
function memberCardAt(lines: readonly Line[], i: number): Card | null {
  const name = lines[i]!.trimmed;
  if (name.length > 40 || /[:：]/.test(name)) return null;
  let k = i + 1;
  while (k < i + 6 && !lines[k]?.blank && (lines[k]?.trimmed.length ?? 99) <= 40) k++;
  while (k < i + 8 && lines[k]?.blank) k++;
  // The card's shape first: the name's tests cost more, and nearly every line fails the shape.
  if (!POST_NUMBER.test(lines[k]?.trimmed ?? '') || !isStamp(lines[k + 1]?.trimmed ?? '')) return null;
  return isNameLike(name) && matchHeading(name) === null ? { at: i, end: k + 1, name } : null;
}

/**
 * phpBB 2's post header under the member's profile: `Post subject: Re: TITLE    Posted: Mon Mar 04, 2024 9:14 pm`,
 * Forumotion's `مُساهمةموضوع: رد: TITLE   الإثنين مارس 04, 2024 9:14 pm`: a subject's label, a year and a time.
 */
const POST_SUBJECT = /(?:post subject|subject|sujet du message|betreff des beitrags|asunto|assunto|oggetto|temat|موضوع)\s*:\s*\S.*\b(?:19|20)\d\d\b.*\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?\s*$/iu;
/** A profile's line in a post's card: `Posts: 842`, `الجنس : أنثى`, `Joined: 17/03/2019`. */
const PROFILE_LINE = /^[^:：]{1,30}\s?[:：]\s*\S.{0,40}$/u;

/** phpBB 2's card: the name, the rank under it, the profile's `Key : value` lines, then the post's subject and date. */
function phpbbCardAt(lines: readonly Line[], i: number): Card | null {
  const name = lines[i]!.trimmed;
  if (name.length > 40 || /[:：]/.test(name)) return null;
  let k = i + 1;
  // (The rank under the name, `عضو ذهبي`, `Senior Member`: one line without a colon at most.)
  if (lines[k] && !lines[k]!.blank && !/[:：]/.test(lines[k]!.trimmed) && lines[k]!.trimmed.length <= 40) k++;
  const fields = k;
  while (k < i + 12 && lines[k] && !lines[k]!.blank && PROFILE_LINE.test(lines[k]!.trimmed) && !POST_SUBJECT.test(lines[k]!.trimmed)) k++;
  if (k === fields || !POST_SUBJECT.test(lines[k]?.trimmed ?? '')) return null;
  return isNameLike(name) && matchHeading(name) === null ? { at: i, end: k, name } : null;
}

/** A date with the post's number beside it, as XenForo sets them in one row: `12/9/2020   #2`. */
const DATE_AND_NUMBER = /^(\S.*?)\s{2,}#\d{1,6}$/u;
const datePart = (t: string): string => DATE_AND_NUMBER.exec(t)?.[1] ?? t;

/** A member detail's label and value on lines of their own, as a XenForo card copies: `Joined` / `03.05.2021`, `Messages` / `1.204`. */
const PROFILE_LABEL = /^\p{L}[\p{L}\p{M}\u200c\u200d ]{0,24}$/u;
const PROFILE_VALUE = /^(?=.*\p{Nd})[\p{L}\p{Nd}.,٫٬/ -]{1,20}$/u;

/**
 * XenForo's card copied a cell to a line: the name, the member's title, each detail's label over its value
 * (`Beitritt` / `03.05.2021` / `Beiträge` / `58`), the post's date and its number (`#1`). Its shape is plain enough
 * to need no blank line above it (the page's copy runs the previous post's buttons into it).
 */
function detailsCardAt(lines: readonly Line[], i: number): Card | null {
  const name = lines[i]!.trimmed;
  if (name.length > 40 || /[:：]/.test(name)) return null;
  const at = (k: number): string => lines[k]?.trimmed ?? '';
  let k = PROFILE_VALUE.test(at(i + 2)) ? i + 1 : i + 2;
  const details = k;
  while (k < i + 14 && PROFILE_LABEL.test(at(k)) && PROFILE_VALUE.test(at(k + 1))) k += 2;
  if (k === details || !isDateLine(datePart(at(k)))) return null;
  let end = k + 1;
  while (CARD_BUTTON.test(at(end))) end++;
  return POST_NUMBER.test(at(end)) && isNameLike(name) && matchHeading(name) === null ? { at: i, end, name } : null;
}

/**
 * A card set stamp first, as some vBulletin skins copy (Flashback): the post's date, its number, the poster's name,
 * the member's rank and counts (`2024-01-14, 22:31` / `#1` / `tallbarr` / `Medlem` / `Reg: Mar 2011` / `Inlägg: 1 204`).
 */
function stampFirstCardAt(lines: readonly Line[], i: number): Card | null {
  const at = (k: number): string => lines[k]?.trimmed ?? '';
  if (!POST_NUMBER.test(at(i + 1)) || !isStamp(at(i))) return null;
  const name = at(i + 2);
  if (name.length > 40 || /[:：]/.test(name) || !isNameLike(name) || matchHeading(name) !== null) return null;
  let end = i + 2;
  // (The rank, a few words without a colon, then the member's `Key: value` counts.)
  if (at(end + 1).length <= 30 && !/[:：]/.test(at(end + 1)) && PROFILE_LINE.test(at(end + 2))) end++;
  while (end < i + 8 && PROFILE_LINE.test(at(end + 1)) && at(end + 1).length <= 30) end++;
  return end > i + 2 ? { at: i, end, name } : null;
}

/** A month and year alone (`March 2024`): how a forum dates posts older than the week. */
const MONTH_YEAR = /^\p{L}{3,12}\.?\s+(?:19|20)\d\d$/u;
/** A post's date, or its date and the edit's after a word (`March 2024 edited March 2024`). */
function isPostDate(t: string): boolean {
  const date = (d: string): boolean => MONTH_YEAR.test(d) || isStamp(d);
  if (date(t)) return true;
  const words = t.split(/\s+/);
  for (let k = 2; k + 2 < words.length; k++) if (date(words.slice(0, k).join(' ')) && /^\p{L}+$/u.test(words[k]!) && date(words.slice(k + 1).join(' '))) return true;
  return false;
}
/** The member's rank and post count on one line under the name (`Member Posts: 312`). */
const RANK_AND_COUNT = /^[\p{L}][\p{L} ]{0,30}:\s*\p{Nd}[\p{Nd}.,]*$/u;

/** Vanilla Forums' card: the name, the rank and post count on one line, the post's date (edited or not); no post number. */
function rankCountCardAt(lines: readonly Line[], i: number): Card | null {
  const name = lines[i]!.trimmed;
  if (name.length > 40 || /[:：]/.test(name) || !RANK_AND_COUNT.test(lines[i + 1]?.trimmed ?? '') || !isPostDate(lines[i + 2]?.trimmed ?? '')) return null;
  return isNameLike(name) && matchHeading(name) === null ? { at: i, end: i + 2, name } : null;
}

/** `NAME` / `DATE` / buttons / `#N`, each on its line: a forum post's card. */
function cardAt(lines: readonly Line[], i: number): Card | null {
  const ipb = ipbCardAt(lines, i) ?? (lines[i - 1]?.blank !== false ? memberCardAt(lines, i) : null) ?? phpbbCardAt(lines, i) ?? detailsCardAt(lines, i) ?? stampFirstCardAt(lines, i) ?? rankCountCardAt(lines, i);
  if (ipb) return ipb;
  const name = lines[i]!.trimmed;
  if (name === '' || name.length > 40 || /[:：]/.test(name)) return null;
  // (A button over a card set stamp first, `Visa` / `2024-01-14, 22:31` / `#1` / `tallbarr`, is no poster.)
  if (stampFirstCardAt(lines, i + 1) !== null) return null;
  // (Between the name and the date, the member's title a forum gives its posters, `Know what you're doing`, and
  // their counts, `Joined: 3/3/2019   Messages: 212`.)
  let d = i + 1;
  // (Only under a card that opens its block, and never a heading: `Threadmarks` / `Chapter 6: Wicks` / the date is no card.)
  const opens = lines[i - 1]?.blank !== false;
  const between = (t: string): boolean => t.length <= 40 || (t.length <= 90 && / {2,}/.test(t) && /[:：]/.test(t));
  // (A member's rank a forum prints under every name, `Senior Member`, is a card's whatever stands above it.)
  while ((opens || MEMBER_RANK.test(lines[d]?.trimmed ?? '')) && d < i + 4 && lines[d] !== undefined && !lines[d]!.blank && between(lines[d]!.trimmed) && !isDateLine(datePart(lines[d]!.trimmed)) && matchHeading(lines[d]!.trimmed) === null) d++;
  if (!isDateLine(datePart(lines[d]?.trimmed ?? '')) || !isNameLike(name) || matchHeading(name) !== null) return null;
  // The post's number beside its date (`12/9/2020   #2`).
  if (DATE_AND_NUMBER.test(lines[d]!.trimmed)) return { at: i, end: d, name };
  let k = d + 1;
  while (k < i + 5 && CARD_BUTTON.test(lines[k]?.trimmed ?? '')) k++;
  return POST_NUMBER.test(lines[k]?.trimmed ?? '') ? { at: i, end: k, name } : null;
}

/**
 * A story posted in a forum thread and copied from the page: each post under its card (the poster's name, the
 * date, `Add bookmark`, `#12`). The thread starter's posts are the story, the others' replies are not; where the
 * starter marked posts as threadmarks (`Threadmark: Chapter 2: Ice in the Sound`), only those are, as the forums'
 * reader mode and FanFicFare take them, and the threadmark names the chapter unless the post heads itself.
 */
export function findForumThread(lines: readonly Line[], sink: DiagnosticSink): SocialThread | null {
  return floorThread(lines, sink) ?? cardThread(lines, sink) ?? commentThread(lines, sink);
}

/** A comment's age as the site shows it: `3h`, `2 hr. ago`, `5 days ago`, `1y`. */
const COMMENT_AGE = /^\d{1,3}\s?(?:[smhdwy]|min|mo|hr|hrs)\.?(?:\s+ago)?$|^\d{1,3}\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago$/i;
/** What a site sets between a commenter's name and the age: a badge (`OP`, `Mod`, `Top 1% Commenter`) and the dot. */
const COMMENT_BADGE = /^(?:op|mod|admin|top \d{1,2}% (?:commenter|poster)|[•·])$/i;
/** Under a comment: its score and buttons (`1.1k`, `Reply`, `Share`, `Award`, `3 more replies`). */
const COMMENT_FOOT = /^(?:\d[\d.,]*[kKmM]?|reply|share|award|report|save|follow|edit|\d{1,4} more repl(?:y|ies)|more replies|continue this thread)$/i;

/** The post's byline above its comments: `Posted by u/moth`, `submitted 3 hours ago by moth`. */
const POSTER = /^(?:posted by\s+)?u\/([\w-]{2,40})(?:\s.*)?$|^submitted .{1,40} by (?:u\/)?([\w-]{2,40})$/i;
/** Words a prompt post runs to at most; a post longer than this is a story of its own. */
const POST_PROMPT_WORDS = 150;

/** `NAME` / (`OP`) / `•` / `3h`, each on its line, or `NAME • 3h` on one: a comment's card on Reddit and its kin. */
function commentCardAt(lines: readonly Line[], i: number): Card | null {
  const t = lines[i]!.trimmed;
  const inline = /^(\S{2,40})\s+[•·]\s+(\S.{0,20})$/u.exec(t);
  if (inline && COMMENT_AGE.test(inline[2]!) && isNameLike(inline[1]!)) return { at: i, end: i, name: inline[1]! };
  if (t.length > 40 || /\s/.test(t) || !isNameLike(t)) return null;
  let k = i + 1;
  let dot = false;
  while (k < i + 4 && COMMENT_BADGE.test(lines[k]?.trimmed ?? '')) dot ||= /^[•·]$/.test(lines[k++]!.trimmed);
  return dot && COMMENT_AGE.test(lines[k]?.trimmed ?? '') ? { at: i, end: k, name: t } : null;
}

/**
 * A story told in a post's comments and copied from the page (a writing-prompts board: the prompt is the post, the
 * story a commenter's reply, continued in replies of their own when it overruns the comment's limit). The commenter
 * who wrote the most words is the story's; the post above the first comment, the cards, the comments' scores and
 * buttons and everyone else's comments are not.
 */
function commentThread(lines: readonly Line[], sink: DiagnosticSink): SocialThread | null {
  const cards: Card[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank) continue;
    const card = commentCardAt(lines, i);
    if (card) {
      cards.push(card);
      i = card.end;
    }
  }
  if (cards.length < MIN_CARDS) return null;
  const words = new Map<string, number>();
  cards.forEach((card, n) => {
    const text = lines.slice(card.end + 1, cards[n + 1]?.at ?? lines.length).map((l) => l.trimmed).join(' ');
    words.set(card.name, (words.get(card.name) ?? 0) + text.split(/\s+/).filter(Boolean).length);
  });
  const owner = [...words].sort((a, b) => b[1] - a[1])[0]![0];
  const chrome = new Set<number>();
  // The post above the comments is someone's prompt, unless the story's writer posted it or it holds prose of its own:
  // then it is left to the header readers, so no words of the story go with it.
  const post = lines.slice(0, cards[0]!.at);
  const poster = post.map((l) => POSTER.exec(l.trimmed)).find((m) => m !== null)?.slice(1).find((name) => name !== undefined);
  const postWords = post.reduce((n, l) => n + l.trimmed.split(/\s+/).filter(Boolean).length, 0);
  if (poster !== owner && postWords <= POST_PROMPT_WORDS) for (let k = 0; k < cards[0]!.at; k++) if (!lines[k]!.blank) chrome.add(k);
  cards.forEach((card, n) => {
    const next = cards[n + 1]?.at ?? postEnd(lines, card.end + 1);
    for (let k = card.at; k <= card.end; k++) chrome.add(k);
    if (card.name !== owner) for (let k = card.end + 1; k < next; k++) chrome.add(k);
    else for (let k = next - 1; k > card.end && (lines[k]!.blank || COMMENT_FOOT.test(lines[k]!.trimmed)); k--) chrome.add(k);
  });
  const own = cards.filter((c) => c.name === owner).length;
  sink.info('forum-comments', cards[0]!.at + 1, `a post's ${cards.length} comments, ${own} of them by ${owner}, who wrote the most: the post, the cards, the scores and buttons and the others' comments kept out of the body`);
  reportRuns(lines, [...chrome], (from, to, count) => sink.info('forum-thread-chrome', from, `${count} line${count > 1 ? 's' : ''} of the post, comment cards or others' comments kept out of the body`, { endLine: to }));
  return { chrome, rewritten: new Map(), title: null, poster: owner, headings: new Map() };
}

/**
 * A board that sets each reply's card on one line and numbers its floors (Tianya, old Chinese boards): the opening
 * post's card (its poster and date, the header reader's fields) names the starter; the floors the starter posted
 * go on with the story, the others' replies do not.
 */
function floorThread(lines: readonly Line[], sink: DiagnosticSink): SocialThread | null {
  const cards: (Card & { floor: boolean })[] = [];
  for (let i = 0; i < lines.length; i++) {
    const card = lineCardAt(lines, i);
    if (card && (card.floor || cards.length === 0)) cards.push(card);
  }
  const floors = cards.filter((c) => c.floor);
  if (floors.length < MIN_CARDS - 1 || cards.length < MIN_CARDS) return null;
  const owner = cards[0]!.name;
  const chrome = new Set<number>();
  floors.forEach((card, n) => {
    const next = floors[n + 1]?.at ?? lines.length;
    chrome.add(card.at);
    if (card.name !== owner) {
      const last = n + 1 < floors.length ? next : postEnd(lines, card.end + 1);
      for (let k = card.end + 1; k < last; k++) chrome.add(k);
    }
  });
  // Each post's buttons, the opening one's too.
  for (let k = cards[0]!.at + 1; k < lines.length; k++) if (POST_FOOT.test(lines[k]!.trimmed)) chrome.add(k);
  sink.info('forum-thread', floors[0]!.at + 1, `a board thread of ${floors.length} numbered floors after ${owner}'s opening post: the cards and the others' replies kept out of the body`);
  reportRuns(lines, [...chrome], (from, to, count) => sink.info('forum-thread-chrome', from, `${count} line${count > 1 ? 's' : ''} of post cards or replies kept out of the body`, { endLine: to }));
  return { chrome, rewritten: new Map(), title: null, poster: owner, headings: new Map() };
}

function cardThread(lines: readonly Line[], sink: DiagnosticSink): SocialThread | null {
  const cards: Card[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const card = cardAt(lines, i);
    if (card) {
      cards.push(card);
      i = card.end;
    }
  }
  if (cards.length < MIN_CARDS) return null;
  const owner = cards[0]!.name;
  const marked = cards.some((c) => THREADMARK.test(lines[c.end + 1]?.trimmed ?? ''));
  const chrome = new Set<number>();
  const rewritten = new Map<number, Line>();
  const headings = new Map<number, HeadingMatch>();
  cards.forEach((card, n) => {
    const next = cards[n + 1]?.at ?? lines.length;
    for (let k = card.at; k <= card.end; k++) chrome.add(k);
    const mark = THREADMARK.exec(lines[card.end + 1]?.trimmed ?? '');
    if (card.name !== owner || (marked && !mark)) {
      // A reply, or the starter's talk between the marked posts: to the next card (the page's footer after the last is the footer reader's).
      const last = n + 1 < cards.length ? next : postEnd(lines, card.end + 1);
      for (let k = card.end + 1; k < last; k++) chrome.add(k);
      return;
    }
    // The post's foot: who reacted, and its buttons.
    for (let k = card.end + 1; k < next; k++) if (POST_FOOT.test(lines[k]!.trimmed)) chrome.add(k);
    if (!mark) return;
    const at = card.end + 1;
    const own = lines.slice(at + 1, Math.min(next, at + 8)).some((l) => !l.blank && lineKey(l.trimmed) === lineKey(mark[1]!));
    if (own) chrome.add(at);
    else {
      rewritten.set(at, { ...lines[at]!, text: mark[1]!, trimmed: mark[1]! });
      headings.set(lines[at]!.no, markedHeading(mark[1]!, 'heading-threadmark'));
    }
  });
  dropSignatures(lines, cards, owner, chrome, sink);
  if (!marked) titledPosts(lines, cards.filter((c) => c.name === owner), chrome, headings, sink);
  // The thread's title in the page's header (`رواية: TITLE`, `TITLE - Forum`) set again atop the first post names the
  // story; the header over the first card (breadcrumb, thread title, thread tools) is then the page's.
  let title: string | null = null;
  let top = cards[0]!.end + 1;
  while (top < lines.length && lines[top]!.blank) top++;
  const named = lines[top]?.trimmed ?? '';
  if (!marked && !headings.has(lines[top]?.no ?? -1) && named.length >= 3 && named.length <= 80 && matchHeading(named) === null && matchNoteLabel(named) === null) {
    const header = lines.slice(0, cards[0]!.at).filter((l) => !l.blank);
    if (header.some((l) => l.trimmed !== named && l.trimmed.length <= named.length + 40 && (l.trimmed.endsWith(named) || l.trimmed.startsWith(named)))) {
      title = named;
      chrome.add(top);
      for (const l of header) chrome.add(lines.indexOf(l));
    }
  }
  sink.info('forum-thread', cards[0]!.at + 1, `a forum thread of ${cards.length} posts started by ${owner}: the post cards${marked ? ', the posts without a threadmark' : ''} and the others' replies kept out of the body`);
  reportRuns(lines, [...chrome], (from, to, count) => sink.info('forum-thread-chrome', from, `${count} line${count > 1 ? 's' : ''} of post cards or replies kept out of the body`, { endLine: to }));
  return { chrome, rewritten, title, poster: owner, headings };
}

/** Words a post's title runs to at most. */
const POST_TITLE_WORDS = 10;

/**
 * Reader mode sets each threadmarked post under its threadmark's title, with no label (`#1` / `Oil and Wick` / the
 * text), and the page's header lists those titles (`Recent threadmarks` / `Oil and Wick Ladder Work …`): when every
 * post of the starter opens on a short line the header names, those lines are the chapters' headings.
 */
function titledPosts(lines: readonly Line[], posts: readonly Card[], chrome: Set<number>, headings: Map<number, HeadingMatch>, sink: DiagnosticSink): void {
  const header = lines.slice(0, posts[0]!.at).map((l) => l.trimmed).join('\n');
  const firsts = posts.map((c) => {
    let k = c.end + 1;
    while (k < lines.length && (lines[k]!.blank || chrome.has(k))) k++;
    return k;
  });
  const titled = (k: number): boolean => {
    const t = lines[k]?.trimmed ?? '';
    return t.length >= 2 && t.split(/\s+/).length <= POST_TITLE_WORDS && !/[.!?…,;]$/u.test(t) && header.includes(t);
  };
  if (posts.length < 2 || !firsts.every(titled)) return;
  for (const k of firsts) if (!headings.has(lines[k]!.no)) headings.set(lines[k]!.no, markedHeading(lines[k]!.trimmed, 'heading-threadmark'));
  // The header's list of them is the page's contents, not the story's summary.
  const titles = firsts.map((k) => lines[k]!.trimmed);
  for (let i = 0; i < posts[0]!.at; i++) if (titles.filter((t) => lines[i]!.trimmed.includes(t)).length >= 2) chrome.add(i);
  sink.info('heading-threadmark', lines[firsts[0]!]!.no, `${firsts.length} posts of the thread's starter open on a title the page's header lists: read as the chapters' headings`);
}

/** The last post runs to the page's footer: a wide gap, or the end. */
/** Lines at a post's end looked at for the poster's signature (its lines, the reactions and the reply button). */
const SIGNATURE_REACH = 5;
/** Words in one line of a signature at most. */
const SIGNATURE_WORDS = 16;

/**
 * A forum prints the poster's signature under each of their posts (a line of verse, the story's name and status:
 * `دلم یک باغ نارنج می‌خواهد…` / `رمان سایه‌های باغ نارنج | در حال تایپ`): lines set again at the foot of every post the
 * starter wrote, two posts or more, are the signature, not the story.
 */
function dropSignatures(lines: readonly Line[], cards: readonly Card[], owner: string, chrome: Set<number>, sink: DiagnosticSink): void {
  const posts = cards.flatMap((card, n) => {
    if (card.name !== owner) return [];
    // (The last post runs on into the page's footer: its signature stands higher, anywhere in it.)
    const last = n + 1 === cards.length;
    const end = last ? postEnd(lines, card.end + 1) : cards[n + 1]!.at;
    const at: number[] = [];
    for (let k = end - 1; k > card.end && (last || at.length < SIGNATURE_REACH); k--) if (!lines[k]!.blank && !chrome.has(k)) at.push(k);
    return [{ from: card.end + 1, end, at }];
  });
  if (posts.length < 2) return;
  const texts = posts.map(({ at }) => new Set(at.map((k) => lines[k]!.trimmed)));
  // (A line that anchors a page's tail, the signature's rule `_________________`, is left to mark where each post's foot starts.)
  // (A signature is a line or two, each short: a paragraph every post repeats is the story's own.)
  const shared = new Set([...texts[0]!].filter((t) => texts.every((set) => set.has(t)) && countWords(t) <= SIGNATURE_WORDS && matchHeading(t) === null && matchPov(t) === null && !isPageTailAnchor(t)));
  // Each post keeps text of its own above the signature: lines every post is made of alone are the story's refrain.
  const ownText = (from: number, end: number): boolean => lines.slice(from, end).some((l, d) => !l.blank && !chrome.has(from + d) && !shared.has(l.trimmed) && matchHeading(l.trimmed) === null);
  if (shared.size === 0 || !posts.every(({ from, end }) => ownText(from, end))) return;
  const dropped = posts.flatMap(({ at }) => at.filter((k) => shared.has(lines[k]!.trimmed)));
  for (const k of dropped) chrome.add(k);
  sink.info('forum-signature', lines[dropped[0]!]!.no, `${shared.size} line${shared.size > 1 ? 's' : ''} set again under each of ${owner}'s posts (a signature) kept out of the body`);
}

function postEnd(lines: readonly Line[], from: number): number {
  let gap = 0;
  for (let k = from; k < lines.length; k++) {
    gap = lines[k]!.blank ? gap + 1 : 0;
    if (gap >= 3) return k;
  }
  return lines.length;
}
