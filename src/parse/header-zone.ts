import { matchDateLine } from './rules/dates.js';
import { splitTitleLine, titleCells } from './title-line.js';
import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import { breadcrumbSteps, hasWebAddress, HEADER_CHROME, isDateLine, matchBoilerplate, PROFILE_KEY, SHARE_NETWORK } from './rules/boilerplate.js';
import { matchHeading } from './rules/headings.js';
import { COPYRIGHT_LINE, isCategoryTags, languageTag, matchFieldLine, matchStatus, metaOfKey, SCHOOL_KEYS } from './rules/fields.js';
import { ASK_LINE, AUTHOR_TITLE_GENRE, BY_WORD_ALONE, endsByPhrase, GENRE_LINE, HEADER_NOTE_LABELS, isNameLike, isNameLikeAnyCase, JOURNAL_USER_TAG, matchByLine, matchQuotedTitleBy, unemphasised } from './rules/header-labels.js';
import { matchNoteLabel } from './rules/notes.js';
import { isContentsLabel } from './rules/contents-label.js';
import { GENRE_LABEL, SUBJECT_LABEL, subjectTitle } from './rules/message-headers.js';
import { type Kind, type Row, classify, unmarkedProse, unspacedSentence } from './header-rows/kinds.js';
import { isSubtitle, titleShaped, stripTitle, HANDLE_AFTER, isBareName } from './header-rows/title-shapes.js';
import { emptyLabelsAmongFields, creditsAmongFields, demoteHeadingsOverFields, linkValues, isRuleRow, demoteLoneFields, readTables, readSpacedStatsTable, readBareAuthorLabel, readStackedFields, readUnknownLabels, keepCaseOfBlock } from './header-rows/fields.js';
import { joinSplitByLines, readMoreBy, readPostBylines, readUnknownByWord } from './header-rows/bylines.js';
import { readTopBanner, readContactBlock, readMasthead, readWikiTagline, demoteVolumeUnderTitle, readBlurbs, readCardCells } from './header-rows/page-chrome.js';

/**
 * The header zone: the lines above the story that hold its metadata and the
 * site's chrome. Lines are scored on their own (a field, a by-line, a
 * summary label, navigation), the zone is the run of them near the top,
 * and what they say becomes metadata; the lines themselves leave the body.
 * Notes and chapter headings end the zone and are left to later passes.
 */
/** What a story's header says about it, wherever it was read from (the header zone, a Gutenberg header). */
export interface HeaderMeta {
  title: string | null;
  subtitle: string | null;
  author: string | null;
  /** The summary, when the header held one. */
  description: string | null;
  language: string | null;
  fields: Record<string, string>;
}

export interface HeaderZone extends HeaderMeta {
  /** Line indexes read as metadata or chrome. */
  skip: Set<number>;
}

/** Rows (non-blank lines) looked at, at most: headers are short, and this keeps big books cheap. */
const WINDOW = 70;
export function readHeaderZone(lines: readonly Line[], from: number, to: number, skipped: ReadonlySet<number>, sink: DiagnosticSink): HeaderZone | null {
  const all = collectRows(lines, from, to, skipped);
  const lead = all.findIndex((r) => !r.masthead);
  const masthead = all.slice(0, lead).map((r) => r.i);
  // What a row owns is counted in rows: below a masthead, from the first row under it.
  const rows = lead < 0 ? [] : all.slice(lead).map((r) => (r.through === undefined ? r : { ...r, through: r.through - lead }));
  // Cut short where a heading the markup or a person named stands (not at the text's end).
  const cut = to < lines.length && lines.slice(to, to + 40).some((l) => !l.blank);
  const zone = readZone(rows, sink, cut) ?? readCrumbTitle(all.slice(0, lead), rows, sink);
  if (masthead.length === 0) return zone;
  sink.info('header-masthead', (masthead[0] as number) + 1, "the page's masthead (site name and menu) kept out of the story", { endLine: (masthead.at(-1) as number) + 1 });
  const out = zone ?? { title: null, subtitle: null, author: null, description: null, language: null, fields: {}, skip: new Set<number>() };
  for (const i of masthead) out.skip.add(i);
  return out;
}

function readZone(rows: Row[], sink: DiagnosticSink, cut: boolean): HeaderZone | null {
  if (rows.length === 0) return null;
  const end = zoneEnd(rows);
  const zone = rows.slice(0, end);
  const headline = readHeadline(zone, sink);
  const evidence = zone.filter((r) => r.kind === 'field' || r.kind === 'by' || r.kind === 'descLabel');
  if (evidence.length === 0) return withPosterCard(readHandleCard(rows, sink) ?? readFooterOwner(rows, sink) ?? readTitlePage(rows, sink, cut) ?? readBlogPostTitle(zone, rows, sink) ?? readLoneTitle(zone, sink), zone, sink);
  const out: HeaderZone = { title: headline?.title ?? null, subtitle: null, author: headline?.author ?? null, description: null, language: null, fields: {}, skip: new Set() };
  const lastEvidence = Math.max(...evidence.map((r) => rows.indexOf(r)));
  // What stands over the story's contents list, under the header's evidence, is the story card's (status, rights, tagline).
  const lastOwned = Math.max(lastEvidence, ...evidence.map((r) => r.through ?? 0), contentsAt(rows, end) ? end - 1 : 0);
  const poster = readFields(zone, out, sink);
  readDescription(rows, end, out, sink);
  titleFromKindLabel(zone, out, sink);
  readTitleAndAuthor(rows.slice(0, Math.max(lastEvidence, ...zone.map((r, k) => (r.kind === 'by' ? k : 0))) + 1), zone, out, sink);
  authorFromCopyright(zone, out, sink);
  titleFromSubject(zone, out, sink);
  // Everything up to the last piece of evidence is header, except notes (later passes read them).
  if (out.author === null && poster !== null) {
    out.author = poster;
    sink.info('header-author-poster', (zone[0]?.i ?? 0) + 1, 'author taken from the thread starter, as no header names one');
  }
  withPosterCard(out, zone, sink);
  for (let k = 0; k <= Math.min(lastOwned, end - 1); k++) {
    const r = rows[k] as Row;
    if (r.kind !== 'note' && r.kind !== 'noteText' && r.kind !== 'heading') out.skip.add(r.i);
  }
  for (let k = lastOwned + 1; k < end; k++) {
    const r = rows[k] as Row;
    if (r.kind === 'chrome' || r.kind === 'by' || r.kind === 'field' || out.skip.has(r.i)) out.skip.add(r.i);
  }
  skipPostTitle(rows, end, out, sink);
  skipSeriesLines(rows.slice(0, end), out, sink);
  return out;
}

/** Where a post stands in its series, after the series' name: `3/5`. */
const SERIES_COUNT = /\s+\d{1,3}\s*\/\s*\d{1,3}$/u;

/**
 * The site's line placing the post in its series under the header, a word or two, the work's title and a count
 * (`시리즈 우산을 두고 온 사람들 3/5`): the page's, no line of the story.
 */
function skipSeriesLines(zone: readonly Row[], out: HeaderZone, sink: DiagnosticSink): void {
  // (The header's title may still carry the post's own counter: `우산을 두고 온 사람들 ③`.)
  const title = out.title?.normalize('NFC').toLowerCase().replace(/\s+\S$/u, (c) => (/\p{L}/u.test(c) ? c : ''));
  if (!title) return;
  for (const r of zone) {
    const text = r.text.normalize('NFC').toLowerCase();
    if (r.kind !== 'short' || out.skip.has(r.i) || !SERIES_COUNT.test(text)) continue;
    const named = text.replace(SERIES_COUNT, '');
    if (!named.endsWith(` ${title}`) || !/^\S+(?:\s+\S+)?$/u.test(named.slice(0, -title.length - 1))) continue;
    out.skip.add(r.i);
    sink.info('header-series-line', r.i + 1, "the line placing the post in its series (the work's title and a count) kept out of the body");
  }
}

/**
 * The post's own title closing the header, straight under its date stamp (`środa, 17 września 2008` / `Rozdział
 * trzeci i czwarty`) below the blog's name and by-line: it names the post, it is no line of the story.
 */
function skipPostTitle(rows: readonly Row[], end: number, out: HeaderZone, sink: DiagnosticSink): void {
  const r = rows[end - 1];
  const stamp = rows[end - 2];
  if (!r || !stamp || out.skip.has(r.i) || out.title === null || r.gapBefore > 0 || !titleShaped(r) || stamp.kind !== 'chrome' || (!isDateLine(stamp.text) && matchDateLine(stamp.text) === null)) return;
  out.skip.add(r.i);
  sink.info('header-post-title', r.i + 1, "the post's title under its date, below the blog's own name, kept out of the body");
}

/**
 * A forum's first post opens with the poster's card (`#1` / `bayu.senja87` / `Kaskuser` / `Posts: 312`): the name is
 * the top line of the short lines run on over the first profile count, at most two above it. The card's rows, with the
 * post's number over it, are the forum's.
 */
function posterCard(zone: Row[]): Row[] | null {
  const at = zone.findIndex((r) => PROFILE_KEY.test(r.text));
  if (at < 1) return null;
  let k = at;
  while (k > 0 && at - k < 2 && zone[k]!.gapBefore === 0 && zone[k - 1]!.kind === 'short' && zone[k - 1]!.text.split(/\s+/).length <= 3) k--;
  const name = zone[k]!;
  if (k === at || /\s/.test(name.text) || !isNameLike(name.text)) return null;
  const numbered = k > 0 && name.gapBefore === 0 && /^#\d{1,6}$/.test(zone[k - 1]!.text);
  return zone.slice(numbered ? k - 1 : k, at + 1);
}

function withPosterCard(out: HeaderZone | null, zone: Row[], sink: DiagnosticSink): HeaderZone | null {
  const card = out === null || out.author === null ? posterCard(zone) : null;
  if (card === null) return out;
  out ??= { title: null, subtitle: null, author: null, description: null, language: null, fields: {}, skip: new Set<number>() };
  const name = card.find((r) => !/^#\d/.test(r.text))!;
  out.author = name.text;
  for (const r of card) out.skip.add(r.i);
  sink.info('header-author-poster', name.i + 1, "author taken from the first post's card (the name over the poster's rank and post count)");
  return out;
}

function collectRows(lines: readonly Line[], from: number, to: number, skipped: ReadonlySet<number>): Row[] {
  const rows: Row[] = [];
  let gap = 0;
  for (let i = from; i < to && rows.length < WINDOW; i++) {
    const line = lines[i] as Line;
    if (line.blank || skipped.has(i)) {
      gap++;
      continue;
    }
    rows.push({ i, text: line.trimmed, kind: classify(line.trimmed), gapBefore: gap });
    gap = 0;
  }
  linkValues(rows, lines);
  // Long lines of a script without full stops, two in a row: the story's paragraphs, where the header ends.
  for (let k = 0; k + 1 < rows.length; k++) if (rows[k]!.kind === 'short' && unmarkedProse(rows[k]!.text) && unmarkedProse(rows[k + 1]!.text)) rows[k]!.kind = 'prose';
  // A by-word wrapped onto its line from a sentence above it is the sentence's end (`(1) Mergellina, spiaggia di
  // Napoli a piè` / `di Posillipo.`), no by-line.
  for (let k = 1; k < rows.length; k++) {
    const r = rows[k]!;
    const above = rows[k - 1]!.text;
    if (r.kind === 'by' && r.gapBefore === 0 && /^\p{Ll}.*\.$/u.test(r.text) && /[,;]/.test(above) && above.split(/\s+/).length >= 6 && !/[.!?:;)\]»"”…]$/u.test(above)) {
      r.kind = 'short';
      delete r.by;
    }
  }
  // A share row's label, its first button read as its value (`Бөлісу:` / `Facebook`), is the page's.
  for (const r of rows) if (r.kind === 'field' && r.fields?.length === 1 && SHARE_NETWORK.test(r.fields[0]![1])) r.kind = 'chrome';
  for (let k = 0; k < rows.length; k++) if (ASK_LINE.test(rows[k]?.text ?? '')) for (let j = k + 1; j < skipBlock(rows, k + 1); j++) (rows[j] as Row).kind = 'chrome';
  demoteLoneFields(rows);
  readTables(rows);
  readPostBylines(rows);
  readMoreBy(rows);
  readCardCells(rows);
  for (const r of rows) if (r.kind === 'short' && isCategoryTags(r.text)) r.kind = 'chrome';
  // A post's category in brackets under its stamp (`2009/08/21 (金) 21:30` / `[短編小説]`).
  for (let k = 1; k < rows.length; k++) if (rows[k]!.kind === 'short' && rows[k]!.gapBefore === 0 && rows[k - 1]!.kind === 'chrome' && isDateLine(rows[k - 1]!.text) && /^[[【][^\]】]{1,24}[\]】]$/u.test(rows[k]!.text)) rows[k]!.kind = 'chrome';
  readBlurbs(rows);
  keepCaseOfBlock(rows);
  demoteHeadingsOverFields(rows);
  readTopBanner(rows);
  readContactBlock(rows);
  readMasthead(rows);
  readWikiTagline(rows);
  demoteVolumeUnderTitle(rows);
  joinSplitByLines(rows);
  emptyLabelsAmongFields(rows);
  creditsAmongFields(rows);
  readSpacedStatsTable(rows);
  readStackedFields(rows);
  readBareAuthorLabel(rows);
  readUnknownLabels(rows);
  readUnknownByWord(rows);
  for (let k = 0; k < rows.length; k++) if (rows[k]?.kind === 'note') for (let j = k + 1; j < noteEnd(rows, k); j++) (rows[j] as Row).kind = 'noteText';
  return rows;
}

/** A news article or mail with no title over its text: its subject names the story (`[FIC] The Reading Room (Discworld, 1/1)`). */
function titleFromSubject(zone: readonly Row[], out: HeaderZone, sink: DiagnosticSink): void {
  if (out.title !== null) return;
  for (const r of zone) {
    const subject = r.kind === 'field' ? r.fields?.find(([key]) => SUBJECT_LABEL.test(key)) : undefined;
    const title = subject ? subjectTitle(subject[1]) : null;
    if (title === null) continue;
    out.title = title;
    sink.info('header-title', r.i + 1, 'title taken from the subject line');
    return;
  }
}

/**
 * A thread's or a post's title labelled with what the work is, alone among the page's lines (`Novell: Isvaken (tre
 * delar)`, `Fic: The Well`), names it, its count off. Among other fields the label is the work's kind (`Рассказ: Фэнтези`).
 */
function titleFromKindLabel(zone: Row[], out: HeaderZone, sink: DiagnosticSink): void {
  if (out.title !== null) return;
  const isField = (x: Row | undefined): boolean => x?.kind === 'field' || x?.kind === 'by';
  const r = zone.find((x, k) => x.kind === 'field' && x.fields?.length === 1 && GENRE_LABEL.test(x.fields[0]![0]) && !isField(zone[k - 1]) && !isField(zone[k + 1]));
  const title = r ? subjectTitle(r.fields![0]![1]) : null;
  if (title === null) return;
  out.title = title;
  delete out.fields[r!.fields![0]![0]];
  sink.info('header-title', r!.i + 1, "title taken from the line naming the work's kind");
}

/**
 * A newspaper's headline naming the writer, the work and what it is (`Nigar Əliyeva. Bağ evinin açarı (hekayə)`),
 * or a show's naming the piece, quoted, and its writer (`Episode 47 — “The Ferry” by Lorna Feeney`): the row becomes
 * the header's evidence, its parts the title and author.
 */
function readHeadline(zone: Row[], sink: DiagnosticSink): { title: string; author: string } | null {
  for (const r of zone) {
    const quoted = r.kind === 'short' ? matchQuotedTitleBy(r.text) : null;
    if (quoted) {
      // (A by-line of the header's own names the writer as written, where the headline may decline the name:
      // `…, ένα διήγημα της Κατερίνας Λιάπη` over `Γράφει η Κατερίνα Λιάπη`.)
      const own = zone.find((x) => x !== r && x.kind === 'by' && x.by?.weak === false)?.by?.author;
      r.kind = 'by';
      r.by = { author: own ?? quoted.author, ruleId: 'quoted-title-by', weak: false };
      sink.info('header-quoted-title', r.i + 1, 'title and author taken from the line that names the piece, quoted, and its writer');
      return { title: quoted.title, author: own ?? quoted.author };
    }
    const tab = r.kind === 'short' ? readTabTitle(r.text) : null;
    if (tab) {
      r.kind = 'by';
      r.by = { author: tab.author, ruleId: 'tab-title', weak: false };
      sink.info('header-tab-title', r.i + 1, "title and author taken from the page's own title, as a reader view prints it (`Title - Author - Fandom [Archive of Our Own]`)");
      return tab;
    }
    const m = r.kind === 'chrome' ? null : AUTHOR_TITLE_GENRE.exec(r.text);
    if (!m || !isNameLike(m[1]!) || /^(?:the|a|an|el|la|le|les|der|die|das|il|lo)\s/iu.test(m[1]!)) continue;
    r.kind = 'by';
    r.by = { author: m[1]!, ruleId: 'headline', weak: false };
    sink.info('header-headline', r.i + 1, 'title and author taken from the headline that names the writer, the work and what it is');
    return { title: m[2]!, author: m[1]! };
  }
  return null;
}

/**
 * An archive's page title, as a reader view or a saved page heads the copy with it: the work's title, its chapter,
 * the writer and the fandom, closed by the site's name in brackets (`Salt on the Window - larkspur_and_lye -
 * Original Work [Archive of Our Own]`).
 */
function readTabTitle(text: string): { title: string; author: string } | null {
  const site = /^(.+)\s\[([^\]]{2,40})\]$/u.exec(text);
  const id = site ? matchBoilerplate(HEADER_CHROME, site[2]!)?.id : undefined;
  if (id !== 'site-name' && id !== 'archive-banner') return null;
  const parts = site![1]!.split(/\s+-\s+/u).filter((p, k) => k === 0 || matchHeading(p) === null);
  const [title, author] = parts;
  return parts.length >= 3 && /^[\p{L}\p{N}_.-]+$|^\p{Lu}/u.test(author!) ? { title: title!, author: author! } : null;
}

/** The header stops at a contents label (see `zoneEnd`). */
const contentsAt = (rows: readonly Row[], end: number): boolean => rows[end] !== undefined && isContentsLabel(rows[end].text);

/** Where the header ends: the first chapter heading, or the first prose that is not a summary. */
function zoneEnd(rows: readonly Row[]): number {
  let seenAnchor = false;
  let description = false;
  const sentences: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k] as Row;
    // A by-line, a post's footer stamp or its tags under sentences of a short story (`Posted by NAME at 10:14 PM`,
    // `Tags: flash fiction`) close the story: the header ends where the sentences start, never taking the story with it.
    // (Where text follows the anchor, the sentences above it may be a summary: the header reader weighs them as before.)
    if ((r.kind === 'by' || r.kind === 'field') && !seenAnchor && sentences.length >= 2 && !rows.slice(k + 1).some((x) => x.kind === 'prose' || (x.kind === 'short' && isSentence(x.text)))) return sentences[0]!;
    if (r.kind === 'short' && isSentence(r.text)) sentences.push(k);
    if (r.kind === 'by' || r.kind === 'field') seenAnchor = true;
    // (Once the header's fields or by-line are read, a heading with its title line between it and a stamp is a
    // chapter's: `CHAPTER I` / `The Last Train` / `Nadira Putri · 2 Mar 2019 · 3 min read`.)
    if (r.kind === 'heading' && (!bylineUnder(rows, k) || (seenAnchor && rows[k + 1]?.kind !== 'by'))) return k;
    // A contents list under the header is the body's to read (its entries name the chapters below).
    if (seenAnchor && isContentsLabel(r.text) && rows[k + 1]?.gapBefore === 0) return k;
    if (r.kind === 'descLabel') {
      description = true;
      k = Math.max(skipBlock(rows, k + 1) - 1, r.through ?? 0);
      continue;
    }
    if (r.kind === 'note') {
      const after = noteEnd(rows, k);
      if (!laterEvidence(rows, after)) return k;
      k = after - 1;
      continue;
    }
    // Short sentences after the header with no field or label below them are the story's first lines, even
    // when a sign-off by-line closes it (`By NAME` under a short post): the header never swallows them.
    const sentence = r.kind === 'short' && seenAnchor && isSentence(r.text);
    // A by-line just below (`Title` / `by NAME` under a print view's blurb) keeps the header going too.
    const byBelow = byLineBelow(rows, k);
    if (sentence && !description && !byBelow && !rows.slice(k + 1).some((x) => x.kind === 'field' || x.kind === 'descLabel')) return k;
    // A short sentence between header blocks is a summary once; a second is the story, which the header never takes.
    if (r.kind !== 'prose' && !sentence) continue;
    if (!seenAnchor) return k;
    const sandwiched = !description && (laterEvidence(rows, skipBlock(rows, k)) || byLineBelow(rows, k));
    if (!sandwiched) return k;
    description = true;
    k = skipBlock(rows, k) - 1;
  }
  return rows.length;
}

/** A by-line within three rows below `k`, with no heading before it (a chapter's own by-line is the chapter's). */
function byLineBelow(rows: readonly Row[], k: number): boolean {
  for (const x of rows.slice(k + 1, k + 4)) {
    if (x.kind === 'heading') return false;
    if (x.kind === 'by' && x.by?.weak !== true) return true;
  }
  return false;
}

const isSentence = (t: string): boolean => (/[.!?…]["”»’)]?$/u.test(t) && /\s/.test(t)) || unspacedSentence(t, 6);

/** A chapter page prints its heading above the work's title and by-line (Royal Road, Substack): the header goes on. */
function bylineUnder(rows: readonly Row[], k: number): boolean {
  for (let j = k + 1; j <= k + 3 && j < rows.length; j++) {
    const r = rows[j] as Row;
    if (r.gapBefore > 0) return false;
    if (r.kind === 'by') return true;
  }
  return false;
}

/** One past the last row of the note at `k`: its own block, or the block under a label that stands alone. */
function noteEnd(rows: readonly Row[], k: number): number {
  const r = rows[k] as Row;
  const alone = (matchNoteLabel(r.text)?.rest ?? r.text.replace(HEADER_NOTE_LABELS, '').trim()) === '';
  const sameBlock = skipBlock(rows, k);
  if (!alone || sameBlock > k + 1) return sameBlock;
  return rows[k + 1] && (rows[k + 1] as Row).kind !== 'heading' ? skipBlock(rows, k + 1) : k + 1;
}

/** The rows of one block (no blank line between) from `k`. */
function skipBlock(rows: readonly Row[], k: number): number {
  let j = k;
  const stops = new Set<Kind>(['heading', 'note', 'descLabel', 'by', 'field', 'chrome']);
  while (j < rows.length && (j === k || ((rows[j]?.gapBefore ?? 1) === 0 && !stops.has((rows[j] as Row).kind)))) j++;
  return j;
}

/** Whether header evidence follows within a few rows, before any prose or heading: fields, labels, a note over the first heading. */
function laterEvidence(rows: readonly Row[], from: number): boolean {
  for (let k = from; k < Math.min(rows.length, from + 8); k++) {
    const kind = rows[k]?.kind;
    if (kind === 'field' || kind === 'descLabel' || (kind === 'chrome' && matchBoilerplate(HEADER_CHROME, rows[k]?.text ?? '') !== null)) return true;
    // A title over its by-line under an editor's note (`Ed. note: …` / `THE LAST RADIO ON CERES` / `by Dolores Finch`).
    if (kind === 'by' && k > from && rows[k - 1]!.kind === 'short' && titleShaped(rows[k - 1]!)) return true;
    // The work's note with the first heading straight under it: what stood above the note was no story.
    if (kind === 'note') return rows[noteEnd(rows, k)]?.kind === 'heading';
    if (kind === 'prose' || kind === 'heading') return false;
  }
  return false;
}

/** Keys naming who posted, not necessarily who wrote: used only when nothing better names the author. */
const WEAK_AUTHOR_KEYS = new Set(['thread starter', 'poster', 'posted by']);

/**
 * An author's value set in cells with the post's stamp after it (`青梧不语  2025-06-18 21:04  阅读 3.2万`): the name is
 * the first cell where every later one holds a number (a date, a time, a count).
 */
function withoutStampCells(value: string): string {
  const cells = value.split(/\s{2,}|\s+[·|•]\s+/);
  return cells.length > 1 && cells.slice(1).every((c) => /\p{Nd}/u.test(c) && c.length <= 24) ? cells[0]! : value;
}

/** A romanised personal name with its Han original after it (`Bai Yunxi (白云溪)`): one name written twice. */
const NAME_IN_TWO_SCRIPTS = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+ \(\p{Script=Han}[\p{Script=Han}·・]*\)$/u;

/**
 * An author value without the aside after it: an address (`(http://…)`) or an account's display name
 * (`lunarsheep (月亮羊)`). A name given in two scripts stays as written.
 */
const withoutAside = (value: string): string => (NAME_IN_TWO_SCRIPTS.test(value.trim()) ? value : value.replace(/\s*\((?:https?:\/\/)?[^)]*\)$/, ''));

function readFields(zone: readonly Row[], out: HeaderZone, sink: DiagnosticSink): string | null {
  let weakAuthor: string | null = null;
  // A label set off by spaces only (`Author⇥Comment`, a forum table's column heads) gives way to a labelled one.
  let spacedAuthor = false;
  for (const r of zone) {
    if ((r.kind !== 'field' && r.kind !== 'by') || !r.fields) continue;
    const spaced = !/[:：]/.test(r.text);
    for (const [key, value] of r.fields) {
      if (value === '') continue;
      // A later value wins: a forum profile box (`Статус: Offline`) comes before the story's own header.
      out.fields[key] = value;
      if (WEAK_AUTHOR_KEYS.has(key.toLowerCase()) && out.author === null) weakAuthor = value;
      const meta = metaOfKey(key) ?? r.meta;
      // Quote marks round the whole value (`STORI: "MERI BILONG SOLWARA"`) set the title off; they are not part of it.
      if (meta === 'title' && out.title === null) out.title = value.replace(/^[《「『]|[》」』]$/g, '').replace(/^(["“„«])([^"“”„«»]+)(["”“»])$/u, '$2');
      // (A journal's user tag before the name is the page's: `Автор: [personal profile] verba_lypy`.)
      if (meta === 'author' && (out.author === null || (spacedAuthor && !spaced))) {
        out.author = withoutAside(withoutStampCells(value)).replace(JOURNAL_USER_TAG, '').trim();
        spacedAuthor = spaced;
      }
      if (meta === 'description' && out.description === null) out.description = value;
      if (meta === 'language') out.language = languageTag(value);
    }
    if (r.fields.length > 0) sink.info('header-field', r.i + 1, `header field${(r.fields.length ?? 0) > 1 ? 's' : ''} ${r.fields.map(([k]) => `"${k}"`).join(', ')} read as metadata`);
  }
  return weakAuthor;
}

/** A summary under its label, or an unlabelled paragraph between the by-line and more fields. */
function readDescription(rows: Row[], end: number, out: HeaderZone, sink: DiagnosticSink): void {
  for (let k = 0; k < end; k++) {
    const r = rows[k] as Row;
    if (r.kind === 'descLabel') {
      const stop = skipBlock(rows, k + 1);
      // A tab bar (`Описание` / `Главы` / `Комментарии` / `Отзывы`): the label is one tab of it, and labels nothing.
      const tabs = rows.slice(k + 1, stop);
      if (tabs.length >= 3 && tabs.every((x) => x.kind === 'short' && !/\s/.test(x.text))) {
        for (const x of [r, ...tabs]) x.kind = 'chrome';
        continue;
      }
      const body = rows.slice(k + 1, stop).filter((x) => x.kind !== 'field' && x.kind !== 'heading' && x.kind !== 'note');
      let last = k;
      const parts: string[] = [];
      for (const x of body) {
        if (x !== rows[k + 1 + parts.length] || matchStatus(x.text) !== null) break;
        parts.push(x.text);
        x.kind = 'field';
        last = rows.indexOf(x);
      }
      // A `※` remark set in the summary's block (`※カクヨムにも掲載しています。`) is the summary's as the site shows it, not a note.
      for (let x = rows[last + 1]; parts.length > 0 && x?.kind === 'note' && x.gapBefore === 0 && x.text.startsWith('※'); x = rows[last + 1]) {
        parts.push(x.text);
        x.kind = 'field';
        last += 1;
      }
      r.through = last;
      if (out.description === null && parts.length > 0) out.description = parts.join(' ');
      sink.info('header-description', r.i + 1, 'summary taken from the labelled block');
      return;
    }
  }
  if (out.description !== null) return;
  // FanFiction.Net's page sets the summary straight under the stats line; a copy keeps it there, the header closed
  // under it by a rule or the first heading.
  const under = rows[end];
  const closer = rows[end + 1];
  if ((under?.kind === 'prose' || (under?.kind === 'short' && isSentence(under.text))) && under.gapBefore === 0 && rows[end - 1]?.kind === 'field' && (closer === undefined || closer.kind === 'heading' || isRuleRow(closer))) {
    out.description = under.text;
    under.kind = 'field';
    out.skip.add(under.i);
    if (closer !== undefined && isRuleRow(closer)) out.skip.add(closer.i);
    sink.info('header-description-unlabelled', under.i + 1, 'paragraph straight under the header fields, over a rule or the first heading, read as the summary');
    return;
  }
  // Over a contents list, a card's `Author:` field anchors the blurb as a by-line does.
  const by = rows.findIndex((r) => r.kind === 'by');
  const anchor = by >= 0 || !contentsAt(rows, end) ? by : rows.findIndex((r) => r.kind === 'field');
  for (let k = anchor + 1; anchor >= 0 && k < end; k++) {
    const r = rows[k] as Row;
    // A short blurb (`Sakura waits for the last train. One-shot.`) straight between the by-line and the fields is sentences all the same.
    const sentences = r.kind === 'short' && k === anchor + 1 && rows[k + 1]?.kind === 'field' && r.text.split(/\s+/).length >= 5 && /[.!?…。！？]$/u.test(r.text);
    // A notice of rights (`(c) 2019 Teodora Quill. Written for…`) is no summary.
    if ((r.kind !== 'prose' && !sentences) || COPYRIGHT_LINE.test(r.text)) continue;
    const stop = skipBlock(rows, k);
    // Only between the by-line and fields: over page chrome alone (`Page 1 of 2`) it is the story's first paragraph.
    // Or over the story's contents list: a story card's page (title, counts, blurb, status, contents).
    if (!rows.slice(stop, end).some((x) => x.kind === 'field' || x.kind === 'descLabel') && !contentsAt(rows, end)) return;
    out.description = rows.slice(k, stop).map((x) => x.text).join(' ');
    rows.slice(k, stop).forEach((x) => (x.kind = 'field'));
    sink.info('header-description-unlabelled', r.i + 1, 'paragraph between the by-line and the header fields read as the summary');
    return;
  }
}

/** A few words and a colon, then a title in guillemets or quotation marks alone: `Туған тел көнөнә: «Ҡаҙҙар ҡайтҡанда»`. */
const OCCASION_TITLE = /^[^«»"“”„:]{1,40}:\s*[«"“„]([^«»"“”„]{1,80})[»"”“]$/u;

function readTitleAndAuthor(zone: Row[], whole: Row[], out: HeaderZone, sink: DiagnosticSink): void {
  const byAt = zone.findIndex((r) => r.kind === 'by' && r.by && !r.by.weak);
  // A prompt's post card and the card of the answer under it (r/WritingPrompts): the answer's writer wrote the story.
  const cards = zone.flatMap((r, k) => (r.kind === 'by' && r.by?.ruleId === 'reddit-poster' ? [k] : []));
  const weakAt = cards.length >= 2 ? cards.at(-1)! : zone.findIndex((r) => r.kind === 'by' && r.by?.weak === true);
  if (out.author === null) {
    const at = byAt >= 0 ? byAt : weakAt;
    const by = zone[at]?.by;
    if (by) {
      out.author = by.author;
      sink.info('header-author', (zone[at]?.i ?? 0) + 1, `author taken from the by-line (${by.ruleId})`);
    }
  }
  if (out.title !== null) return;
  // (Or with its by-line run on after it: `《知不书局》作者：青檐听雨`, Jinjiang's mobile page.)
  for (const r of zone) {
    const m = /^([《「『].+?[》」』])\s*(.*)$/u.exec(r.text);
    const by = m?.[2] ? matchByLine(m[2]) : null;
    if (!m || (m[2] !== '' && by === null)) continue;
    out.title = stripTitle(m[1]!);
    r.kind = 'field';
    sink.info('header-title', r.i + 1, 'title taken from the 《》 line');
    if (by && out.author === null) {
      out.author = by.author;
      sink.info('header-author', r.i + 1, `author taken from the by-line after the title (${by.ruleId})`);
    }
    return;
  }
  // A post's occasion, then its story's title in guillemets, under the poster's stamp: `Туған тел көнөнә: «Ҡаҙҙар ҡайтҡанда»`.
  const weakBy = weakAt >= 0 && byAt < 0 ? weakAt : -1;
  const occasion = weakBy >= 0 ? zone.slice(weakBy + 1, weakBy + 4).find((r) => OCCASION_TITLE.test(r.text)) : undefined;
  if (occasion) {
    out.title = OCCASION_TITLE.exec(occasion.text)![1]!;
    const key = occasion.fields?.[0]?.[0];
    if (key !== undefined) delete out.fields[key];
    occasion.kind = 'chrome';
    delete occasion.fields;
    sink.info('header-title', occasion.i + 1, "title taken from the guillemets of the post's first line, under the poster's stamp");
    return;
  }
  // The strongest anchor first: a by-line, a title over a bare name, a post stamp, the first field.
  if (byAt >= 0 && zone[byAt]?.by?.ruleId === 'answerer' && questionAbove(zone, byAt, out, sink)) return;
  if (byAt >= 0 && ownTitlePage(zone, byAt, out, sink)) return;
  if (byAt >= 0 && titleAbove(zone, byAt, out, sink)) return;
  // A name over the post's date (`밤편지` / `2024.02.14`) says where the title is: the line above it.
  if (weakAt >= 0 && zone[weakAt]?.by?.ruleId === 'name-over-date' && titleAbove(zone, weakAt, out, sink)) return;
  if (titleOverName(zone, out, sink)) return;
  if (titleOverCard(zone, out, sink)) return;
  if (titleUnderAsk(whole, out, sink)) return;
  if (weakAt >= 0 && titleAbove(zone, weakAt, out, sink)) return;
  if (weakAt >= 0 && zone[weakAt]?.by?.titleBelow === true && titleBelow(whole, whole.indexOf(zone[weakAt]!), out, sink)) return;
  // A social post opens on its poster and stamp, its title under them (Google+: `NAME` / `Öffentlich geteilt - DATE` / `*Title*`).
  if (weakAt === 0 && zone[0]?.by?.ruleId === 'name-over-date' && titleBelow(whole, whole.indexOf(zone[0]!) + 1, out, sink)) return;
  if (titleUnderSchoolForm(whole, out, sink)) return;
  const firstField = zone.findIndex((r) => r.kind === 'field');
  if (firstField > 0 && titleAbove(zone, firstField, out, sink)) return;
  const authors = new Set(zone.flatMap(authorOf).map((a) => a.toLowerCase()));
  const first = zone.find((r) => titleShaped(r) && r.kind === 'short' && !authors.has(r.text.toLowerCase()));
  if (first) {
    out.title = stripTitle(first.text);
    sink.info('header-title', first.i + 1, 'title taken from the first title-shaped header line');
  }
}

/**
 * A post's subject and the poster's by-line, then the piece's own title and by-line naming the same writer (`Final
 * draft - The Salt Road` / `by Amira Haddad - Friday, …` / `The Salt Road` / `by Amira Haddad, 9X`): the second pair
 * is the work's title page, the title the one its subject repeats.
 */
function ownTitlePage(zone: readonly Row[], byAt: number, out: HeaderZone, sink: DiagnosticSink): boolean {
  const author = zone[byAt]!.by!.author;
  const second = zone.findIndex((r, k) => k > byAt + 1 && k <= byAt + 3 && r.kind === 'by' && r.by?.author.startsWith(author) === true);
  const title = zone[second - 1];
  const subject = zone[byAt - 1];
  if (second < 0 || !title || !subject || title.kind !== 'short' || !titleShaped(title) || !subject.text.endsWith(title.text)) return false;
  out.title = stripTitle(title.text);
  sink.info('header-title', title.i + 1, "title taken from the piece's own title page under the post's subject and by-line");
  return true;
}

/** `© Copyright Андрей Зимин, 1997`, `Copyright (c) 2004 Jane Doe`: the holder's name. */
const COPYRIGHT_HOLDER = /^(?:©|\(c\))?\s*(?:copyright\s*)?(?:©|\(c\))?\s*(?:(?:19|20)\d\d\s+)?(\p{L}[\p{L}\p{M}.' -]{1,50}?)(?:,?\s*(?:19|20)\d\d\b.*)?$/iu;

/**
 * With no by-line, a copyright line in the header names the author; a title line that starts with that name
 * (`Андрей Зимин. Последний трамвай`, as lib.ru writes it) is `Author. Title`.
 */
function authorFromCopyright(zone: readonly Row[], out: HeaderZone, sink: DiagnosticSink): void {
  if (out.author !== null) return;
  const row = zone.find((r) => COPYRIGHT_LINE.test(r.text));
  const name = row ? COPYRIGHT_HOLDER.exec(row.text)?.[1]?.trim() : undefined;
  if (!row || !name || !isNameLike(name)) return;
  out.author = name;
  sink.info('header-copyright-author', row.i + 1, `author taken from the copyright line ("${name}")`);
  const lead = out.title === null ? null : new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[.:]\\s+(\\S.*)$`, 'u').exec(out.title);
  if (lead) out.title = lead[1]!;
}

/** A line of a headline in capitals: letters and no lower case, no sentence inside, a few words. */
const capitalsHeadline = (t: string): boolean => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && t.split(/\s+/).length <= 6 && !/[.!?,;:]\s/u.test(t) && !/[,;:]$/u.test(t);

/** The author a row names: a by-line's, or an author field's. */
function authorOf(z: Row): string[] {
  if (z.kind === 'by' && z.by) return [z.by.author];
  const field = z.kind === 'field' ? matchFieldLine(z.text) : null;
  return field?.meta === 'author' ? [field.value] : [];
}

/** The nearest title-shaped line above `anchor`, passing over genre subtitles ("a novel", "roman") and chrome. */
function titleAbove(zone: readonly Row[], anchor: number, out: HeaderZone, sink: DiagnosticSink): boolean {
  const subtitles: string[] = [];
  let deck: Row | null = null;
  // The author's name alone over the fields that name the author (a reader view's by-line) is no title.
  const authors = new Set(zone.slice(anchor).flatMap(authorOf).map((a) => a.toLowerCase()));
  for (let k = anchor - 1; k >= Math.max(0, anchor - 4); k--) {
    const r = zone[k] as Row;
    if (authors.has(r.text.toLowerCase())) continue;
    // A name over a date (`The Salt Road` / `Tuesday, March 3, 2020`) is only a guess at a by-line; over a real by-line it is the title.
    const guessed = r.kind === 'by' && r.by?.ruleId === 'name-over-date' && zone[anchor]?.by?.weak === false;
    if (r.kind === 'heading' || r.kind === 'field' || (r.kind === 'by' && !guessed) || r.kind === 'prose') return false;
    if (guessed) r.kind = 'short';
    // A title page's by-phrase begun on the line over its lone by-word (`RACCUOTE E SCRITTE` / `DA`, `Written` /
    // `By`) is the by-line's, not the title.
    if (k === anchor - 1 && r.kind === 'short' && BY_WORD_ALONE.test((zone[anchor] as Row).text) && endsByPhrase(r.text, (zone[anchor] as Row).text)) continue;
    // A rating or status line in brackets between the title and the fields (`[ T - Teen: … ]`) is passed over.
    // Straight over its by-line a title may be written in lower case (`salt & static` / `by @moonlitmarrow`).
    // So may it over its header fields, with no other title above (a Tumblr post's `la bufanda al revés` over `Pareja:`).
    const overFields = zone[anchor]?.kind === 'field' && r.text.split(/\s+/).length <= 6 && !zone.slice(0, k).some((o) => o.kind === 'short' && titleShaped(o));
    // (Or a blank line apart, under nothing but the site's chrome: `Commaful` / menu / `the button jar` / `by @paperlanterns_`.)
    const underChrome = (zone[anchor] as Row).gapBefore <= 1 && zone.slice(0, k).every((o) => o.kind === 'chrome');
    const overBy = k === anchor - 1 && (overFields || (zone[anchor]?.kind === 'by' && ((zone[anchor] as Row).gapBefore === 0 || underChrome))) && r.kind === 'short' && /^\p{Ll}/u.test(r.text) && titleShaped({ ...r, text: r.text.charAt(0).toUpperCase() + r.text.slice(1) });
    // Old newspapers set every display line with a full stop, the title's as the by-line's (`Fyrmesterens Datter.` /
    // `Fortælling af Karen Holm.`): over a by-line so set, a title so set is one, its stop the type's.
    const by = zone[anchor] as Row;
    const stopped = by.kind === 'by' && /\.$/.test(by.text) && /^[^.!?]+\.$/u.test(r.text) && r.text.split(/\s+/).length <= 8 && titleShaped({ ...r, text: r.text.slice(0, -1) });
    if ((!titleShaped(r) && !overBy && !stopped) || matchStatus(r.text) !== null) {
      // A sentence straight between the title and its by-line (`The Summer Kitchen` / `Two cooks, one summer, …` /
      // `by saltandthyme`) is the story's tagline; so is one straight under the title with the by-line set apart
      // below (a post's deck: `The Long Convoy, Part Three` / `A serial in six parts.` / blank / `Hal Brenner`).
      const tagline = (zone[anchor]?.gapBefore === 0 && !isSubtitle(r.text)) || (zone[k - 1]?.kind === 'short' && titleShaped(zone[k - 1]!));
      if (k === anchor - 1 && r.kind === 'short' && r.gapBefore === 0 && tagline && /[.!?…]$/u.test(r.text)) deck = r;
      continue;
    }
    // A deck under a chapter heading (`In which Petra goes swimming…`) is the chapter's, not the work's title.
    if (zone[anchor]?.by?.weak === true && zone[k - 1]?.kind === 'heading' && r.gapBefore === 0) return false;
    if (isSubtitle(r.text) && k > 0) {
      subtitles.unshift(r.text);
      continue;
    }
    // A post's title with its deck under it, set apart from the by-line (Vocal, Medium, Substack): the deck is the
    // subtitle and says what the piece is about.
    const over = zone[k - 1];
    // (A rubric naming the piece's kind over its title, `NOVÈLA` / `Lo cat que sabiá comptar`, is no title with a deck.)
    if (over && r.gapBefore === 0 && (zone[anchor]?.gapBefore ?? 0) > 0 && over.kind === 'short' && titleShaped(over) && !GENRE_LINE.test(over.text) && over.text.length < r.text.length && subtitles.length === 0) {
      out.title = stripTitle(over.text);
      out.subtitle = r.text;
      out.description ??= r.text;
      r.kind = 'field';
      sink.info('header-title', over.i + 1, 'title and its deck taken from the lines above the by-line');
      return true;
    }
    out.title = stripTitle(stopped ? r.text.slice(0, -1) : r.text);
    const cells = titleCells(r.text);
    if (cells) {
      out.title = cells.title;
      out.author = cells.author;
    }
    // A headline set in capitals over two lines (`THE KEEPER OF` / `BLACKWATER LOCK.`) is one title.
    if (over && r.gapBefore === 0 && over.kind === 'short' && capitalsHeadline(over.text) && capitalsHeadline(r.text) && !GENRE_LINE.test(over.text)) {
      out.title = stripTitle(`${over.text} ${r.text}`);
      over.kind = 'field';
    }
    if (subtitles.length > 0) out.subtitle = subtitles.join(' ');
    if (deck && zone[k + 1] === deck) {
      out.description ??= deck.text;
      deck.kind = 'field';
    }
    sink.info('header-title', r.i + 1, `title taken from the line above the ${zone[anchor]?.kind === 'field' ? 'header fields' : 'by-line'}`);
    // With no by-line, the title line may carry the author itself (`Title - A. N. Author`, `Title by Name`).
    if (zone[anchor]?.kind === 'field' && out.author === null) {
      // Split before the title's decoration is stripped: a handle may end in one (`lunaescarlata_`).
      const parts = splitTitleLine(r.text.replace(/\s*\[[^\]]{1,30}\]$/u, ''), r.i + 1, sink);
      if (parts.author !== null) {
        out.title = stripTitle(parts.title);
        out.author = parts.author;
      }
    }
    return true;
  }
  return false;
}

/**
 * A pupil's header over a school assignment (`Nome:` / `Turma:` / `Professora:` / `Data:`) is a form: the line over it
 * names the school, the lines under it the assignment (`Produção de texto – Conto de mistério`), and the work's title
 * is the last title-shaped line standing alone over the text. The lines around the form are the school's, not the work's.
 */
function titleUnderSchoolForm(zone: Row[], out: HeaderZone, sink: DiagnosticSink): boolean {
  const form = zone.findIndex((r) => r.kind === 'field' && r.fields?.some(([key]) => SCHOOL_KEYS.has(key.toLowerCase())) === true);
  if (form < 0) return false;
  let last = form;
  while (zone[last + 1]?.kind === 'field') last++;
  let start = form;
  while (start > 0 && zone[start - 1]?.kind === 'field') start--;
  const under = zone.slice(last + 1);
  const title = under.findLast((r) => r.kind === 'short' && r.gapBefore > 0 && titleShaped(r));
  if (!title || under.some((r) => r.kind !== 'short' && r.kind !== 'chrome')) return false;
  out.title = stripTitle(title.text);
  sink.info('header-title', title.i + 1, "title taken from the line over the text, under the pupil's header of a school assignment");
  for (const r of [...zone.slice(0, start), ...under]) r.kind = r === title ? 'field' : 'chrome';
  return true;
}

/** A Q&A page names the answer by its question: the nearest line above the answerer that asks one. */
function questionAbove(zone: readonly Row[], anchor: number, out: HeaderZone, sink: DiagnosticSink): boolean {
  const q = zone.slice(0, anchor).findLast((r) => r.kind !== 'chrome' && /[?？]$/u.test(r.text) && r.text.split(/\s+/).length <= 40);
  if (!q) return false;
  out.title = q.text;
  sink.info('header-title', q.i + 1, "title taken from the question over the answerer's name");
  return true;
}

/** The post's title under the poster's line, past a flair of a word (`Posted by u/…` / `OC` / `The Quiet Freighter [Part 7]`). */
function titleBelow(zone: readonly Row[], anchor: number, out: HeaderZone, sink: DiagnosticSink): boolean {
  for (const r of zone.slice(anchor + 1, anchor + 4)) {
    if (r.kind !== 'short' && r.kind !== 'heading') return false;
    // (A title of one word is believed set in bold: `**Overtime**` over a Reddit answer.)
    const bold = /^(\*\*|__)\S(?:.*\S)?\1$/u.test(r.text);
    if ((r.text.split(/\s+/).length < 2 && !bold) || !titleShaped(r)) continue;
    out.title = stripTitle(unemphasised(r.text));
    r.kind = 'field';
    sink.info('header-title', r.i + 1, "title taken from the line under the poster's");
    return true;
  }
  return false;
}

/** The line under a reader's ask, before the story: the ficlet's title (often lowercase on such blogs). */
function titleUnderAsk(zone: readonly Row[], out: HeaderZone, sink: DiagnosticSink): boolean {
  const ask = zone.findIndex((r) => ASK_LINE.test(r.text));
  if (ask < 0) return false;
  const r = zone.slice(ask + 1).find((x) => x.kind === 'short');
  if (!r || r.text.split(/\s+/).length > 12 || /[.?!:]$/.test(r.text)) return false;
  out.title = stripTitle(r.text);
  r.kind = 'field';
  sink.info('header-title', r.i + 1, 'title taken from the line under the ask');
  return true;
}

interface TitleBlock {
  title: Row;
  author: Row;
  genre: Row | null;
  /** A word over the title naming what the page lists it as (`연재`, serialised): the site's, not the title. */
  kind?: Row;
  /** The index after the block's last line. */
  end: number;
}

/**
 * A title with a bare author name under it (`Title` / `hollowreed`), a line saying what the work is maybe
 * between them (`Дом с синими ставнями` / `Повесть` / `Анна Белозёрова`); or the name first, over the title
 * and that line (`Марта Ковальчук` / `ПІЗНІ ЯБЛУКА` / `повість`). The lines run on without a gap.
 */
function titleBlockAt(rows: readonly Row[], k: number): TitleBlock | null {
  const [a, b, c] = [rows[k], rows[k + 1], rows[k + 2]];
  if (!a || !b) return null;
  // With a genre line the three are a title page even spaced out by single blank lines, as centred ones are.
  const near = (r: Row | undefined): r is Row => r !== undefined && r.gapBefore <= 1;
  const isGenre = (r: Row | undefined): r is Row => near(r) && r.kind === 'short' && GENRE_LINE.test(r.text);
  const shaped = (r: Row): boolean => titleShaped(r) && r.kind === 'short';
  // (The name may stand apart above the title and its genre line: `Анна Березина` / `` / `Грачи прилетели` / `Повесть`.)
  if (near(b) && isGenre(c) && isBareName(a) && shaped(b) && c.gapBefore <= b.gapBefore) return { title: b, author: a, genre: c, end: k + 3 };
  // (A word for what the page lists the work as may stand over the title and name: `연재` / TITLE / NAME.)
  if (a.kind === 'short' && GENRE_LINE.test(a.text) && a.text.split(/\s+/).length === 1 && b.gapBefore === 0 && shaped(b) && c !== undefined && c.gapBefore === 0 && isBareName(c)) return { title: b, author: c, genre: null, kind: a, end: k + 3 };
  if (!shaped(a)) return null;
  if (isGenre(b) && near(c) && isBareName(c) && b.gapBefore === c.gapBefore) return { title: a, author: c, genre: b, end: k + 3 };
  if (b.gapBefore > 1) return null;
  // The name over the title, as Russian and French sites set a work's page (`Анна Вересова` / `Зимний переплётчик`)
  // and calibre writes a book's text (a blank line between): only a title in sentence case under a name whose every
  // word is capitalised tells the two apart.
  const words = (r: Row): string[] => r.text.split(/\s+/);
  const sentenceCase = (r: Row): boolean => words(r).length >= 2 && words(r).slice(1).some((w) => /^\p{Ll}{2,}/u.test(w) && !NAME_PARTICLES.has(w));
  const capitalisedName = (r: Row): boolean => isBareName(r) && words(r).length >= 2 && words(r).every((w) => /^\p{Lu}/u.test(w));
  if (capitalisedName(a) && shaped(b) && sentenceCase(b) && !/\s{2}/.test(b.text)) return { title: b, author: a, genre: null, end: k + 2 };
  // (And the title in sentence case over the name, a blank line between, as Booknet sets a work's page.)
  if (capitalisedName(b) && sentenceCase(a) && !/\s{2}/.test(a.text)) return { title: a, author: b, genre: null, end: k + 2 };
  return b.gapBefore === 0 && isBareName(b) ? { title: a, author: b, genre: null, end: k + 2 } : null;
}

/** Lower-case words a name may hold (`Ludwig van Beethoven`, `Ana de la Cruz`): no sign of a title in sentence case. */
const NAME_PARTICLES = new Set('van von de da di del della der den des du la le ten ter te bin ibn al el zu af av dos das do'.split(' '));

const sameName = (a: string, b: string): boolean => a.replace(HANDLE_AFTER, '').toLowerCase() === b.toLowerCase();

function takeTitleBlock(block: TitleBlock, out: HeaderZone): void {
  out.title = stripTitle(block.title.text);
  if (out.author === null) out.author = block.author.text.replace(HANDLE_AFTER, '');
  block.author.kind = 'by';
  if (block.kind) block.kind.kind = 'chrome';
  if (block.genre) {
    out.subtitle ??= block.genre.text;
    block.genre.kind = 'field';
  }
}

/** A title block alone in its block of lines (a story card's status and counters may follow it). */
function titleOverName(zone: readonly Row[], out: HeaderZone, sink: DiagnosticSink): boolean {
  for (let k = 0; k + 1 < zone.length; k++) {
    // (A summary's label run on under the name, `Summary:`, is the work page's, as a field would be.)
    // (Or straight under the fields and over the summary's label, as an AO3 work page copied without blank lines
    // sets its title and author: not a site's buttons, `Читать` / `В библиотеку`, run on under its fields.)
    const underFields = k > 0 && zone[k]!.gapBefore === 0 && zone[k - 1]!.kind === 'field';
    // (Or under a site's menu of one word or two a line ending on its sign-in link, as a reading site's page copies:
    // `Descubrir` / `Escribir` / `Iniciar sesión`.)
    const underMenu = k >= 2 && k <= 8 && matchBoilerplate(HEADER_CHROME, zone[k - 1]!.text)?.id === 'account' && zone.slice(0, k).every((r) => r.kind === 'chrome' || (r.kind === 'short' && r.text.split(/\s+/).length <= 2));
    // (Or under nothing but the site's chrome, its name run on above, the name a full one, a menu's items never:
    // `liternet.ro` / `Spune-le albinelor` / `Ioana Mărgineanu`, not `Inkitt` / `Descubrir` / `Escribir`.)
    const underChrome = k > 0 && zone.slice(0, k).every((r) => r.kind === 'chrome') && (zone[k + 1]?.text.split(/\s+/).length ?? 0) >= 2;
    const block = k === 0 || zone[k]!.gapBefore > 0 || underFields || underMenu || underChrome ? titleBlockAt(zone, k) : null;
    // (A name that is not the author the header's field names is a masthead's: a newsletter's name over its motto.)
    if (!block || (out.author !== null && !sameName(block.author.text, out.author))) continue;
    let j = block.end;
    while (zone[j] && zone[j]!.gapBefore === 0 && isCardLine(zone[j]!)) j++;
    const after = zone[j];
    if (underFields ? j === block.end && after?.kind === 'descLabel' && after.gapBefore === 0 : after === undefined || after.gapBefore > 0 || after.kind === 'chrome' || after.kind === 'field' || after.kind === 'descLabel') {
      takeTitleBlock(block, out);
      sink.info('header-title', block.title.i + 1, 'title and a bare author name beside it');
      return true;
    }
  }
  return false;
}

/**
 * A story's card: its title, then run on under it the site's tags, status and counts with the writer's name among
 * them, one a line (`The Last Cartographer of Vell` / `Fantasy` / `Original` / `Ferrowen` / `ONGOING` / `42 Chapters`).
 */
function titleOverCard(zone: readonly Row[], out: HeaderZone, sink: DiagnosticSink): boolean {
  for (let k = 0; k + 2 < zone.length; k++) {
    const title = zone[k]!;
    if ((k > 0 && title.gapBefore === 0) || title.kind !== 'short' || !titleShaped(title)) continue;
    let j = k + 1;
    while (j < zone.length && zone[j]!.gapBefore === 0 && (zone[j]!.kind === 'chrome' || isBareName(zone[j]!) || isCardLine(zone[j]!))) j++;
    const card = zone.slice(k + 1, j);
    const names = card.filter((r) => r.kind !== 'chrome' && isBareName(r) && matchStatus(r.text) === null && !/\d/.test(r.text));
    if (card.filter((r) => r.kind === 'chrome').length < 2 || names.length !== 1) continue;
    out.title = stripTitle(title.text);
    if (out.author === null) out.author = names[0]!.text.replace(HANDLE_AFTER, '');
    names[0]!.kind = 'by';
    sink.info('header-title', title.i + 1, "title and author taken from the story's card (its title over tags, status and counts with the name among them)");
    return true;
  }
  return false;
}


/**
 * `Title` / `Author Name` at the top, then a wide gap or a heading soon
 * after: a manuscript's title page, or a reading site's work page under its
 * own name and menu (`Tapas` / `Comics  Novels …` / `Title` / `handle` /
 * `Fantasy · 3,411 subscribers`). Site lines above and counters under the
 * pair leave the body with it.
 */
function readTitlePage(rows: Row[], sink: DiagnosticSink, cut: boolean): HeaderZone | null {
  for (let k = 0; k + 1 < rows.length && k <= 8; k++) {
    const above = rows.slice(0, k);
    if (!above.every((r) => r.kind === 'chrome' || (r.kind === 'short' && r.text.split(/\s+/).length <= 2)) && !isBanner(above)) continue;
    // (Straight under the app's name alone, a card's title needs no gap: `WebNovel` / `TITLE` / `NAME`.)
    if (k > 0 && rows[k]!.gapBefore === 0 && !above.every((r) => r.kind === 'chrome')) continue;
    const found = titleBlockAt(rows, k);
    if (!found) continue;
    // A literature portal sets what the work is over its title (`कहानी` / `TITLE` / `NAME`), as a title page sets it under.
    const over = rows[k - 1];
    const block = found.genre === null && over?.kind === 'short' && GENRE_LINE.test(over.text) && rows[k]!.gapBefore <= 1 ? { ...found, genre: over } : found;
    let j = block.end;
    while (j < rows.length && (rows[j] as Row).gapBefore === 0 && isCardLine(rows[j] as Row)) j++;
    const c = rows[j];
    // (A zone cut short by a marked heading: its rows running out so soon is a heading too.)
    const headingSoon = rows.slice(j, j + 2).some((r) => r.kind === 'heading') || (cut && j + 2 > rows.length);
    // A disclaimer under the card (`Paalala: …`) stands where the story would start as well as a wide gap does.
    // A line saying what the work is (`stāsts`, `a novel`) between title and name makes the three a title page
    // whatever follows (a dedication, the first paragraph).
    // So does a reader view's line under the pair, the reading time or the date (`6–7 minutes`): no story opens
    // with it. (A site's counters under its own banner, `TODAY 37 | TOTAL 10482`, make no card of the banner.)
    const carded = rows.slice(block.end, j).some((r) => r.kind === 'chrome' && (matchBoilerplate(HEADER_CHROME, r.text)?.id === 'read-time' || isDateLine(r.text)));
    if (c && c.gapBefore < 2 && !headingSoon && !carded && c.kind !== 'note' && block.genre === null) continue;
    const out: HeaderZone = { title: null, subtitle: null, author: null, description: null, language: null, fields: {}, skip: new Set(rows.slice(0, j).map((r) => r.i)) };
    takeTitleBlock(block, out);
    sink.info('header-title-page', rows[k]!.i + 1, 'title and author name alone above the story', { endLine: rows[block.end - 1]!.i + 1 });
    return out;
  }
  return null;
}

/** A site's banner over the title page: a block fenced by ruled lines, or one naming its web address. */
function isBanner(above: readonly Row[]): boolean {
  if (above.length === 0 || above.length > 8) return false;
  const ruled = (r: Row | undefined): boolean => r !== undefined && /^[=\-_*#~+]{8,}$/u.test(r.text);
  return above.every((r, k) => k === 0 || r.gapBefore === 0) && ((ruled(above[0]) && ruled(above.at(-1))) || above.some((r) => hasWebAddress(r.text)));
}

/** A story card under its title and author: status, genre and counters (`Ongoing` / `Teen Fiction` / `48.2K Reads • …`). */
function isCardLine(r: Row): boolean {
  if (r.kind === 'chrome') return true;
  // (Or a row of tags set apart by dots: `Realismo mágico · Romance`.)
  const tags = r.text.split(/\s[·•|]\s/);
  if (r.kind === 'short' && tags.length >= 2 && tags.every((t) => t.split(/\s+/).length <= 3 && !/[.!?:]$/.test(t))) return true;
  return matchStatus(r.text) !== null || isCounterRow(r) || (r.kind === 'short' && r.text.split(/\s+/).length <= 3 && !/[.!?:]$/.test(r.text));
}

/** Site furniture under a work's title: a date, view or subscriber counts (`Fantasy · 3,411 subscribers`, `1879`). */
function isCounterRow(r: Row): boolean {
  return r.kind === 'chrome' || (r.kind === 'short' && /\d/.test(r.text) && (/[·•|]/.test(r.text) || r.text.split(/\s+/).length <= 3));
}

/** A blog post without a by-line: date stamp, then the post title. The title leaves the body; the chrome above it too. */
function readBlogPostTitle(zone: readonly Row[], rows: readonly Row[], sink: DiagnosticSink): HeaderZone | null {
  // (A date in words the stamp rules leave to diaries, `Sabado, Hunyo 15, 2013`, is the post's too under the blog's
  // name, with the title straight under it.)
  const fullDate = (r: Row, k: number): boolean => {
    const d = k > 0 && r.kind === 'short' && zone[k + 1]?.gapBefore === 0 ? matchDateLine(r.text) : null;
    return d !== null && d !== undefined && d.year !== null && d.day !== null;
  };
  const date = zone.findIndex((r, k) => (r.kind === 'chrome' && isDateLine(r.text)) || fullDate(r, k));
  // (The stamp's own chrome may stand between: its category, `[短編小説]`.)
  let at = date + 1;
  while (date >= 0 && zone[at]?.kind === 'chrome') at++;
  const next = zone[at];
  // Or straight over it, the text under it (`[Truyện ngắn] Mùa phượng cuối` / `Thứ Hai, 18/05/2009 - 21:34`).
  const below = date > 0 ? rows[rows.indexOf(zone[date]!) + 1] : undefined;
  const sentence = below !== undefined && (below.kind === 'prose' || (below.kind === 'short' && !titleShaped(below)));
  const over = date > 0 && zone[date]!.gapBefore === 0 && zone[date - 1]!.kind === 'short' && titleShaped(zone[date - 1]!) && sentence ? zone[date - 1]! : null;
  const taken = (title: Row, through: number, where: string): HeaderZone => {
    const out: HeaderZone = { title: stripTitle(title.text), subtitle: null, author: null, description: null, language: null, fields: {}, skip: new Set() };
    for (let k = 0; k <= through; k++) out.skip.add((zone[k] as Row).i);
    sink.info('header-title', title.i + 1, `title taken from the line ${where} the post date`);
    return out;
  };
  if (over !== null) return taken(over, date, 'over');
  if (date < 0 || !next || !titleShaped(next) || next.kind !== 'short') return null;
  return taken(next, at, 'under');
}

/**
 * A social post's head: the poster's display name over their handle, the post's stamp, then the post's title, if it
 * has one (`marrow bells` / `@lampwick` / `· 4/19/2023, 11:02 PM` / `the keeper's cat`); the site's name may stand
 * above. The name is the author's, the handle and stamp the site's.
 */
function readHandleCard(zone: readonly Row[], sink: DiagnosticSink): HeaderZone | null {
  const at = zone.findIndex((r) => /^@[\p{L}\p{N}_.]{2,30}$/u.test(r.text));
  const name = zone[at - 1];
  const stamp = zone[at + 1];
  if (at < 1 || at > 3 || !name || !stamp || zone[at]!.gapBefore > 0 || name.kind !== 'short' || name.text.split(/\s+/).length > 4) return null;
  // (Display names are often set in lower case: `marrow bells`.)
  if (!isNameLikeAnyCase(name.text)) return null;
  if (stamp.kind !== 'chrome' || !isDateLine(stamp.text) || !zone.slice(0, at - 1).every((r) => r.kind === 'chrome' || (r.kind === 'short' && r.text.split(/\s+/).length <= 2))) return null;
  const title = zone[at + 2];
  // (A title in lower case, `the keeper's cat`, is told by its place: alone over the post's first paragraph.)
  const alone = (r: Row): boolean => r.text.split(/\s+/).length <= 10 && !/[.!?,;:…]$/u.test(r.text) && zone[at + 3]?.kind === 'prose' && zone[at + 3]!.gapBefore > 0;
  const titled = title !== undefined && title.kind === 'short' && (titleShaped(title) || alone(title));
  const out: HeaderZone = { title: titled ? stripTitle(title.text) : null, subtitle: null, author: name.text, description: null, language: null, fields: {}, skip: new Set(zone.slice(0, at + (titled ? 3 : 2)).map((r) => r.i)) };
  sink.info('header-author-handle', name.i + 1, "author taken from the display name over the poster's handle");
  return out;
}

/**
 * A blog post's footer names the blog (`© 舟照夜行 | Powered by LOFTER`); the same name alone at the top, under the
 * site's name and menu, is the poster's, and the line under it the post's title.
 */
function readFooterOwner(rows: readonly Row[], sink: DiagnosticSink): HeaderZone | null {
  const foot = rows.at(-1);
  const owner = foot && /^(?:©|\(c\)|copyright)\s*(\S.{0,40}?)\s*[|｜]\s*powered by\s+\S+$/iu.exec(foot.text)?.[1];
  if (!owner) return null;
  const at = rows.findIndex((r) => r.text === owner);
  const title = rows[at + 1];
  if (at < 0 || at > 4 || !title || title.kind !== 'short' || /[.!?。！？…]$/u.test(title.text) || !rows.slice(0, at).every((r) => r.kind === 'short' || r.kind === 'chrome')) return null;
  sink.info('header-author-owner', rows[at]!.i + 1, "author taken from the name over the post's title, the blog's owner named again in its footer");
  return { title: stripTitle(title.text), subtitle: null, author: owner, description: null, language: null, fields: {}, skip: new Set(rows.slice(0, at + 2).map((r) => r.i)) };
}

/**
 * A page's chrome all round, with one title-shaped line among it (a wiki page: the site's menus, the title, then
 * `Sign in to edit` / `History` / `Talk (2)`): that line is the title.
 */
function readLoneTitle(zone: readonly Row[], sink: DiagnosticSink): HeaderZone | null {
  const own = zone.filter((r) => r.kind !== 'chrome');
  const title = own[0];
  const k = title ? zone.indexOf(title) : -1;
  const chromeAfter = zone.slice(k + 1).filter((r) => r.kind === 'chrome').length;
  if (own.length !== 1 || !title || title.kind !== 'short' || !titleShaped(title) || chromeAfter < 2 || zone.length - own.length < 4) return null;
  const out: HeaderZone = { title: stripTitle(title.text), subtitle: null, author: null, description: null, language: null, fields: {}, skip: new Set(zone.map((r) => r.i)) };
  sink.info('header-title', title.i + 1, "title taken from the one line of the page's own among its chrome");
  return out;
}

/**
 * The page's own line under a masthead whose breadcrumb names it (`Trang chủ > Sáng tác > Quán Trà Bên Bến Ninh
 * Kiều > Chương 7` / `Quán Trà Bên Bến Ninh Kiều`): the trail says it is the work's title.
 */
function readCrumbTitle(masthead: readonly Row[], rows: readonly Row[], sink: DiagnosticSink): HeaderZone | null {
  const steps = new Set(masthead.flatMap((r) => breadcrumbSteps(r.text) ?? []));
  const title = rows.slice(0, 2).find((r) => r.kind === 'short' && steps.has(r.text.trim()));
  if (!title) return null;
  sink.info('header-title', title.i + 1, "title taken from the page's line that its breadcrumb trail names");
  return { title: title.text.trim(), subtitle: null, author: null, description: null, language: null, fields: {}, skip: new Set([title.i]) };
}

/** The scored rows and the zone's end, for tests and for reading a file's header by hand. */
export function headerRows(lines: readonly Line[], from: number, to: number): { rows: { line: number; kind: string; text: string }[]; end: number } {
  const rows = collectRows(lines, from, to, new Set());
  return { rows: rows.map((r) => ({ line: r.i + 1, kind: r.kind, text: r.text.slice(0, 60) })), end: zoneEnd(rows) };
}
