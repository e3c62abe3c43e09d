import { cjkToNumber, MULTIPLIER_WORDS, normaliseApostrophes, NUMBER_JOINERS, NUMBER_WORDS, THOUSAND_WORDS } from './rules/languages/index.js';

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

/** Words split at spaces and hyphens, keeping hyphenated number words whole (`quatre-vingt-dix` → `quatre-vingt`, `dix`). */
function numberTokens(text: string): string[] {
  const parts = text.split(/[\s-]+/).filter((w) => w !== '');
  const hyphened = text.split(/\s+/).flatMap((w) => w.split('-').map((p, i, all) => (i < all.length - 1 ? `${p}-` : p)));
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const pair = `${hyphened[i] ?? ''}${(hyphened[i + 1] ?? '').replace(/-$/, '')}`;
    if ((hyphened[i] ?? '').endsWith('-') && NUMBER_WORDS.has(pair)) {
      out.push(pair);
      i++;
    } else out.push(parts[i] ?? '');
  }
  return out;
}

/**
 * `Thirty-Five`, `one hundred and two`, `vingt et un`, `dix-sept`,
 * `dua puluh satu` → number; null if not number words. A multiplier
 * (`hundred`, `puluh`) multiplies the number word just before it.
 */
export function wordsToNumber(text: string): number | null {
  const lower = normaliseApostrophes(text.toLowerCase());
  const words = lower.includes('-') ? numberTokens(lower) : lower.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || NUMBER_JOINERS.has(words[0] ?? '')) return null;
  let total = 0;
  let current = 0;
  let last = 0;
  let seen = false;
  for (const word of words) {
    const value = NUMBER_WORDS.get(word);
    const multiplier = MULTIPLIER_WORDS.get(word);
    if (value !== undefined) {
      current += value;
      last = value;
    } else if (multiplier !== undefined) {
      current += (last || 1) * multiplier - last;
      last = 0;
    } else if (THOUSAND_WORDS.has(word)) {
      total += (current || 1) * 1000;
      current = 0;
      last = 0;
    } else if (NUMBER_JOINERS.has(word)) continue;
    else return null;
    seen = true;
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
