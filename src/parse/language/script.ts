/**
 * A language told by its script alone, before any statistical detector:
 * kana is Japanese, hangul Korean, Han alone Chinese (simplified or
 * traditional by the characters only one of them uses), Thai, Bengali,
 * Georgian, Armenian, Tamil, Telugu, Malayalam, Gurmukhi (Punjabi), Sinhala,
 * Myanmar (Burmese), Khmer and Ethiopic (Amharic) one language each;
 * Devanagari Hindi, Marathi or Nepali by their function words; Cyrillic
 * Russian, Ukrainian, Belarusian, Serbian, Macedonian, Bulgarian, Kazakh or
 * Mongolian and the Arabic script Arabic, Persian or Urdu by the letters only
 * one of them has.
 * Deterministic and free; the detector is loaded only for the Latin script.
 */

/** Letters of scripts written without spaces between words (Han, kana, Thai): a line of them is one "word" by white space. */
export function unspacedLetters(text: string): number {
  return text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu)?.length ?? 0;
}

/** Characters common in running text that each Chinese script writes its own way. */
const SIMPLIFIED = new Set('们这说会来时个为后对还点开里过么没见问现样头门长进话东车经让书听电发学说从实写边这爷儿妈风愿觉欢师难觉应该钱');
const TRADITIONAL = new Set('們這說會來時個為後對還點開裡過麼沒見問現樣頭門長進話東車經讓書聽電發學說從實寫邊這爺兒媽風願覺歡師難覺應該錢');

export interface ScriptCounts {
  latin: number;
  cyrillic: number;
  han: number;
  kana: number;
  hangul: number;
  greek: number;
  hebrew: number;
  arabic: number;
  thai: number;
  devanagari: number;
  bengali: number;
  /** Letters of the scripts one language writes here, by its tag (SCRIPT_LANGUAGES). */
  own: Record<string, number>;
}

/** Scripts that, among the languages quire reads, one language writes: first code point, last, tag. */
const SCRIPT_LANGUAGES: readonly [number, number, string][] = [
  [0x10a0, 0x10ff, 'ka'], [0x1c90, 0x1cbf, 'ka'], [0x531, 0x58f, 'hy'], [0xb80, 0xbff, 'ta'], [0xc00, 0xc7f, 'te'],
  [0xd00, 0xd7f, 'ml'], [0xa00, 0xa7f, 'pa'], [0xd80, 0xdff, 'si'], [0x1000, 0x109f, 'my'], [0x1780, 0x17ff, 'km'],
  [0x1200, 0x139f, 'am'],
];

export function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = { latin: 0, cyrillic: 0, han: 0, kana: 0, hangul: 0, greek: 0, hebrew: 0, arabic: 0, thai: 0, devanagari: 0, bengali: 0, own: {} };
  for (const ch of text) {
    const u = ch.codePointAt(0) ?? 0;
    if ((u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) || (u >= 0xc0 && u <= 0x24f)) c.latin++;
    else if (u >= 0x400 && u <= 0x4ff) c.cyrillic++;
    else if ((u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf)) c.han++;
    else if (u >= 0x3040 && u <= 0x30ff) c.kana++;
    else if ((u >= 0xac00 && u <= 0xd7af) || (u >= 0x1100 && u <= 0x11ff)) c.hangul++;
    else if (u >= 0x370 && u <= 0x3ff) c.greek++;
    else if (u >= 0x590 && u <= 0x5ff) c.hebrew++;
    else if (u >= 0x600 && u <= 0x6ff) c.arabic++;
    else if (u >= 0xe00 && u <= 0xe7f) c.thai++;
    else if (u >= 0x900 && u <= 0x97f) c.devanagari++;
    else if (u >= 0x980 && u <= 0x9ff) c.bengali++;
    else if (u >= 0x530) {
      const tag = SCRIPT_LANGUAGES.find(([first, last]) => u >= first && u <= last)?.[2];
      if (tag !== undefined) c.own[tag] = (c.own[tag] ?? 0) + 1;
    }
  }
  return c;
}

/** The tag the script settles, `latin` when a detector must decide, or null when there are too few letters. */
export function languageByScript(text: string): string | 'latin' | null {
  const c = countScripts(text);
  const [ownTag, own] = Object.entries(c.own).reduce<[string, number]>((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  const total = c.latin + c.cyrillic + c.han + c.kana + c.hangul + c.greek + c.hebrew + c.arabic + c.thai + c.devanagari + c.bengali + own;
  if (total < 20) return null;
  const cjk = c.han + c.kana + c.hangul;
  // CJK characters carry a word each; a story in CJK still quotes Latin names and site chrome.
  if (cjk > 0 && cjk * 3 >= c.latin + c.cyrillic) {
    if (c.hangul >= Math.max(c.kana, c.han / 4)) return 'ko';
    if (c.kana * 10 >= c.han) return 'ja';
    return chineseScript(text);
  }
  if (own > Math.max(c.latin, c.cyrillic, c.greek, c.hebrew, c.arabic, c.thai, c.devanagari, c.bengali)) return ownTag;
  if (c.cyrillic > c.latin) return cyrillicLanguage(text);
  if (c.greek > c.latin) return 'el';
  if (c.hebrew > c.latin) return 'he';
  if (c.arabic > c.latin) return arabicScriptLanguage(text);
  if (c.thai > c.latin) return 'th';
  // Bengali ends its sentences with the Devanagari danda `।`: the larger script decides.
  if (c.bengali > c.latin && c.bengali > c.devanagari) return 'bn';
  if (c.devanagari > c.latin) return devanagariLanguage(text);
  return 'latin';
}

function chineseScript(text: string): string {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (SIMPLIFIED.has(ch)) simplified++;
    else if (TRADITIONAL.has(ch)) traditional++;
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}

const count = (text: string, letters: RegExp): number => (text.match(letters) ?? []).length;

/**
 * Kazakh writes ә ғ қ ң ұ һ, Mongolian ө ү without them, Belarusian ў,
 * Macedonian ѓ ќ ѕ, Ukrainian і ї є ґ, Serbian ђ ћ џ љ њ ј, Russian ы э ё;
 * Bulgarian has none of those and writes ъ as a vowel, far more often than
 * Russian's hard sign. Counted, not guessed.
 */
function cyrillicLanguage(text: string): string {
  if (count(text, /[әғқңұһӘҒҚҢҰҺ]/g) >= 3) return 'kk';
  if (count(text, /[өүӨҮ]/g) >= 3) return 'mn';
  if (count(text, /[ўЎ]/g) >= 2) return 'be';
  const uk = count(text, /[іїєґІЇЄҐ]/g);
  const sr = count(text, /[ђћџљњјЂЋЏЉЊЈ]/g);
  const ru = count(text, /[ыэёЫЭЁ]/g);
  const hardSign = count(text, /[ъЪ]/g);
  const mk = count(text, /[ѓќѕЃЌЅ]/g);
  if (uk > ru && uk >= sr) return 'uk';
  if (mk >= 2 && mk > count(text, /[ђћЂЋ]/g) && mk + sr > ru) return 'mk';
  if (sr > ru) return 'sr';
  return hardSign > ru ? 'bg' : 'ru';
}

/**
 * Marathi writes `आहे`, `आणि`, `नाही` and the letter ळ, Nepali `छ`, `थियो`, `र`,
 * `पनि` and the suffix `-लाई`, where Hindi writes `है`, `था`, `और`, `में`, `नहीं`.
 */
function devanagariLanguage(text: string): string {
  const words = (list: string): number => count(text, new RegExp(`(?<![\\u0900-\\u097f])(?:${list})(?![\\u0900-\\u097f])`, 'gu'));
  const hi = words('है|हैं|था|थी|और|में|नहीं|का|की|के');
  const mr = words('आहे|आहेत|आणि|नाही|मी|त्याने|तिने|झाले|झाला|केले') + count(text, /ळ/g);
  const ne = words('छ|छन्|थियो|थिए|र|पनि|भने|गरेको') + count(text, /[\u0900-\u097f]लाई(?![\u0900-\u097f])/g);
  if (mr > hi && mr >= ne) return 'mr';
  if (ne > hi) return 'ne';
  return 'hi';
}

/** Persian writes پ چ ژ گ and its own ی ک, Urdu ے ٹ ڈ ڑ ں, Arabic ة and its own ي ك. */
function arabicScriptLanguage(text: string): string {
  const fa = count(text, /[پچژگیک]/g);
  const ur = count(text, /[ےٹڈڑں]/g);
  const ar = count(text, /[ةيك]/g);
  if (ur > 0 && ur * 4 >= fa) return 'ur';
  return fa > ar ? 'fa' : 'ar';
}
