const DIGITS = '〇一二三四五六七八九';
const UNITS = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
] as const;

/**
 * A number in Han numerals as chapter headings write them, 1 to 9999
 * (larger ones keep their digits). `han`, the Chinese way: 十二, 一百零三,
 * 一千零一十. `kanji`, the Japanese way: no 一 before 十, 百 or 千 and no
 * zero, so 百三 and 千十.
 */
export function hanNumber(n: number, style: 'han' | 'kanji'): string {
  if (!Number.isSafeInteger(n) || n < 1 || n > 9999) return String(n);
  let out = '';
  let rest = n;
  let gap = false;
  for (const [value, unit] of UNITS) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit === 0) {
      gap = out !== '';
      continue;
    }
    if (gap && style === 'han') out += '零';
    gap = false;
    // 十二, not 一十二, at the start of a Chinese number; Japanese drops every leading 一.
    const one = digit === 1 && (style === 'kanji' || (value === 10 && out === ''));
    out += (one ? '' : DIGITS[digit]!) + unit;
  }
  if (rest > 0) {
    if (gap && style === 'han') out += '零';
    out += DIGITS[rest]!;
  }
  return out;
}
