/**
 * Chinese, Japanese and Korean headings: a counter word after a number
 * (`第十二章`, `第1話`, `제3화`) instead of a label before it, and named
 * chapters written as one word (`プロローグ`, `楔子`). As data, like the other languages.
 */
export interface CjkHeadingShape {
  /** Text before the number. */
  prefix: string;
  /** Counter words after the number, by level. */
  chapter: string[];
  part: string[];
}

export const CJK_SHAPES: readonly CjkHeadingShape[] = [
  { prefix: '第', chapter: ['章', '回', '話', '话', '節', '节', '集', '幕', '夜'], part: ['部', '卷', '巻', '篇'] },
  { prefix: '제', chapter: ['화', '장', '편'], part: ['부', '권'] },
  // Korean sites also drop the 제: `1화 마지막 배달`.
  { prefix: '', chapter: ['화'], part: [] },
];

/** Chapters named, not numbered (Chinese, Japanese, Korean). */
export const CJK_NAMED: readonly string[] = [
  '序章', '楔子', '引子', '序幕', '尾声', '尾聲', '终章', '終章', '番外', '后记', '後記', '間章', '幕間', '閑話',
  'プロローグ', 'エピローグ', 'インターミッション', '프롤로그', '에필로그', '외전', '번외',
];

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
