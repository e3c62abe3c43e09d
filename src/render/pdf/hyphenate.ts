import { createRequire } from 'node:module';
import createHyphenator from 'hyphen';

export type Hyphenate = (text: string) => string;

const require = createRequire(import.meta.url);
const SHY = '\u00AD';
/** TeX's minimums, which `hyphen` does not apply: 2 letters before a break, 3 after. */
const SHORT_TAIL = /\u00AD(?=\p{L}{1,2}(?!\p{L}))/gu;
const SHORT_HEAD = /(?<!\p{L})(\p{L})\u00AD/gu;

function patternsFor(language: string): string | null {
  const tag = language.toLowerCase();
  const candidates = tag.startsWith('en') ? [tag === 'en-gb' ? 'en-gb' : 'en-us'] : [tag, tag.split('-')[0] ?? tag];
  for (const name of candidates) {
    try {
      return require.resolve(`hyphen/patterns/${name}.js`);
    } catch {
      // No patterns for this tag: try the next, else set the text without hyphenation.
    }
  }
  return null;
}

/**
 * A function that puts soft hyphens into a paragraph's text at the places
 * the language's TeX patterns allow, or null when there are no patterns
 * for the language. Applied per paragraph, never to headings.
 */
export function hyphenatorFor(language: string): Hyphenate | null {
  const path = patternsFor(language);
  if (path === null) return null;
  const hyphenate = createHyphenator(require(path) as Parameters<typeof createHyphenator>[0], { async: false, hyphenChar: SHY }) as (text: string) => string;
  return (text) => hyphenate(text).replace(SHORT_TAIL, '').replace(SHORT_HEAD, '$1');
}
