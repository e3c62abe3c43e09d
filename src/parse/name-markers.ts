import type { DiagnosticSink } from '../diagnostics.js';
import { isNameLike } from './rules/header-labels.js';
import { unitText, type Unit } from './units.js';
import { countWords } from '../model-text.js';
import { isClosingLine } from './rules/markers.js';

/** A narrator's name alone on its line: one or two capitalised words, no punctuation. */
const NAME_LINE = /^\p{Lu}[\p{L}'’-]{1,20}(?: \p{Lu}[\p{L}'’-]{1,20})?$/u;
/** A name in a script without capitals (Thai, Chinese, Arabic): one or two words of its letters. */
const CASELESS_NAME = /^\p{Lo}[\p{Lo}\p{M}]{0,20}(?: \p{Lo}[\p{Lo}\p{M}]{0,20})?$/u;
/** Lines in all before a set of names counts as markers, and names in the set. */
const MIN_LINES = 3;
const MIN_NAMES = 2;
/** Story words per marker: a script or a chat log names its speakers far more often. */
const MIN_WORDS_PER_MARKER = 60;
/** Letters of a script written without spaces that weigh as much as a word. */
const UNSPACED_LETTERS_PER_WORD = 4;

/** Words of prose a marker stands over; a letter's signature has a dateline or a postscript under it, if anything. */
const MIN_WORDS_UNDER = 12;

/** Words of a text, counted by spaces; a script written without them is weighed by its letters, a word's worth every few. */
const weightOf = (text: string): number => Math.max(countWords(text), (text.match(/[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0) / UNSPACED_LETTERS_PER_WORD);

/** A marker opens what follows: prose under it, and no sign-off over it (`Your loving sister,` / `Nell`). */
function opensSection(units: readonly Unit[], k: number): boolean {
  const next = units[k + 1];
  const prev = units[k - 1];
  if (!next || next.kind !== 'text' || weightOf(unitText(next)) < MIN_WORDS_UNDER) return false;
  return !(prev?.kind === 'text' && /,$/.test(prev.lines.at(-1)?.trimmed ?? ''));
}

/** Escapes a name for use inside a pattern. */
const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A novel told by turns sets each narrator's name alone over their sections (Scrivener compiles each scene's
 * title so: `Maëlle` / … / `Erwan` / …). Lines that are a bare name are POV markers when several names take
 * turns, at least one comes back, each is a name the prose uses mid-sentence (`Salut, Maëlle.`), and they stand
 * far apart; a single such line, or a refrain, stays text.
 */
export function markNameLines(units: Unit[], sink: DiagnosticSink): void {
  // Bare names, and names framed in drawn brackets (`【 Seulgi 】`), each a set of its own.
  const bare = new Map<string, Unit[]>();
  const framed = new Map<string, Unit[]>();
  let framedLines = 0;
  units.forEach((u, k) => {
    // (A name between dashes is taken for an ornament until it is seen to be a marker.)
    const ornament = u.kind === 'ornament' && u.lines.length === 1 && DRAWN_FRAME.test(u.lines[0]!.trimmed);
    if ((u.kind !== 'text' && !ornament) || u.note !== undefined || u.lines.length !== 1) return;
    const line = u.lines[0]!.trimmed;
    const inFrame = framedText(line);
    if (inFrame !== null) framedLines++;
    const t = inFrame ?? line;
    const byName = inFrame !== null ? framed : bare;
    // (43 characters is the longest line `NAME_LINE` takes: the cheap test first.)
    // (In a frame, a name in a script without capitals too: `- ฟ้า -`.)
    const shaped = NAME_LINE.test(t) || (inFrame !== null && CASELESS_NAME.test(t));
    if (t.length <= 43 && shaped && isNameLike(t) && !isClosingLine(t) && opensSection(units, k)) byName.set(t, [...(byName.get(t) ?? []), u]);
  });
  // A frame that also holds other things (`【Status】`, `【Skill Acquired: Echo】`: a game's screens) is no marker's.
  const framedNames = [...framed.values()].reduce((n, us) => n + us.length, 0);
  if (framed.size >= MIN_NAMES && framedNames === framedLines) markSet(units, framed, true, sink);
  if (bare.size >= MIN_NAMES) markSet(units, bare, false, sink);
}

/**
 * Lines that only frame a name in drawn brackets, as Asianfanfics writers mark whose turn it is. The frame says
 * marker already, so one name of the set used in the prose will do.
 */
const FRAMES = new Map([['【', '】'], ['〔', '〕'], ['〖', '〗']]);
/** Or the same dashes or tildes on both sides (`- ฟ้า -`, `~ Hazel ~`, `—Oren—`). */
const DRAWN_FRAME = /^([-–—~=]{1,3})\s*([^-–—~=\s](?:.{0,40}[^-–—~=\s])?)\s*\1$/u;

function framedText(line: string): string | null {
  const close = FRAMES.get(line.charAt(0));
  if (close !== undefined && line.endsWith(close) && line.length > 2) return line.slice(1, -1).trim();
  return DRAWN_FRAME.exec(line)?.[2] ?? null;
}

function markSet(units: Unit[], byName: Map<string, Unit[]>, framed: boolean, sink: DiagnosticSink): void {
  const isMarker = (u: Unit): boolean => [...byName.values()].some((us) => us.includes(u));
  let words = 0;
  for (const u of units) if (u.kind === 'text' && !isMarker(u)) words += countWords(unitText(u));
  const prose = units.filter((u) => u.kind === 'text' && !isMarker(u)).map(unitText).join('\n');
  // (A name in a script without capitals or spaces is used wherever the prose holds it.)
  const used = ([name]: [string, Unit[]]): boolean => (CASELESS_NAME.test(name) ? prose.includes(name) : new RegExp(`[\\p{Ll},;]\\s+${escaped(name)}(?![\\p{L}])`, 'u').test(prose));
  const named = framed ? ([...byName].some(used) ? [...byName] : []) : [...byName].filter(used);
  const lines = named.reduce((n, [, us]) => n + us.length, 0);
  // The frame says marker already: two names in turn will do, each over a section of its own.
  const enough = framed ? lines >= MIN_NAMES : lines >= MIN_LINES && named.some(([, us]) => us.length > 1);
  if (named.length < MIN_NAMES || !enough || Math.max(words, weightOf(prose)) / lines < MIN_WORDS_PER_MARKER) return;
  for (const [name, us] of named) {
    for (const u of us) {
      u.kind = 'pov';
      u.label = name;
    }
  }
  const first = Math.min(...named.flatMap(([, us]) => us.map((u) => u.lines[0]?.no ?? 1)));
  sink.info('pov-name-lines', first, `lines holding only a narrator's name (${named.map(([n]) => n).join(', ')}) read as POV markers: the names take turns and the prose names them`);
}
