import type { DiagnosticSink } from '../diagnostics.js';
import { isNameLike } from './rules/header-labels.js';
import { unitText, type Unit } from './units.js';
import { countWords } from '../model-text.js';

/** A narrator's name alone on its line: one or two capitalised words, no punctuation. */
const NAME_LINE = /^\p{Lu}[\p{L}'’-]{1,20}(?: \p{Lu}[\p{L}'’-]{1,20})?$/u;
/** Lines in all before a set of names counts as markers, and names in the set. */
const MIN_LINES = 3;
const MIN_NAMES = 2;
/** Story words per marker: a script or a chat log names its speakers far more often. */
const MIN_WORDS_PER_MARKER = 60;

/** Words of prose a marker stands over; a letter's signature has a dateline or a postscript under it, if anything. */
const MIN_WORDS_UNDER = 12;

/** A marker opens what follows: prose under it, and no sign-off over it (`Your loving sister,` / `Nell`). */
function opensSection(units: readonly Unit[], k: number): boolean {
  const next = units[k + 1];
  const prev = units[k - 1];
  if (!next || next.kind !== 'text' || countWords(unitText(next)) < MIN_WORDS_UNDER) return false;
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
  const byName = new Map<string, Unit[]>();
  units.forEach((u, k) => {
    if (u.kind !== 'text' || u.note !== undefined || u.lines.length !== 1) return;
    const t = u.lines[0]!.trimmed;
    // (43 characters is the longest line `NAME_LINE` takes: the cheap test first.)
    if (t.length <= 43 && NAME_LINE.test(t) && isNameLike(t) && opensSection(units, k)) byName.set(t, [...(byName.get(t) ?? []), u]);
  });
  if (byName.size < MIN_NAMES) return;
  let words = 0;
  for (const u of units) if (u.kind === 'text' && !byName.has(unitText(u))) words += countWords(unitText(u));
  const prose = units.filter((u) => u.kind === 'text' && !byName.has(unitText(u))).map(unitText).join('\n');
  const named = [...byName].filter(([name]) => new RegExp(`[\\p{Ll},;]\\s+${escaped(name)}(?![\\p{L}])`, 'u').test(prose));
  const lines = named.reduce((n, [, us]) => n + us.length, 0);
  if (named.length < MIN_NAMES || lines < MIN_LINES || !named.some(([, us]) => us.length > 1) || words / lines < MIN_WORDS_PER_MARKER) return;
  for (const [name, us] of named) {
    for (const u of us) {
      u.kind = 'pov';
      u.label = name;
    }
  }
  const first = Math.min(...named.flatMap(([, us]) => us.map((u) => u.lines[0]?.no ?? 1)));
  sink.info('pov-name-lines', first, `lines holding only a narrator's name (${named.map(([n]) => n).join(', ')}) read as POV markers: the names take turns and the prose names them`);
}
