import { inner, splitFields } from './header-rows/field-lines.js';
import type { DiagnosticSink } from '../diagnostics.js';
import type { Note, StoryMeta } from '../model.js';
import type { ArchiveFrame } from './archive.js';
import { positionOf, takeNote, toParagraph } from './blocks.js';
import type { Layout } from './layout.js';
import { countWords } from '../model-text.js';
import { BY_LINE, DESCRIPTION_LABEL, isRightsStatement, languageTag, matchFieldLine, matchStatus, type FieldLine } from './rules/fields.js';
import { unspacedLetters } from './language/script.js';
import { hasWebAddress, HEADER_CHROME, isDateLine, matchBoilerplate } from './rules/boilerplate.js';
import { matchDateLine } from './rules/dates.js';
import { blogOwner, GENRE_LINE, HEADER_NOTE_LABELS, isNameLike, matchByLine, POSTED_DATE, withoutContact } from './rules/header-labels.js';
import { isPlainTitle, isTitleCandidate, splitTitleLine } from './title-line.js';
import { unitText, type Unit } from './units.js';

export interface FrontMatter {
  meta: StoryMeta;
  notes: Note[];
  /** Units of the front region that are not metadata (headed files only). */
  rest: Unit[];
  /** Index of the first body unit. */
  bodyStart: number;
}


interface Ctx {
  units: readonly Unit[];
  end: number;
  headed: boolean;
  frame: ArchiveFrame;
  layout: Layout;
  sink: DiagnosticSink;
  meta: StoryMeta;
}

/**
 * Reads title, author, fields, summary, status notes and story notes from
 * the top of the story. In a file with chapter headings the front region is
 * everything before the first one; without, it ends at the first body paragraph.
 */
/** `firstPiece`: the text before the first heading is the first of a writer's pieces (byline-titles.ts), never a summary. */
export function readFrontMatter(units: readonly Unit[], end: number, headed: boolean, frame: ArchiveFrame, layout: Layout, sink: DiagnosticSink, firstPiece = false): FrontMatter {
  const meta: StoryMeta = {
    title: frame.title,
    subtitle: frame.subtitle,
    author: frame.author,
    description: frame.description,
    fields: { ...frame.fields },
    language: frame.language ?? 'en',
    status: [],
    rights: null,
  };
  const ctx: Ctx = { units, end, headed, frame, layout, sink, meta };
  const notes: Note[] = [];
  const rest: Unit[] = [];
  let titlePage = frame.kind === 'gutenberg';
  let firstText = firstTextIndex(units);
  // Where in `rest` the story's own labelled title or author was read (`Pamagat: …`, `May-akda: …`).
  let labelledAt = -1;
  let i = 0;
  while (i < end) {
    const u = units[i] as Unit;
    if (titlePage && isTitlePageUnit(u)) {
      i = dropTitlePage(ctx, i);
      titlePage = false;
      continue;
    }
    titlePage = false;
    // A rule or an ornament above the title (a page's <hr> under its menu) leaves the title the first text.
    const textBefore = rest.some((r) => r.kind === 'text');
    const next = readMetaUnit(ctx, i, !textBefore && (headed || i === firstText), !textBefore);
    if (next.consumed > i && labelledAt < 0 && namesTitleOrAuthor(u)) labelledAt = rest.length;
    if (next.consumed > i) {
      if (next.note) notes.push(next.note);
      // An author's note above the title (a file exported with its note first) leaves the title the first text.
      if (next.note && i === firstText && meta.title === null) firstText = next.consumed + Math.max(0, firstTextIndex(units.slice(next.consumed)));
      i = next.consumed;
      continue;
    }
    if (!headed) break;
    rest.push(u);
    i++;
  }
  // Over the story's own labelled header (its title and its author, each by its label), the lines no reader claimed
  // are the page it was handed in on: a school platform's menu, the assignment's instructions, the attachment's card.
  if (labelledAt > 0 && frame.title === null && frame.author === null && meta.title !== null && meta.author !== null) {
    const page = rest.splice(0, labelledAt);
    const last = page.at(-1)!.lines.at(-1)?.no;
    sink.info('front-page-over-header', page[0]!.lines[0]?.no ?? 1, "the page above the story's own labelled header (its title and author fields) left out of the body", last === undefined ? {} : { endLine: last });
  }
  const intro = headed && meta.description === null && frame.kind === null && !firstPiece ? takeImplicitDescription(ctx, rest) : null;
  if (intro) notes.push(intro);
  return { meta, notes, rest, bodyStart: headed ? end : i };
}

/** A labelled field naming the story's title or author. */
function namesTitleOrAuthor(u: Unit): boolean {
  const meta = u.kind === 'text' && !u.note ? matchFieldLine(u.lines[0]?.trimmed ?? '')?.meta : null;
  return meta === 'title' || meta === 'author';
}

function firstTextIndex(units: readonly Unit[]): number {
  return units.findIndex((u) => u.kind === 'text' && !isChromeUnit(u));
}

/** A site's buttons or menu row over the text (`דילוג לתוכן`, `صفحه اصلی | پست الکترونیک`): never the title. */
const isChromeUnit = (u: Unit): boolean => !u.note && u.lines.length <= 4 && u.lines.every((l) => matchBoilerplate(HEADER_CHROME, l.trimmed) !== null);

const isTitlePageUnit = (u: Unit): boolean =>
  u.kind === 'illustration' || (u.kind === 'text' && !u.note && u.lines.length <= 8 && u.lines.every((l) => l.trimmed.split(/\s+/).length <= 9));

/** The title page of a transcribed edition repeats the metadata: named in one diagnostic, left out. */
function dropTitlePage(ctx: Ctx, start: number): number {
  let i = start;
  while (i < ctx.end && isTitlePageUnit(ctx.units[i] as Unit)) {
    const by = BY_LINE.exec(unitText(ctx.units[i] as Unit));
    if (by && ctx.meta.author === null) ctx.meta.author = withoutContact(by[1] ?? '') || null;
    i++;
  }
  const first = ctx.units[start]?.lines[0]?.no ?? 1;
  const lastUnit = ctx.units[i - 1];
  const last = lastUnit?.lines[lastUnit.lines.length - 1]?.no ?? first;
  ctx.sink.info('front-title-page', first, 'title page left out of the body; its title and author are in the metadata', { endLine: last });
  return i;
}

/** Consumes one piece of metadata at `i` (and any lines it owns); `consumed === i` when there is none. */
function readMetaUnit(ctx: Ctx, i: number, isFirstText: boolean, beforeBody: boolean): { consumed: number; note?: Note } {
  const { units, meta, sink } = ctx;
  const u = units[i] as Unit;
  if (!u.note) markHeaderNote(u, sink);
  if (u.kind !== 'text') return { consumed: i };
  if (beforeBody && ctx.meta.title === null && isChromeUnit(u)) {
    sink.info('front-chrome', u.lines[0]?.no ?? 1, "the site's buttons or menu above the title left out of the body", { endLine: u.lines.at(-1)!.no });
    return { consumed: i + 1 };
  }
  const text = unitText(u);
  const firstLine = u.lines[0]?.trimmed ?? '';
  const lineNo = u.lines[0]?.no ?? 1;
  if (u.note) {
    // AO3's `Work Text:` landmark ends the work's notes: the note never runs past it.
    const landmark = units.findIndex((x, k) => k > i && x.kind === 'text' && WORK_TEXT.test(unitText(x)));
    const { note, end } = takeNote(landmark > i ? units.slice(0, landmark) : units, i, 'storyStart', ctx.layout, sink);
    if (landmark > i && end === landmark) {
      sink.info('note-ao3-work-text', units[landmark]?.lines[0]?.no ?? 1, 'AO3 "Work Text:" landmark ends the notes; left out of the body');
      return note ? { consumed: end + 1, note } : { consumed: end + 1 };
    }
    return note ? { consumed: end, note } : { consumed: end };
  }
  const status = u.lines.length === 1 && beforeBody ? matchStatus(firstLine) : null;
  if (status) {
    meta.status.push(status);
    sink.info('front-status', lineNo, 'status note kept as story metadata, not body');
    return { consumed: i + 1 };
  }
  if (isRightsStatement(text) && countWords(text) <= 80) {
    meta.rights = text;
    sink.info('front-rights', lineNo, 'licence statement kept as the book\'s rights, not body');
    return { consumed: i + 1 };
  }
  if (DESCRIPTION_LABEL.test(firstLine) && u.lines.length === 1) return readDescription(ctx, i + 1, lineNo);
  const field = matchFieldLine(firstLine);
  if (field && (field.known || ((isField(units[i + 1]) || isField(units[i - 1])) && !isChatRun(units, i)))) return readField(ctx, i, field);
  const by = BY_LINE.exec(text)?.[1] ?? (u.lines.length === 1 ? matchByLine(text) : null)?.author;
  if (by && u.lines.length === 1) {
    if (meta.author === null) meta.author = withoutContact(by);
    sink.info('front-author', lineNo, 'author taken from the "by" line');
    return { consumed: i + 1 };
  }
  // An archive's banner over the text: its address and the file's particulars (`Encoding: …`, `File: …`).
  // (A banner's lines are short: a long line with an address in it, a record dumped whole, is text.)
  if (isFirstText && u.lines.length <= 6 && u.lines.every((l) => l.trimmed.length <= 300) && u.lines.some((l) => hasWebAddress(l.trimmed)) && u.lines.every((l) => hasWebAddress(l.trimmed) || matchFieldLine(l.trimmed) !== null)) {
    sink.info('front-banner', lineNo, "the archive's banner (its address and the file's particulars) left out of the body", { endLine: u.lines[u.lines.length - 1]!.no });
    return { consumed: i + 1 };
  }
  if (isFirstText && meta.title === null) {
    const underlined = underlinedTitle(units, i);
    if (underlined !== null) {
      const title = units[underlined]!;
      meta.title = title.lines[0]!.trimmed;
      if (underlined > i) sink.info('front-chrome', lineNo, 'lines above the underlined title left out of the body', { endLine: title.lines[0]!.no - 1 });
      sink.info('front-title', title.lines[0]!.no, 'title taken from the underlined line');
      return { consumed: underlined + 2 };
    }
    const page = titlePageTriple(units, i) ?? authorColonTitle(units, i);
    if (page) {
      meta.title = page.title;
      meta.subtitle = page.genre;
      if (meta.author === null) meta.author = page.author;
      sink.info('front-title', lineNo, 'title, author and what the work is, each on a line of its own', { endLine: units[i + page.units - 1]?.lines[0]?.no ?? lineNo });
      return { consumed: i + page.units };
    }
  }
  const chatLine = field !== null && (isField(units[i + 1]) || isField(units[i - 1])) && isChatRun(units, i);
  // (A note's date over its title, as Google Keep's export sets it, is no title.)
  if (isFirstText && meta.title === null && !chatLine && isTitleCandidate(text) && !isDateLine(text) && titleEvidence(ctx, i, text)) {
    const parts = splitTitleLine(text, lineNo, sink);
    meta.title = parts.title;
    meta.subtitle = parts.subtitle;
    if (parts.author !== null) meta.author = parts.author;
    sink.info('front-title', lineNo, `title taken from line ${lineNo}`);
    return { consumed: i + 1 };
  }
  return { consumed: i };
}

/**
 * A title page of three lines, each alone (centred ones stand apart): the author's name, the title and what the
 * work is (`Марта Ковальчук` / `ПІЗНІ ЯБЛУКА` / `повість`), or the title, that line and the name.
 */
/**
 * A title underlined as Markdown's Setext heading writes it in a plain file (`TIDEPOOL RADIO` / `==============`),
 * at `i` or under a line or two of a site's chrome: the index of the title line, or null.
 */
function underlinedTitle(units: readonly Unit[], i: number): number | null {
  for (let j = i; j <= i + 2; j++) {
    const line = aloneOnLine(units[j]);
    const rule = units[j + 1];
    if (line === null || !rule || rule.kind !== 'sceneBreak' || rule.gapBefore > 0) continue;
    const drawn = rule.lines[0]?.trimmed ?? '';
    if (/^(?:={3,}|-{3,})$/.test(drawn) && Math.abs(drawn.length - line.length) <= 2 && isTitleCandidate(line)) return j;
  }
  return null;
}

interface TitlePage {
  title: string;
  author: string;
  genre: string;
  /** Units the title page takes. */
  units: number;
}

const aloneOnLine = (u: Unit | undefined): string | null => (u?.kind === 'text' && !u.note && u.lines.length === 1 ? (u.lines[0]?.trimmed ?? '') : null);
const isAuthorName = (t: string): boolean => isNameLike(t) && t.split(/\s+/).length <= 4 && !GENRE_LINE.test(t);

/** `Jana Vlčková: Hodinář z Dolní Lhoty` over `(povídka, 2003)`: under the line saying what the work is, `Name: Title`. */
function authorColonTitle(units: readonly Unit[], i: number): TitlePage | null {
  const [line, genre] = [aloneOnLine(units[i]), aloneOnLine(units[i + 1])];
  const m = line === null ? null : /^([^:]{2,50}):\s+(\S.*)$/u.exec(line);
  if (!m || genre === null || units[i + 1]!.gapBefore > 0 || !GENRE_LINE.test(genre) || !isAuthorName(m[1]!) || !isTitleCandidate(m[2]!)) return null;
  return { title: m[2]!, author: m[1]!, genre, units: 2 };
}

function titlePageTriple(units: readonly Unit[], i: number): TitlePage | null {
  const lines = units.slice(i, i + 3).map(aloneOnLine);
  if (lines.length < 3 || lines.some((l) => l === null || l === '')) return null;
  const [a, b, c] = lines as [string, string, string];
  if (GENRE_LINE.test(c) && isAuthorName(a) && isTitleCandidate(b)) return { title: b, author: a, genre: c, units: 3 };
  if (GENRE_LINE.test(b) && isAuthorName(c) && isTitleCandidate(a)) return { title: a, author: c, genre: b, units: 3 };
  return null;
}

/** `HAZEL: … / OREN: … / HAZEL: …`: unknown keys around `i` that repeat, or none known, are a chat log. */
function isChatRun(units: readonly Unit[], i: number): boolean {
  const near = units.slice(Math.max(0, i - 4), i + 5).map((u) => (u.kind === 'text' ? matchFieldLine(u.lines[0]?.trimmed ?? '') : null)).filter((f) => f !== null);
  const keys = near.map((f) => f.key.toLowerCase());
  return !near.some((f) => f.known) || keys.some((k, n) => keys.indexOf(k) !== n);
}

const WORK_TEXT = /^work text:?$/i;

function isField(u: Unit | undefined): boolean {
  return u !== undefined && u.kind === 'text' && matchFieldLine(u.lines[0]?.trimmed ?? '') !== null;
}

/** A title needs company in a file without chapter headings: a note, a field, a by-line, a wide gap, or being plainly a title. */
function titleEvidence(ctx: Ctx, i: number, text: string): boolean {
  if (ctx.headed) return true;
  const next = ctx.units[i + 1];
  // A story's only paragraph is its text, whatever its shape.
  if (!next || !ctx.units.slice(i + 1, ctx.end).some((u) => u.kind === 'text' && !u.note)) return false;
  if (isPlainTitle(text) || next.note || next.gapBefore >= 2 || next.kind !== 'text') return true;
  const nextText = next.lines[0]?.trimmed ?? '';
  return BY_LINE.test(nextText) || DESCRIPTION_LABEL.test(nextText) || matchFieldLine(nextText)?.known === true || matchStatus(nextText) !== null;
}

function readField(ctx: Ctx, i: number, field: FieldLine): { consumed: number } {
  const { units, meta, sink } = ctx;
  const u = units[i] as Unit;
  let value = field.value;
  let consumed = i + 1;
  const lines = unitText(u).split('\n');
  if (value === '' && lines.length > 1) value = lines.slice(1).join(' ').trim();
  if (value === '' && field.meta === 'description') return readDescription(ctx, i + 1, u.lines[0]?.no ?? 1);
  const next = units[i + 1];
  const indented = (next?.lines[0]?.indent ?? 0) > (u.lines[0]?.indent ?? 0);
  if (value === '' && next && next.kind === 'text' && !next.note && (indented || !isField(next)) && unitText(next).length <= 300) {
    value = unitText(next).replace(/\s*\n\s*/g, ' ');
    consumed = i + 2;
  }
  const lineNo = u.lines[0]?.no ?? 1;
  // A row of fields on one line (`Genere: Fantasy | Rating: Verde`, EFP's) is split as the header zone splits it:
  // the first field's value ends at the separator, and the others are fields of their own.
  const row = consumed === i + 1 && u.lines.length === 1 ? splitFields(u.lines[0]!.trimmed) : null;
  if (row && row.length > 1 && row[0]![0] === field.key && row[0]![1] !== value) {
    value = row[0]![1];
    for (const [k, v] of row.slice(1)) if (v !== '') meta.fields[k] ??= v;
  }
  if (field.meta === 'language') meta.language = languageTag(value) ?? meta.language;
  if (field.meta === 'title' || field.meta === 'subtitle' || field.meta === 'author' || field.meta === 'description') {
    meta[field.meta] = value || null;
  }
  // Labelled values stay fields as written, metadata keys too (`Title:`, `Author:`).
  if (value !== '') meta.fields[field.key] = value;
  // `Stats: Published: … Words: …` on one line: its labelled parts are fields too.
  const parts = value === '' ? [] : inner([field.key, value]);
  if (parts.length > 1) for (const [k, v] of parts) if (k !== field.key && v !== '') meta.fields[k] ??= v;
  sink.info('front-field', lineNo, `header field "${field.key}" read as metadata`);
  return { consumed };
}

/** The paragraphs under a `Summary` label, up to the next field, note or structure. */
function readDescription(ctx: Ctx, from: number, labelLine: number): { consumed: number } {
  const parts: string[] = [];
  let i = from;
  for (; i < ctx.end; i++) {
    const u = ctx.units[i] as Unit;
    if (u.kind !== 'text' || u.note || isField(u) || matchStatus(u.lines[0]?.trimmed ?? '') !== null) break;
    if (parts.length > 0 && (!ctx.headed || u.gapBefore >= 2 || DESCRIPTION_LABEL.test(u.lines[0]?.trimmed ?? ''))) break;
    parts.push(unitText(u).replace(/\s*\n\s*/g, ' '));
  }
  ctx.meta.description = parts.length > 0 ? parts.join('\n\n') : null;
  if (parts.length === 0) ctx.sink.warn('front-description-empty', labelLine, 'summary label with no text under it; add the summary or delete the label');
  else ctx.sink.info('front-description', labelLine, 'summary taken from the labelled block');
  return { consumed: Math.max(i, from) };
}

/** A short paragraph between the title and the first chapter is the story's summary. */
/** Reads the paragraphs before the first chapter as the summary, when they are one; returns them as a note when they introduce the story instead. */
function takeImplicitDescription(ctx: Ctx, rest: Unit[]): Note | null {
  const lead: Unit[] = [];
  for (const u of rest) {
    if (u.kind !== 'text' || u.note) break;
    lead.push(u);
  }
  if (lead.length === 0 || lead.length > 3 || lead.length !== rest.length) return null;
  // A story card's status over the blurb (`Histoire terminée`) is the card's.
  const status = lead[0]!.lines.length > 1 && matchStatus(lead[0]!.lines[0]!.trimmed) !== null;
  // The page's own lines under the title (`Print | Download (PDF) | Views: 4 871`, a post's date, its rights line) are
  // chrome, not a summary. So is a blog's masthead: its name and tagline over its menu (`Cadernos da Ria` / `histórias
  // curtas…` / `Sobre mim` / `Arquivo`).
  const chromeLine = (t: string): boolean => matchBoilerplate(HEADER_CHROME, t) !== null || matchDateLine(t) !== null;
  const text = lead
    .filter((u) => !u.lines.every((l) => chromeLine(l.trimmed)))
    .map((u) => unitText(u === lead[0] && status ? { ...u, lines: u.lines.slice(1), joins: u.joins.slice(1) } : u).replace(/\s*\n\s*/g, ' '))
    .join('\n\n');
  const lines = lead.flatMap((u) => u.lines.map((l) => l.trimmed));
  // A journal's name (`みずいろ雨子のブログ`) over a menu is a masthead whatever its tagline says.
  const owned = blogOwner(lines[0] ?? '') !== null && lines.slice(1).some(chromeLine);
  const masthead = owned || (lines.filter(chromeLine).length >= 2 && lines.every((t) => chromeLine(t) || (t.split(/\s+/).length <= 8 && !/[.!?…。]$/u.test(t))));
  if (masthead || lines.every(chromeLine)) {
    rest.splice(0, lead.length);
    ctx.sink.info('front-chrome', lead[0]!.lines[0]?.no ?? 1, "the page's chrome between the title and the first chapter left out");
    return null;
  }
  // A post's title over its stamp (`my story!!! plz read` / `Posted 14 Mar 2007 17:41`), with the blog's name over it,
  // is the page's header for a post of notes only: no summary.
  const stamped = lead.some((u) => u.lines.some((l) => isDateLine(POSTED_DATE.exec(l.trimmed)?.[1]?.replace(/\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$/i, '') ?? '')));
  if (stamped) {
    rest.splice(0, lead.length);
    ctx.sink.info('front-post-header', lead[0]!.lines[0]?.no ?? 1, "the blog's and a post's header (its title over the post's stamp) before the first chapter left out");
    return null;
  }
  // A dedication ("For Bea"), a genre line ("A Novel") or an epigraph with its source is not a summary.
  const epigraph = lead.some((u) => u.lines.some((l) => /^[—–-]{1,2}\s*\S/.test(l.trimmed)) || /^\[[^\]]*\]$/s.test(unitText(u)));
  // The title set again over the story (`BURSZTYNOWA SZKATUŁKA.`) makes the lines round it a title page.
  const key = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const titlePage = ctx.meta.title !== null && lead.some((u) => key(unitText(u)) === key(ctx.meta.title!));
  if (titlePage) {
    rest.splice(0, lead.length);
    const last = lead[lead.length - 1]!;
    ctx.sink.info('front-title-page', lead[0]!.lines[0]?.no ?? 1, 'the title set again over the story, with the lines round it, read as a title page and left out of the body', { endLine: last.lines[last.lines.length - 1]?.no ?? 1 });
    return null;
  }
  // A presenter's introduction names the writer from outside (`This week Rafe reads an original story by Lorna
  // Feeney, …`): the story's note, not its summary.
  const author = ctx.meta.author;
  const named = author !== null && author.length >= 4 && text.replace(/\S+:\/\/\S+/g, ' ').includes(author);
  if (named && countWords(text) <= 150) {
    rest.splice(0, lead.length);
    const last = lead[lead.length - 1]!;
    ctx.sink.info('front-introduction', lead[0]!.lines[0]?.no ?? 1, `the paragraph before the first chapter names the author ("${author!}") from outside: an introduction, read as the story's note`);
    return { type: 'note', label: 'Introduction', place: 'storyStart', children: lead.map((u) => toParagraph(u)), position: { start: positionOf(lead[0]!).start, end: positionOf(last).end } };
  }
  // (On a story card, its status with it or on a line of its own over it, a blurb in a script written without
  // spaces is one "word" a sentence: its letters measure it. Without the card, such a paragraph is as likely the
  // writer's word to readers.)
  const card = status || ctx.meta.status.length > 0;
  if (countWords(text) > 150 || (countWords(text) < 8 && !(card && unspacedLetters(text) >= 16)) || epigraph) return null;
  ctx.meta.description = text;
  rest.splice(0, lead.length);
  ctx.sink.info('front-description-implicit', lead[0]?.lines[0]?.no ?? 1, 'the paragraph before the first chapter read as the summary');
  return null;
}

/**
 * Box titles that archives print over a note in the header (`Vorwort`,
 * `Nota de la autora:`, `Примечания:`): a story note even where the note
 * rules do not know the label yet.
 */
function markHeaderNote(u: Unit, sink: DiagnosticSink): void {
  const first = u.lines[0]?.trimmed ?? '';
  const m = HEADER_NOTE_LABELS.exec(first);
  // `Foreword` reads as a front-matter heading on its own; over a story's header it is the author's note.
  const frontHeading = u.kind === 'heading' && u.heading?.level === 'front';
  if (!m || (u.kind !== 'text' && !frontHeading)) return;
  if (frontHeading) {
    u.kind = 'text';
    delete u.heading;
  }
  const label = m[0].replace(/[:：\s]+$/u, '').trim();
  const rest = unitText(u).slice(m[0].length).trim();
  u.note = { ruleId: 'note-header-box', label, scope: null, rest };
  sink.info('note-header-box', u.lines[0]?.no ?? 1, `"${label}" read as a story note`);
}
