import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import type { SocialThread } from './social-thread.js';
import { reportRuns } from './archive.js';
import { countWords } from '../model-text.js';
import { isDateLine } from './rules/boilerplate.js';

/**
 * A dictionary-style board (Ekşi Sözlük, İnci, and the boards built like them) lists a topic's entries, each closed
 * by its writer's stamp: `12.01.2010 02:14 ~ 02:31 gece_dolmuscusu`. A story told there is the entries of the one
 * who wrote the most; the others' entries are replies, and the entry numbers (`3.`) and stamps are the page's.
 */

/** `12.01.2010 02:14 ~ 02:31 nick`: the writer's nick, after the date and time (an edit's time after `~`). */
const NICK = /^[\p{L}\p{N}_.-]{2,30}$/u;
/** An entry's number over it. */
const ENTRY_NUMBER = /^\d{1,5}\.$/;
/** Entries before the lines are believed to be a topic's. */
const MIN_ENTRIES = 3;

function stampOf(t: string): string | null {
  const space = t.lastIndexOf(' ');
  if (t.length > 80 || space < 8 || space > 41 || !/^\p{N}/u.test(t)) return null;
  const nick = t.slice(space + 1);
  return NICK.test(nick) && !/^\d+$/.test(nick) && isDateLine(t.slice(0, space).trim().replace(/\s*~\s*\d{1,2}:\d{2}$/, '')) ? nick : null;
}

export function findSignedEntries(lines: readonly Line[], sink: DiagnosticSink): SocialThread | null {
  const stamps: { at: number; nick: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const nick = lines[i]!.blank ? null : stampOf(lines[i]!.trimmed);
    if (nick !== null) stamps.push({ at: i, nick });
  }
  if (stamps.length < MIN_ENTRIES) return null;
  // An entry runs from its number (the first) or the stamp above (the others) to its own stamp.
  let first = stamps[0]!.at;
  while (first > 0 && !ENTRY_NUMBER.test(lines[first]!.trimmed)) first--;
  if (!ENTRY_NUMBER.test(lines[first]!.trimmed)) return null;
  const list = stamps.map((s, k) => ({ from: k === 0 ? first : stamps[k - 1]!.at + 1, to: s.at, nick: s.nick }));
  // Entries start on their numbers, counting up: a topic's page, not dated lines in a story.
  const numbers = list.map((e) => lines.slice(e.from, e.to).find((l) => !l.blank)?.trimmed ?? '');
  if (!numbers.every((n, k) => n === `${Number(numbers[0]!.slice(0, -1)) + k}.`)) return null;
  const words = new Map<string, number>();
  for (const e of list) words.set(e.nick, (words.get(e.nick) ?? 0) + countWords(lines.slice(e.from, e.to).map((l) => l.trimmed).join(' ')));
  const owner = [...words.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const chrome = new Set<number>();
  for (const e of list) {
    if (e.nick !== owner) for (let j = e.from; j <= e.to; j++) chrome.add(j);
    else {
      chrome.add(e.to);
      for (let j = e.from; j < e.to; j++) if (ENTRY_NUMBER.test(lines[j]!.trimmed)) chrome.add(j);
    }
  }
  // The topic's own line over its first entry names the story (above the page's sorting and paging links).
  let title: string | null = null;
  for (let j = list[0]!.from - 1; j >= Math.max(0, list[0]!.from - 10) && title === null; j--) {
    const t = lines[j]!.trimmed;
    if (t !== '' && /\p{L}/u.test(t) && !/[|<>:«»]/.test(t) && t.split(/\s+/).length <= 12) title = t;
  }
  sink.info('signed-entries', list[0]!.from + 1, `a topic of ${list.length} entries, each closed by its writer's stamp: ${owner}'s entries are the story, the others' and the stamps kept out of the body`);
  reportRuns(lines, [...chrome], (from, to, count) => sink.info('signed-entries-chrome', from, `${count} line${count > 1 ? 's' : ''} of entry stamps or others' entries kept out of the body`, { endLine: to }));
  return { chrome, rewritten: new Map(), title, poster: owner, headings: new Map() };
}
