import { cjkToNumber, HUNDRED_WORDS, NUMBER_JOINERS, NUMBER_WORDS } from './rules/languages/index.js';

/**
 * Chapter numbers as people write them: `12`, `１２`, `XII`, `Twelve`,
 * `Thirty-Five`, `Twenty First`, `Eins`, `premier`, `dix-sept`, `十二`.
 * Number words come from the language tables in rules/languages/.
 */

const ROMAN = /^(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

export function romanToNumber(text: string): number | null {
  const upper = text.toUpperCase();
  if (upper === '' || !ROMAN.test(upper)) return null;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = ROMAN_VALUES[upper[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[upper[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** `Thirty-Five`, `one hundred and two`, `vingt et un`, `dix-sept` → number; null if not number words. */
export function wordsToNumber(text: string): number | null {
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w !== '');
  if (words.length === 0 || NUMBER_JOINERS.has(words[0] ?? '')) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    const value = NUMBER_WORDS.get(word);
    if (value !== undefined) {
      current += value;
      seen = true;
    } else if (HUNDRED_WORDS.has(word)) {
      current = (current || 1) * 100;
      seen = true;
    } else if (word === 'thousand' || word === 'thousandth' || word === 'tausend' || word === 'mille' || word === 'mil') {
      total += (current || 1) * 1000;
      current = 0;
      seen = true;
    } else if (!NUMBER_JOINERS.has(word)) return null;
  }
  return seen ? total + current : null;
}

/** Full-width digits (`１２`) as ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Any supported form to a number, or null. */
export function parseNumber(text: string): number | null {
  const t = asciiDigits(text.trim()).replace(/\.$/, '');
  if (/^\d+$/.test(t)) return Number.parseInt(t, 10);
  return romanToNumber(t) ?? wordsToNumber(t) ?? cjkToNumber(t);
}
