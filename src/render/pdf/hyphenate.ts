import { createRequire } from 'node:module';
import createHyphenator from 'hyphen';
import { liangHyphenator, type Patterns } from './liang.js';

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

/** One hyphenator per language and thread, so its cache of words serves every book a worker renders. */
const hyphenators = new Map<string, Hyphenate | null>();

/**
 * A function that puts soft hyphens into a paragraph's text at the places
 * the language's TeX patterns allow, or null when there are no patterns
 * for the language. Applied per paragraph, never to headings. Each distinct
 * word is hyphenated once: a novel repeats its words.
 */
export function hyphenatorFor(language: string): Hyphenate | null {
  const key = language.toLowerCase();
  if (hyphenators.has(key)) return hyphenators.get(key)!;
  const path = patternsFor(language);
  let result: Hyphenate | null = null;
  if (path !== null) {
    const patterns = require(path) as Patterns;
    const fast = liangHyphenator(patterns, SHY);
    // Text with `<` or a soft hyphen goes through `hyphen` itself (its HTML and hyphen-character rules).
    let library: ((text: string) => string) | undefined;
    const hyphenate = (w: string): string => {
      if (!/[<\u00AD]/.test(w)) return fast(w);
      library ??= createHyphenator(patterns as unknown as Parameters<typeof createHyphenator>[0], { async: false, hyphenChar: SHY }) as (text: string) => string;
      return library(w);
    };
    const words = new Map<string, string>();
    const word = (w: string): string => {
      let done = words.get(w);
      if (done === undefined) {
        done = w.length > 4 ? hyphenate(w).replace(SHORT_TAIL, '').replace(SHORT_HEAD, '$1') : w;
        words.set(w, done);
      }
      return done;
    };
    result = (text) => text.split(/(\s+)/).map((chunk, i) => (i % 2 === 1 ? chunk : word(chunk))).join('');
  }
  hyphenators.set(key, result);
  return result;
}
