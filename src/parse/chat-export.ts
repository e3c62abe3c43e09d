import type { DiagnosticSink } from '../diagnostics.js';
import { toLines, type Line } from './lines.js';
import { reportRuns } from './archive.js';
import { CHAT_FORMATS, MEDIA_PLACEHOLDER, RECORD_LINE, RECORD_SENDER, RECORD_TEXT, type ChatFormat } from './rules/chat-exports.js';
import { HEADER_CHROME, matchBoilerplate } from './rules/boilerplate.js';
import { isClosingLine } from './rules/markers.js';
import { matchNoteLabel } from './rules/notes.js';
import { isNameLike, matchQuotedTitleBy } from './rules/header-labels.js';
import type { SocialThread } from './social-thread.js';
import type { HeadingMatch } from './rules/headings.js';
import { matchHeading } from './rules/headings.js';

/** Share of a file's lines that must be messages of one app's format before the file is read as its export. */
const MESSAGE_SHARE = 0.4;
/** The share when the file opens on the app's own line: no book starts with a message's prefix or the app's notice. */
const OPENED_SHARE = 0.2;
const MIN_MESSAGES = 5;
/** Lines above the first message that may still be a wrapper round the export (a mail's header, the app's title line). */
const WRAPPER_LINES = 8;
/** Share of a file's lines that must lie in message records before the file is read as a phone's saved messages. */
const RECORD_SHARE = 0.8;
/** At most this many of the writer's lines after the closing line are talk to the room; more are still story. */
const AFTER_END = 4;
/** A short message wholly in round brackets: an aside out of the story. */
const ASIDE = /^\((?:[^()]|\([^()]*\)){1,80}\)$/u;
/** A message's first sentence, and what follows it. */
const CLOSING_THEN = /^(.{2,60}?[.!…])\s+(\S.*)$/u;
/** A message wholly in bold, as a writer sets the piece's name over it: `**Die Glasbläserin – Zweiter Teil: Der Ofen**`, WhatsApp's and BBM's `*LAST BUS TO OBALENDE*`. */
const BOLD_MESSAGE = /^(?:\*\*|__|\*)([^*_]{2,100})(?:\*\*|__|\*)$/u;
/** The piece's name, then the installment's heading after a dash: `Die Glasbläserin – Zweiter Teil: Der Ofen`. */
const NAME_THEN_HEADING = /^(.{2,60}?)\s+[–—-]\s+(\S.*)$/u;
/** A message's count at its end: `(2/4)`. */
const PART_COUNTER = /\s+\(\d{1,2}\/\d{1,2}\)$/u;
/** A message this short is talk (`Kesho saa tatu usiku`, `Čekaj, ima još`), not an installment's prose. */
const TALK_WORDS = 12;
const TALK_CHARS = 72;
/** WhatsApp's bold and italics around a whole message: `*SEHEMU YA PILI*`. */
const EMPHASIS_EDGES = /^[*_~]+|[*_~]+$/gu;

/** A chapter or part heading sent as a message of its own (`SEHEMU YA PILI`, `ตอนที่ 2 แสงที่ท่าน้ำ`): the app sets it apart. */
function headingMessage(text: string): HeadingMatch | null {
  const h = matchHeading(text);
  return h !== null && h.number !== null && (h.level === 'chapter' || h.level === 'part') ? h : null;
}

/**
 * The writer announcing the story before its first installment, in the message's first sentence:
 * `CERBUNG SMS "HUJAN DI STASIUN" oleh Rina S. Jgn dihapus ya…`, `New story! "The Ferry" by Lorna Feeney. Enjoy`.
 */
function announcement(rewritten: ReadonlyMap<number, Line>, before: number): { at: number; title: string; author: string } | null {
  for (const [at, line] of [...rewritten].filter(([k]) => k < before).sort((a, b) => a[0] - b[0])) {
    // From the quoted title on: what stands before it (`CERBUNG SMS`, `New story!`) only announces it.
    const text = line.trimmed.slice(Math.max(0, line.trimmed.search(/["“„«]/u)));
    // Each place a sentence may end, shortest first: the name runs to one of them.
    for (const end of [...text.matchAll(/[.!?](?=\s|$)/gu)].map((m) => m.index + 1)) {
      const named = matchQuotedTitleBy(text.slice(0, end));
      if (named) return { at, ...named };
    }
  }
  return null;
}

/**
 * Between a serial's installments the room talks: once another member has spoken after the writer's last long
 * message, the writer's short messages up to the next installment's heading answer the room
 * (`Kesho saa tatu usiku`, `Sorry, power cut, here it comes`), not the story. Returns those messages' indexes.
 */
function talkBeforeHeadings(messages: readonly Message[], writer: string, fullText: (n: number) => string, isHeading: (n: number) => boolean): number[] {
  const talk: number[] = [];
  // Before the first installment the writer sets the story's header (`Naslov: …`, `Autor: …`): that is not talk.
  const first = messages.findIndex((_, n) => isHeading(n));
  messages.forEach((m, n) => {
    if (m.sender !== writer || !isHeading(n) || n === first) return;
    // Back from the heading over the others' messages and the writer's short ones, to the writer's last long message.
    let from = n;
    while (from > 0) {
      const before = messages[from - 1]!;
      const t = fullText(from - 1);
      if (before.sender === writer && (isHeading(from - 1) || t.split(/\s+/).length > TALK_WORDS || t.length > TALK_CHARS)) break;
      from--;
    }
    // Only what the writer says after the first interruption, words from someone else (a sticker is no interruption):
    // short story messages before it stay story.
    const other = messages.findIndex((o, j) => j >= from && j < n && o.sender !== writer && o.text !== '' && !MEDIA_PLACEHOLDER.test(o.text));
    if (other === -1) return;
    for (let j = other + 1; j < n; j++) if (messages[j]!.sender === writer) talk.push(j);
  });
  return talk;
}

/** Words of a message pasted whole, at the least, and its lines: the piece pasted, not a line said. */
const PASTE_WORDS = 40;
const PASTE_LINES = 3;
/** Of the writer's words the pasted pieces hold at least half, for the rest to be talk about them. */
const PASTED_SHARE = 0.5;

/**
 * A story pasted into the chat a piece at a time (the app's limit on a message's length, an installment a day): the
 * pieces are the writer's long messages of several lines, and when they hold most of the writer's words, the writer's
 * short one-liners between them (`je trochu dołhe, pósćelu je w dźělach`, `Ndatenda nekuverenga.`) are talk about
 * them. A story told live, a long message of one line or a short one of several among them, is not pasted: nothing
 * is taken out.
 */
function talkAroundPastes(messages: readonly Message[], writer: string, fullText: (n: number) => string, lineCount: (n: number) => number): number[] {
  const mine = messages.flatMap((m, n) => (m.sender === writer ? [{ n, words: fullText(n).split(/\s+/).filter(Boolean).length }] : []));
  const pasted = mine.filter((m) => m.words >= PASTE_WORDS && lineCount(m.n) >= PASTE_LINES);
  // A labelled note (`A/N: …`) is the writer's word on the story, never talk.
  const said = mine.filter((m) => !pasted.includes(m) && matchNoteLabel(fullText(m.n).replace(/^["\s]+/, '')) === null);
  if (pasted.length === 0 || said.length === 0 || said.some((m) => m.words > 2 * TALK_WORDS || lineCount(m.n) > 1)) return [];
  const total = mine.reduce((sum, m) => sum + m.words, 0);
  return pasted.reduce((sum, m) => sum + m.words, 0) >= total * PASTED_SHARE ? said.map((m) => m.n) : [];
}

/**
 * A CSV export's quoted message: the quotes around it are the file's, the doubled quotes in it one quote each, the
 * columns after it (`"https://cdn…/cover.png","🎉 (3)"`) the app's.
 */
function unquoteCsv(messages: readonly Message[], rewritten: Map<number, Line>, under: (n: number) => Line[], columnsAfter: number): void {
  const set = (line: Line, text: string): void => void rewritten.set(line.no - 1, { ...line, text, trimmed: text });
  const trailing = columnsAfter > 0 ? new RegExp(`(?:,"(?:[^"]|"")*"){${columnsAfter}}$`, 'u') : null;
  messages.forEach((m, n) => {
    let first = rewritten.get(m.at);
    if (!first?.trimmed.startsWith('"')) return;
    const rest = under(n).filter((l) => rewritten.has(l.no - 1) || !l.blank);
    let last = rest.at(-1) ?? first;
    if (trailing) {
      const cut = (rewritten.get(last.no - 1) ?? last).trimmed.replace(trailing, '');
      set(last, cut);
      last = rewritten.get(last.no - 1)!;
      if (last.no - 1 === m.at) first = last;
    }
    if (!last.trimmed.endsWith('"') || (last === first && first.trimmed.length < 2)) return;
    const undouble = (t: string): string => t.replaceAll('""', '"');
    if (last === first) return set(first, undouble(first.trimmed.slice(1, -1)));
    set(first, undouble(first.trimmed.slice(1)));
    for (const l of rest.slice(0, -1)) set(rewritten.get(l.no - 1) ?? l, undouble(l.trimmed));
    set(rewritten.get(last.no - 1) ?? last, undouble(last.trimmed.slice(0, -1)));
  });
}

interface Message {
  at: number;
  sender: string;
  text: string;
}

/** How one export lays out its messages: where each starts, and which lines are the app's. */
interface ChatLayout {
  id: string;
  messages: Message[];
  /** The app's notice on line i: it ends the message before it. */
  notice: (i: number) => boolean;
  /** A line the app hangs on a message (a reaction, a quoted reply): not its text, and no end to it. */
  attached: (i: number) => boolean;
  quotesMultiline: boolean;
  csv: boolean;
  columnsAfter: number;
}

function messagesOf(lines: readonly Line[], format: ChatFormat): Message[] {
  const found: Message[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trimmed;
    const m = format.needs === undefined || t.includes(format.needs) ? format.message.exec(t) : null;
    if (m) found.push({ at: i, sender: m[1]!.trim(), text: m[2]!.trim() });
  }
  return found;
}

/**
 * A phone's messages saved as records of labelled lines (Nokia PC Suite's `From:` / `Number:` / `Date:` /
 * `Message:`): the sender's label, then the text's label last, its text running on to the blank line. The
 * record's other lines are the app's.
 */
function recordLayout(lines: readonly Line[]): ChatLayout | null {
  const messages: Message[] = [];
  const labels = new Set<number>();
  let covered = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank || (i > 0 && !lines[i - 1]!.blank)) continue;
    let sender: string | null = null;
    let k = i;
    for (; k < lines.length && !lines[k]!.blank; k++) {
      const m = RECORD_LINE.exec(lines[k]!.trimmed);
      if (!m) break;
      if (RECORD_SENDER.test(m[1]!) && sender === null) sender = m[2]!.trim();
      else if (RECORD_TEXT.test(m[1]!) && sender !== null && k > i) {
        messages.push({ at: k, sender, text: m[2]!.trim() });
        for (let j = i; j < k; j++) labels.add(j);
        let end = k + 1;
        while (end < lines.length && !lines[end]!.blank) end++;
        covered += end - i;
        i = end - 1;
        break;
      }
    }
  }
  const filled = lines.filter((l) => !l.blank).length;
  if (messages.length < MIN_MESSAGES || covered < filled * RECORD_SHARE) return null;
  return { id: 'message records', messages, notice: (i) => labels.has(i), attached: () => false, quotesMultiline: false, csv: false, columnsAfter: 0 };
}

/** Whether a text is a chat app's export, whatever its file's name says (signal-export writes `chat.md`). */
export function isChatExport(text: string): boolean {
  return chatLayout(toLines(text)) !== null;
}

/** The app whose messages the file holds, if they make enough of it. */
function chatLayout(lines: readonly Line[]): ChatLayout | null {
  const filled = lines.filter((l) => !l.blank).length;
  let format: ChatFormat | null = null;
  let messages: Message[] = [];
  for (const f of CHAT_FORMATS) {
    const found = messagesOf(lines, f);
    if (found.length > messages.length) [format, messages] = [f, found];
  }
  if (format === null || messages.length < MIN_MESSAGES) return recordLayout(lines);
  const f = format;
  // The app's lines are its messages' first lines and its notices (`You joined using a group link`).
  const first = lines.findIndex((l) => !l.blank);
  const notices = messages.length < filled * (f.share ?? MESSAGE_SHARE) ? lines.filter((l) => !l.blank && f.notice.test(l.trimmed)).length : 0;
  // (Or on a short wrapper round the export: the mail it was sent in, its `Chat History with NAME` line.)
  const before = lines.slice(0, messages[0]!.at).filter((l) => !l.blank).length;
  const opened = messages[0]!.at === first || f.notice.test(lines[first]!.trimmed) || before <= WRAPPER_LINES;
  if (messages.length + notices < filled * Math.min(f.share ?? MESSAGE_SHARE, opened ? OPENED_SHARE : 1)) return recordLayout(lines);
  return {
    id: f.id,
    messages,
    notice: (i) => f.notice.test(lines[i]!.trimmed),
    attached: (i) => f.attached?.test(lines[i]!.trimmed) ?? false,
    quotesMultiline: f.quotesMultiline ?? false,
    csv: f.csv ?? false,
    columnsAfter: f.columnsAfter ?? 0,
  };
}

/** A title set in capitals: letters, none of them lower case, a few words. */
const CAPITALS_TITLE = /^(?=.*\p{Lu})[^\p{Ll}]{2,60}$/u;

/** A numbered chapter's or part's heading: what an installment opens on. */
const opensInstallment = (h: HeadingMatch | null): boolean => h !== null && h.number !== null && (h.level === 'chapter' || h.level === 'part');

/**
 * The writer's first message that is a title alone (bold, or in capitals) with an installment's heading under it, a
 * name line between at most: the title, its line, and the name (the author) with its line.
 */
function titleOverHeading(lines: readonly Line[], own: readonly [number, Line][], starts: ReadonlySet<number>): { at: number; line: string; title: string; author: string | null; nameAt: number } | null {
  for (const [at, l] of own) {
    if (!starts.has(at)) continue;
    const bold = BOLD_MESSAGE.exec(l.trimmed)?.[1]?.trim() ?? null;
    const title = bold ?? (CAPITALS_TITLE.test(l.trimmed) && /\p{L}{2}/u.test(l.trimmed) && matchHeading(l.trimmed) === null ? l.trimmed : null);
    if (title === null) continue;
    const next = lines.slice(at + 1, at + 6).map((x, k) => ({ x, k: at + 1 + k })).filter(({ x }) => !x.blank);
    const named = next[0] !== undefined && next[0].x.trimmed.split(/\s+/).length <= 4 && isNameLike(next[0].x.trimmed) && matchHeading(next[0].x.trimmed) === null ? next[0] : null;
    const heading = named ? next[1] : next[0];
    if (!opensInstallment(heading ? matchHeading(heading.x.trimmed) : null)) continue;
    return { at, line: l.trimmed, title, author: named?.x.trimmed ?? null, nameAt: named?.k ?? -1 };
  }
  return null;
}

/**
 * A story posted into a group chat and exported as text (WhatsApp, KakaoTalk, Discord, an IRC log): the
 * writer's messages are the story, one message a paragraph, and lines under a message that carry no
 * prefix continue it. The other members' messages, the app's notices and date dividers, and pictures left
 * out are not the story. The writer is the member whose messages hold the most words. Read as a thread of
 * posts: the prefixes are cut off the writer's lines, the rest is chrome.
 */
export function findChatExport(lines: readonly Line[], sink: DiagnosticSink): SocialThread | null {
  const layout = chatLayout(lines);
  if (layout === null) return null;
  const { messages } = layout;
  const starts = new Map(messages.map((m) => [m.at, m]));
  // The lines of message n after its first, that are its own (not the app's).
  const under = (n: number): Line[] => lines.slice(messages[n]!.at + 1, messages[n + 1]?.at ?? lines.length).filter((l, j) => !l.blank && !layout.notice(messages[n]!.at + 1 + j) && !layout.attached(messages[n]!.at + 1 + j));
  // A message's words are its own line's and the unprefixed lines under it, up to the next message.
  const words = new Map<string, number>();
  messages.forEach((m, k) => {
    const count = [m.text, ...under(k).map((l) => l.trimmed)].join(' ').split(/\s+/).filter(Boolean).length;
    words.set(m.sender, (words.get(m.sender) ?? 0) + count);
  });
  const writer = [...words].sort((a, b) => b[1] - a[1])[0]![0];
  const chrome = new Set<number>();
  const rewritten = new Map<number, Line>();
  let mine = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const m = starts.get(i);
    if (m) {
      mine = m.sender === writer;
      const text = m.text;
      if (!mine || text === '' || MEDIA_PLACEHOLDER.test(text)) chrome.add(i);
      else rewritten.set(i, { ...line, text, trimmed: text, indent: 0 });
    } else {
      // A notice ends the message before it; lines under it are no one's.
      const notice = layout.notice(i);
      if (notice) mine = false;
      if (notice || !mine || MEDIA_PLACEHOLDER.test(line.trimmed) || layout.attached(i)) chrome.add(i);
    }
  }
  // A serial sent by SMS counts each message at its end (`… sdh lewat. (1/4)`): the phone's count, not the story's words.
  const counted = [...rewritten].filter(([, l]) => PART_COUNTER.test(l.trimmed));
  if (counted.length >= 2) {
    for (const [k, l] of counted) {
      const text = l.trimmed.replace(PART_COUNTER, '');
      rewritten.set(k, { ...l, text, trimmed: text });
    }
    sink.info('chat-part-counters', counted[0]![0] + 1, `${counted.length} messages end on their count of the installment's messages ("(1/4)"), left out of the text`);
  }
  // LINE wraps a message of several lines in double quotes: `"เรื่อง : …` … `หมวด : …"`.
  if (layout.quotesMultiline) {
    messages.forEach((m, n) => {
      const first = rewritten.get(m.at);
      const last = under(n).at(-1);
      if (!first || !last || !first.trimmed.startsWith('"') || !last.trimmed.endsWith('"')) return;
      const open = first.trimmed.slice(1);
      const close = last.trimmed.slice(0, -1);
      rewritten.set(m.at, { ...first, text: open, trimmed: open });
      rewritten.set(last.no - 1, { ...last, text: close, trimmed: close });
    });
  }
  if (layout.csv) unquoteCsv(messages, rewritten, under, layout.columnsAfter);
  // Read live, the story closes on its closing line (`the end :)`, `おわり`); the writer's lines after it thank the room.
  const textOf = (k: number): string => rewritten.get(k)?.trimmed ?? lines[k]!.trimmed;
  const own = lines.flatMap((l, k) => (!l.blank && !chrome.has(k) ? [k] : []));
  let closed: number | undefined;
  // A closing formula with the writer's note after it in the same message (`Ende Teil zwei. Anmerkung: …`): the note stays.
  for (const k of own) {
    const m = CLOSING_THEN.exec(textOf(k));
    if (!m || !isClosingLine(m[1]!) || matchNoteLabel(m[2]!) === null) continue;
    rewritten.set(k, { ...lines[k]!, text: m[2]!, trimmed: m[2]!, indent: 0 });
    closed = k;
  }
  const end = own.findLast((k) => k === closed || isClosingLine(textOf(k)));
  // A labelled note after it (`Obs. da autora: …`) is still the writer's note on the story.
  const after = end === undefined ? [] : own.filter((k) => k > end && matchNoteLabel(textOf(k)) === null);
  if (end !== undefined && after.length > 0 && after.length <= AFTER_END) {
    for (const k of after) {
      rewritten.delete(k);
      chrome.add(k);
    }
    sink.info('chat-after-end', after[0]! + 1, `${after.length} line(s) of the writer after the story's closing line (line ${end + 1}) are talk to the room, not story`);
  }
  // A message wholly in brackets is the writer stepping out of the story: `(sorry, cat on keyboard, one sec)`.
  for (const [k, line] of rewritten) {
    if (!ASIDE.test(line.trimmed)) continue;
    rewritten.delete(k);
    chrome.add(k);
    sink.info('chat-aside', k + 1, `the writer's bracketed aside "${line.trimmed.slice(0, 40)}" is talk to the room, not story`);
  }
  // An installment's heading sent as a message of its own is a heading, set apart by the app whatever the lines around it.
  const headingAt = new Map<number, HeadingMatch>();
  messages.forEach((m, n) => {
    const h = m.sender === writer && !chrome.has(m.at) ? headingMessage(textOf(m.at).replace(EMPHASIS_EDGES, '')) : null;
    if (h !== null) headingAt.set(n, h);
  });
  // (Or a bold name over the installment's heading on the line under it: `*LAST BUS TO OBALENDE*` / `EPISODE 5`.)
  const overHeading = new Set(messages.flatMap((m, n) => {
    const next = under(n)[0];
    return m.sender === writer && BOLD_MESSAGE.test(m.text) && next !== undefined && opensInstallment(matchHeading(next.trimmed)) ? [n] : [];
  }));
  // A message's words: its own line's and the unprefixed lines under it.
  const talkOf = (n: number): string => [messages[n]!.text, ...under(n).map((l) => l.trimmed)].join(' ');
  const aroundPastes = talkAroundPastes(messages, writer, talkOf, (n) => 1 + under(n).length);
  for (const n of aroundPastes) {
    for (let k = messages[n]!.at; k < (messages[n + 1]?.at ?? lines.length); k++) {
      rewritten.delete(k);
      chrome.add(k);
    }
  }
  if (aroundPastes.length > 0) sink.info('chat-pasted-pieces', messages[aroundPastes[0]!]!.at + 1, `the story pasted in pieces of several lines: ${aroundPastes.length} short message(s) of the writer between them read as talk, not story`);
  const headings = new Map<number, HeadingMatch>();
  const opening = new Set(messages.filter((m) => rewritten.has(m.at)).map((m) => m.at));
  if (headingAt.size + overHeading.size >= 2) {
    const talk = talkBeforeHeadings(messages, writer, talkOf, (n) => headingAt.has(n) || overHeading.has(n));
    for (const n of talk) {
      const m = messages[n]!;
      for (let k = m.at; k < (messages[n + 1]?.at ?? lines.length); k++) {
        if (lines[k]!.blank) continue;
        rewritten.delete(k);
        chrome.add(k);
      }
    }
    if (talk.length > 0) sink.info('chat-talk', messages[talk[0]!]!.at + 1, `${talk.length} short message(s) of the writer among the room's talk before an installment's heading read as talk, not story`);
    for (const [n, h] of headingAt) headings.set(lines[messages[n]!.at]!.no, { ...h, marked: true });
  }
  sink.info('chat-export', messages[0]!.at + 1, `a ${layout.id} chat export: ${writer}'s messages read as the story, the others' messages and the app's notices kept out of the body`);
  reportRuns(lines, [...chrome], (from, to, n) => sink.info('chat-export-chrome', from, `${n} line${n > 1 ? 's' : ''} of other members' messages or the app's notices kept out of the body`, { endLine: to }));
  // The writer's first message in bold names the piece, and after a dash the installment (`Title – Zweiter Teil: Der Ofen`):
  // the installment's heading is the chapter's, what stands before it the story's title.
  const named = [...rewritten].sort((a, b) => a[0] - b[0]).find(([, l]) => BOLD_MESSAGE.test(l.trimmed));
  const bold = named ? BOLD_MESSAGE.exec(named[1].trimmed)![1]!.trim() : null;
  const split = bold === null ? null : NAME_THEN_HEADING.exec(bold);
  const installment = split ? matchHeading(split[2]!) : null;
  if (named && split && installment !== null && installment.number !== null && (installment.level === 'chapter' || installment.level === 'part')) {
    const heading: HeadingMatch = { ...installment, level: 'chapter', marked: true };
    // What the writer says before naming the piece (`Heute kommt Teil zwei, wie versprochen.`) is talk to the room.
    for (const k of [...rewritten.keys()].filter((k) => k < named[0])) {
      rewritten.delete(k);
      chrome.add(k);
    }
    sink.info('chat-title-message', named[0] + 1, `the writer's bold message names the story ("${split[1]}") and the installment ("${split[2]}")`);
    return { chrome, rewritten, title: split[1]!.trim(), poster: writer, headings: new Map([...headings, [named[0] + 1, heading]]), starts: opening };
  }
  // The piece's name alone in a message, bold or in capitals, over an installment's heading, the writer's name between
  // at most (`*LAST BUS TO OBALENDE*` / `EPISODE 4`, `LATERNAKANDJA` / `Kadri Tamm` / `1. peatükk. Udu`): the story's title,
  // set again over each installment, and what the writer said before it talk. (Who pasted it need not have written it.)
  const titled = split === null ? titleOverHeading(lines, [...rewritten].sort((a, b) => a[0] - b[0]), new Set(messages.map((m) => m.at))) : null;
  if (titled !== null) {
    for (const [k, l] of [...rewritten]) {
      if (k >= titled.at && l.trimmed !== titled.line && k !== titled.nameAt) continue;
      rewritten.delete(k);
      chrome.add(k);
    }
    sink.info('chat-title-message', titled.at + 1, `the writer's message "${titled.title}" names the story over the installment's heading`);
    return { chrome, rewritten, title: titled.title, poster: titled.author, headings, starts: opening };
  }
  // A board thread's title stands alone over its first post, among the page's chrome.
  const above = lines.slice(0, messages[0]!.at).filter((l) => !l.blank && matchBoilerplate(HEADER_CHROME, l.trimmed) === null && !layout.notice(l.no - 1));
  const title = above.length === 1 && above[0]!.trimmed.length <= 80 ? above[0]!.trimmed : null;
  if (title !== null) sink.info('chat-title', above[0]!.no, `"${title}" over the first message read as the thread's title`);
  const announced = title === null && headings.size > 0 ? announcement(rewritten, Math.min(...headings.keys()) - 1) : null;
  if (announced !== null) {
    rewritten.delete(announced.at);
    chrome.add(announced.at);
    sink.info('chat-announcement', announced.at + 1, `the writer's message announcing "${announced.title}" by ${announced.author} names the story; the rest of it is talk to the room`);
    return { chrome, rewritten, title: announced.title, poster: announced.author, headings, starts: opening };
  }
  return { chrome, rewritten, title, poster: null, headings, starts: opening };
}
