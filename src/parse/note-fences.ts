import { countWords } from '../model-text.js';
import { unitText, type Unit } from './units.js';

/** Paragraphs a chapter's edge note may hold, and their words, on the far side of the file's note fence. */
const EDGE_UNITS = 3;
const EDGE_WORDS = 120;

/** A rule drawn across the page, as a tool draws it (`************************************************`), not a scene's `* * *`. */
const LONG_RULE = 10;

const fenceText = (u: Unit | undefined): string | null => (u?.kind === 'sceneBreak' && u.label === undefined ? (u.lines[0]?.trimmed ?? null) : null);
const isEdgeText = (list: readonly Unit[]): boolean =>
  list.length >= 1 && list.length <= EDGE_UNITS && list.every((u) => u.kind === 'text') && countWords(list.map(unitText).join(' ')) <= EDGE_WORDS;

/**
 * Separators a file uses only to set its notes apart, never between scenes: syosetu.com's text download puts a row
 * of asterisks between an episode's foreword, its text and its afterword, whichever of the three the episode has.
 * A separator is one when it is a long rule, closes a labelled note opening a chapter somewhere, and every time it stands, it stands
 * at a chapter's edge with no more than a short note's text beyond it. Then the short text beyond it at a chapter's
 * end is the chapter's afterword, whatever it says (`closingFence`); a scene break of the same file is drawn otherwise.
 */
export function findNoteFences(bodies: readonly (readonly Unit[])[]): ReadonlySet<string> {
  const closing = new Set<string>();
  const misplaced = new Set<string>();
  for (const units of bodies) {
    units.forEach((u, k) => {
      const text = fenceText(u);
      // Only a long rule can be the file's fence: a scene's `* * *` is not looked at further.
      if (text === null || text.replace(/\s/g, '').length < LONG_RULE) return;
      // (Edges are a few units long: a longer side is not cut out of the chapter to be measured.)
      const before = k <= EDGE_UNITS ? units.slice(0, k) : [];
      const after = units.length - 1 - k <= EDGE_UNITS ? units.slice(k + 1) : [];
      if (!isEdgeText(before) && !isEdgeText(after)) misplaced.add(text);
      else if (before[0]?.note && isEdgeText(before) && units.some((a, j) => j > k && a.kind === 'text' && !a.note)) closing.add(text);
    });
  }
  return new Set([...closing].filter((t) => !misplaced.has(t)));
}

/** The index of the file's note fence with a chapter's afterword under it and its text above, or -1. */
export function closingFence(units: readonly Unit[], fences: ReadonlySet<string>): number {
  if (fences.size === 0) return -1;
  for (let k = units.length - 2; k >= units.length - 1 - EDGE_UNITS && k > 0; k--) {
    const text = fenceText(units[k]);
    if (text === null) continue;
    const story = units.slice(0, k).some((u) => u.kind === 'text' && !u.note);
    return fences.has(text) && story && isEdgeText(units.slice(k + 1)) ? k : -1;
  }
  return -1;
}
