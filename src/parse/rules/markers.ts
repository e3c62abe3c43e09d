import { isOnlyDecoration, undecorate } from './decoration.js';
import { alternation, CHAPTER_WORDS, LANGUAGES, PART_WORDS } from './languages/index.js';
import { caseless, caselessRegExp } from './caseless-regexp.js';

/**
 * Scene-break, POV and ornament lines. Each rule has an id (used in
 * diagnostics) and examples that the tests run.
 */

/** Words that name a scene break when written out (`-LINE BREAK-`, `(scene break)`). */
const WRITTEN_BREAK = /^[([{]?\s*(?:line|scene|page|time|section)[\s-]?(?:break|skip|change|shift)\s*[)\]}]?$/i;

/** `xXx`, `oOo`, `-o-o-`, `XXX`: letter ornaments that fan fiction sites let through. */
function isLetterBreak(trimmed: string): boolean {
  if (trimmed.length > 40) return false;
  const letters = trimmed.replace(/[-–—~*=_+\s]/g, '');
  if (letters.length < 1 || !/^[xXoO0]+$/.test(letters)) return false;
  const separated = letters.length !== trimmed.length;
  // A single letter needs drawing on both sides: `-x-`, `~o~`; or it is a lower-case `o` alone, a typewriter's small
  // circle (`x` alone may be a signature's kiss, `O` a poem's cry).
  if (letters.length === 1) return trimmed === 'o' || /^[-–—~*=_+]+\s*[xXoO]\s*[-–—~*=_+]+$/.test(trimmed);
  const mixedCase = /[xo]/.test(letters) && /[XO]/.test(letters);
  return separated || mixedCase || /^X{3,}$/.test(letters);
}

export const SCENE_BREAK_EXAMPLES = [
  '* * *', '***', '#', '~*~', 'xXx', 'oOo', '-o-o-', '-----', '— — —', 'XXX', '*    *    *    *', '-LINE BREAK-',
  '⁂', '. . .', '❧', '■', '◊◊◊', '🌙🌙🌙', '⋆⋅☆⋅⋆', '- - -', '~', '°°°', '✦✦✦', '◇◇◇', '＊＊＊', '[hr][/hr]', '<hr>', '~•~', '-x-', '—o—', 'o', 'ㅡㅡㅡ', '⋆｡‧˚ʚ🕯ɞ˚‧｡⋆',
];

/** Markup for a horizontal rule that survived a copy: `[hr][/hr]`, `<hr>`, `<hr />`. */
const RULE_MARKUP = /^(?:\[hr\](?:\[\/hr\])?|<hr\s*\/?>)$/i;
/** Lines without letters that are still speech or punctuation, not a drawn separator. */
const NOT_A_RULE = /^(?:[.…?!‽\s]+|["“”„'‘’«»‹›()\s.…]+|[:;][-']?[()DPp[\]|/\\]|<3)$/u;
const EMOJI = /\p{Extended_Pictographic}/gu;
const SPACED_DOTS = /^[.·•](?:\s+[.·•]){2,}$/u;

/**
 * A separator by shape rather than by list: a short line drawn only of
 * symbols, punctuation or emoji (`⁂`, `◊◊◊`, `⋆⋅☆⋅⋆`, `— — —`, `🌙🌙🌙`),
 * never letters or digits. A lone emoji is a reaction, not a rule, so
 * emoji need company.
 */
/** A cased letter outside the Latin alphabet standing alone, between symbols. */
const LONE_GLYPH = /(?<![\p{L}\p{M}])(?![A-Za-z])[\p{Ll}\p{Lu}](?![\p{L}\p{M}])/gu;

function isSymbolRule(line: string): boolean {
  // Spaced dots (`. . .`) are drawn; `...` alone is a speaker's silence.
  if (SPACED_DOTS.test(line)) return true;
  // Letter-like glyphs drawn one by one among the symbols (`⋆｡‧˚ʚ🕯ɞ˚‧｡⋆`: ʚ and ɞ are phonetic letters) spell nothing.
  // (A Latin letter or a digit is never such a glyph: the line is no rule, and the glyphs need not be looked for.)
  if (/[A-Za-z0-9]/.test(line)) return false;
  const trimmed = line.replace(LONE_GLYPH, '');
  if (trimmed.length > 60 || /[\p{L}\p{N}]/u.test(trimmed) || NOT_A_RULE.test(trimmed) || (trimmed !== line && trimmed.replace(/\s/g, '').length < 4)) return false;
  const emoji = trimmed.match(EMOJI)?.length ?? 0;
  const rest = trimmed.replace(EMOJI, '').replace(/[\s\uFE0F\u200D]/gu, '');
  return rest !== '' || emoji >= 2;
}

/** Korean keyboards type a dash as the vowel ㅡ, so a rule drawn of it is a rule (`ㅡㅡㅡ`, `ㅡ ㅡ ㅡ`). */
const HANGUL_RULE = /^(?:ㅡ\s*){3,}$/u;

/** A line set in a centring tag, as a blog's editor saves it: `<center>❄ ❄ ❄</center>`, `<p align="center">* * *</p>`. */
const CENTRED_TAG = /^<(center|p|div)(?:\s[^<>]*)?>(.*)<\/\1>$/i;

export function isSceneBreak(trimmed: string): boolean {
  const centred = trimmed.startsWith('<') ? CENTRED_TAG.exec(trimmed) : null;
  if (centred) return isSceneBreak(centred[2]!.trim());
  if (trimmed === '' || (/^[.…\s]+$/.test(trimmed) && !SPACED_DOTS.test(trimmed))) return false;
  if (isOnlyDecoration(trimmed) || isSymbolRule(trimmed) || RULE_MARKUP.test(trimmed) || HANGUL_RULE.test(trimmed)) return true;
  return isLetterBreak(trimmed) || WRITTEN_BREAK.test(undecorate(trimmed).inner);
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|and|&|of|the|von|van|de)$/u;

/** 1–4 capitalised words and nothing that ends a sentence: `Spike`, `Princess Luna`, `Twilight & Spike`. */
export function isNameLike(text: string): boolean {
  if (text.length > 40 || /[?!,;:"“”()[\]]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 4 || !/^\p{Lu}/u.test(words[0] ?? '')) return false;
  return words.every((w) => NAME_WORD.test(w));
}

/** Words that say "point of view" beside a name, from every language's `pov` (rules/languages/): `Oren's POV`, `ミオ視点`, `윤하 시점`. */
const POV_WORDS = `(?:${alternation(LANGUAGES.flatMap((l) => l.pov?.words ?? []))})`;
const POV_PREFIXES = alternation(LANGUAGES.flatMap((l) => l.pov?.prefixes ?? [])).replace(/ /g, '\\s+');
// (`James' POV`: the apostrophe alone after a name ending in s.)
const POV_SUFFIX = caselessRegExp(String.raw`^(.{1,40}?)(?:'s|’s|'|’)?\s*${POV_WORDS}\s*[:.]?$`, 'iu');
const POV_GENITIVE = caselessRegExp(String.raw`^(.{1,40}?)(?:'|’|s)\s*(?:${alternation(LANGUAGES.flatMap((l) => l.pov?.genitive ?? []))})\s*[:.]?$`, 'iu');
// (The name may take a colon after it, as the part's text follows: `از زبان آرش:`.)
const POV_PREFIX = caselessRegExp(String.raw`^(?:${POV_WORDS}|${POV_PREFIXES})\s*(?:de\s+)?[:\-–—]?\s*(.{1,40}?)\s*[:：]?$`, 'iu');
/** `ミオside`, `ハル side`, `side 澪`: the Japanese web-novel form, believed only for names in a script without case (`The Other Side` is a title). */
const SIDE_SUFFIX = caseless(/^(.{1,20}?)\s*(?:side|サイド)$|^(?:side|サイド)\s*[:：]?\s*(.{1,20})$/iu);
/** Names in scripts without capitals (CJK, Thai...) cannot be told by case: short and without punctuation. */
const UNCASED_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー・\s]{1,12}$/u;
/** A name of one or two words in Arabic or Hebrew letters, drawn round as a POV marker (`~ سليم ~`). */
const RTL_NAME = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{M}]{2,14}(?: [\p{Script=Arabic}\p{Script=Hebrew}\p{M}]{2,14})?$/u;
/** A Korean given name, two to four syllables, drawn round as a web novel's POV marker (`- 서하 -`). */
const HANGUL_NAME = /^\p{Script=Hangul}{2,4}$/u;
const BRACKETS = /^[([{【〔（]\s*(.*?)\s*[)\]}】〕）]$/u;
/** Page links drawn round with arrows (`< Prev Next >`, `« Back | Index »`): navigation, never a name. */
const PAGE_LINKS = /^(?:(?:prev(?:ious)?|next|back|index|home|top|first|last|older|newer|chapters|contents)(?:\s+|$))+$/i;
/** An arrow dingbat before a name (`➸ Valeria`, `➤ Julián`): Wattpad's way of saying whose turn it is. */
const ARROW_NAME = /^[\u2794-\u27BF→⇒▶►]\uFE0F?\s*(\p{Lu}[\p{L}'’-]{1,20}(?: \p{Lu}[\p{L}'’-]{1,20})?)$/u;

export const POV_EXAMPLES = [
  '~~~Spike~~~', '~~Spike~~', "Spike's POV", '-Spike POV-', 'POV: Rarity', '*Twilight’s POV*', '◆ミオside◆', "(Jun's POV)", "Oren's Point of View", 'ミオ視点', '— Yuki Side —',
  'Narra Lucía', 'Punto de vista de Ana', '윤하 시점', '――side 澪――', 'PDV Lou', 'Punto di vista di Marco', '➸ Valeria', 'נקודת מבט: נועה',
];

/** A name after or before the words "point of view": cased, or in a script without case (`נקודת מבט: נועה`). */
const isName = (text: string): boolean => isNameLike(text) || UNCASED_NAME.test(text) || RTL_NAME.test(text);

/** The name of a POV marker line, or null. */
export function matchPov(trimmed: string): string | null {
  if (trimmed.length > 60) return null;
  const { inner, decorated } = undecorate(trimmed);
  const text = (BRACKETS.exec(inner.trim())?.[1] ?? inner).trim();
  const explicit = POV_SUFFIX.exec(text) ?? POV_PREFIX.exec(text) ?? POV_GENITIVE.exec(text);
  // (After words that say so, a name may keep its lower-case title: `Góc nhìn của ông Tư`, `POV de la señora Ruiz`.)
  if (explicit?.[1] && isName(explicit[1].trim().replace(/^(?:\p{Ll}{1,7}\s+){1,2}(?=\p{Lu})/u, ''))) return explicit[1].trim();
  const side = SIDE_SUFFIX.exec(text);
  const sided = (side?.[1] ?? side?.[2])?.trim();
  if (sided && UNCASED_NAME.test(sided)) return sided;
  // Drawn round, a cased name takes the form too (`— Yuki Side —`, a translated light novel's), and the name is the POV's.
  if (decorated && sided && !sided.includes(' ') && isNameLike(sided)) return sided;
  if (decorated && (isNameLike(text) || RTL_NAME.test(text) || HANGUL_NAME.test(text)) && !CLOSING.test(text) && !PAGE_LINKS.test(text)) return text;
  return ARROW_NAME.exec(trimmed)?.[1] ?? null;
}

const ENDINGS = alternation(LANGUAGES.flatMap((l) => l.endings ?? []));

/** Closing lines that stand alone and are centred rather than read as prose. */
/** (A language's ending before the part it closes, with or without a joiner, is one too: `Ende Teil zwei`, `Fim da parte 1`.) */
const CLOSING = caselessRegExp(
  String.raw`^(?:the end|fin|finis|end|to be continued|tbc|end of (?:chapter|part|book|volume)\b.{0,40}|(?:${ENDINGS})\s+(?:\p{L}{1,4}\s+)?(?:${PART_WORDS}|${CHAPTER_WORDS})\s+\S.{0,30}|[（(]?(?:完|全文完|正文完|終|終わり|おわり|끝)[）)]?|[（(](?:了|完結|おしまい)[）)]|${ENDINGS})[.!?…。]*(?:\s*[:;]-?[)D]|\s*<3)?$`,
  'iu',
);

/** A closing formula (`THE END`, `the end :)`, `Fin.`), decorated or not. */
export const isClosingLine = (trimmed: string): boolean => trimmed.length <= 80 && CLOSING.test(undecorate(trimmed).inner);

export const ORNAMENT_EXAMPLES = ['~~To be continued?~~', 'THE END', 'To be continued...', '= End of Part One =', '（了）'];

const SUNG = /^[♩♪♫♬]/u;

/** The text of an ornament line (decorated non-name, or a closing formula), or null. */
export function matchOrnament(trimmed: string): string | null {
  // Lines between musical notes are sung (song-fic lyrics): story text, not an ornament.
  if (trimmed.length > 80 || SUNG.test(trimmed)) return null;
  const { inner, decorated } = undecorate(trimmed);
  if (CLOSING.test(inner)) return inner;
  if (decorated && /\p{L}/u.test(inner)) return inner;
  return null;
}
