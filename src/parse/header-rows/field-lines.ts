/** A header line read as labelled values: `Key: value`, a row of fields, a stats line, a table's cells. */
import { matchFieldLine, matchSpacedField } from '../rules/fields.js';
import { BARE_LABELS, STATS_POSITIONAL, STATS_RATING } from '../rules/header-labels.js';
import { matchHeading } from '../rules/headings.js';

/** A site's counts set apart, each a label and its number (`Chapters 2 · Words 1,208 · Views 2.3k`): labelled values, so fields. */
const COUNT_FIELD = /^(\p{Lu}\p{Ll}{1,20})\s+(\d[\d,.]*[kKmM]?)$/u;

export function countFields(t: string): [string, string][] | null {
  const cells = t.split(/\s+[·•|]\s+/);
  const counts = cells.map((c) => COUNT_FIELD.exec(c));
  if (cells.length < 2 || counts.some((c) => c === null)) return null;
  // `Chapter 1 • Chapter 2` is a chapter selector: one label over and over, and each cell a heading.
  if (new Set(counts.map((c) => c![1])).size < cells.length || cells.some((c) => matchHeading(c) !== null)) return null;
  return counts.map((c) => [c![1]!, c![2]!]);
}

export function isKnownKey(key: string): boolean {
  const k = key.charAt(0).toUpperCase() + key.slice(1);
  return matchFieldLine(`${k}: x`)?.known === true || BARE_LABELS.some((l) => l.toLowerCase() === key.toLowerCase());
}

/** Fields of one line: `Key: value`, a FanFiction.Net stats line, `A: x | B: y`, `Thread starter X · Start date Y`. */
export function splitFields(t: string): [string, string][] | null {
  if (/\s[-–]\s/.test(t) && (/^rated\s*:/i.test(t) || unlabelledStats(t))) return statsLine(t);
  const counts = countFields(t);
  if (counts) return counts;
  for (const sep of [/\s+\|\s+/, /\s+[·•]\s+/, /\s{3,}|\t+/]) {
    const parts = t.split(sep);
    if (parts.length < 2) continue;
    const fields = parts.map(oneField);
    if (fields.filter((f) => f !== null).length >= 2) return fields.filter((f): f is [string, string] => f !== null);
    // A field with a site's item tags after it (`Rated: 13+ · Book · Mystery · #2198765`): the field alone.
    if (fields[0] && parts.length > 2 && parts.slice(1).every((p) => !/[:：]/.test(p) && p.split(/\s+/).length <= 3)) return [fields[0]];
    // A row of spaced labels (`作者  NAME        看板  story`) when one of them is a field a table knows.
    const spaced = parts.map((p) => matchSpacedField(p));
    if (fields.some((f) => f !== null) && !parts.some((p) => /[:：]/.test(p)) && spaced.every((f) => f !== null)) return spaced as [string, string][];
  }
  // Chinese boards set a post's fields apart by one ideographic space (`作者：NAME　提交日期：…　访问：3842`): each
  // piece a field, one of them a label the tables know (a keyword list is set so too: `キーワード：ほのぼの　魔法`).
  const pieces = t.includes('\u3000') ? t.split(/\s*\u3000+\s*/u).map(oneField) : [];
  if (pieces.length >= 2 && pieces.every((f) => f !== null && f[1] !== '') && pieces.some((f) => isKnownKey(f![0]))) return pieces as [string, string][];
  const row = bareRow(t);
  if (row) return row;
  const one = oneField(t);
  if (one) return one[1] === '' ? [one] : inner(one);
  // A table's row copied from a page (`Autor⇥Marcela Zawadzka`, Wikisource's text data box): a label, a tab, its value.
  const cells = /^(\p{L}[\p{L}\p{M}'’ -]{0,28}?)\t+(\S.*)$/u.exec(t);
  return cells && cells[1]!.split(' ').length <= 3 ? [[cells[1]!, cells[2]!.trim()]] : null;
}

/** Where a bare label starts a field inside a line, as the sites write it (capitalised). */
const BARE_LABEL_AT = new RegExp(`\\s+(?=(?:${BARE_LABELS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s)`, 'u');

/** A page's row of bare labels copied as one line (`Thread starter NAME Start date Mar 4, 2025 Tags …`): a field at each label. */
function bareRow(t: string): [string, string][] | null {
  const parts = t.split(BARE_LABEL_AT);
  if (parts.length < 2) return null;
  const fields = parts.map(oneField);
  return fields.every((f) => f !== null && f[1] !== '') ? (fields as [string, string][]) : null;
}

export function oneField(t: string): [string, string] | null {
  // As the sites write them, capitalised: `published the story in 1990` opens no field.
  const bare = BARE_LABELS.find((l) => t.startsWith(`${l} `) && !/^\S+\s*:/.test(t.slice(l.length).trim()));
  // (A value opens on a word, a number or a handle: `Tags & <Brackets> - A. N. Author` is a title, not a tag list.)
  if (bare && !/[:：]/.test(t.slice(0, bare.length + 1)) && /^[\p{L}\p{N}#@]/u.test(t.slice(bare.length).trim())) return [bare, t.slice(bare.length).trim()];
  const f = matchFieldLine(t);
  if (!f || /^https?$/i.test(f.key)) return null;
  return [f.key, f.value];
}

/** `Stats: Published: 2021-11-02 Words: 320`: a line that holds more labelled values after the first, as its fields. */
export function inner(field: [string, string]): [string, string][] {
  // Splits before every capitalised one- or two-word key; a piece that is no field (`Era` of `Era Characters:`) goes back to the value before it.
  const pieces: string[] = [];
  for (const piece of field[1].split(/\s+(?=[A-Z][a-z]+(?: [A-Z]?[a-z]+)?:\s)/)) {
    if (pieces.length > 0 && matchFieldLine(piece) === null) pieces[pieces.length - 1] += ` ${piece}`;
    else pieces.push(piece);
  }
  if (pieces.length < 2) return [field];
  // `Hogwarts Era Characters: …`: a two-word key whose last word alone is known gives its first word back to the value before.
  for (let n = 1; n < pieces.length; n++) {
    const two = /^(\S+) (\S+:\s[\s\S]*)$/.exec(pieces[n] ?? '');
    if (two && matchFieldLine(pieces[n] ?? '')?.known !== true && matchFieldLine(two[2] ?? '')?.known === true) {
      pieces[n - 1] = `${pieces[n - 1]} ${two[1]}`;
      pieces[n] = two[2] ?? '';
    }
  }
  const more = pieces.slice(1).map((p) => matchFieldLine(p));
  // Every piece a field, and most of them known (eFiction's `Series: None Chapters: 3 Completed: Yes Read: 1043`).
  if (more.some((f) => f === null) || more.filter((f) => f?.known).length * 2 < more.length) return [field];
  const head = matchFieldLine(pieces[0] ?? '');
  // A label whose value is a list of fields (AO3's `Stats:`) keeps its whole value too.
  const first: [string, string][] = head && head.value !== '' ? [[field[0], field[1]], [head.key, head.value]] : [];
  if (head === null && (pieces[0] ?? '') !== '') first.push([field[0], pieces[0] ?? '']);
  return [...first, ...more.map((f): [string, string] => [f?.key ?? '', f?.value ?? ''])];
}

/**
 * The mobile page's stats line, its rating first without a label (`Fiction K+ - English - … - Chapters: 3 - Words: 1,162`):
 * believed when labelled counts follow.
 */
function unlabelledStats(t: string): boolean {
  const parts = t.split(/\s+[-–]\s+/);
  return STATS_RATING.test(parts[0]?.trim() ?? '') && parts.filter((p) => /^[\p{L}][\p{L} ]{0,20}:\s*\S/u.test(p.trim())).length >= 2;
}

/** `Rated: Fiction K - English - Friendship/Humor - Wren, Ossie - Chapters: 3 - …`: labelled parts keep their label, the rest are named by position. */
export function statsLine(t: string): [string, string][] {
  const out: [string, string][] = [];
  let slot = 0;
  for (const part of t.split(/\s+-\s+/)) {
    const f = /^([\p{L}][\p{L} ]{0,20}):\s*(.*)$/u.exec(part.trim());
    if (f) {
      out.push([(f[1] ?? '').trim(), (f[2] ?? '').trim()]);
      continue;
    }
    while (slot < STATS_POSITIONAL.length && !(STATS_POSITIONAL[slot]?.test(part.trim()) ?? false)) slot++;
    const name = STATS_POSITIONAL[slot++];
    if (name) out.push([name.key, part.trim()]);
  }
  return out;
}
