/** Text facts of the model that every stage shares (parse, bind, render, inspect): the body's text and its word count. */
import type { Block } from './model.js';
import { inlineText } from './parse/inline.js';

/**
 * Body text of blocks: the paragraphs, never headings, notes, markers or
 * picture captions (`[Illustration: …]` describes a picture; it is not the
 * story's prose, and word counts leave it out as archives do).
 */
export function bodyText(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) if (b.type === 'paragraph') parts.push(inlineText(b.children));
  return parts.join('\n\n');
}

/** Number of words as the outline counts them: runs of non-space. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      count++;
    }
  }
  return count;
}
