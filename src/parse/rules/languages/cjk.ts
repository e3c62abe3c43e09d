/**
 * CJK numerals, shared by Chinese and Japanese (`十二`, `一百零三`, `两`,
 * financial `壹贰叁`). The counter words around them (`第…章`, `제…화`) are
 * each language's data (zh.ts, ja.ts, ko.ts).
 */
const CJK_DIGITS: Record<string, number> = {
  '零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  '壹': 1, '贰': 2, '貳': 2, '叁': 3, '參': 3, '肆': 4, '伍': 5, '陆': 6, '陸': 6, '柒': 7, '捌': 8, '玖': 9,
};
const CJK_UNITS: Record<string, number> = { '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000 };

/** Characters a CJK numeral is written with, for building patterns. */
export const CJK_NUMERAL_CHARS = Object.keys(CJK_DIGITS).join('') + Object.keys(CJK_UNITS).join('') + '万萬';

/** `十二` → 12, `一百零三` → 103, `二十` → 20; null if not a CJK numeral. */
export function cjkToNumber(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    const d = CJK_DIGITS[ch];
    const unit = CJK_UNITS[ch];
    if (d !== undefined) digit = d;
    else if (unit !== undefined) {
      section += (digit || 1) * unit;
      digit = 0;
    } else if (ch === '万' || ch === '萬') {
      total += (section + digit || 1) * 10000;
      section = 0;
      digit = 0;
    } else return null;
  }
  return total + section + digit;
}
