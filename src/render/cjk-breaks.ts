import { createRequire } from 'node:module';
import type LineBreakerClass from 'linebreak';

// Loaded on the first CJK word (about 50 ms): a plain-text build of a Latin-script story never needs it.
const require = createRequire(import.meta.url);
let LineBreaker: typeof LineBreakerClass | null = null;

/**
 * Scripts written without spaces between words (Chinese, Japanese, and the
 * punctuation Korean shares with them): CJK symbols and punctuation, kana,
 * bopomofo, hangul, Han ideographs, compatibility forms, full-width forms.
 */
export function isCjk(codePoint: number): boolean {
  return (
    (codePoint >= 0x2e80 && codePoint <= 0x2fdf) ||
    (codePoint >= 0x3000 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa960 && codePoint <= 0xa97f) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xffef) ||
    (codePoint >= 0x1100 && codePoint <= 0x11ff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3134f)
  );
}

const CJK_TEXT = /[\u2e80-\u2fdf\u3000-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u1100-\u11ff]|[\ud840-\ud8bf][\udc00-\udfff]/u;

/** Whether `text` has a character of a script written without spaces. */
export const hasCjk = (text: string): boolean => CJK_TEXT.test(text);

/**
 * Where a line may break inside `text` (a word: no spaces), as UTF-16
 * offsets of the character that would start the next line, by Unicode line
 * breaking (UAX #14, the `linebreak` package pdfkit uses). Its classes carry
 * kinsoku: no break before closing marks (`。，、」』）！？`, small kana,
 * `ー`) nor after opening ones (`「『（`). Only breaks beside a CJK
 * character are given: Latin words keep their own hyphenation rules.
 */
export function cjkBreaks(text: string): number[] {
  if (!hasCjk(text)) return [];
  LineBreaker ??= require('linebreak') as typeof LineBreakerClass;
  const breaker = new LineBreaker(text);
  const out: number[] = [];
  for (let b = breaker.nextBreak(); b !== null; b = breaker.nextBreak()) {
    const at = b.position;
    if (at <= 0 || at >= text.length) continue;
    const before = text.codePointAt(at - 1 - (isLowSurrogate(text.charCodeAt(at - 1)) ? 1 : 0)) ?? 0;
    const after = text.codePointAt(at) ?? 0;
    if (isCjk(before) || isCjk(after)) out.push(at);
  }
  return out;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
