import { chardet, decodeAs, encodingKnown } from './codecs.js';

/**
 * Which legacy encoding a file that is not UTF-8 was written in. chardet's
 * guess alone is weak on short texts (a page of Russian in Windows-1251 can
 * come back as ISO-8859-1 at low confidence, which reads as mojibake), so
 * every plausible decoding is tried and the one that reads most like text
 * wins: characters of one script running together (Cyrillic words, Han
 * phrases), accented Latin letters alone inside ASCII words, and no
 * replacement characters, C1 controls or runs of Latin-1 symbols, which are
 * what a wrong single-byte decoding of multibyte text looks like.
 */

/** Encodings tried besides chardet's own candidates: the legacy encodings stories are found in. */
const CANDIDATES = ['windows-1252', 'windows-1251', 'koi8-r', 'koi8-u', 'windows-1250', 'iso-8859-2', 'gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr', 'cp437', 'cp850', 'cp866', 'macintosh', 'armscii-8'];

/** DOS code pages and Mac Roman read most Latin text plausibly too: they must win clearly, not by a letter. */
const RARE_HANDICAP = 3;
const RARE = /^(?:cp\d|macintosh)/;

/** Bytes of non-ASCII lines scored per candidate: the ASCII lines read the same in every candidate. */
const SAMPLE = 16 * 1024;

/** Whole lines that hold a byte above 0x7F (0x0A is never inside a character in these encodings), up to SAMPLE bytes. */
function nonAsciiLines(bytes: Uint8Array): Buffer {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let start = 0; start < bytes.length && size < SAMPLE; ) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const line = bytes.subarray(start, Math.min(end + 1, start + SAMPLE));
    if (line.some((b) => b >= 0x80)) {
      parts.push(line);
      size += line.length;
    }
    start = end + 1;
  }
  return Buffer.concat(parts);
}

/** Typographic punctuation real text uses: quotes, dashes, ellipsis, guillemets, degree, section. */
const TYPOGRAPHIC = /[\u2010-\u2027\u00ab\u00bb\u00b0\u00a7\u00a9\u00b7\u2116\u20ac\u00a3\u00a1\u00bf]/u;

const INSIDE_WORD_NEVER = /[\u201a-\u201f\u00ab\u00bb\u2039\u203a\u00b0\u00a7\u00a9\u2116\u20ac\u00a3\u2122]/u;

type Script = 'box' | 'latin' | 'cyrillic' | 'greek' | 'armenian' | 'cjk' | 'hangul' | 'arabic' | 'hebrew' | 'thai' | 'symbol' | 'bad';

function scriptOf(c: string): Script {
  const code = c.codePointAt(0)!;
  if (code === 0xfffd || (code >= 0x80 && code < 0xa0)) return 'bad';
  // Half-width katakana: what single-byte Cyrillic or Greek looks like read as Shift_JIS, and rare in real prose.
  if (code >= 0xff61 && code <= 0xff9f) return 'symbol';
  // Box drawing and shades: the frames DOS-era files (CP437, CP866) draw around their headers.
  if (code >= 0x2500 && code <= 0x259f) return 'box';
  if (/\p{Script=Latin}/u.test(c)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(c)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(c)) return 'greek';
  if (/\p{Script=Armenian}/u.test(c)) return 'armenian';
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60\uffe0-\uffee]/u.test(c)) return 'cjk';
  if (/\p{Script=Hangul}/u.test(c)) return 'hangul';
  if (/\p{Script=Arabic}/u.test(c)) return 'arabic';
  if (/\p{Script=Hebrew}/u.test(c)) return 'hebrew';
  if (/\p{Script=Thai}/u.test(c)) return 'thai';
  if (TYPOGRAPHIC.test(c)) return 'latin';
  return 'symbol';
}

const CASED = /^(?:\p{Lu}?[^\p{Lu}]*|[^\p{Ll}]*)$/u;

/** How much a decoding reads like text: higher is better. */
export function textScore(text: string): number {
  let score = 0;
  let run: Script[] = [];
  let word = '';
  let before = '';
  const letter = (c: string): boolean => /[A-Za-z]/.test(c);
  const flush = (after = ''): void => {
    if (run.length === 0) return;
    const first = run[0]!;
    const single = run.every((s) => s === first);
    if (run.includes('bad')) score -= 10 * run.length;
    else if (first === 'box' && single) {
      // A frame is neither evidence for a decoding nor against it.
    }
    // One letter over and over (`ДДДДДД`) is a frame drawn in another code page, not a word.
    else if (run.length >= 3 && [...word].every((ch) => ch === word[0])) score -= run.length;
    // One quote, sign or ideograph inside a Latin word (`F„hre`, `F刪re`: CP437's `ä` read as Windows-1252 or
    // GB18030) is a wrong decoding; an apostrophe, a dash or an ellipsis there is not.
    else if (run.length === 1 && letter(before) && letter(after) && (INSIDE_WORD_NEVER.test(word) || first === 'cjk' || first === 'hangul')) score -= 2;
    // A capital alone after a small letter (`DunmoreÕs`, `askingÑI`: Mac Roman's quotes and dashes read as Windows-1252) is a wrong decoding.
    else if (first === 'latin' && single && run.length === 1 && /[a-z]/.test(before) && /\p{Lu}/u.test(word)) score -= 2;
    else if (first === 'latin' && single) score += run.length === 1 ? 1 : -run.length;
    // Words are lower case, Capitalised or ALL CAPS: KOI8-R read as Windows-1251 swaps the cases.
    // A lone letter of another script between ASCII characters is more likely a wrong decoding than a word.
    else if (single && first !== 'symbol') score += run.length === 1 ? 0 : CASED.test(word) ? run.length : -run.length;
    else score -= 2 * run.length;
    run = [];
    word = '';
  };
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) {
      flush(c);
      before = c;
    } else {
      run.push(scriptOf(c));
      word += c;
      // Japanese runs on hiragana; Shift_JIS read as GB18030 is all Han, and scores as well without this.
      if (c >= '\u3041' && c <= '\u309f') score++;
    }
  }
  flush();
  // Chinese and Japanese never space their words; Korean does. Han words between spaces are Korean read in a Chinese code page.
  return score - 2 * (text.match(SPACED_HAN)?.length ?? 0);
}

const SPACED_HAN = /\p{Script=Han} \p{Script=Han}/gu;

export function chooseLegacyEncoding(bytes: Uint8Array): string {
  const sample = nonAsciiLines(bytes);
  const guesses = chardet().analyse(sample).filter((m) => m.confidence >= 10 && encodingKnown(m.name) && !m.name.startsWith('UTF'));
  const names = [...new Set([...guesses.map((m) => m.name.toLowerCase()), ...CANDIDATES])].map((n) => (n === 'iso-8859-1' || n === 'ascii' ? 'windows-1252' : n));
  let best = { name: 'windows-1252', score: -Infinity };
  for (const name of new Set(names)) {
    const score = textScore(decodeAs(sample, name)) - (RARE.test(name) ? RARE_HANDICAP : 0);
    // Ties go to the earlier name: chardet's own order, then Windows-1252 first of the fallbacks.
    if (score > best.score) best = { name, score };
  }
  return best.name;
}
