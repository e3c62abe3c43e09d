import { bodyText } from '../model-text.js';
import { countWords } from '../model-text.js';
import type { Manuscript } from '../model.js';
import type { Strings } from './strings.js';

/** Han characters and kana: Chinese and Japanese count their text by the character (字), not by spaces. */
const CHARACTER_COUNTED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** CJK punctuation and full-width forms, which are not counted. */
const CJK_MARKS = /[\u3000-\u303f\uff00-\uffef]/g;

/** Words of a text, each Han character or kana counting as one, as Chinese and Japanese count. */
function textWords(text: string): number {
  return countWords(text.replace(CJK_MARKS, ' ').replace(CHARACTER_COUNTED, ' x '));
}

/** Counted once per story: a build counts each for its report and again for the book's title page. */
const counted = new WeakMap<Manuscript, number>();

export function storyWords(m: Manuscript): number {
  let words = counted.get(m);
  if (words === undefined) {
    words = [...m.front, ...m.chapters].reduce((n, part) => n + textWords(bodyText(part.children)), 0);
    counted.set(m, words);
  }
  return words;
}

/** `6,260 words · 1 chapter`, `6.260 Wörter · 1 Kapitel`: a story's counts, or an anthology's with its stories first. */
export function countsLine(strings: Strings, words: number, chapters: number, stories?: number): string {
  const parts = [strings.count('words', words)];
  if (stories !== undefined) parts.unshift(strings.count('stories', stories));
  else parts.push(strings.count('chapters', chapters));
  return parts.join(' · ');
}
