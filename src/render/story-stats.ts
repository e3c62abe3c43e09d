import { bodyText } from '../model-text.js';
import { countWords } from '../model-text.js';
import type { Manuscript } from '../model.js';
import type { Strings } from './strings.js';

export function storyWords(m: Manuscript): number {
  return [...m.front, ...m.chapters].reduce((n, part) => n + countWords(bodyText(part.children)), 0);
}

/** `6,260 words · 1 chapter`, `6.260 Wörter · 1 Kapitel`: a story's counts, or an anthology's with its stories first. */
export function countsLine(strings: Strings, words: number, chapters: number, stories?: number): string {
  const parts = [strings.count('words', words)];
  if (stories !== undefined) parts.unshift(strings.count('stories', stories));
  else parts.push(strings.count('chapters', chapters));
  return parts.join(' · ');
}
