import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import type { SocialThread } from './social-thread.js';
import { reportRuns } from './archive.js';
import { countWords } from '../model-text.js';
import { matchHeading, type HeadingMatch } from './rules/headings.js';
import { matchNoteLabel } from './rules/notes.js';
import { matchFieldLine } from './rules/fields.js';
import { matchByLine } from './rules/header-labels.js';
import { CHAPTER_WORDS, PART_WORDS } from './rules/languages/index.js';
import { COUNT_THEN_TITLE, ECHOMAIL_CONTROL, HEADER_FURNITURE, HEADER_LINE, REPLY_SUBJECT, SENDER_LABEL, SUBJECT_LABEL, senderName, subjectTitle, TEARLINE } from './rules/message-headers.js';

/**
 * A story posted as a series of messages and captured to one file: a mail folder, a list's digest, a newsgroup's
 * articles, a bulletin board's notes (Prodigy, CompuServe, Fidonet). Each message sits under its header lines
 * (`From:`, `To:`, `Subject:`); the story is the messages of the one who posted it, and the others' replies, the
 * digest's own header and the headers repeated over each part are not. Where the poster's subjects count the parts
 * (`THE SALT ROAD (2 of 3)`, `Salt Roads, part 2/2`), each message is a chapter. A story told *in* e-mails (each
 * letter a scene) is not a series: its messages have different subjects, where a poster's parts share one.
 */

interface Message {
  /** The header block's first and last line. */
  at: number;
  end: number;
  sender: string;
  /** The sender's header value as written. */
  from: string;
  subject: string | null;
  /** The subject's line (which may sit just above the block, as Prodigy sets it on the first note). */
  subjectAt: number | null;
}

/** A digest's numbered topic over a message's set-in header lines. */
const DIGEST_TOPIC = /^\d{1,4}\.\s+(\S.{0,200})$/u;

/** Two header lines or more, one naming the sender: a message's header block. */
function blockAt(lines: readonly Line[], i: number): Message | null {
  let end = i;
  let headers = 0;
  let sender: string | null = null;
  let from = '';
  let subject: string | null = null;
  let subjectAt: number | null = null;
  for (; end < lines.length && !lines[end]!.blank; end++) {
    const t = lines[end]!.trimmed;
    // A digest numbers its topics and sets the sender and date under each, set in (groups.io, Yahoo Groups):
    // `1. Kuento: Las yaves de Esmirna (1/2)` / `    From: NAME` / `    Date: …`.
    const topic = end === i ? DIGEST_TOPIC.exec(t) : null;
    if (topic && /^\s/.test(lines[end + 1]?.text ?? '') && HEADER_LINE.test(lines[end + 1]!.text)) {
      subject = topic[1]!.trim();
      subjectAt = end;
      continue;
    }
    const m = HEADER_LINE.exec(lines[end]!.text);
    if (m) {
      headers++;
      const label = m[1]!.toLowerCase();
      if (SENDER_LABEL.test(label) && sender === null) {
        from = m[2]!.trim();
        sender = senderKey(from);
      }
      else if (SUBJECT_LABEL.test(label) && subject === null) {
        subject = m[2]!.trim();
        subjectAt = end;
      }
    } else if (headers >= 2 && /^[=\-_*]{10,}$/.test(t)) {
      // A rule closes the header (Fidonet's GoldED), and the message may start straight under it.
      end++;
      break;
    } else if (headers > 0 && (/^\s/.test(lines[end]!.text) || /^<[^\s<>@]+@[^\s<>]+>$/.test(t))) {
      // A header folded onto the next line (an address list, a long subject).
    } else if (!HEADER_FURNITURE.test(t) && !/^\d{1,2}[-/ .][\w]{2,3}[-/ .]\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?$/.test(t)) return null;
  }
  if (headers < 2 || sender === null || sender === '') return null;
  return { at: i, end: end - 1, sender, from, subject, subjectAt };
}

/**
 * Who sent a message, as a key that is the same on every message they sent: `KMBR45A  ANNETTE VOSS  Date: …`,
 * `mkestrel@netcom.com (Mira Kestrel)`, `"Dan Pryce" <dpryce@…>`, `Harold Quint   1:2613/45   14 Feb 95`.
 */
function senderKey(value: string): string {
  const text = value.split(/\s{3,}|\s+\p{L}+\s?:\s/u)[0]!;
  const bracket = /\(([^)]+)\)/.exec(text);
  // (A member's id in the brackets, `한지민  (jmhan96 )  1996-12-02`, names no one: the name stands before it.)
  const named = bracket && /\p{L}{2}/u.test(bracket[1]!.replace(/\S*\d\S*/gu, '')) ? bracket[1]! : bracket ? text.slice(0, bracket.index) : text.replace(/<[^>]*>/g, ' ');
  const words = named.split(/[\s"',]+/).filter((w) => w !== '' && !/[\d@]/.test(w));
  return words.length > 0 ? words.join(' ').toLowerCase() : text.trim().toLowerCase();
}

/** A subject counting a story's parts: `(1 of 3)`, `(2/2)`, `part 2/2`, `Part 3`. */
const COUNTED = new RegExp(`(?:^|[\\s(\\[,:–—-])(?:(?:${CHAPTER_WORDS}|${PART_WORDS})\\s*)?(\\d{1,3})\\s*(?:/|of|из|de|von|di|sur|z|van|af|av)\\s*\\d{1,3}(?=$|[\\s)\\]])|(?:^|[\\s(\\[,:–—-])(?:${CHAPTER_WORDS}|${PART_WORDS})\\s+(\\d{1,3})(?=$|[\\s)\\]:,.])`, 'iu');

function partNumber(subject: string): number | null {
  const m = COUNTED.exec(subject);
  const bracketed = m ? null : COUNT_THEN_TITLE.exec(subject);
  return m ? Number(m[1] ?? m[2]) : bracketed ? Number(bracketed[1]) : null;
}

/** The subject all the story's parts share: without its count, a thread's `#412573-`, tags and `Re:`. */
function subjectStem(subject: string): string {
  return subject
    .replace(REPLY_SUBJECT, '')
    .replace(COUNT_THEN_TITLE, ' ')
    .replace(COUNTED, ' ')
    .replace(/#\d+-/g, '')
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Whether a message carries a chapter heading of its own near its top (`Part 2 of 3`, `Chapter 2: The Lighthouse Key`). */
function headedInside(lines: readonly Line[], from: number, to: number): boolean {
  let seen = 0;
  for (let k = from; k < to && seen < 8; k++) {
    if (lines[k]!.blank) continue;
    seen++;
    const h = matchHeading(lines[k]!.trimmed);
    // (`1. 얼음 밑 소금물은 … 것.` is a list's first item, a sentence without a label: no heading.)
    if (h !== null && h.label === null && h.title !== null && /[.!?…]$/u.test(lines[k]!.trimmed)) continue;
    // A bare number heads the part only straight under its header (`2`, then the prose).
    if (h !== null && h.number !== null && (h.level === 'chapter' || h.level === 'part' || (h.level === 'section' && seen === 1))) return true;
  }
  return false;
}

/**
 * Whether a message opens straight on its text, an author's note or prose, rather than on a header of the story's
 * own (`TITLE: Crossing the Weir`, `Story: THE SALT ROAD`, a title line over `by NAME`).
 */
function opensOnText(lines: readonly Line[], from: number, to: number): boolean {
  let k = from;
  while (k < to && lines[k]!.blank) k++;
  const t = lines[k]?.trimmed ?? '';
  if (k >= to || matchNoteLabel(t) !== null) return k < to;
  // (Prose in a script without spaces between words runs long without eight of them.)
  return !/^\p{L}[\p{L} ]{0,24}:/u.test(t) && (t.split(/\s+/).length >= 8 || t.length >= 40);
}

/**
 * Whether a part sets a header of its own over its text (`Title: Crossing the Weir`, `by Lena Marsh`) before its
 * first heading: then that names the story, not the message's subject.
 */
function ownHeader(lines: readonly Line[], from: number, to: number, chrome: ReadonlySet<number>): boolean {
  let seen = 0;
  for (let k = from; k < to && seen < 12; k++) {
    if (lines[k]!.blank || chrome.has(k)) continue;
    seen++;
    const t = lines[k]!.trimmed;
    if (matchHeading(t) !== null) return false;
    const meta = matchFieldLine(t)?.meta;
    if (meta === 'title' || meta === 'author' || matchByLine(t) !== null) return true;
  }
  return false;
}

/** A header's value in the board's first column (`Jochen Wendt` of `Jochen Wendt      2:2454/118.7     12 Feb 95`). */
const firstColumn = (value: string): string => value.trim().split(/\s{3,}/)[0]!;

/** The last message runs to the capture's end, or to a wide gap before a footer. */
function messageEnd(lines: readonly Line[], from: number): number {
  let gap = 0;
  for (let k = from; k < lines.length; k++) {
    gap = lines[k]!.blank ? gap + 1 : 0;
    if (gap >= 3) return k;
  }
  return lines.length;
}

export function findMessageSeries(lines: readonly Line[], sink: DiagnosticSink): SocialThread | null {
  const messages: Message[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank || (i > 0 && !lines[i - 1]!.blank)) continue;
    const m = blockAt(lines, i);
    if (!m) continue;
    // A subject set just above the first note's header (Prodigy: `Subject: TITLE (1 of 3)`, a blank, `From: …`).
    if (m.subject === null) {
      for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
        const h = HEADER_LINE.exec(lines[k]!.text);
        if (h && SUBJECT_LABEL.test(h[1]!)) {
          m.subject = h[2]!.trim();
          m.subjectAt = k;
          break;
        }
      }
    }
    messages.push(m);
    i = m.end;
  }
  if (messages.length < 2) return null;
  const reply = (m: Message): boolean => m.subject !== null && REPLY_SUBJECT.test(m.subject);
  // The poster: whoever wrote the most words in messages of their own (not replies).
  const words = new Map<string, number>();
  messages.forEach((m, k) => {
    if (reply(m)) return;
    const to = messages[k + 1]?.at ?? lines.length;
    const n = countWords(lines.slice(m.end + 1, to).map((l) => l.trimmed).join(' '));
    words.set(m.sender, (words.get(m.sender) ?? 0) + n);
  });
  const owner = [...words.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const own = messages.filter((m) => m.sender === owner && !reply(m));
  // A story in parts: two messages or more of the poster's, under one subject.
  const stems = new Set(own.map((m) => subjectStem(m.subject ?? '')));
  if (own.length < 2 || stems.size !== 1 || [...stems][0] === '') return null;

  const chrome = new Set<number>();
  const headings = new Map<number, HeadingMatch>();
  const rewritten = new Map<number, Line>();
  const numbers = own.map((m) => (m.subject === null ? null : partNumber(m.subject)));
  const counted = numbers.every((n, k) => n === k + 1);
  let headed = 0;
  // Above the first message: the capture's banner or the digest's preamble and contents; a subject there names the story.
  for (let j = 0; j < messages[0]!.at; j++) if (!lines[j]!.blank && !SUBJECT_LABEL.test(HEADER_LINE.exec(lines[j]!.text)?.[1] ?? '')) chrome.add(j);
  messages.forEach((m, k) => {
    const next = messages[k + 1]?.at ?? messageEnd(lines, m.end + 1);
    // The digest's rule and `Message: N` over a header are its furniture too.
    for (let j = m.at - 1; j >= Math.max(0, m.at - 4) && (lines[j]!.blank || HEADER_FURNITURE.test(lines[j]!.trimmed)); j--) chrome.add(j);
    for (let j = m.at; j <= m.end; j++) chrome.add(j);
    if (!own.includes(m)) {
      for (let j = m.end + 1; j < next; j++) chrome.add(j);
      return;
    }
    // The mail program's control lines in the text (Fidonet's kludges, tearline and origin).
    for (let j = m.end + 1; j < next; j++) {
      if (ECHOMAIL_CONTROL.test(lines[j]!.text) || (TEARLINE.test(lines[j]!.trimmed) && / \* Origin:/.test(lines[j + 1]?.text ?? ''))) chrome.add(j);
    }
    // A part that opens straight on its text is headed by its subject; one with a header of its own (`TITLE: …`) has
    // its title and may have its heading there, and the first part's prose is then read as chapter 1.
    const bare = m.subjectAt !== null && opensOnText(lines, m.end + 1, next);
    if (!counted || m.subjectAt === null || (m === own[0] && !bare && ownHeader(lines, m.end + 1, next, chrome)) || headedInside(lines, m.end + 1, next)) return;
    const n = numbers[own.indexOf(m)]!;
    const title = COUNT_THEN_TITLE.exec(firstColumn(m.subject!))?.[2]?.trim() ?? null;
    headings.set(lines[m.subjectAt]!.no, { ruleId: 'heading-message-subject', level: 'chapter', number: n, label: null, title, text: title === null ? String(n) : `${n}. ${title}`, marked: true });
    // Its line read as the subject alone, which no pass then takes for one of the headers around it.
    if (bare) rewritten.set(m.subjectAt, { ...lines[m.subjectAt]!, text: m.subject!, trimmed: m.subject! });
    chrome.delete(m.subjectAt);
    headed++;
  });
  // The capture's prompt under every message (`Press J to Jump, N for Next note`, `Press <CR> for more !`).
  const lasts = messages.map((m, k) => {
    let j = (messages[k + 1]?.at ?? messageEnd(lines, m.end + 1)) - 1;
    while (j > m.end && (lines[j]!.blank || chrome.has(j))) j--;
    return j > m.end ? j : -1;
  }).filter((j) => j !== -1);
  for (const j of lasts) if (lasts.filter((o) => lines[o]!.trimmed === lines[j]!.trimmed).length >= 2) chrome.add(j);
  // And the greeting over each of the poster's parts (`Hallo All!`, `Hi all,`): a short line that opens every one.
  const firsts = own.map((m) => {
    let j = m.end + 1;
    while (j < lines.length && (lines[j]!.blank || chrome.has(j))) j++;
    return j;
  });
  for (const j of firsts) {
    const t = lines[j]?.trimmed ?? '';
    // (Not the story's header set again over each part: `TITLE: …`.)
    if (t.split(/\s+/).length <= 4 && matchHeading(t) === null && matchFieldLine(t) === null && firsts.filter((o) => lines[o]?.trimmed === t).length >= 2) chrome.add(j);
  }
  sink.info('message-series', own[0]!.at + 1, `${messages.length} messages, ${own.length} of them the story's parts posted by one sender: the others' messages and the headers repeated over each part kept out of the body${headed > 0 ? `; the subjects counting the parts read as chapter headings` : ''}`);
  reportRuns(lines, [...chrome], (from, to, count) => sink.info('message-series-chrome', from, `${count} line${count > 1 ? 's' : ''} of message headers or others' messages kept out of the body`, { endLine: to }));
  // A first part headed by its subject has no header of its own: the subject names the story and the sender wrote it.
  const first = own[0]!;
  // So does one with headings of its own and no header of the story's over them.
  const next = messages[messages.indexOf(first) + 1]?.at ?? lines.length;
  // (Or one headed by its subject over fields of its own that name neither, `장르 : 가족` / `분량 : 중편`.)
  const named = first.subjectAt !== null && (rewritten.has(first.subjectAt) || headings.has(lines[first.subjectAt]!.no) || (headedInside(lines, first.end + 1, next) && !ownHeader(lines, first.end + 1, next, chrome)));
  // A capture that opens on the poster's first message has its header for the story's fields (`Area`, `From`, `Subj`).
  const fields: Record<string, string> = {};
  if (named && first === messages[0]) {
    for (let j = first.at; j <= first.end; j++) {
      const h = HEADER_LINE.exec(lines[j]!.text);
      if (h && fields[h[1]!] === undefined) fields[h[1]!] = firstColumn(h[2]!);
    }
  }
  return { chrome, rewritten, title: named ? subjectTitle(first.subject!) : null, poster: named ? senderName(first.from) : null, headings, fields };
}
