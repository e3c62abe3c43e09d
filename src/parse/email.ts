import type { DiagnosticSink } from '../diagnostics.js';
import { matchHeading } from './rules/headings.js';
import { isClosingLine } from './rules/markers.js';
import { senderName } from './rules/message-headers.js';
import { matchFieldLine } from './rules/fields.js';
import { matchByLine } from './rules/header-labels.js';
import { decoded, HEADER, splitPart, subparts, type Part } from './mime-parts.js';

/** Lines of a message's text looked at for the story's own header. */
const HEADER_LINES = 40;

/**
 * E-mails holding a story sent in instalments (an mbox folder copied out of Thunderbird or mutt, a saved
 * `.eml`): each message's headers, its HTML twin and attachments, and the signature under `-- ` are the mail
 * program's; the text/plain part is the letter. Read back into plain text: the sender's name as the author,
 * each letter's salutation and the paragraphs under it up to the story's title or first heading left out, and
 * the sign-off that names the sender after the story. The plain-text reader then reads the story.
 */

const MBOX_FROM = /^From (?:- |\S+ +)?\w{3} \w{3} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4}\s*$/;
/** A salutation: a few words and a comma, alone on its line (`Ihr Lieben,`, `Dear all,`, `Chers tous,`). */
const SALUTATION = /^(?:\S+\s+){0,4}\S+,$/u;

/**
 * Whether a text is a mail folder (an mbox separator first) or a saved MIME multipart message, its headers
 * naming the sender. A plain message or a digest, headers over text, the plain-text reader reads as it is.
 */
export function isEmail(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').slice(0, 6000).replace(/\r/g, '').split('\n\n', 1)[0]!;
  const lines = head.split('\n');
  const names = new Set(lines.map((l) => HEADER.exec(l)?.[1]?.toLowerCase()).filter(Boolean));
  const mbox = MBOX_FROM.test(lines[0] ?? '');
  const multipart = HEADER.test(lines[0] ?? '') && /^Content-Type:\s*multipart\//im.test(head);
  // Outlook's `Save As > Text Only`: `From:` first, then `Sent:`, `To:`, `Subject:`, a tab after each label.
  const outlook = /^From:\t/.test(lines[0] ?? '') && names.has('sent') && names.has('to') && names.has('subject');
  return outlook || ((mbox || multipart) && names.has('from') && (names.has('subject') || names.has('message-id')) && (names.has('date') || names.has('mime-version')));
}

/** The text/plain part of a message, through nested multiparts. */
function plainText(part: Part): string[] | null {
  const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) {
    for (const p of subparts(part)) {
      const text = plainText(p);
      if (text) return text;
    }
    return null;
  }
  return type.startsWith('text/plain') ? decoded(part) : null;
}

/**
 * The messages a MIME digest carries (Mailman, LISTSERV): the `message/rfc822` parts, which a `multipart/digest`
 * holds by default. Empty for a message that is no digest.
 */
function digestMessages(part: Part, inDigest = false): Part[] {
  const type = (part.headers.get('content-type') ?? (inDigest ? 'message/rfc822' : 'text/plain')).toLowerCase();
  if (type.startsWith('message/rfc822')) return [splitPart(part.body)];
  if (!type.startsWith('multipart/')) return [];
  return subparts(part).flatMap((p) => digestMessages(p, type.startsWith('multipart/digest')));
}

/**
 * A digest's messages as a capture of them: each one's sender, subject and date over its text, without its
 * signature, for the message series reader to tell the poster's parts from the others' (the digest's own
 * preamble, contents and footer left out).
 */
function digestText(messages: readonly Part[]): string[] {
  return messages.flatMap((m) => {
    const body = plainText(m) ?? [];
    const signature = body.indexOf('-- ');
    const headers = ['from', 'subject', 'date'].flatMap((h) => (m.headers.has(h) ? [`${h.charAt(0).toUpperCase()}${h.slice(1)}: ${m.headers.get(h)}`] : []));
    return ['', ...headers, '', ...(signature >= 0 ? body.slice(0, signature) : body), ''];
  });
}

/** A letter's paragraphs: the blank-line-separated runs of its lines. */
function paragraphs(lines: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const l of lines) {
    if (l.trim() === '') {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push(l);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A reply's subject (`Re:`, `AW:`, `SV:`, `Odp:`), in the languages mail programs write it. */
const REPLY_SUBJECT = /^\s*(?:re|aw|sv|vs|antw|rif|odp|ynt|отв|回复|答复)\s*(?:\[\d+\])?\s*[:：]/iu;
/** The line a mail program sets over the letter it quotes in a reply. */
const QUOTE_OPENER = /^-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|oorspronkelijk bericht|messaggio originale|mensagem original|originalmeddelande|oprindelig meddelelse|opprinnelig melding|alkuperäinen viesti|oryginalna wiadomość|původní zpráva|исходное сообщение)\s*-{2,}$/iu;
/** A line of a letter quoted in a reply: `>` at its start. */
const QUOTED = /^\s*>/;

/** A labelled line of the story's own header in a letter (`Title: …`, `Titel: …`, `Skrifiman: …`). */
const FIELD_LINE = /^\p{L}[\p{L}\p{M} '’-]{0,24}\s?:\s+\S/u;
/** A paragraph of two labelled lines or more: the story's header, as a letter sets it over the story. */
const isFieldBlock = (p: readonly string[]): boolean => p.length >= 2 && p.every((l) => FIELD_LINE.test(l.trim()));
const labelsOf = (p: readonly string[]): string => p.map((l) => l.trim().split(':', 1)[0]!.toLowerCase()).join('|');

/** A rule of dashes or the like across the letter, between the covering note and the story pasted under it. */
const RULE = /^\s*([-_=~*])\1{9,}\s*$/;

/**
 * Where the story opens in a letter: after a rule under the covering note, at the story's own header (`Title:` /
 * `Author:` / `Part: 1 of 2`), its first heading, or a short title line over it.
 */
function storyStart(paras: readonly string[][]): number {
  const rule = paras.findIndex((p) => p.length === 1 && RULE.test(p[0]!));
  if (rule > 0 && rule < paras.length - 1) return rule + 1;
  const fields = paras.findIndex((p, k) => k > 0 && isFieldBlock(p));
  if (fields > 0 && fields < paras.length - 1) return fields;
  const heading = paras.findIndex((p) => p.length === 1 && matchHeading(p[0]!.trim()) !== null);
  if (heading < 0) return 0;
  const above = paras[heading - 1];
  const title = above && above.length === 1 && above[0]!.split(/\s+/).length <= 8 && !/[.,;:!?]$/.test(above[0]!.trim());
  return title ? heading - 1 : heading;
}

/** A line that opens with a closing formula and goes on: `Fortsetzung folgt, wenn Opa mich lässt!`. */
function continues(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.some((_, k) => k > 0 && k < 5 && isClosingLine(words.slice(0, k + 1).join(' ').replace(/[,.!…]+$/, '')));
}

/** The story the mails tell, as plain text. */
export function emailText(text: string, sink: DiagnosticSink): string {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  // Messages: an mbox separator opens each; a saved message is one.
  const starts = lines.flatMap((l, k) => (MBOX_FROM.test(l) && (k === 0 || lines[k - 1]!.trim() === '') ? [k] : []));
  if (starts[0] !== 0) starts.unshift(0);
  const out: string[] = [];
  let author: string | null = null;
  let left = 0;
  let digests = 0;
  let replies = 0;
  // The labels of the story's header in the first letter: each later instalment repeats it.
  let header: string | null = null;
  starts.forEach((start, m) => {
    const end = starts[m + 1] ?? lines.length;
    const message = splitPart(lines.slice(MBOX_FROM.test(lines[start]!) ? start + 1 : start, end));
    const digest = digestMessages(message);
    if (digest.length > 0) {
      digests += digest.length;
      out.push(...digestText(digest));
      return;
    }
    const body = plainText(message);
    if (!body) return;
    const name = senderName(message.headers.get('from'));
    author ??= name;
    // A reader's answer in the folder (`Re: …`, or the letter it answers quoted under it) is theirs, not the story.
    if (author !== null && name !== null && name !== author && (REPLY_SUBJECT.test(message.headers.get('subject') ?? '') || body.some((l) => QUOTED.test(l) || QUOTE_OPENER.test(l.trim())))) {
      replies++;
      return;
    }
    // The signature under `-- ` is the mail program's; mboxrd quotes `From ` at a line's start.
    // (Outlook writes the marker without its space.)
    const outlook = message.headers.has('sent');
    const signature = body.findIndex((l) => l === '-- ' || (outlook && l === '--'));
    const letter = (signature >= 0 ? body.slice(0, signature) : body).map((l) => l.replace(/^>(>*From )/, '$1'));
    let paras = paragraphs(letter);
    // The salutation and the paragraphs under it, up to the story's title or first heading, are the letter's.
    if (paras[0]?.length === 1 && SALUTATION.test(paras[0][0]!.trim())) {
      const from = storyStart(paras);
      left += from;
      paras = paras.slice(from);
    }
    // Each later instalment repeats the story's header over its part (`Titel:` / `Skrifiman:` / `Pisi: 2 fu 2`).
    const own = paras.findIndex(isFieldBlock);
    if (own >= 0 && own < 3) {
      if (header === null) header = labelsOf(paras[own]!);
      else if (labelsOf(paras[own]!) === header) {
        paras = paras.filter((_, k) => k !== own);
        left++;
      }
    }
    // After the story, the sign-off that names the sender (`eure Oma Hedwig`), and a promise of more over it
    // (`Fortsetzung folgt nächsten Freitag!`).
    const given = name?.split(/\s+/)[0];
    const last = paras.length - 1;
    if (given && last > 0 && paras[last]!.length <= 3 && paras[last]!.some((l) => l.includes(given))) {
      let from = last;
      if (from > 1 && paras[from - 1]!.length === 1 && continues(paras[from - 1]![0]!)) from--;
      left += paras.length - from;
      paras = paras.slice(0, from);
    }
    // A rule closing the pasted story is the letter's too.
    while (paras.length > 0 && paras[paras.length - 1]!.length === 1 && RULE.test(paras[paras.length - 1]![0]!)) {
      paras = paras.slice(0, -1);
      left++;
    }
    out.push(...paras.flatMap((p) => [...p, '']));
  });
  sink.info('email', 1, `read as ${starts.length} e-mail message(s): headers, HTML twins and signatures left out, the text/plain parts read`);
  if (digests > 0) sink.info('email-digest', 1, `${digests} message(s) of a MIME digest read with their senders and subjects; the digest's preamble, contents and footer left out`);
  if (replies > 0) sink.info('email-reply', 1, `${replies} reply(ies) from other senders left out: their answers and the letters they quote are not the story`);
  if (left > 0) sink.info('email-letter', 1, `${left} paragraph(s) of the letters' salutations and sign-offs left out of the story`);
  // The sender is the author unless the story's own header names one (a newsletter sends another's story: `Awtriċi: NAME`).
  const named = out.slice(0, HEADER_LINES).some((l) => matchFieldLine(l.trim())?.meta === 'author' || matchByLine(l.trim())?.weak === false);
  return [...(author && !named ? [`Author: ${author}`, ''] : []), ...out].join('\n');
}
