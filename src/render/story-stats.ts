import { bodyText } from '../model-text.js';
import { countWords } from '../model-text.js';
import type { Manuscript } from '../model.js';

const numberFormat = new Intl.NumberFormat('en-US');

export function storyWords(m: Manuscript): number {
  return [...m.front, ...m.chapters].reduce((n, part) => n + countWords(bodyText(part.children)), 0);
}

/** `6,260 words · 1 chapter`: the same digits on every machine, whatever its locale. */
export function countsLine(words: number, chapters: number, stories?: number): string {
  const parts = [`${numberFormat.format(words)} ${words === 1 ? 'word' : 'words'}`];
  if (stories !== undefined) parts.unshift(`${numberFormat.format(stories)} ${stories === 1 ? 'story' : 'stories'}`);
  else parts.push(`${numberFormat.format(chapters)} ${chapters === 1 ? 'chapter' : 'chapters'}`);
  return parts.join(' · ');
}
