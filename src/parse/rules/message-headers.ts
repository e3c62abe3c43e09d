import { alternation as languageAlternation, LANGUAGES } from './languages/index.js';

/**
 * The header lines over each message of a mail folder, a list digest, a newsgroup or a bulletin board captured
 * to a file (Usenet, Fidonet, CompuServe, Prodigy, Mailman, LISTSERV): data for `parse/message-series.ts`.
 */

/** Labels naming the sender, in the mail programs' and boards' languages (`Fm:` CompuServe, `Von:`, `De :`, `От:`). */
const SENDER = ['from', 'fm', 'von', 'de', 'da', 'van', 'od', 'от', 'fra', 'från', 'lähettäjä', 'kimden', 'feladó', '差出人', '发件人', '寄件者', '보낸 사람', '보낸이', '올린이'];
/** Labels naming the subject (`Sb:` CompuServe, `Subj :` Fidonet). */
const SUBJECT = ['subject', 'subj', 'sb', 'betreff', 'asunto', 'objet', 'oggetto', 'assunto', 'onderwerp', 'temat', 'тема', 'emne', 'ämne', 'aihe', 'konu', 'tárgy', '件名', '主题', '主旨', '제\\s{0,2}목'];
/** The header's other labels: recipients, dates, routing, a digest's message number, a board's area. */
const OTHER = [
  'to', 'cc', 'bcc', 'date', 'sent', 'time', 'newsgroups', 'organization', 'lines', 'message-id', 'references', 'reply-to', 'in-reply-to', 'path',
  'user-agent', 'list-id', 'precedence', 'errors-to', 'thread-topic', 'thread-index', 'importance',
  'sender', 'content-type', 'content-transfer-encoding', 'mime-version', 'nntp-posting-host', 'message', 'msg', 'area', 'conf', 'topic',
  'an', 'datum', 'gesendet', 'para', 'fecha', 'enviado', 'à', 'envoyé', 'a', 'data', 'inviato', 'aan', 'verzonden', 'do', 'кому',
  'дата', 'отправлено', 'til', 'till', 'dato', 'vastaanottaja', 'päivämäärä', 'kime', 'tarih', 'címzett', 'dátum',
  '宛先', '日付', '收件人', '日期', '받는 사람', '날짜',
];

const alternation = (words: readonly string[]): string => words.join('|');

/** `From: NAME`, `From : NAME  1:2613/45  14 Feb 95`, `Fm: NAME 76543,210`, `X-Mailer: …`: a header line, its label and value. */
export const HEADER_LINE = new RegExp(`^\\s{0,4}(${alternation([...SENDER, ...SUBJECT, ...OTHER])}|x-[\\w-]+)\\s{0,3}[:：]\\s*(.*)$`, 'iu');
export const SENDER_LABEL = new RegExp(`^(?:${alternation(SENDER)})$`, 'iu');
export const SUBJECT_LABEL = new RegExp(`^(?:${alternation(SUBJECT)})$`, 'iu');

/** Lines a board sets between a message's header lines: `#: 412573 S4/Fiction Workshop`, `Message: 3`, a rule of `=`. */
export const HEADER_FURNITURE = /^(?:#:\s*\d+\b.*|message\s*:?\s*\d+|[=\-_*]{10,})$/i;

/**
 * A Fidonet message's control lines, which the mail program shows inside the text: kludges (`@MSGID:`, `@PID:`,
 * `^AINTL`), the origin (` * Origin: BBS (2:2454/118)`) and the routing (`SEEN-BY:`); the tearline over the origin
 * (`--- GoldED 2.50+`) is one only there.
 */
export const ECHOMAIL_CONTROL = /^(?:[@\x01][A-Z]{2,}[: ]|SEEN-BY:|\s?\* Origin:)/u;
export const TEARLINE = /^---(?: .*)?$/;

/** A reply's subject: `Re:`, `AW:`, `SV:`, `Odp:`, `RE[2]:`. */
export const REPLY_SUBJECT = /^(?:re|aw|sv|vs|antw|odp|ynt|réf|rif|ha|отв)\s*(?:\[\d+\])?\s*[:：]/iu;

/** What a language calls the work (`Kuento`, `Cuento`, `Erzählung`), as a subject's label before the title. */
const GENRES = languageAlternation(LANGUAGES.flatMap((l) => l.genres ?? []));
/** A label naming what the work is (`Novell:`, `Fic:`, `Story:`), as a thread's title opens with it. */
export const GENRE_LABEL = new RegExp(`^(?:story|fic|fiction|${GENRES})$`, 'iu');
/** A subject's tags before the title: `[FIC]`, `[VOY]`, `NEW:`, `STORY:`, `Fic:`, `Kuento:`. */
const SUBJECT_TAGS = new RegExp(`^(?:\\[[^\\]]{1,24}\\]\\s*|(?:new|story|fic|fiction|repost|${GENRES})\\s*:\\s*)+`, 'iu');
/** A changed subject names the old one after it: `… - was Re: Library stories?`, `… (was: Library stories?)`. */
const WAS_SUBJECT = /\s*(?:[-–—]\s*)?\(?\bwas\s*:?\s+(?:re\s*:\s*)?.*$/iu;
/** A count in brackets and the part's own title after it: `염전의 겨울 (2) - 소금꽃`, `The Salt Road [3]: The Ford`. */
export const COUNT_THEN_TITLE = /\s[(\[](\d{1,3})[)\]](?:\s*[-–—:]\s*(\S.*))?$/u;
/** What follows a title: its fandom and count in brackets (`(Discworld, 1/1)`, `[PG]`, `(PG-13)`), a bare count (`1/1`), a count and the part's title (`(2) - 소금꽃`). */
const SUBJECT_TAIL = new RegExp(String.raw`(?:\s*[(\[][^()\[\]]{0,40}[)\]]|\s+\d{1,3}\s*\/\s*\d{1,3})+$|${COUNT_THEN_TITLE.source}`, 'u');

/** A post's subject without its tags, reply prefix, old subject and trailing counts: the title it names, or null. */
export function subjectTitle(subject: string): string | null {
  // (A board sets other columns after the subject, three spaces off or more: `관련자료:없음 [4417]`.)
  const t = subject.split(/\s{3,}/u)[0]!.replace(REPLY_SUBJECT, '').trim().replace(SUBJECT_TAGS, '').replace(WAS_SUBJECT, '').replace(SUBJECT_TAIL, '').trim();
  return /\p{L}/u.test(t) && t.length <= 100 ? t : null;
}

/** A sender's display name: `Hedwig Brandt <hedwig@…>`, `"Dan Pryce" <dpryce@…>`, `mkestrel@netcom.com (Mira Kestrel)`. */
export function senderName(from: string | undefined): string | null {
  const name = /^\s*"?([^"<]*?)"?\s*<[^>]+>\s*$/.exec(from ?? '')?.[1]?.trim() ?? /^\s*[^\s@()]+@[^\s()]+\s+\(([^()]+)\)\s*$/.exec(from ?? '')?.[1]?.trim();
  // A board's columns: the name, then its node address and the date (`Jochen Wendt      2:2454/118.7     12 Feb 95`).
  // Or the name, then the member's id in brackets (a Korean PC network's `보낸이:한지민  (jmhan96 )  1996-12-02 01:14`).
  // Or the name alone (a digest's set-in `From: Sara Benveniste`).
  return name || (/^(\p{L}[\p{L}.' -]{1,40}?)(?:\s{3,}\d|\s+\(\s*[\w.-]{2,20}\s*\)\s)/u.exec(from ?? '')?.[1] ?? /^\s*(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){1,3})\s*$/u.exec(from ?? '')?.[1] ?? null);
}
