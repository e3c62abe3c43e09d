/**
 * Row passes over fields and labels: a label's value on the lines under it, labels no table knows, stats tables, a
 * heading or note label among fields, and a field alone among other lines (a chat, a title with its subtitle).
 */
import type { Line } from '../lines.js';
import { GENRE_LABEL } from '../rules/message-headers.js';
import { matchFieldLine, matchStatus, metaOfKey, STATUS_LABEL } from '../rules/fields.js';
import { BARE_LABELS, isNameLike, matchByLine } from '../rules/header-labels.js';
import { matchHeading } from '../rules/headings.js';
import { matchNoteLabel } from '../rules/notes.js';
import { type Row, PROSE_WORDS, SPOKEN, isProse } from './kinds.js';
import { isKnownKey, splitFields, oneField, inner } from './field-lines.js';
import { titleShaped } from './title-shapes.js';
import { CARD_VALUE } from './page-chrome.js';

/** `NOTE:` with nothing after it inside a block of fields (`CURATORE:` / `NOTE:` / `CODICE ISBN: …`) is an empty field, not a note. */
export function emptyLabelsAmongFields(rows: Row[]): void {
  for (let k = 1; k + 1 < rows.length; k++) {
    const r = rows[k] as Row;
    if (r.kind === 'note' && /[:：]$/.test(r.text) && rows[k - 1]?.kind === 'field' && r.gapBefore === 0 && (rows[k + 1] as Row).gapBefore === 0 && matchFieldLine((rows[k + 1] as Row).text)) r.kind = 'chrome';
  }
}

/**
 * `Edit: Mèo Lười` between `Tác giả: …` and `Beta: …`: a label that is a note's in one language and a credit's in
 * another (a fan translation's editor) is a field when it names someone inside a block of fields.
 */
export function creditsAmongFields(rows: Row[]): void {
  for (let k = 1; k < rows.length; k++) {
    const r = rows[k] as Row;
    if (r.kind !== 'note' || rows[k - 1]?.kind !== 'field' || r.gapBefore !== 0) continue;
    const next = rows[k + 1];
    if (next !== undefined && next.gapBefore === 0 && next.kind !== 'field') continue;
    const f = oneField(r.text);
    if (!f || !isKnownKey(f[0]) || !isNameLike(f[1])) continue;
    r.kind = 'field';
    r.fields = [f];
  }
}

/**
 * A heading-shaped line with field lines straight under it, in its own
 * block, is part of a header (`[ T - Teen: … ]` over `Author: …`): evidence
 * of the lines around a line outweighs its shape alone.
 */
export function demoteHeadingsOverFields(rows: Row[]): void {
  for (let k = 0; k + 1 < rows.length; k++) {
    const r = rows[k] as Row;
    const next = rows[k + 1] as Row;
    const h = r.kind === 'heading' ? matchHeading(r.text) : null;
    // A labelled, numbered chapter (`Chapter 212: Title`, `第三章 盐田里的灯` over `Translator: …`) is the chapter's own heading with its credits.
    // (A CJK counter heading is a chapter's whatever its number: `第1章 雨夜来客` over `本章字数：2103`.)
    const numberedChapter = h !== null && h.number !== null && ((h.ruleId === 'heading-labelled' && h.number > 1) || h.ruleId === 'heading-cjk');
    // A bare `Chapter 2 of 3` inside the block of fields (`Rating: …` above, `Words: …` below) is the page's place in
    // the work, a stat of the story card: the chapter's own heading comes under the card.
    const amongFields = h?.title === null && k > 0 && r.gapBefore === 0 && rows[k - 1]?.kind === 'field';
    if (h && next.gapBefore === 0 && next.kind === 'field' && h.level !== 'part' && (!numberedChapter || amongFields)) r.kind = amongFields ? 'chrome' : 'short';
  }
}

/** Field values on the lines under their label, wrapped values, and summary text under its label. */
export function linkValues(rows: Row[], lines: readonly Line[]): void {
  // Once a page has set one label's value a blank line under it, a value that looks like a heading or a field of its
  // own (`Series:` / `` / `Part 3 of …`, `Stats:` / `` / `Published: …`) is the label's too.
  let spacedLayout = false;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k] as Row;
    if (r.kind === 'field') {
      r.fields = splitFields(r.text) ?? [];
      const only = r.fields.length === 1 ? r.fields[0] : undefined;
      if (!only) continue;
      const indent = lines[r.i]?.indent ?? 0;
      // A header set right-aligned (`  Subject: …` over `     From: …`): the labels' colons stand in one column.
      const colon = (row: Row): number => (lines[row.i]?.indent ?? 0) + row.text.search(/[:：]/);
      let j = k + 1;
      const more: string[] = [];
      const isDesc = metaOfKey(only[0]) === 'description';
      while (j < rows.length) {
        const n = rows[j] as Row;
        // (A full-width space is a CJK paragraph's first-line indent, not a value's: `　　天黑得早。`.)
        const deeper = (lines[n.i]?.indent ?? 0) > indent && !(n.kind === 'field' && colon(n) === colon(r)) && !/^\s*\u3000/u.test(lines[n.i]?.text ?? '');
        // calibre's text of a converted book sets a known label's value a blank line under it (`Rating:` / `` / `Teen And Up Audiences`).
        const spacedKind = n.kind === 'short' || (spacedLayout && (n.kind === 'heading' || (n.kind === 'field' && !/[:：]$/.test(n.text))));
        const spaced = n.gapBefore === 1 && only[1] === '' && more.length === 0 && spacedKind && isKnownKey(only[0]);
        const attached = spaced || (n.gapBefore === 0 && (matchStatus(n.text) === null || STATUS_LABEL.test(only[0])) && (deeper || ((only[1] === '' || isDesc) && n.kind !== 'field' && n.kind !== 'by' && n.kind !== 'note' && n.kind !== 'heading' && n.kind !== 'descLabel')));
        if (!attached || (only[1] === '' && more.length > 0 && !deeper && !isDesc)) break;
        more.push(n.text);
        j++;
        if (spaced) spacedLayout = true;
      }
      if (more.length > 0) {
        // Items one to a line under their label (AO3's text download: `Characters:` / `    Ciri` / `    Jaskier`) are a
        // list; the lines of a wrapped value run on.
        const list = only[1] === '' && !isDesc && more.length >= 2 && more.every((t) => t.split(/\s+/).length <= 8 && !/[:：]/u.test(t) && !/[.!?…,;]$/u.test(t));
        only[1] = [only[1], ...more].filter(Boolean).join(list ? ', ' : ' ');
        r.fields = inner(only);
        r.through = j - 1;
        for (let m = k + 1; m < j; m++) (rows[m] as Row).kind = 'field';
        rows.slice(k + 1, j).forEach((x) => (x.fields = []));
        k = j - 1;
      }
    } else if (r.kind === 'by') {
      const by = matchByLine(r.text);
      if (by) r.by = by;
      // `作者：NAME`, `Author: NAME` are a by-line and a field.
      const f = oneField(r.text);
      if (f && !/^(?:by|written by)$/i.test(f[0])) r.fields = [f];
    } else if (r.kind === 'short' && BARE_LABELS.some((l) => l.toLowerCase() === r.text.toLowerCase())) {
      const n = rows[k + 1];
      if (n && n.gapBefore === 0 && n.text.split(/\s+/).length <= 5 && !inMenu(rows, k)) {
        r.kind = 'field';
        r.fields = [[r.text, n.text]];
        n.kind = 'field';
        n.fields = [];
        k++;
      }
    }
  }
}

/** The rows run together with row `k`, no blank line between, as far as `holds` allows on either side: [from, to). */
function runAround(rows: readonly Row[], k: number, holds: (r: Row) => boolean = () => true): [number, number] {
  let from = k;
  while (from > 0 && rows[from]!.gapBefore === 0 && holds(rows[from - 1]!)) from--;
  let to = k + 1;
  while (to < rows.length && rows[to]!.gapBefore === 0 && holds(rows[to]!)) to++;
  return [from, to];
}

/** Items of a site's menu one to a line: a run of four or more lines of a word or two, the row among them (`Relats` / `Autors` / `Reptes` / `Fòrum`). */
function inMenu(rows: readonly Row[], k: number): boolean {
  const [from, to] = runAround(rows, k, (r) => r.text.split(/\s+/).length <= 2 && !/[:：.!?]/u.test(r.text));
  return to - from >= 4 && from < k && to > k + 2;
}

/**
 * `Tema: …` alone among other lines is not a header field: an unknown key needs
 * a field beside it. A run of unknown keys with no known one, or with a key
 * said twice (`HAZEL: … / OREN: … / HAZEL: …`), is a chat log, not a header.
 */
export const isRuleRow = (r: Row | undefined): boolean => r !== undefined && /^([=\-_*~#+])\1{2,}$/.test(r.text.replace(/\s+/g, ''));

/**
 * `Salt and Iron: A Hanseatic Timeline` over the fields is a title and its subtitle, not a field: a label has no
 * small word inside it and no capitalised phrase after it.
 */
function titleWithSubtitle([key, value]: [string, string]): boolean {
  const words = key.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && /^\p{Lu}/u.test(key) && words.slice(1).some((w) => /^\p{Ll}/u.test(w)) && /^\p{Lu}/u.test(value) && value.split(/\s+/).length <= 8 && !/\d/.test(key + value) && !/[.!?,;]$/.test(value);
}

export function demoteLoneFields(rows: Row[]): void {
  const isField = (r: Row | undefined): boolean => r?.kind === 'field' || r?.kind === 'by';
  for (let k = 0; k < rows.length; ) {
    let j = k;
    while (j < rows.length && rows[j]?.kind === 'field') j++;
    const run = rows.slice(k, j).filter((r) => r.fields && r.fields.length > 0);
    const keys = run.flatMap((r) => (r.fields ?? []).map(([key]) => key));
    const lower = keys.map((key) => key.toLowerCase());
    // A box drawn round the run (`=====` above and below) frames a header, never a chat.
    const boxed = isRuleRow(rows[k - 1]) && isRuleRow(rows[j]) && (rows[k] as Row).gapBefore === 0 && (rows[j] as Row).gapBefore === 0;
    // A stats grid (`Total Views :` / `1,204` / `Followers :` / `31`, Royal Road's), each count under a label it never repeats: no chat.
    const stats = new Set(lower).size === lower.length && run.every((r) => r.through !== undefined && (r.fields ?? []).every(([, value]) => CARD_VALUE.test(value)));
    const chat = run.length >= 2 && !stats && (boxed ? new Set(lower).size < lower.length : !keys.some((key) => isKnownKey(key)) || keys.some((key, n) => !isKnownKey(key) && lower.indexOf(key.toLowerCase()) !== n));
    if (chat) for (const r of run) if (!(r.fields ?? []).some(([key]) => isKnownKey(key))) {
      r.kind = isProse(r.text) ? 'prose' : 'short';
      delete r.fields;
    }
    k = Math.max(j, k + 1);
  }
  // Neighbours are judged as first read, so one demotion does not topple the next field in a run of blocks.
  const wasField = rows.map((r) => isField(r));
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k] as Row;
    if (r.kind !== 'field' || !r.fields || r.fields.length !== 1 || isKnownKey(r.fields[0]?.[0] ?? '')) continue;
    // A label alone on its line with its value under it (`Публикация на других ресурсах:`) is a field by shape.
    if (r.through !== undefined && /[:：]$/.test(r.text) && !/\basked:$/i.test(r.text)) continue;
    // What the work is before its title (`Novell: Isvaken (tre delar)`) names it, alone or not (titleFromKindLabel).
    if (GENRE_LABEL.test(r.fields[0]![0])) continue;
    if ((!wasField[k - 1] && !wasField[k + 1 + Math.max(0, (r.through ?? k) - k)]) || (!wasField[k - 1] && titleWithSubtitle(r.fields[0]!))) {
      r.kind = r.text.split(/\s+/).length >= PROSE_WORDS ? 'prose' : 'short';
      delete r.fields;
    }
  }
}

/** A stats table: a row of labels apart by tabs, then a row of as many values (Twisting the Hellmouth). */
export function readTables(rows: Row[]): void {
  for (let k = 0; k + 1 < rows.length; k++) {
    const head = (rows[k] as Row).text.split(/\t+/);
    const values = (rows[k + 1] as Row).text.split(/\t+/);
    if (head.length < 3 || head.length !== values.length || !head.every((h) => /^[\p{L}][\p{L} ]{0,20}$/u.test(h))) continue;
    (rows[k] as Row).kind = 'field';
    (rows[k] as Row).fields = head.map((h, n): [string, string] => [h, values[n] ?? '']);
    (rows[k + 1] as Row).kind = 'field';
    (rows[k + 1] as Row).fields = [];
  }
}

/** A count or a date closing a row: `612`, `1.240`, `04/08/2024`. */
const COUNT_OR_DATE_TAIL = /\s(\d[\d.,/:-]*)$/u;

/**
 * A site's table of labels and values copied with one space between them (Spirit Fanfics: `Idioma Português` /
 * `Visualizações 612` / `Palavras 1.240` / `Terminada Sim`): four rows or more in a block, most closing on a count or a
 * date, one of them a label the tables know. A row closing on a count or date is its label and that value; another
 * row its first word and the rest.
 */
export function readSpacedStatsTable(rows: Row[]): void {
  const cell = (r: Row | undefined): boolean => r !== undefined && !/[:：\t]/.test(r.text) && r.text.split(/\s+/).length <= 5 && r.text.includes(' ');
  const split = (t: string): [string, string] => {
    const tail = COUNT_OR_DATE_TAIL.exec(t);
    const space = t.indexOf(' ');
    return tail ? [t.slice(0, tail.index), tail[1]!] : [t.slice(0, space), t.slice(space + 1)];
  };
  for (let k = 0; k < rows.length; ) {
    let j = k + 1;
    while (cell(rows[k]) && j < rows.length && rows[j]!.gapBefore === 0 && cell(rows[j])) j++;
    const run = cell(rows[k]) ? rows.slice(k, j) : [];
    const counted = run.filter((r) => COUNT_OR_DATE_TAIL.test(r.text)).length;
    // (Three rows are enough when each is a count under a label the tables know: `조회 48,215` / `추천 1,204` / `댓글 312`.)
    const allKnown = counted === run.length && run.every((r) => isKnownKey(split(r.text)[0]));
    if ((run.length >= 4 || (run.length === 3 && allKnown)) && counted * 2 > run.length && run.some((r) => isKnownKey(split(r.text)[0]))) {
      for (const r of run) {
        r.kind = 'field';
        r.fields = [split(r.text)];
        delete r.by;
      }
    }
    k = Math.max(j, k + 1);
  }
}

/** A story card's author label alone on its line, no colon, the name straight under it (Fizzo: `Autor` / `Marta Llorens`). */
export function readBareAuthorLabel(rows: Row[]): void {
  for (let k = 0; k + 1 < rows.length; k++) {
    const [label, name] = [rows[k]!, rows[k + 1]!];
    if (label.kind !== 'short' || metaOfKey(label.text) !== 'author' || name.gapBefore !== 0 || name.kind !== 'short' || !isNameLike(name.text) || inMenu(rows, k)) continue;
    label.kind = 'field';
    label.fields = [[label.text, name.text]];
    label.through = k + 1;
    name.kind = 'field';
    name.fields = [];
  }
}

/** A cell of a stacked table's label column: one to three words, no digit, no colon, no sentence's end. */
const STACKED_LABEL = /^\p{Lu}[\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]+){0,2}$/u;

/**
 * A story card's table copied cell by cell, each label on its line and its value under it (RanobeLib's `Тип` /
 * `Ранобэ` / `Год релиза` / `2021` / `Автор` / `Бай Цинхэ`): three pairs or more in one block, two of the labels
 * known to the tables (or one, with a count among the values).
 */
export function readStackedFields(rows: Row[]): void {
  const free = (r: Row | undefined): boolean => r !== undefined && (r.kind === 'short' || r.kind === 'chrome') && r.text.length <= 60 && !/[.!?…:：]$/u.test(r.text);
  for (let k = 0; k < rows.length; ) {
    let j = k + 1;
    while (j < rows.length && rows[j]!.gapBefore === 0 && free(rows[j])) j++;
    const run = free(rows[k]) ? rows.slice(k, j) : [];
    const labels = run.filter((_, n) => n % 2 === 0);
    const values = run.filter((_, n) => n % 2 === 1);
    const known = labels.filter((r) => isKnownKey(r.text)).length;
    const counted = values.some((r) => /^\d[\d.,+]*$/u.test(r.text));
    if (run.length % 2 === 0 && labels.length >= 3 && labels.every((r) => STACKED_LABEL.test(r.text)) && values.every((r) => r.text.split(/\s+/).length <= 6 && !isKnownKey(r.text)) && (known >= 2 || (known === 1 && counted))) {
      labels.forEach((label, n) => {
        label.kind = 'field';
        label.fields = [[label.text, values[n]!.text]];
        label.through = k + 2 * n + 1;
        values[n]!.kind = 'field';
        values[n]!.fields = [];
      });
    }
    k = Math.max(j, k + 1);
  }
}

/** A person's name as a value: a few words, no digit, no sentence's end (in any script, cased or not). */
const isWriterName = (value: string): boolean => value.split(/\s+/).length <= 4 && !/[\p{N}.!?…,;:]/u.test(value) && !/^\p{Ll}/u.test(value);

/** A label and its value on a header's line: the label a word to three (`Hanow-pluv:`, `Listas de leitura:`). */
const LABELLED_ROW = /^((?!\p{Ll})\p{L}[\p{L}\p{M}'’-]*(?:\s[\p{L}\p{M}'’-]+){0,2})\s*:\s*(\S.*)$/u;
/** A label in lower case, as a tool writes its keys (`stav: druhá verze`): one or two words. */
const LOWER_LABELLED_ROW = /^(\p{Ll}[\p{L}\p{M}'’-]*(?:\s[\p{L}\p{M}'’-]+)?)\s*:\s*(\S.*)$/u;

/** Whether a row stands in one block with a field whose label is in lower case (`autorka: …` / `žánr: …`): its labels are so written. */
function lowerKeysBeside(rows: readonly Row[], k: number): boolean {
  return rows.slice(...runAround(rows, k)).some((r) => r.kind === 'field' && (r.fields ?? []).some(([key]) => /^\p{Ll}/u.test(key)));
}

/**
 * Labels of a language quire has no data for (Cornish `Kesstrif:`, `Hanow-pluv:`, `Berrskrif:`; Sardinian `Resumu:`),
 * two or more of them, each once, over the story's first heading: the header's fields. A one-word label over
 * sentences is the summary (the word languages give it: `Resumu`, `Simmary`, `Berrskrif`); a label of more words over
 * sentences is a note (a "note of the author"), left to the notes' own pass.
 */
export function readUnknownLabels(rows: Row[]): void {
  const end = rows.findIndex((r) => r.kind === 'heading');
  const labelled = rows.slice(0, end === -1 ? rows.length : end).flatMap((r, k) => {
    const m = (r.kind === 'short' || r.kind === 'prose') && !r.fields ? (LABELLED_ROW.exec(r.text) ?? (lowerKeysBeside(rows, k) ? LOWER_LABELLED_ROW.exec(r.text) : null)) : null;
    // (A key the tables know, written in lower case as its block's are, is no field to them: this pass reads it.)
    return m && (!isKnownKey(m[1]!) || /^\p{Ll}/u.test(m[1]!)) && !SPOKEN.test(m[2]!.trim()) && matchNoteLabel(r.text) === null && matchHeading(r.text) === null ? [{ r, k, key: m[1]!, value: m[2]!.trim() }] : [];
  });
  const keys = new Set(labelled.map((l) => l.key.toLowerCase()));
  const sentences = (value: string): boolean => value.split(/\s+/).length >= 6 && /[.!?…]$/u.test(value);
  // (One such label alone is believed only as the summary straight under a by-line: `di Checo Del Fabro` / `Sunt: …`.)
  const first = labelled[0];
  const lone = labelled.length === 1 && !first!.key.includes(' ') && sentences(first!.value) && rows[first!.k - 1]?.kind === 'by';
  if ((labelled.length < 2 && !lone) || keys.size < labelled.length) return;
  let described = rows.some((r) => r.kind === 'descLabel' || (r.fields ?? []).some(([key]) => metaOfKey(key) === 'description'));
  // A label holding another (Pashto `د لیکوال یادونه` holds `لیکوال`, Lao `ໝາຍເຫດຈາກຜູ້ຂຽນ` holds `ຜູ້ຂຽນ`) is a note
  // "of the writer": the note's, not a field; the label it holds names the writer, when its value is a name.
  const within = (key: string): boolean => key.length >= 3 && labelled.some((l) => l.key !== key && l.key.toLowerCase().includes(key.toLowerCase()));
  const holds = (key: string): boolean => labelled.some((l) => l.key !== key && l.key.length >= 3 && key.toLowerCase().includes(l.key.toLowerCase()));
  let named = rows.some((r) => r.kind === 'by' || (r.fields ?? []).some(([key]) => metaOfKey(key) === 'author'));
  for (const { r, k, key, value } of labelled) {
    if ((sentences(value) && key.includes(' ')) || holds(key)) continue;
    r.kind = 'field';
    r.fields = [[key, value]];
    if (!named && within(key) && isWriterName(value)) {
      r.meta = 'author';
      named = true;
    }
    // The summary stands under the title, never over it (`Encoding: ARMSCII-8. Use … fonts to read.` in an archive's box).
    if (sentences(value) && !described && rows.slice(0, k).some((x) => titleShaped(x) && !LABELLED_ROW.test(x.text))) {
      r.meta = 'description';
      described = true;
    }
  }
}

/** In a block of ALL-CAPS keys, `DISCLAIMER:` is one more key, not a note. */
export function keepCaseOfBlock(rows: Row[]): void {
  for (let k = 1; k < rows.length; k++) {
    const r = rows[k] as Row;
    const prev = rows[k - 1] as Row;
    const key = /^([A-Z][A-Z ]{1,20}):\s/.exec(r.text)?.[1];
    if (r.kind !== 'note' || !key || prev.kind !== 'field' || !/^[A-Z][A-Z ]{1,20}:/.test(prev.text) || r.gapBefore > 0) continue;
    r.kind = 'field';
    r.fields = [[key, r.text.slice(key.length + 1).trim()]];
  }
}
