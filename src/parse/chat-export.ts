import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { reportRuns } from './archive.js';
import { CHAT_FORMATS, MEDIA_PLACEHOLDER, type ChatFormat } from './rules/chat-exports.js';
import { HEADER_CHROME, matchBoilerplate } from './rules/boilerplate.js';
import { isClosingLine } from './rules/markers.js';
import { matchNoteLabel } from './rules/notes.js';
import type { SocialThread } from './social-thread.js';
import type { HeadingMatch } from './rules/headings.js';
import { matchHeading } from './rules/headings.js';

/** Share of a file's lines that must be messages of one app's format before the file is read as its export. */
const MESSAGE_SHARE = 0.4;
const MIN_MESSAGES = 5;
/** At most this many of the writer's lines after the closing line are talk to the room; more are still story. */
const AFTER_END = 4;
/** A short message wholly in round brackets: an aside out of the story. */
const ASIDE = /^\((?:[^()]|\([^()]*\)){1,80}\)$/u;
/** A message's first sentence, and what follows it. */
const CLOSING_THEN = /^(.{2,60}?[.!…])\s+(\S.*)$/u;
/** A message wholly in bold, as a writer sets the piece's name over it: `**Die Glasbläserin – Zweiter Teil: Der Ofen**`. */
const BOLD_MESSAGE = /^(?:\*\*|__)([^*_]{2,100})(?:\*\*|__)$/u;
/** The piece's name, then the installment's heading after a dash: `Die Glasbläserin – Zweiter Teil: Der Ofen`. */
const NAME_THEN_HEADING = /^(.{2,60}?)\s+[–—-]\s+(\S.*)$/u;

interface Message {
  at: number;
  sender: string;
  text: string;
}

function messagesOf(lines: readonly Line[], format: ChatFormat): Message[] {
  const found: Message[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = format.message.exec(lines[i]!.trimmed);
    if (m) found.push({ at: i, sender: m[1]!.trim(), text: m[2]!.trim() });
  }
  return found;
}

/**
 * A story posted into a group chat and exported as text (WhatsApp, KakaoTalk, Discord, an IRC log): the
 * writer's messages are the story, one message a paragraph, and lines under a message that carry no
 * prefix continue it. The other members' messages, the app's notices and date dividers, and pictures left
 * out are not the story. The writer is the member whose messages hold the most words. Read as a thread of
 * posts: the prefixes are cut off the writer's lines, the rest is chrome.
 */
export function findChatExport(lines: readonly Line[], sink: DiagnosticSink): SocialThread | null {
  const filled = lines.filter((l) => !l.blank).length;
  let format: ChatFormat | null = null;
  let messages: Message[] = [];
  for (const f of CHAT_FORMATS) {
    const found = messagesOf(lines, f);
    if (found.length > messages.length) [format, messages] = [f, found];
  }
  if (format === null || messages.length < MIN_MESSAGES || messages.length < filled * (format.share ?? MESSAGE_SHARE)) return null;
  // A message's words are its own line's and the unprefixed lines under it, up to the next message.
  const words = new Map<string, number>();
  messages.forEach((m, k) => {
    const under = lines.slice(m.at + 1, messages[k + 1]?.at ?? lines.length).filter((l) => !format!.notice.test(l.trimmed));
    const count = [m.text, ...under.map((l) => l.trimmed)].join(' ').split(/\s+/).filter(Boolean).length;
    words.set(m.sender, (words.get(m.sender) ?? 0) + count);
  });
  const writer = [...words].sort((a, b) => b[1] - a[1])[0]![0];
  const chrome = new Set<number>();
  const rewritten = new Map<number, Line>();
  let mine = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const m = format.message.exec(line.trimmed);
    if (m) {
      mine = m[1]!.trim() === writer;
      const text = m[2]!.trim();
      if (!mine || text === '' || MEDIA_PLACEHOLDER.test(text)) chrome.add(i);
      else rewritten.set(i, { ...line, text, trimmed: text, indent: 0 });
    } else {
      // A notice ends the message before it; lines under it are no one's.
      const notice = format.notice.test(line.trimmed);
      if (notice) mine = false;
      if (notice || !mine || MEDIA_PLACEHOLDER.test(line.trimmed)) chrome.add(i);
    }
  }
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
  sink.info('chat-export', messages[0]!.at + 1, `a ${format.id} chat export: ${writer}'s messages read as the story, the others' messages and the app's notices kept out of the body`);
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
    return { chrome, rewritten, title: split[1]!.trim(), poster: writer, headings: new Map([[named[0] + 1, heading]]) };
  }
  // A board thread's title stands alone over its first post, among the page's chrome.
  const above = lines.slice(0, messages[0]!.at).filter((l) => !l.blank && matchBoilerplate(HEADER_CHROME, l.trimmed) === null && !format!.notice.test(l.trimmed));
  const title = above.length === 1 && above[0]!.trimmed.length <= 80 ? above[0]!.trimmed : null;
  if (title !== null) sink.info('chat-title', above[0]!.no, `"${title}" over the first message read as the thread's title`);
  return { chrome, rewritten, title, poster: null };
}
