import type { DiagnosticSink } from '../diagnostics.js';
import { undecorate } from './rules/decoration.js';
import { GENRE_LABEL, matchQuotedTitleBy } from './rules/header-labels.js';
import { matchHeading } from './rules/headings.js';
import { matchFieldLine } from './rules/fields.js';

export interface TitleParts {
  title: string;
  subtitle: string | null;
  author: string | null;
}

const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|St|Mt|Jr|Sr|Vol|No|Prof|Capt|Lt|Col|Gen|vs)$/;

/** Whether a right-hand side reads as a person or a handle rather than more title. */
function isAuthorLike(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 4 || text.length > 40 || /[.!?:;,]$/.test(text)) return false;
  if (/^(?:the|a|an|part|chapter|book|volume)\s/i.test(text)) return false;
  return words.length <= 3 || /[\d_-]/.test(text);
}

/** `Title by Author` (a title line, FanFicFare's `<title>`), or null when what follows `by` is no name. */
/** By-words that join a title to its author on one line (`Salt and Cedar by NAME`, `El herbario de Neville por NAME`). */
const BY_WORD = /^(.+?)\s+(?:by|por|von|par|door|przez|av)\s+(.+)$/iu;

export function splitAtBy(text: string): { title: string; author: string } | null {
  const by = BY_WORD.exec(text);
  const author = by?.[2]?.trim() ?? '';
  return by && isAuthorLike(author) ? { title: by[1]!, author } : null;
}

/**
 * A video's or a post's title of cells (`Mlango wa Bibi | Hadithi Fupi ya Kiswahili | Mtunzi: Amina Juma`): the first
 * cell is the title, a cell labelled as the author's names the author, the others say what kind of piece it is.
 */
export function titleCells(text: string): { title: string; author: string } | null {
  if (!/\s[|｜]\s/u.test(text)) return null;
  const cells = text.split(/\s+[|｜]\s+/u).map((c) => c.trim());
  const author = cells.slice(1).map((c) => matchFieldLine(c)).find((f) => f?.meta === 'author' && f.value !== '');
  return author && /\p{L}/u.test(cells[0]!) ? { title: cells[0]!, author: author.value } : null;
}

/**
 * A title line to title, subtitle and author: `Title - Author`,
 * `Title by Author`, `Title. Subtitle`, `Title: Subtitle`. Each split is
 * reported, since a person may read the line differently.
 */
export function splitTitleLine(line: string, lineNo: number, sink: DiagnosticSink): TitleParts {
  // Decoration round the whole line goes (`~*~ Title ~*~`), and marks before it (`# Title`); a mark after it alone
  // may be a handle's (`lunaescarlata_`).
  const bare = undecorate(line);
  const trimmed = line.trim();
  const at = bare.inner === '' ? -1 : trimmed.indexOf(bare.inner);
  const kept = bare.decorated || at < 0 ? bare.inner : trimmed.slice(at);
  const text = kept.replace(/^["“](.*)["”]$/, '$1').trim() || trimmed;
  // `Episode 47 — “The Ferry” by Lorna Feeney`: the quoted words are the title, what stands before them the show's.
  const cells = titleCells(text);
  if (cells) {
    sink.info('title-author-split', lineNo, 'title line split into its cells: the first the title, the labelled one the author');
    return { title: cells.title, subtitle: null, author: cells.author };
  }
  const quoted = matchQuotedTitleBy(trimmed);
  if (quoted) {
    sink.info('title-author-split', lineNo, 'title line split into the quoted title and the author after it');
    return { ...splitSubtitle(quoted.title), author: quoted.author };
  }
  const dash = /^(.+?)\s+[-–—]\s+(.+)$/.exec(text);
  if (dash && isAuthorLike((dash[2] ?? '').trim())) {
    sink.info('title-author-split', lineNo, `title line split into title and author at the dash; set them in quire.yaml if that is wrong`);
    return { ...splitSubtitle(dash[1] ?? ''), author: (dash[2] ?? '').trim() };
  }
  const by = splitAtBy(text);
  if (by) {
    sink.info('title-author-split', lineNo, `title line split into title and author at "by"`);
    return { ...splitSubtitle(by.title.replace(/^["“](.*)["”]$/u, '$1')), author: by.author };
  }
  const parts = splitSubtitle(text);
  if (parts.subtitle !== null) sink.info('title-subtitle-split', lineNo, 'title line split into title and subtitle');
  return { ...parts, author: null };
}

function splitSubtitle(text: string): { title: string; subtitle: string | null } {
  const m = /^(.+?)([.:])\s+(\p{Lu}.*)$/u.exec(text.trim());
  const left = m?.[1] ?? '';
  if (!m || left.split(/\s+/).length < 2 || ABBREVIATION.test(left) || /(?:^|\s)\p{Lu}$/u.test(left)) return { title: text.trim(), subtitle: null };
  return { title: left.trim(), subtitle: (m[3] ?? '').trim() };
}

/** A first line that could be a title: short, not dialogue, not a clause. */
export function isTitleCandidate(text: string): boolean {
  if (text.length > 150 || text.includes('\n') || !/[\p{L}\p{N}]/u.test(text)) return false;
  const words = text.split(/\s+/).length;
  if (words > 20) return false;
  // A quoted title before its by-line (`“The Cartographer’s Apprentice” by Lorna Feeney`) is no speech.
  if (matchQuotedTitleBy(text)) return true;
  // Georgian writes no capitals: its everyday letters are lower case to Unicode, its capitals a display style.
  return !/^["“'‘(\-–—]/.test(text) && (!/^\p{Ll}/u.test(text) || /^\p{Script=Georgian}/u.test(text)) && !/[,;]$/.test(text);
}

/** A title that stands without help: a few words and no sentence end. */
export function isPlainTitle(text: string): boolean {
  return isTitleCandidate(text) && text.split(/\s+/).length <= 8 && !/[.!?…"”]$/.test(text);
}

/**
 * The title and author as a reader names them: emoji or rules drawn on
 * both sides of a title (`🌧️ Hujan di Kota Kembang 🌧️`) are decoration, and
 * the `@` before a site handle (`@marinaescribe`) marks it as a handle.
 */
/** One pair of quotes around the whole, none inside. */
const WHOLLY_QUOTED = /^(?:“([^“”"]+)”|«\s?([^«»]+?)\s?»|»([^«»]+)«|„([^„“”]+)[“”]|"([^"]+)"|「([^「」]+)」|『([^『』]+)』)$/u;

export function tidyNames(meta: { title: string | null; author: string | null }): void {
  if (meta.title !== null) {
    const { inner, decorated } = undecorate(meta.title);
    if (decorated && inner !== '') meta.title = inner;
    // A symbol set after (or before) the title alone: `Té de medianoche ☾`, `✿ Hanami`.
    const bare = meta.title.replace(/^(?:\p{So}[\uFE0F\u200D]*\s+)+|(?:\s+\p{So}[\uFE0F\u200D]*)+$/gu, '');
    if (/\p{L}/u.test(bare)) meta.title = bare;
    // A post's category tag before the title (`[創作] 燈塔守夜人`, `[WP] The Last Door`, `【原创】…`): a label, not the title.
    const tagged = /^[[【［][^\]】］]{1,12}[\]】］]\s*(\S.*)$/u.exec(meta.title);
    if (tagged) meta.title = tagged[1] ?? meta.title;
    // A forum thread's tags after the title (`Ninth Lantern [Original] [Witch-Hunter]`, `Sea of Lanterns (Original, Age of Sail)`,
    // `槐树上的人（短篇，已完）`).
    const tags = /^(.*?[\p{L}\p{N}!?.'’"”)])(?:\s*\[[^\]]{1,30}\])+$|^(.*?[\p{L}\p{N}!?.'’"”])\s*(?:\([^()]{1,40},[^()]{1,40}\)|（[^（）]{1,20}[，、][^（）]{1,20}）)$/u.exec(meta.title);
    if (tags) meta.title = (tags[1] ?? tags[2] ?? meta.title).trim();
    // A breadcrumb's mark left at an end (`بيت على البحر ›`), and the installments the post holds in brackets after
    // the title (`নদীর ওপারে বাড়ি (পর্ব ১ ও ২)`, `The Well (Parts 1 and 2)`): the page's, not the title's.
    meta.title = meta.title.replace(/^\s*[›»>]\s+|\s+[›»>]\s*$/gu, '');
    const installments = /^(.*?\p{L}.*?)\s*[(（]([^()（）]{1,30})[)）]$/u.exec(meta.title);
    // (Several of them: `Rebirth (Part 2)` may be a sequel's own name.)
    const numbers = installments?.[2]!.match(/\p{N}+/gu) ?? [];
    if (installments && numbers.length >= 2 && /^\p{L}/u.test(installments[2]!) && matchHeading(installments[2]!.split(/\s+/).slice(0, 2).join(' ').replace(/^(\p{L}+?)s\s/u, '$1 ')) !== null) meta.title = installments[1]!;
    // What kind of work it is, labelling the title (`Kortverhaal: Die stil somer`): the site's, not the title's.
    const labelled = meta.title.replace(GENRE_LABEL, '');
    if (/\p{L}/u.test(labelled)) meta.title = labelled;
    // The writer's name run on after the title (`ਪਿੱਪਲ ਦੀ ਛਾਂ — ਹਰਜੀਤ ਕੌਰ`), when the header names the same writer.
    const author = meta.author;
    const runOn = author === null ? null : /^(.*?\p{L}.*?)\s+[-–—|·/]\s+(.+)$/u.exec(meta.title);
    if (runOn && runOn[2]!.toLowerCase() === author!.toLowerCase()) meta.title = runOn[1]!;
    // A title set in quotes as a whole (`»Sol na pragu«`, `“The Well”`, `「灯台」`): the quotes are the setting's.
    const quoted = WHOLLY_QUOTED.exec(meta.title);
    if (quoted) meta.title = quoted.slice(1).find((g) => g !== undefined)!.trim();
  }
  if (meta.author !== null && /^@[\w.-]+$/u.test(meta.author)) meta.author = meta.author.slice(1);
  // A footnote's mark after the name (`இரா. செல்வகுமார்*`, `Ann Marsh†`): the note about the writer is below.
  if (meta.author !== null) meta.author = meta.author.replace(/(?<=[\p{L}\p{M}.])[*†‡¹²³]+$/u, '');
}
