/**
 * Row passes over the page's own lines above the story: its banner, the writer's contact block, the site's
 * masthead, a volume's line under the title, a folded blurb, and a story card's counts and cells.
 */
import { matchDateLine } from '../rules/dates.js';
import { breadcrumbSteps, HEADER_CHROME, isBreadcrumb, isDateLine, isNavRow, matchBoilerplate, COUNT_SHORTHAND } from '../rules/boilerplate.js';
import { matchStatus } from '../rules/fields.js';
import { BLURB_LABEL, READ_MORE } from '../rules/header-labels.js';
import { matchHeading } from '../rules/headings.js';
import type { Row } from './kinds.js';
import { titleShaped, HANDLE_AFTER, isBareName } from './title-shapes.js';

/** A line in square brackets alone at the very top (`[Fan translation — not for sale…]`, `[Reposted with permission]`): the copy's banner. */
export function readTopBanner(rows: Row[]): void {
  const [first, next] = rows;
  // Six words at least: a short line in brackets (`[The Shop on Wick Lane]`) is a title set so.
  if (first && next && next.gapBefore > 0 && /^\[[^\]]{1,400}\]$/u.test(first.text) && first.kind !== 'heading' && first.text.split(/\s+/).length >= 6) first.kind = 'chrome';
}

/**
 * A wiki page copied whole: the line between its title and its jump links (`Jump to: navigation, search`) is the
 * site's tagline (`From Wikipedia, the free encyclopedia`, `गद्य कोश से`), whatever the site is called.
 */
export function readWikiTagline(rows: Row[]): void {
  for (let k = 2; k < rows.length; k++) {
    const [tagline, jump] = [rows[k - 1]!, rows[k]!];
    if (jump.gapBefore === 0 && tagline.gapBefore === 0 && tagline.kind === 'short' && matchBoilerplate(HEADER_CHROME, jump.text)?.id === 'wiki-jump') tagline.kind = 'chrome';
  }
}

/** A manuscript's word count beside the writer's address: `about 4,500 words`, `aprox. 350 palavras`, `ca. 3.000 Wörter`. */
const WORD_COUNT = /^(?:about|approx\.?|approximately|ca\.?|circa|aprox\.?|aproximadamente|environ|około|около|yaklaşık|ong)?\s*\d[\d.,\s\u00a0]*\s*(?:words|palavras|palabras|mots|wörter|worte|parole|słów|слов|kelime|từ)$/iu;
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]{2,}|\+?\d[\d ()-]{7,}\d/u;

/**
 * A manuscript in standard format opens with the writer's contact block in its first lines (name, address, e-mail or
 * phone) and the word count beside it: the submission's, not the story's. The title page follows it.
 */
export function readContactBlock(rows: Row[]): void {
  let end = 1;
  while (end < rows.length && rows[end]!.gapBefore === 0) end++;
  const block = rows.slice(0, end);
  if (block.length < 2 || block.length > 7 || !block.some((r) => CONTACT.test(r.text)) || !block.some((r) => WORD_COUNT.test(r.text.split(/\s{3,}/).at(-1)!.trim()))) return;
  for (const r of block) Object.assign(r, { kind: 'chrome', masthead: true });
}

/**
 * A web page's masthead: the first blocks of the page, each holding the site's menu or breadcrumb trail with only
 * short lines beside it (the site's name, its motto, `Login`). The story's own title is never set inside the menu's block.
 */
export function readMasthead(rows: Row[]): void {
  const blockEnd = (k: number): number => {
    let end = k + 1;
    while (end < rows.length && (rows[end] as Row).gapBefore === 0) end++;
    return end;
  };
  let k = 0;
  while (k < rows.length) {
    const end = blockEnd(k);
    const block = rows.slice(k, end);
    // A menu names places, not counts (`48.2K Reads • 3.1K Votes` is the story's own stats line).
    // Below the first block, items set apart by dots are a story card's tags (`Historia original · Misterio`), not a menu.
    const menuRow = (t: string): boolean => !/\d/.test(t) && isNavRow(t) && (k === 0 || !/\s[·•|]\s/.test(t));
    // (Or a board's menu, which names the board's own pages: `갤러리 이슈박스, 최근방문 갤러리`.)
    const isMenu = (b: readonly Row[]): boolean => b.some((r) => r.kind === 'chrome' && (menuRow(r.text) || isBreadcrumb(r.text) || matchBoilerplate(HEADER_CHROME, r.text)?.id === 'board-menu')) || verticalMenu(b);
    // The page's first block may hold the site's motto, a sentence (`Everything2 is a collection of …`).
    const most = k === 0 ? 14 : 8;
    // A profile's `Name: kay  Birthday: 7/21` lines are the page's fields, for the header reader.
    const own = (r: Row): boolean => (r.kind === 'short' || r.kind === 'prose') && r.text.split(/\s+/).length <= most && !/^\p{L}[\p{L} ]{0,20}:\s/u.test(r.text);
    // A blog's name and motto over a menu of one item a line.
    const nameOverMenu = k === 0 && block.length <= 2 && block.every(own) && end < rows.length && isMenu(rows.slice(end, blockEnd(end)));
    if (!(isMenu(block) || nameOverMenu || (k === 0 && nameOverStamp(rows, end, blockEnd))) || !block.every((r) => r.kind === 'chrome' || own(r))) {
      // A menu of one item a line run straight on into the page's own lines (`Login` / `Register` / the story's title):
      // the menu is the site's up to its last item of the site's.
      const run = block.findIndex((r) => r.kind !== 'chrome' && r.kind !== 'short');
      const head = block.slice(0, run === -1 ? block.length : run);
      const menu = head.slice(0, head.findLastIndex((r) => r.kind === 'chrome') + 1);
      if (menu.length < block.length && verticalMenu(menu)) for (const r of menu) Object.assign(r, { kind: 'chrome', masthead: true });
      // (Or down to the breadcrumb closing the site's lines, when the line under it is a step it names: the page's
      // title, its heading run on under it.)
      const crumb = k === 0 ? head.findIndex((r) => isBreadcrumb(r.text)) : -1;
      const named = crumb >= 3 && (breadcrumbSteps(head[crumb]!.text) ?? []).includes(block[crumb + 1]?.text.trim() ?? '');
      if (named && verticalMenu(head.slice(0, crumb))) for (const r of head.slice(0, crumb + 1)) Object.assign(r, { kind: 'chrome', masthead: true });
      return;
    }
    // A breadcrumb is the site's last line: what stands under it in the block is the page's own (a thread's title).
    const crumb = block.findIndex((r) => isBreadcrumb(r.text));
    const pageRows = crumb >= 0 ? block.slice(crumb + 1).filter((r) => r.kind !== 'chrome') : [];
    for (const r of pageRows.length > 0 ? block.slice(0, crumb + 1) : block) Object.assign(r, { kind: 'chrome', masthead: true });
    if (pageRows.length > 0) return;
    k = end;
  }
}

/**
 * A blog's name and its motto (a sentence) over the post's stamp, the post's title under the stamp
 * (`ひだまり文庫` / `オリジナル小説と日々のつれづれ。` / `2009/08/21 (金) 21:30` / `[短編小説]` / `夏の終わりの郵便受け`):
 * the name is the blog's, the title the post's.
 */
function nameOverStamp(rows: readonly Row[], end: number, blockEnd: (k: number) => number): boolean {
  const [name, motto] = rows;
  // A motto is a sentence, or a phrase in clauses (`Qhichwa simipi willakuykuna, qillqasqa Qusqumanta`).
  if (end !== 2 || name?.kind !== 'short' || (motto?.kind !== 'short' && motto?.kind !== 'prose') || !/[.!…。！]$|\p{L}[,，、]\s/u.test(motto.text)) return false;
  const stampEnd = blockEnd(end);
  const stamp = rows.slice(end, stampEnd);
  // (A date in the blog's own language, `sábado, 7 de marzo de 2015`, is its stamp too.)
  const dated = (r: Row): boolean => isDateLine(r.text) || matchDateLine(r.text) !== null;
  return stamp.some(dated) && stamp.every((r) => r.kind === 'chrome' || dated(r)) && rows[stampEnd]?.kind === 'short';
}

const NOT_BUTTONS: ReadonlySet<string> = new Set(['support-tier', 'read-time']);

/** A menu of one item a line (`Home` / `Stories` / `About` / `Contact`): four short lines or more, two of them the site's. */
function verticalMenu(block: readonly Row[]): boolean {
  // (Two buttons may share a line: `ورود / ثبت نام`.)
  // (Menu items are the site's buttons: a post's date, price tier and reading time are chrome of another kind, a
  // reader view's `drukarnia.com.ua` / title / name / `6–7 хвилин` no menu.)
  const button = (r: Row): boolean => r.kind === 'chrome' && !isDateLine(r.text) && !NOT_BUTTONS.has(matchBoilerplate(HEADER_CHROME, r.text)?.id ?? '');
  return block.length >= 4 && block.every((r) => r.text.split(/\s+/).filter((w) => !/^[/|·]$/u.test(w)).length <= 3 && !/[.!?:,;]$/.test(r.text)) && block.filter(button).length >= 2;
}

/**
 * `Volume 2: The Clock That Would Not Stop` straight under the title, with the credits below: the volume's subtitle on
 * its title page, not a part of the book.
 */
export function demoteVolumeUnderTitle(rows: Row[]): void {
  for (let k = 1; k + 1 < rows.length && k < 6; k++) {
    const r = rows[k] as Row;
    const above = rows[k - 1] as Row;
    if (r.kind !== 'heading' || r.gapBefore > 0 || above.kind !== 'short' || !titleShaped(above) || matchHeading(r.text)?.level !== 'part') continue;
    if (rows.slice(k + 1, k + 3).some((x) => x.kind === 'field' || x.kind === 'by')) r.kind = 'chrome';
  }
}

/**
 * A reading site's blurb under its label, folded behind a button (`Introduction` / paragraphs / `Read more`): the
 * label is the summary's, its paragraphs are the summary, and the button is the page's.
 */
export function readBlurbs(rows: Row[]): void {
  for (let k = 1; k < rows.length; k++) {
    if (!READ_MORE.test(rows[k]!.text)) continue;
    let label = k - 1;
    while (label > 0 && k - label < 8 && !BLURB_LABEL.test(rows[label]!.text) && rows[label]!.kind !== 'heading' && rows[label]!.kind !== 'field') label--;
    if (!BLURB_LABEL.test(rows[label]!.text) || label === k - 1) continue;
    rows[label]!.kind = 'descLabel';
    rows[label]!.through = k;
    for (let j = label + 1; j < k; j++) rows[j]!.kind = 'short';
    rows[k]!.kind = 'chrome';
  }
}

/** A count with its word, either way round: `Lectures 24,8K`, `1,9K votes`, `Parties 2`. */
const CARD_COUNT = new RegExp(`^\\p{L}[\\p{L}'’ ]{0,20}\\s\\d[\\d.,\\u00a0]*${COUNT_SHORTHAND}$|^\\d[\\d.,\\u00a0]*${COUNT_SHORTHAND}\\s\\p{L}[\\p{L}'’]{0,20}$`, 'u');

/** A card's count under its word: `12,4 mil`, `3`, `12 minutos`. */
export const CARD_VALUE = new RegExp(`^\\d[\\d.,\\u00a0]*${COUNT_SHORTHAND}(?:\\s\\p{L}{1,10})?$`, 'u');
const CARD_WORD = /^\p{L}[\p{L}'’]{1,15}(?: \p{L}[\p{L}'’]{1,15})?$/u;

/**
 * A story card's cells run on under its counters (`8,4 tys. Odsłony   1,1 tys. Głosy` / `Ukończone   Dla dojrzałych: nie`):
 * a row of two cells or more set apart by wide gaps, each a few words and no sentence, is the card's too.
 */
export function readCardCells(rows: Row[]): void {
  // A card's counts one a line (`Lectures 24,8K` / `Votes 1,9K` / `Parties 2`), two or more in a run.
  const count = (r: Row | undefined): boolean => r !== undefined && r.text.length <= 30 && CARD_COUNT.test(r.text);
  // (A page copied with every line set apart sets the counts a blank line apart: three or more of them in a row.)
  const apartRun = (k: number): boolean => {
    let from = k;
    while (from > 0 && rows[from]!.gapBefore <= 1 && count(rows[from - 1])) from--;
    let to = k;
    while (rows[to + 1] !== undefined && rows[to + 1]!.gapBefore <= 1 && count(rows[to + 1])) to++;
    return to - from >= 2;
  };
  // (Counts in a table of labels and values apart by tabs, `Idioma⇥Português` / `Favoritos⇥96`, are the table's fields.)
  const tabCell = (r: Row | undefined): boolean => r !== undefined && /^[^\t]+\t+[^\t]+$/u.test(r.text);
  const inTable = (k: number): boolean => {
    let from = k;
    while (from > 0 && count(rows[from - 1]) && tabCell(rows[from - 1])) from--;
    let to = k;
    while (count(rows[to + 1]) && tabCell(rows[to + 1])) to++;
    const border = (r: Row | undefined): boolean => r?.kind === 'field' && tabCell(r);
    return tabCell(rows[k]) && (border(rows[from - 1]) || border(rows[to + 1]));
  };
  for (let k = 0; k < rows.length; k++) {
    const run = count(rows[k]) && ((rows[k + 1]?.gapBefore === 0 && count(rows[k + 1])) || (rows[k]!.gapBefore === 0 && count(rows[k - 1])) || apartRun(k));
    if (!run) continue;
    const cells = inTable(k) ? rows[k]!.text.split(/\t+/) : null;
    if (cells) {
      rows[k]!.kind = 'field';
      rows[k]!.fields = [[cells[0]!.trim(), cells[1]!.trim()]];
    } else rows[k]!.kind = 'chrome';
  }
  readNameOverCounts(rows, count);
  // Or each count a line under its word (`Lecturas` / `12,4 mil` / `Votos` / `1,1 mil` / `Partes` / `3`), two pairs or more.
  const pair = (k: number): boolean => {
    const [word, value] = [rows[k], rows[k + 1]];
    return word !== undefined && value !== undefined && value.gapBefore === 0 && CARD_WORD.test(word.text) && CARD_VALUE.test(value.text);
  };
  for (let k = 0; k < rows.length; k++) {
    let end = k;
    while (pair(end) && (end === k || rows[end]!.gapBefore === 0)) end += 2;
    if (end - k < 4) continue;
    for (let j = k; j < end; j++) rows[j]!.kind = 'chrome';
    k = end - 1;
  }
  for (let k = 1; k < rows.length; k++) {
    const r = rows[k] as Row;
    if (r.kind !== 'short' || r.gapBefore > 0 || rows[k - 1]!.kind !== 'chrome') continue;
    const cells = r.text.split(/\s{3,}|\t+/);
    if (cells.length >= 2 && cells.every((c) => c.split(/\s+/).length <= 4 && !/[.!?…]$/u.test(c))) r.kind = 'chrome';
  }
}

/**
 * A story card: its title, the writer's bare name under it, then the card's counts (`雨季之後的咖啡店` / `yuchen_writes` /
 * `閱讀 3.4K` / `投票 212`), each line as near the one above as the others are: the name is the card's by-line.
 */
function readNameOverCounts(rows: Row[], count: (r: Row | undefined) => boolean): void {
  for (let k = 1; k + 1 < rows.length; k++) {
    const [title, name, first] = [rows[k - 1]!, rows[k]!, rows[k + 1]!];
    if (first.kind !== 'chrome' || !count(first) || first.gapBefore !== name.gapBefore || name.gapBefore > 1) continue;
    if (!isBareName(name) || /\d/.test(name.text) || matchStatus(name.text) !== null || !titleShaped(title)) continue;
    name.kind = 'by';
    name.by = { author: name.text.replace(HANDLE_AFTER, ''), ruleId: 'name-over-counts', weak: false };
    return;
  }
}
