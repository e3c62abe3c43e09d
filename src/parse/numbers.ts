import { cjkToNumber, LAST_WORDS, MULTIPLIER_WORDS, normaliseApostrophes, NUMBER_JOINERS, NUMBER_WORDS, THOUSAND_WORDS } from './rules/languages/index.js';

/**
 * Chapter numbers as people write them: `12`, `１２`, `XII`, `Twelve`,
 * `Thirty-Five`, `Twenty First`, `Eins`, `premier`, `dix-sept`, `十二`, `๕`, `٣`,
 * `י״ב`, `ΙΒ΄`.
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
 * `local` holds the number words of the label the phrase follows
 * (`Kapitel to`), which are common words elsewhere.
 */
export function wordsToNumber(text: string, local?: ReadonlyMap<string, number>): number | null {
  // `BİRİNCİ` lower-cases to `bi̇ri̇nci̇` (a combining dot after each i): the dot goes.
  const lower = normaliseApostrophes(text.toLowerCase().replace(/\u0307/g, ''));
  // A number written in two words that are no numbers alone (Korean `첫 번째`, the first) is known whole.
  const whole = local?.get(lower.trim()) ?? (lower.includes(' ') ? NUMBER_WORDS.get(lower.trim().replace(/\s+/g, ' ')) : undefined);
  if (whole !== undefined) return whole;
  const words = lower.includes('-') ? numberTokens(lower) : lower.split(/\s+/).filter((w) => w !== '');
  const first = words[0] ?? '';
  if (words.length === 0 || LAST_WORDS.has(first) || (NUMBER_JOINERS.has(first) && local?.get(first) === undefined)) return null;
  let total = 0;
  let current = 0;
  let last = 0;
  let seen = false;
  for (const word of words) {
    const value = NUMBER_WORDS.get(word) ?? local?.get(word);
    const multiplier = MULTIPLIER_WORDS.get(word);
    if (value !== undefined) {
      // A digit's word after another (`trzeci i czwarty`, `three and four`) is a second number, never one number.
      if (last > 0 && last < 10 && value > 0 && value < 10) return null;
      current += value;
      last = value;
    } else if (multiplier !== undefined) {
      current += (last || 1) * multiplier - last;
      last = 0;
    } else if (THOUSAND_WORDS.has(word)) {
      total += (current || 1) * 1000;
      current = 0;
      last = 0;
    } else if (NUMBER_JOINERS.has(word) || LAST_WORDS.has(word)) continue;
    else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

/**
 * The zero of each block of decimal digits people number chapters in besides ASCII: full-width, Arabic-Indic,
 * Persian, Devanagari, Bengali, Gurmukhi, Tamil, Telugu, Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer,
 * Mongolian.
 */
const DIGIT_ZEROS = [0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810];
const OTHER_DIGITS = new RegExp(`[${DIGIT_ZEROS.map((z) => `\\u{${z.toString(16)}}-\\u{${(z + 9).toString(16)}}`).join('')}]`, 'gu');

/** Digits of any script in DIGIT_ZEROS (`１２`, `๕`, `٣`, `۱۲`, `१२`) as ASCII, one code unit for one, so offsets hold. */
export function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
    return String(code - zero);
  });
}

/** Hebrew letters as numerals (gematria), final forms included. */
const HEBREW_VALUES: Record<string, number> = {
  א: 1, ב: 2, ג: 3, ד: 4, ה: 5, ו: 6, ז: 7, ח: 8, ט: 9, י: 10, כ: 20, ך: 20, ל: 30, מ: 40, ם: 40, נ: 50, ן: 50,
  ס: 60, ע: 70, פ: 80, ף: 80, צ: 90, ץ: 90, ק: 100, ר: 200, ש: 300, ת: 400,
};
/** `א׳`, `י״ב`, `ט״ו`, `כ״ה`, `א'`, `י"ב`: letters marked as a number by a geresh after one letter or gershayim before the last. */
export const HEBREW_NUMERAL = /^(?:[א-ת]{1,3}[״"][א-ת]|[א-ת][׳'’])/u;

/** A Hebrew numeral (with its geresh or gershayim, or one letter alone) → number; letters run from the largest down. */
export function hebrewToNumber(text: string): number | null {
  const t = text.trim();
  if (!HEBREW_NUMERAL.test(t) && !/^[א-ת]$/u.test(t)) return null;
  const letters = [...t.replace(/[׳״"'’]/gu, '')];
  let total = 0;
  let previous = Infinity;
  for (const ch of letters) {
    const v = HEBREW_VALUES[ch];
    // ט״ו and ט״ז (15, 16) are written 9+6 and 9+7; any other rise is a word, not a numeral.
    if (v === undefined || v > previous) return null;
    total += v;
    previous = v;
  }
  return total > 0 ? total : null;
}

/** Greek letters as numerals: `Α΄` 1, `ΙΒ΄` 12, `ΣΤ΄` or `Ϛ΄` 6, `Κ΄` 20. */
const GREEK_VALUES: Record<string, number> = {
  Α: 1, Β: 2, Γ: 3, Δ: 4, Ε: 5, Ϛ: 6, Ϝ: 6, Ζ: 7, Η: 8, Θ: 9, Ι: 10, Κ: 20, Λ: 30, Μ: 40, Ν: 50, Ξ: 60, Ο: 70, Π: 80, Ϟ: 90, Ρ: 100, Σ: 200, Τ: 300,
};
/** Greek numeral letters and the keraia that marks them (`΄`, `ʹ`, or an apostrophe in plain text). */
export const GREEK_NUMERAL = /^([Α-ΩϚϜϞ]{1,4})[ʹ΄ʹ'’]/u;

export function greekToNumber(text: string): number | null {
  const m = GREEK_NUMERAL.exec(text.trim());
  if (!m || m[0].length !== text.trim().length) return null;
  let total = 0;
  for (const ch of (m[1] ?? '').replace('ΣΤ', 'Ϛ')) {
    const v = GREEK_VALUES[ch];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** Any supported form to a number, or null. */
export function parseNumber(text: string): number | null {
  const t = asciiDigits(text.trim()).replace(/\.$/, '');
  if (/^\d+$/.test(t)) return Number.parseInt(t, 10);
  return romanToNumber(t) ?? wordsToNumber(t) ?? cjkToNumber(t) ?? hebrewToNumber(t) ?? greekToNumber(t) ?? ethiopicToNumber(t);
}

export const ETHIOPIC_NUMERAL = /^[\u1369-\u137c]+/u;

/**
 * Ethiopic numerals (`፩` 1 … `፱` 9, `፲` 10 … `፺` 90, `፻` hundred, `፼` ten thousand), as Amharic and Tigrinya
 * number chapters: not digits but letters of value, written from the largest down (`፲፪` 12, `፪፻፭` 205).
 */
export function ethiopicToNumber(text: string): number | null {
  if (!/^[\u1369-\u137c]+$/u.test(text)) return null;
  let total = 0;
  let group = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c <= 0x1371) group += c - 0x1368;
    else if (c <= 0x137a) group += (c - 0x1371) * 10;
    else if (c === 0x137b) group = (group || 1) * 100;
    else {
      total = (total + (group || 1)) * 10000;
      group = 0;
    }
  }
  return total + group || null;
}
