import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { readHeaderZone, type HeaderMeta } from './header-zone.js';
import { looksLikeHeading } from './header-rows/kinds.js';
import { ARTICLE_REFERENCE, ATTRIBUTION, COMMENTS_HEADER, HEADER_CHROME, isBreadcrumb, isDateLine, isFooterBoilerplate, MAIL_HEADER, matchBoilerplate, POST_HEADER, PROFILE_KEY, QUOTE_HEADER, TAIL_START } from './rules/boilerplate.js';
import { languageTag, matchFieldLine } from './rules/fields.js';
import { blogOwner, creatorTagline, isNameLike, matchByLine, POST_STAMP_START } from './rules/header-labels.js';
import { findFieldHeadings, findPageTitleHeadings } from './page-title-headings.js';
import { findMenuPageHeadings, findPageCopyHeadings } from './page-copies.js';
import { matchHeading } from './rules/headings.js';
import { matchNoteLabel } from './rules/notes.js';
import { skipRelatedBoxes } from './related-boxes.js';
import type { SocialThread } from './social-thread.js';

/**
 * Archive wrappers around a story (Project Gutenberg's header and licence,
 * AO3's posting lines) are kept out of the body: what they say about the
 * story becomes metadata, the rest is named in a diagnostic.
 */
export interface ArchiveFrame extends HeaderMeta {
  /** Index of the first line of the story proper. */
  from: number;
  /** Index one past its last line. */
  to: number;
  /** Lines inside [from, to) that are archive boilerplate, by index. */
  skip: Set<number>;
  /** Lines a repeated page header stands over: each a chapter's title (a web reader's page per part). */
  pageHeadings: Set<number>;
  /** Lines that carry a chapter heading inside them (a page's title line), with the heading's text. */
  lineHeadings: Map<number, string>;
  kind: 'gutenberg' | null;
}

const PG_START = /^\*{3}\s*START OF (?:THIS|THE) PROJECT GUTENBERG/i;
const PG_END = /^\*{3}\s*END OF (?:THIS|THE) PROJECT GUTENBERG/i;
const PG_END_NOTICE = /^End of (?:the )?Project Gutenberg/i;
const PG_CREDITS = /^(?:Produced by|Credits:|E-?text prepared by|Transcribed from)\b/i;
const PG_HEADER_KEYS = new Set(['Title', 'Author', 'Editor', 'Translator', 'Illustrator', 'Release Date', 'Release date', 'Posting Date', 'Language', 'Original publication', 'Credits', 'Most recently updated', 'Last Updated']);

/** Single lines archives add around a story, with the field they fill (or null to drop). */
const BOILERPLATE: readonly { pattern: RegExp; field: string | null; afterAo3?: true }[] = [
  { pattern: /^Posted originally on the Archive of Our Own at (\S+?)\.?$/i, field: 'Source' },
  { pattern: /^Please (?:drop by the archive and comment|visit the archive).*$/i, field: null },
  { pattern: /^Afterword$/, field: null, afterAo3: true },
  // A tool's note on the copy itself: `[Compiled for offline reading from SITE on DATE. …]`.
  { pattern: /^\[(?:compiled|exported|downloaded|converted|generated|saved) (?:for|from|by|with|on)\b[^\]]{0,400}\]$/i, field: null },
];

/** `headerEnd`: a line index the header zone may not reach (the first heading a person named in `structure.headings`). */
/** `thread`: a thread of posts found in the lines, whose cards and replies are not the story. */
export function findArchiveFrame(lines: readonly Line[], sink: DiagnosticSink, headerEnd: number = lines.length, thread: SocialThread | null = null): ArchiveFrame {
  const frame: ArchiveFrame = { from: 0, to: lines.length, skip: new Set(), pageHeadings: new Set(), lineHeadings: new Map(), title: null, subtitle: null, author: null, description: null, language: null, fields: {}, kind: null };
  const start = findIndex(lines, 0, Math.min(lines.length, 1500), (l) => PG_START.test(l.trimmed));
  if (start !== -1) readGutenberg(lines, start, frame, sink);
  markBoilerplate(lines, frame, sink);
  for (const i of thread?.chrome ?? []) frame.skip.add(i);
  skipRelatedBoxes(lines, frame.from, frame.to, frame.skip, sink);
  // A thread that names its own headings (threadmarks, messages' subjects) has said where its chapters are.
  const titled = frame.kind === null && !thread?.headings?.size ? findPageTitleHeadings(lines, frame.from, frame.to, frame.skip, sink) : null;
  if (titled) {
    frame.lineHeadings = titled.headings;
    for (const i of titled.chrome) {
      frame.skip.add(i);
      // A field repeated over every post (`Translator: Qingfeng`) is the story's.
      const field = matchFieldLine(lines[i]!.trimmed);
      if (field && field.value !== '' && frame.fields[field.key] === undefined) frame.fields[field.key] = field.value;
    }
  }
  const counted = frame.kind === null && !titled ? findFieldHeadings(lines, frame.from, frame.to, sink) : null;
  if (counted) {
    frame.lineHeadings = counted.headings;
    for (const i of counted.repeated) frame.skip.add(i);
  }
  const copied = frame.kind === null && !titled && !counted && !thread?.headings?.size ? findPageCopyHeadings(lines, frame.from, frame.to, sink) : null;
  if (copied) frame.lineHeadings = copied;
  const menued = frame.kind === null && !titled && !counted && !copied && !thread?.headings?.size ? findMenuPageHeadings(lines, frame.from, frame.to, sink) : null;
  if (menued) {
    frame.lineHeadings = menued.headings;
    for (const i of menued.chrome) frame.skip.add(i);
  }
  const creator = frame.kind === null ? readCreator(lines, frame, sink) : null;
  // A transcribed edition has no web furniture inside it; only its last lines (`THE END.`) are looked at.
  const bodyFrom = frame.kind === null ? applyHeaderZone(lines, frame, sink, headerEnd) : Math.max(frame.from, frame.to - 80);
  if (frame.kind === null) skipTitleCopy(lines, frame, bodyFrom, sink);
  if (counted) for (const i of counted.headings.keys()) frame.skip.delete(i);
  if (copied) for (const i of copied.keys()) frame.skip.delete(i);
  if (menued) for (const i of menued.headings.keys()) frame.skip.delete(i);
  if (titled) {
    // The header reader may have taken the first title line (or another line) for the story's title: what every
    // title line starts with is better evidence, and the first title line is chapter 1's heading.
    for (const i of titled.headings.keys()) frame.skip.delete(i);
    // A header's title taken from elsewhere was a guess, and so was the name it found beside it.
    if (titled.poster !== null && frame.title !== titled.title) frame.author = null;
    frame.title = titled.title;
    if (frame.author === null && titled.poster !== null) {
      frame.author = titled.poster;
      sink.info('header-poster', Math.min(...titled.headings.keys()), `author taken from the name over the follow button above each post ("${titled.poster}")`);
    }
  }
  if (creator !== null) frame.author = creator;
  if (thread?.title) frame.title = thread.title;
  if (thread?.poster) frame.author = thread.poster;
  for (const [key, value] of Object.entries(thread?.fields ?? {})) frame.fields[key] ??= value;
  if (frame.author === null) ownerOfJournal(lines, frame, Math.max(bodyFrom, ...frame.lineHeadings.keys()), sink);
  markFooters(lines, frame, bodyFrom, sink);
  return frame;
}

/** The title set again over the text, under the header that named it (a magazine's page: `Title` / `by Name` / `Title`). */
function skipTitleCopy(lines: readonly Line[], frame: ArchiveFrame, from: number, sink: DiagnosticSink): void {
  if (frame.title === null) return;
  let i = from;
  while (i < frame.to && (lines[i]!.blank || frame.skip.has(i))) i++;
  if (i >= frame.to || !(lines[i + 1]?.blank ?? true) || lines[i]!.trimmed.toLowerCase() !== frame.title.toLowerCase()) return;
  frame.skip.add(i);
  sink.info('header-title-copy', i + 1, `the title set again over the text ("${frame.title}") left out of the body`);
}

/** Lines looked at for a creator's tagline: a membership site's banner is the page's first. */
const CREATOR_WITHIN = 12;

/**
 * A membership site's banner names its creator (`Thea Marrick is creating fantasy serial fiction`, or `Inés Arriaga` /
 * `está creando novelas por entregas`): the creator is the author, whatever else the header holds, and the banner's
 * lines are no title or summary.
 */
function readCreator(lines: readonly Line[], frame: ArchiveFrame, sink: DiagnosticSink): string | null {
  let above = -1;
  for (let i = frame.from, seen = 0; i < frame.to && seen < CREATOR_WITHIN; i++) {
    const t = lines[i]!.trimmed;
    if (lines[i]!.blank || frame.skip.has(i)) continue;
    seen++;
    const tagline = creatorTagline(t);
    const name = tagline?.name ?? (tagline && above !== -1 ? lines[above]!.trimmed : null);
    // A name: a few words with no sentence's punctuation (`Hinweis: Der Volltext wurde automatisch erstellt …` is none).
    if (tagline === null || name === null || !isNameLike(name) || /[:;,!?()]/.test(name) || name.split(/\s+/).length > 4) {
      above = i;
      continue;
    }
    frame.skip.add(i);
    if (above !== -1 && lines[above]!.trimmed === name) frame.skip.add(above);
    sink.info('header-creator', i + 1, `author taken from the creator's banner ("${t}")`);
    return name;
  }
  return null;
}

/** Where nothing else names the author, the journal's or blog's name over the posts does (`栀子的博客`, `Blog của Hạ Vy`). */
function ownerOfJournal(lines: readonly Line[], frame: ArchiveFrame, to: number, sink: DiagnosticSink): void {
  for (let i = frame.from; i < Math.min(to, frame.from + 60); i++) {
    const owner = blogOwner(lines[i]!.trimmed);
    if (owner === null) continue;
    frame.author = owner;
    sink.info('header-blog-owner', i + 1, `author taken from the journal's name ("${lines[i]!.trimmed}")`);
    return;
  }
}

/** The rule over a forum signature: underscores, or dashes (`----`, `-- `). */
const SIGNATURE_RULE = /^(?:_{5,}|-{2,})$/;

/** Reads the header zone into the frame; returns the index where the body may start. */
function applyHeaderZone(lines: readonly Line[], frame: ArchiveFrame, sink: DiagnosticSink, headerEnd: number): number {
  const zone = readHeaderZone(lines, frame.from, Math.min(frame.to, headerEnd), frame.skip, sink);
  let end = frame.from;
  if (zone) {
    // `#1` is a forum post's number to the header reader; `#1`, `#2`, `#3` counting up are the story's sections.
    for (const i of countedHashHeadings(lines, frame.from, frame.to)) zone.skip.delete(i);
    end = Math.max(end, ...[...zone.skip].map((i) => i + 1));
    const { title, subtitle, author, description, language } = zone;
    Object.assign(frame, { title, subtitle, author, description, language });
    Object.assign(frame.fields, zone.fields);
    for (const i of zone.skip) frame.skip.add(i);
    reportRuns(lines, [...zone.skip], (from, to) => sink.info('header-zone', from, 'header lines read as metadata or site chrome, kept out of the body', { endLine: to }));
  }
  if (frame.title === null && frame.author === null) readHeaderUnderHeading(lines, frame, end, headerEnd, sink);
  if (frame.author === null) readMailSender(frame, sink);
  if (frame.author === null) readFooterAuthor(lines, frame, sink);
  return end;
}

/** Fields a header read under the first heading holds, at the least, to be the work's header. */
const FIELDS_UNDER_HEADING = 3;

/**
 * A chapter's page that sets its heading first and the book's card under it (a reader view's copy: `भाग 1 – …` /
 * the name / the reading time / `पुस्तक: …` / `लेखिका: …` / `सारांश: …`): the block of fields under the first
 * heading, before the text, is the work's header; the heading stays the chapter's.
 */
function readHeaderUnderHeading(lines: readonly Line[], frame: ArchiveFrame, from: number, headerEnd: number, sink: DiagnosticSink): void {
  // (Over it, the page's own chrome at most: its site's name, a menu's button.)
  let first = from;
  const chrome: number[] = [];
  for (; first < Math.min(frame.to, from + 40) && (lines[first]!.blank || frame.skip.has(first) || matchBoilerplate(HEADER_CHROME, lines[first]!.trimmed) !== null); first++) if (!lines[first]!.blank) chrome.push(first);
  const heading = first < frame.to ? matchHeading(lines[first]!.trimmed) : null;
  if (heading === null || (heading.level !== 'chapter' && heading.level !== 'part')) return;
  const zone = readHeaderZone(lines, first + 1, Math.min(frame.to, headerEnd), frame.skip, sink);
  if (zone === null || (zone.title === null && zone.author === null) || Object.keys(zone.fields).length < FIELDS_UNDER_HEADING) return;
  const { title, subtitle, author, description, language } = zone;
  Object.assign(frame, { title, subtitle, author, description, language });
  Object.assign(frame.fields, zone.fields);
  for (const i of [...chrome, ...zone.skip]) frame.skip.add(i);
  reportRuns(lines, [...zone.skip], (start, to) => sink.info('header-under-heading', start, `the work's header under the first heading ("${lines[first]!.trimmed}") read as metadata, kept out of the chapter`, { endLine: to }));
}

/** A mail's sender: `From: Mara Quill from The Lantern Post <post@substack.com>`, `From: ink@host (Mara Quill)`. */
const MAIL_SENDER = /^"?([^"<>()@]{2,60}?)"?\s*<[^<>\s@]+@[^<>\s]+>$|^[^\s@()]+@[^\s()]+\s+\(([^()@]{2,60})\)$/u;

/** A newsletter or a post sent by mail names its author in the `From:` field when the header names none. */
function readMailSender(frame: ArchiveFrame, sink: DiagnosticSink): void {
  const from = Object.entries(frame.fields).find(([key]) => /^(?:from|von|de|от|van|da)$/i.test(key))?.[1];
  const m = from === undefined ? null : MAIL_SENDER.exec(from.trim());
  // A newsletter sends as `NAME from PUBLICATION`.
  const name = (m?.[1] ?? m?.[2])?.trim().replace(/\s+from\s+\p{Lu}.*$/u, '');
  if (!name || !isNameLike(name)) return;
  frame.author = name;
  sink.info('header-mail-sender', 1, `author taken from the mail's sender ("${from}")`);
}

/** A blog's post footer names the author (`Posted by NAME at 10:14 PM`, `Skrevet av NAME • DATE`, `Written by NAME`) when the header does not. */
function readFooterAuthor(lines: readonly Line[], frame: ArchiveFrame, sink: DiagnosticSink): void {
  for (let i = frame.to - 1; i >= Math.max(frame.from, frame.to - 60); i--) {
    const t = lines[i]?.trimmed ?? '';
    // (Or the writer credited by label under the story, as a community reposts it: `Автор: Марина Лесная`.)
    const credit = t.length <= 80 ? matchFieldLine(t) : null;
    // (A line of a header block, `AUTHOR:` over `TITLE:`, is no credit.)
    const near = (step: number): string | undefined => lines.slice(step < 0 ? Math.max(0, i - 3) : i + 1, step < 0 ? i : i + 4).filter((l) => !l.blank).at(step < 0 ? -1 : 0)?.trimmed;
    const alone = (t2: string | undefined): boolean => t2 === undefined || matchFieldLine(t2)?.known !== true;
    // (Set apart from what stands above it: in a block, `Tales from the Marsh` / `Author: Petra Lind`, it is an about box's field.)
    if (credit?.meta === 'author' && isNameLike(credit.value) && lines[i - 1]?.blank === true && alone(near(-1)) && alone(near(1))) {
      frame.author = credit.value;
      frame.fields[credit.key] = credit.value;
      frame.skip.add(i);
      sink.info('footer-author', i + 1, 'author taken from the credit under the post');
      return;
    }
    if (!POST_STAMP_START.test(t)) continue;
    const by = matchByLine(t);
    if (!by) continue;
    frame.author = by.author;
    frame.skip.add(i);
    sink.info('footer-author', i + 1, 'author taken from the post footer');
    return;
  }
}

/**
 * `#1`, `#2`, `#3` alone on their lines, counting from one by one, are a
 * story's section numbers (Postype, Tumblr); a forum's post numbers
 * (`#45`) start wherever the page starts.
 */
function countedHashHeadings(lines: readonly Line[], from: number, to: number): Set<number> {
  const at: number[] = [];
  for (let i = from; i < to; i++) if (/^#\d{1,3}$/.test(lines[i]?.trimmed ?? '')) at.push(i);
  const counts = at.length >= 2 && at.every((i, n) => lines[i]?.trimmed === `#${n + 1}`);
  return new Set(counts ? at : []);
}

/** Share widgets, page navigation and comment pleas anywhere in the file: never story text. */
function markFooters(lines: readonly Line[], frame: ArchiveFrame, from: number, sink: DiagnosticSink): void {
  const dropped: number[] = [];
  const drop = (i: number): void => {
    frame.skip.add(i);
    dropped.push(i);
  };
  const counted = countedHashHeadings(lines, from, frame.to);
  for (let i = from; i < frame.to; i++) {
    const line = lines[i] as Line;
    // A breadcrumb trail through the work's own page (`Inicio > Romance > TITLE > Capítulo 1 …`, long as a sentence is),
    // and the title set again straight under it.
    if (frame.title !== null && !line.blank && !frame.skip.has(i) && isBreadcrumb(line.trimmed) && line.trimmed.toLowerCase().includes(frame.title.toLowerCase())) {
      drop(i);
      if (lines[i + 1]?.trimmed.toLowerCase() === frame.title.toLowerCase()) drop(++i);
      continue;
    }
    if (line.blank || line.trimmed.length > 120 || frame.skip.has(i) || frame.lineHeadings.has(i) || isProseLine(line.trimmed) || counted.has(i)) continue;
    // The story's header again (title, by-line) over each part of a web reader's page copy: the line under it names the part.
    if (frame.title !== null && frame.author !== null && line.trimmed.toLowerCase() === frame.title.toLowerCase()) {
      const by = nextFilled(lines, i + 1, frame.to);
      const named = by === -1 ? -1 : nextFilled(lines, by + 1, frame.to);
      if (by !== -1 && matchByLine(lines[by]?.trimmed ?? '')?.author === frame.author) {
        drop(i);
        drop(by);
        const t = lines[named]?.trimmed ?? '';
        // Not when the chapter's own heading stands just above the header (Royal Road: `Chapter 13: Windfall` / title / by-line).
        const headed = i > 0 && !lines[i - 1]?.blank && matchHeading(lines[i - 1]?.trimmed ?? '') !== null;
        if (named !== -1 && !headed && t.length <= 60 && t !== frame.description && !isProseLine(t) && !/[.!?…:;,"”。！？]$/u.test(t)) frame.pageHeadings.add(named);
        i = by;
        continue;
      }
    }
    // The page's own title over each chapter: `Ledger of the Nine Peaks - Chapter 213`.
    if (frame.title !== null && isPageTitle(line.trimmed, frame.title)) {
      drop(i);
      continue;
    }
    // Or the title alone on the line straight over a heading of a label and a number, which would take it for its own
    // title (Kwikku: `Senja di Stasiun Tugu` / `BAB II` / `Tiket yang Tidak Dipakai`).
    const under = lines[i + 1];
    const bare = under === undefined || under.blank ? null : matchHeading(under.trimmed);
    if (frame.title !== null && line.trimmed.toLowerCase() === frame.title.toLowerCase() && bare != null && bare.number !== null && bare.title === null) {
      drop(i);
      continue;
    }
    // A mail signature: `-- ` and the few lines under it. (Not a labelled note under the dashes: the author's
    // afterword set off by them, as a BBS post writes `--` / `後記：…` over the signature proper.)
    if ((line.text === '-- ' || (line.trimmed === '--' && lines[i + 1] && !lines[i + 1]?.blank)) && matchNoteLabel(lines[i + 1]?.trimmed ?? '') === null) {
      // (To the post's tail under it, which the tail's own rule takes to the end: PTT's `※ 發信站:`.)
      for (let k = i; k < Math.min(frame.to, i + 5) && !lines[k]?.blank && !TAIL_START.test(lines[k]?.trimmed ?? ''); k++) drop(k);
      continue;
    }
    if (MAIL_HEADER.test(line.trimmed) && MAIL_HEADER.test(lines[i + 1]?.trimmed ?? '') && MAIL_HEADER.test(lines[i + 2]?.trimmed ?? '')) {
      while (i < frame.to && MAIL_HEADER.test(lines[i]?.trimmed ?? '')) drop(i++);
      continue;
    }
    // Site furniture to the end of the page: a comment form, a sidebar, an author card.
    // A comment count ends the text only over comments: short lines, no chapter after it (a serial's page copy ends each chapter on one).
    const comments = COMMENTS_HEADER.test(line.trimmed) && lines.slice(i + 1, frame.to).every((l) => l.trimmed.length <= 100 && (matchHeading(l.trimmed)?.number ?? null) === null);
    if ((TAIL_START.test(line.trimmed) || comments || (line.trimmed === '--' && /^\d+$/.test(lines[i + 1]?.trimmed ?? ''))) && onlyFurnitureAfter(lines, i + 1, frame.to)) {
      for (let k = i; k < frame.to; k++) if (!lines[k]?.blank) drop(k);
      break;
    }
    // A forum signature: a rule and a line or two, over the poster's name or profile box, or the same line under
    // a rule again further on (ProBoards: `----` / `"Count what you can carry." ~ my avatar is by …` under every post).
    if (SIGNATURE_RULE.test(line.trimmed) && frame.author !== null) {
      const near = lines.slice(i + 1, i + 6).map((l) => l.trimmed);
      const first = lines[i + 1]?.trimmed ?? '';
      // (A rule of underscores over a repeated line is left to the passes that know the thread's posts.)
      const again = /^-/.test(line.trimmed) && first !== '' && lines.some((l, j) => j !== i && SIGNATURE_RULE.test(l.trimmed) && lines[j + 1]?.trimmed === first);
      // Or the poster signing with a name of theirs straight under the rule (`---` / `Hollis` / a motto / the address).
      const signed = first !== '' && !/\s/.test(first) && frame.author.split(/[\s<>()"]+/).includes(first) && !lines[i + 1]?.blank;
      if ((/^_/.test(line.trimmed) && near.some((t) => t === frame.author || PROFILE_KEY.test(t))) || again || signed) {
        let k = i;
        while (k < frame.to && !lines[k]?.blank) drop(k++);
        i = k - 1;
        continue;
      }
    }
    // A forum profile box: a name, then two or more profile keys.
    if (PROFILE_KEY.test(line.trimmed) && PROFILE_KEY.test(lines[i + 1]?.trimmed ?? '')) {
      const prev = lines[i - 1];
      if (prev && !prev.blank && prev.trimmed.split(/\s+/).length <= 2 && !frame.skip.has(i - 1)) drop(i - 1);
      while (i < frame.to && (PROFILE_KEY.test(lines[i]?.trimmed ?? '') || /^(?:miembro|moderador|member|moderator)$/i.test(lines[i]?.trimmed ?? ''))) drop(i++);
      i--;
      continue;
    }
    // A follow-up's quote of the message it answers: the attribution and the `>` lines under it.
    if (ATTRIBUTION.test(line.trimmed) && /^>/.test(lines[i + 1]?.trimmed ?? '')) {
      if (ARTICLE_REFERENCE.test(lines[i - 1]?.trimmed ?? '')) drop(i - 1);
      drop(i);
      let k = i + 1;
      while (k < frame.to && /^>/.test(lines[k]?.trimmed ?? '')) drop(k++);
      i = k - 1;
      continue;
    }
    // A quote in a reply: the header and the quoted block under it.
    if (QUOTE_HEADER.test(line.trimmed)) {
      drop(i);
      let k = i + 1;
      if (lines[k]?.blank) k++;
      while (k < frame.to && !lines[k]?.blank) drop(k++);
      i = k - 1;
      continue;
    }
    // A reply by someone else than the author: its header to the next post or chapter.
    const post = POST_HEADER.exec(line.trimmed);
    // The poster's card over a post's header (`tessellate` / `New Recruit` / `Posts: 27`) is the post's.
    if (post && frame.author !== null && PROFILE_KEY.test(lines[i - 1]?.trimmed ?? '')) {
      for (let k = i - 1; k >= Math.max(frame.from, i - 4) && !lines[k]?.blank && (PROFILE_KEY.test(lines[k]!.trimmed) || lines[k]!.trimmed.split(/\s+/).length <= 3); k--) drop(k);
    }
    if (post && frame.author !== null && post[1]?.trim() === frame.author) {
      drop(i);
      continue;
    }
    if (post && frame.author !== null && post[1]?.trim() !== frame.author) {
      let k = i;
      while (k < frame.to && !(k > i && (POST_HEADER.test(lines[k]?.trimmed ?? '') || /^re: /i.test(lines[k]?.trimmed ?? '') || looksLikeHeading(lines[k]?.trimmed ?? '')))) {
        if (!lines[k]?.blank) drop(k);
        k++;
      }
      i = k - 1;
      continue;
    }
    // A blog comment: `NAME says:` over a date, its text, then `Reply`.
    if (/^\S.{0,40} says:$/.test(line.trimmed) && isDateStamp(lines[i + 1]?.trimmed ?? '')) {
      let k = i;
      while (k < Math.min(frame.to, i + 10) && !/^reply$/i.test(lines[k]?.trimmed ?? '')) k++;
      if (k < Math.min(frame.to, i + 10)) {
        for (let m = i; m <= k; m++) if (!lines[m]?.blank) drop(m);
        i = k;
        continue;
      }
    }
    // The author's name alone: a post stamp (with its date under it) or an author card.
    if (frame.author !== null && line.trimmed === frame.author) {
      drop(i);
      const at = i;
      if (isDateStamp(lines[i + 1]?.trimmed ?? '')) {
        drop(++i);
        // Like and comment counts and a share button under the stamp; a deck line between heading and stamp.
        while (/^(?:[\d.,]+[KkMm]?|share)$/i.test(lines[i + 1]?.trimmed ?? '')) drop(++i);
        const deck = lines[at - 1];
        const above = lines[at - 2];
        if (deck && above && !deck.blank && !above.blank && !frame.skip.has(at - 1) && looksLikeHeading(above.trimmed)) drop(at - 1);
      }
      continue;
    }
    // The work's title and by-line repeated under each chapter heading of a multi-page copy.
    const by = frame.author !== null && line.trimmed.includes(frame.author) ? matchByLine(line.trimmed) : null;
    if (by && by.author === frame.author) {
      drop(i);
      const prev = lines[i - 1];
      if (prev && !prev.blank && prev.trimmed === frame.title) drop(i - 1);
      continue;
    }
    if (line.trimmed.length > 90 || !isFooterBoilerplate(line.trimmed) || underNoteLabel(lines, i)) continue;
    drop(i);
  }
  reportRuns(lines, dropped, (from, to, n) => sink.info('footer-boilerplate', from, `${n} line${n > 1 ? 's' : ''} of site navigation, share widgets or post furniture kept out of the body`, { endLine: to }));
}

/**
 * A line right under a note label standing alone (`Chapter End Notes` / `Next chapter: 1893! Bring a coat.`) is the
 * note's text, whatever words it opens with: the label says so.
 */
function underNoteLabel(lines: readonly Line[], i: number): boolean {
  let k = i - 1;
  if (lines[k]?.blank) k--;
  const label = lines[k] && !lines[k]!.blank ? matchNoteLabel(lines[k]!.trimmed) : null;
  return label !== null && label.rest === '';
}

function readGutenberg(lines: readonly Line[], start: number, frame: ArchiveFrame, sink: DiagnosticSink): void {
  frame.kind = 'gutenberg';
  readHeaderFields(lines.slice(0, start), frame);
  sink.info('archive-gutenberg-header', 1, 'Project Gutenberg header read as metadata and kept out of the body', { endLine: start + 1 });
  frame.from = start + 1;
  let end = findIndex(lines, start + 1, lines.length, (l) => PG_END.test(l.trimmed));
  if (end === -1) end = lines.length;
  const notice = findIndex(lines, Math.max(start + 1, end - 12), end, (l) => PG_END_NOTICE.test(l.trimmed));
  frame.to = notice === -1 ? end : notice;
  if (frame.to < lines.length) {
    sink.info('archive-gutenberg-licence', frame.to + 1, 'Project Gutenberg end notice and licence kept out of the body', { endLine: lines.length });
  }
  for (let i = frame.from; i < Math.min(frame.to, frame.from + 40); i++) {
    const line = lines[i];
    if (!line || !PG_CREDITS.test(line.trimmed)) continue;
    let j = i;
    const parts: string[] = [];
    while (j < frame.to && !lines[j]?.blank) parts.push(lines[j++]?.trimmed ?? '');
    frame.fields['Produced by'] = parts.join(' ').replace(/^(?:Produced by|Credits:)\s*/i, '');
    for (let k = i; k < j; k++) frame.skip.add(k);
    sink.info('archive-credits', i + 1, 'transcription credits moved to the "Produced by" field', { endLine: j });
    break;
  }
}

function readHeaderFields(header: readonly Line[], frame: ArchiveFrame): void {
  for (let i = 0; i < header.length; i++) {
    const m = /^([A-Z][A-Za-z ]{1,30}):\s*(.*)$/.exec(header[i]?.trimmed ?? '');
    if (!m || !PG_HEADER_KEYS.has(m[1] ?? '')) continue;
    const key = m[1] ?? '';
    const more: string[] = [];
    while (i + 1 < header.length && (header[i + 1]?.indent ?? 0) > 0 && !header[i + 1]?.blank && !/^\S+:/.test(header[i + 1]?.trimmed ?? '')) {
      more.push(header[++i]?.trimmed ?? '');
    }
    const value = (m[2] ?? '').trim();
    if (key === 'Title' || key === 'Author' || key === 'Language') frame.fields[key] = value;
    if (key === 'Title') {
      frame.title = value;
      if (more.length > 0) frame.subtitle = more.join(' ');
    } else if (key === 'Author') frame.author = value;
    else if (key === 'Language') frame.language = languageTag(value);
    else frame.fields[key] = [value, ...more].join(' ');
  }
}

function markBoilerplate(lines: readonly Line[], frame: ArchiveFrame, sink: DiagnosticSink): void {
  const edges = [
    ...range(frame.from, Math.min(frame.to, frame.from + 15)),
    ...range(Math.max(frame.from, frame.to - 15), frame.to),
  ];
  for (const i of new Set(edges)) {
    const line = lines[i];
    if (!line || line.blank) continue;
    for (const rule of BOILERPLATE) {
      const m = rule.pattern.exec(line.trimmed);
      if (!m || (rule.afterAo3 && frame.fields['Source'] === undefined)) continue;
      frame.skip.add(i);
      if (rule.field && m[1]) frame.fields[rule.field] = m[1];
      sink.info('archive-boilerplate', line.no, rule.field ? `archive notice moved to the "${rule.field}" field` : 'archive notice kept out of the body');
      break;
    }
  }
}

function findIndex(lines: readonly Line[], from: number, to: number, test: (l: Line) => boolean): number {
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line && test(line)) return i;
  }
  return -1;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** `14 March 2021 at 9:02 pm`: a comment's time stamp. */
function isDateStamp(t: string): boolean {
  return isDateLine(t) || /^\d{1,2} \p{L}+ \d{4}(?:,? at \d{1,2}:\d{2}\s*(?:[ap]m)?)?$/iu.test(t);
}

/** No prose and no heading from `from` to `to`: what follows is not story text. */
function onlyFurnitureAfter(lines: readonly Line[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = lines[k]?.trimmed ?? '';
    if (t.split(/\s+/).length >= 30 || /^(?:chapter|part|kapitel|chapitre|cap[ií]tulo|глава)\s+\S/i.test(t)) return false;
  }
  return true;
}

/** Reports dropped lines as runs (blank lines between them do not break a run), so every dropped word is named. */
export function reportRuns(lines: readonly Line[], indexes: readonly number[], report: (fromLine: number, toLine: number, count: number) => void): void {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  let start = -1;
  let last = -1;
  let n = 0;
  for (const i of sorted) {
    const gapIsBlank = last >= 0 && lines.slice(last + 1, i).every((l) => l.blank);
    if (start >= 0 && !gapIsBlank) {
      report(start + 1, last + 1, n);
      start = -1;
    }
    if (start < 0) {
      start = i;
      n = 0;
    }
    last = i;
    n++;
  }
  if (start >= 0) report(start + 1, last + 1, n);
}

/** A line of running prose (many words, ending mid-sentence or on a word): never furniture, and not worth testing. */
function isProseLine(t: string): boolean {
  let spaces = 0;
  for (let k = 0; k < t.length && spaces < 9; k++) if (t.charCodeAt(k) === 32) spaces++;
  return spaces >= 9 && /[\p{Ll},;]$/u.test(t) && !/[»·|↑#@:]/.test(t);
}

/** The story's title, a separator and a chapter heading: a web page's title line, not story text. */
function isPageTitle(text: string, title: string): boolean {
  if (title.length < 3 || text.length <= title.length || text.slice(0, title.length).toLowerCase() !== title.toLowerCase()) return false;
  const rest = /^\s*[-–—|:,]\s*(.+)$/.exec(text.slice(title.length))?.[1];
  const heading = rest === undefined ? null : matchHeading(rest);
  return heading !== null && heading.number !== null && heading.level === 'chapter';
}

/** The next line at or after `from` that is not blank, or -1. */
function nextFilled(lines: readonly Line[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (!lines[k]?.blank) return k;
  return -1;
}
