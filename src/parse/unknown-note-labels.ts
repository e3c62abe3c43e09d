import type { DiagnosticSink } from '../diagnostics.js';
import { detectLanguage } from './language/detect.js';
import { matchFieldLine } from './rules/fields.js';
import { matchBoilerplate } from './rules/body-boilerplate.js';
import { LANGUAGES } from './rules/languages/index.js';
import { unitText, type Unit } from './units.js';
import type { Line } from './lines.js';

/**
 * An author's note under a label of a language quire has no data for (Breton `Notenn an aozerez:`, Faroese
 * `Viðmerking frá høvundinum:`, Kinyarwanda `Ijambo ry'umwanditsi:`) shows itself by where it stands and how it is
 * named: a label of two words or more (a "note of the author", as languages build it) before a colon and a
 * sentence, over the story's first heading or closing a chapter; or any label that opens paragraphs only at a
 * chapter's edges, twice or more. A label that also opens a paragraph inside a chapter is a speaker's name, and a
 * lone one at a chapter's start is as likely a time (`Three days later: …`), so neither is a note.
 */
export const LABELLED = /^((?!\p{Ll})\p{L}[\p{L}\p{M}'’-]*(?:\s[\p{L}\p{M}'’-]+){0,3})\s*:\s+(\S.*)$/su;
/** Words of the note's text, at the least: a label over a short value is a field (`Ubwoko: Inkuru ndende`). */
const MIN_WORDS = 5;
/** Scripts written without spaces between words. */
const UNSPACED = /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Tibetan}]/u;
/** Letters a word of a script without spaces counts for, at the least. */
const UNSPACED_WORD = 6;

type Place = 'front' | 'start' | 'end' | 'inside';

interface Found {
  unit: Unit;
  label: string;
  rest: string;
  place: Place;
}

/** Words of a line of a page's footer at the most (`Byoherejwe na Habimana saa 09:12`, `214 Followers`). */
const FOOTER_WORDS = 8;

/**
 * Where a paragraph stands in its chapter. Closing it means nothing but a separator (the note's own closing rule)
 * or short lines (the page's footer) come after it before the next heading.
 */
function placeOf(units: readonly Unit[], k: number, firstHeading: number): Place {
  const isHeading = (u: Unit | undefined): boolean => u?.kind === 'heading';
  if (firstHeading === -1 ? k === 0 : k < firstHeading) return 'front';
  let next = k + 1;
  const trailing = (u: Unit): boolean => u.kind === 'sceneBreak' || u.kind === 'ornament' || (u.kind === 'text' && unitText(u).split(/\s+/).length <= FOOTER_WORDS);
  while (next < units.length && !isHeading(units[next]) && trailing(units[next]!)) next++;
  if (next === units.length || isHeading(units[next])) return 'end';
  return isHeading(units[k - 1]) ? 'start' : 'inside';
}

/**
 * A file whose notes or headings carry labels quire knows is in a language it reads: there, a label it does not know
 * is something else (`Rate this story:`, `Uploaded to:`, `Next week:`).
 */
const knownLabels = (units: readonly Unit[]): boolean => units.some((u) => u.note !== undefined || (u.kind === 'heading' && u.heading?.label != null));

/** Every language's words for a work's author (`autore`, `autora`, `Verfasser`). */
const AUTHOR_WORDS = new Set(LANGUAGES.flatMap((l) => [...(l.fields?.author ?? []), ...(l.byLabels ?? [])]).map((w) => w.toLowerCase()));

/** A label naming the writer in a known word (`Notas de s'autora`, the note of the author). */
export const namesWriter = (label: string): boolean => label.toLowerCase().split(/[\s'’]+/u).some((w) => AUTHOR_WORDS.has(w));

/** English, whose note labels quire knows best: a label it does not know there is a line of the story (`It said: …`). */
const isEnglish = (units: readonly Unit[]): boolean => detectLanguage(units.slice(0, 60).map(unitText).join('\n')) === 'en';

/** `lines`: the file's lines, header included, where the labels a note's label may hold stand (`ຜູ້ຂຽນ:` in `ໝາຍເຫດຈາກຜູ້ຂຽນ:`). */
export function markUnknownNoteLabels(all: readonly Unit[], lines: readonly Line[], sink: DiagnosticSink): void {
  const units = all.filter((u) => u.kind !== 'dropped');
  const known = knownLabels(units);
  const firstHeading = units.findIndex((u) => u.kind === 'heading');
  const byLabel = new Map<string, Found[]>();
  units.forEach((unit, k) => {
    if (unit.kind !== 'text' || unit.note) return;
    const text = unitText(unit);
    const m = text.includes(':') ? LABELLED.exec(text) : null;
    // (Words in quotes or after a dash after the colon are what someone says: `Il dit : « Quoi ! »`.)
    // (A script written without spaces between words, `ເລື່ອງນີ້ແມ່ນຂຽນເພື່ອ…`, is measured in letters.)
    const short = m !== null && m[2]!.split(/\s+/).length < MIN_WORDS && !(UNSPACED.test(m[2]!) && m[2]!.length >= MIN_WORDS * UNSPACED_WORD);
    // (Nor a page's line the rules know: `முந்தைய பகுதிகள்: பகுதி 1 | பகுதி 2`, the link to the earlier parts.)
    if (!m || short || /^["“”„«»‹›'‘—–-]/u.test(m[2]!) || matchFieldLine(text)?.known === true || matchBoilerplate(text) !== null) return;
    const found = { unit, label: m[1]!, rest: m[2]!, place: placeOf(units, k, firstHeading) };
    const key = found.label.toLowerCase();
    const same = byLabel.get(key);
    if (same) same.push(found);
    else byLabel.set(key, [found]);
  });
  if (byLabel.size === 0 || isEnglish(units)) return;
  const labels = new Set(lines.flatMap((l) => {
    const m = l.trimmed.includes(':') ? LABELLED.exec(l.trimmed) : null;
    return m ? [m[1]!.toLowerCase()] : [];
  }));
  for (const found of byLabel.values()) {
    if (found.some((f) => f.place === 'inside')) continue;
    // (Where quire knows the headings' word, only a label naming the writer is believed: Sardinian shares Corsican's `Capìtulu`.)
    if (known && !namesWriter(found[0]!.label)) continue;
    // (One label alone is a note when it reads as one of the writer: of two words or more, or holding another of the file's labels.)
    const label = found[0]!.label.toLowerCase();
    const ofWriter = label.includes(' ') || [...labels].some((l) => l !== label && l.length >= 3 && label.includes(l));
    const lone = found.length === 1 && ofWriter && found[0]!.place !== 'start';
    if (found.length < 2 && !lone) continue;
    for (const f of found) {
      f.unit.note = { ruleId: 'note-unknown-label', label: f.label, scope: null, rest: f.rest };
      sink.info('note-unknown-label', f.unit.lines[0]!.no, `"${f.label}:", a label quire has no language data for, read as an author's note by where it stands; if it is the story's text, set structure.not-notes`);
    }
  }
}
