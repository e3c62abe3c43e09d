import { alternation, escapeRegExp, LANGUAGES } from './languages/index.js';
import { caseless, caselessRegExp } from './caseless-regexp.js';
import { mayStartPhrase, phraseStarts, type PhraseStarts } from './phrase-start.js';
import { isDateLine } from './boilerplate.js';
import { matchDateLine } from './dates.js';

/**
 * Header conventions: by-lines, split field lines and the positional parts
 * of stats lines. The words of each language come from rules/languages/;
 * a new archive is one entry here, a new language one module there.
 */

/** A blog's follow button under the poster's name, in the languages Tumblr and its kin are used in. */
export const FOLLOW_BUTTON = /^(?:\+\s?)?(?:follow|following|segui|folgen|gefolgt|suivre|abonné|seguir|seguindo|siguiendo|volgen|obserwuj|följ|følg|seuraa|takip et|sledovat|подписаться|підписатися|دنبال کردن|متابعة|ikuti|theo dõi|フォロー|フォローする|フォロー中|支援する|支援中|팔로우|关注|關注|फ़ॉलो(?: करें)?|फॉलो(?: करें)?)$/iu;

/** A way to write to the author after the name (`(marisol at tilde.town)`, `<jo@example.org>`): not part of it. */
const CONTACT = /\s*[(<\[][^()<>[\]]*(?:@|\sat\s|\sdot\s)[^()<>[\]]*[)>\]]$/u;

/** The author's name of a by-line, without the address some add after it. */
export const withoutContact = (name: string): string => name.replace(CONTACT, '').trim();

/** A name as a site may set it in lower case (`marrow bells`, `luna de argint`): a name once each word is capitalised. */
export const isNameLikeAnyCase = (name: string): boolean => isNameLike(name) || isNameLike(name.replace(/(?<![\p{L}\p{N}])\p{Ll}/gu, (c) => c.toUpperCase()));

/** A journal's user tag before a name (`[personal profile] thornbury`, `[info]name`). */
export const JOURNAL_USER_TAG = /^\[(?:personal profile|info|profile)\]\s*/iu;

/** A name as by-lines write it: a handle or a few capitalised words. */
export function isNameLike(name: string): boolean {
  // AO3 writes a pseud with its account after it: `tidewrack (lanternmoth)`.
  const n = name.trim().replace(/^(\S+)\s+\([^()\s]{1,40}\)$/u, '$1');
  // A name has letters: `Faqja 1 nga 1` (page 1 of 1) names nobody.
  if (n === '' || n.length > 50 || /[!?;:]$/.test(n) || /^["“'‘(]/.test(n) || !/\p{L}/u.test(n)) return false;
  // A field and its value (`テーマ：連載小説`, a blog post's theme) is no name.
  if (/^\p{L}{1,20}\s*[:：]\s*\S/u.test(n)) return false;
  // Co-authors: `amberlight, Ferngully_Moss`, `Ana & Bea`; each must be a name.
  const names = n.split(/\s*,\s+|\s+&\s+/);
  if (names.length > 1) return names.length <= 6 && names.every((x) => !/\s/.test(x) || isNameLike(x));
  const words = n.split(/\s+/);
  if (words.length > 5) return false;
  if (words.length === 1) return true;
  // "the River", "my own": a phrase, not a name.
  if (/^\p{Ll}/u.test(words[0] ?? '')) return false;
  // "the river" is prose; "Lantern Jack", "M. O. Ellery", "de Vries" are names.
  // A bare number is no part of a name (`Faqja 1 nga 1` is a page count).
  if (words.filter((w) => /^\d+$/.test(w)).length >= 2) return false;
  return words.filter((w) => /^[\p{Lu}\p{Lo}\d]/u.test(w)).length >= Math.ceil(words.length / 2);
}

export interface ByLineRule {
  id: string;
  pattern: RegExp;
  /** A post stamp names the poster, who may not be the author; an author field wins over it. */
  weak?: true;
  /** The post's title stands under this line, not over it (Reddit: poster, flair, title). */
  titleBelow?: true;
  /** A cheap test every line `pattern` matches passes: a line that fails it is not tried (nor the pattern compiled for it). */
  needs?: RegExp;
  /** The phrases the pattern opens with (`mayStartPhrase`): a line that starts with none of them is not tried. */
  starts?: PhraseStarts;
}

const NAME = '(\\S.{0,60}?)';
/** The end of a name: line end, a wide gap, a middle dot or bullet (`Skrevet av Ingrid • 03.01.2011`), counts in brackets (`[ 17 entries | 412 visits ]`), or a trailing date stamp. */
const NAME_END = '(?:\\s{3,}.*|\\s{2,}(?=\\S*\\s.*\\d).*|\\s+[·•|].*|\\s+».*|\\s+\\[[^\\]]*\\d[^\\]]*\\]|,\\s+(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}[./\\s]).*)?$';

const words = (pick: (l: (typeof LANGUAGES)[number]) => string[] | undefined): string =>
  alternation(LANGUAGES.flatMap((l) => pick(l) ?? [])).replace(/ /g, '\\s+');
const POSTED = {
  verbs: words((l) => l.posted?.verbs),
  on: words((l) => l.posted?.on),
  by: words((l) => l.posted?.by),
  at: words((l) => l.posted?.at),
};

/** The opening of a post stamp in any language (`Posted by`, `Skrevet av`, `Eingestellt von`, `Posted on DATE by`) or `Written by`: a blog post's footer may name its author. */
export const POST_STAMP_START = caselessRegExp(`^(?:(?:${POSTED.verbs})(?:\\s+(?:${POSTED.on})[\\s-].{1,40}?)?\\s+(?:${POSTED.by})|written\\s+by)\\s`, 'iu');

/** `Posted 14 Mar 2007 17:41`, `Veröffentlicht am 3. März 2019`: a post's stamp with its date, the date in the first group. */
export const POSTED_DATE = caselessRegExp(`^(?:${POSTED.verbs})(?:\\s+(?:${POSTED.on}))?\\s+(\\S.{0,40})$`, 'iu');

/** `A ghost story by NAME`, `Eine Geschichte von NAME`: an article and a by-word of the same language. */
const genreByWords = (l: (typeof LANGUAGES)[number]): string[] => (l.byLines ?? []).filter((w) => !w.includes(' '));
const GENRE_LANGUAGES = LANGUAGES.filter((l) => l.articles && genreByWords(l).length > 0);
const GENRE_BY = GENRE_LANGUAGES.map((l) => `(?:${alternation(l.articles ?? [])})\\s+[\\p{L} -]{1,40}?\\s+(?:${alternation(genreByWords(l))})`).join('|');
/** A genre by-line's by-word between spaces: a line without one is tested no further (the by-genre pattern costs milliseconds to compile). */
const GENRE_BY_WORD = new RegExp(`\\s(?:${alternation(GENRE_LANGUAGES.flatMap(genreByWords))})\\s`, 'iu');

/**
 * A title page's line that says what the work is: a genre word of any language, alone or with what follows
 * it after punctuation or a preposition (`Повесть`, `(povídka, 2003)`, `A Tale in Three Chapters`,
 * `אַ דערציילונג אין צוויי טיילן`). Not a title that merely starts with one (`Roman Holiday`, `A Tale of Two Cities`).
 */
export const GENRE_LINE = caselessRegExp(
  `^[(\\[]?(?:${words((l) => l.genres)})(?:\\s?[,.:;(–—（、・-].{0,50}|\\s+(?:in|en|em|w|v|в|у|σε|אין|ב|aus|from)\\s.{1,50})?[)\\]]?$`,
  'iu',
);

/** A genre word labelling the title on its line (`Kortverhaal: Die stil somer`, `Novel : Kasih Yang Tertangguh`). */
export const GENRE_LABEL = caselessRegExp(`^(?:${words((l) => l.genres)})\\s?[:：]\\s*(?=\\S)`, 'iu');

/** A reading site's word for the kind of work printed before the title on its line (Dek-D's `นิยาย ฝนแรกที่เชียงดาว`). */
export const TITLE_LEAD = new RegExp(`^(?:${alternation(LANGUAGES.flatMap((l) => l.titleLeads ?? []))})\\s+(?=\\S)`, 'u');

/**
 * A newspaper's headline naming the writer first, then the work and what it is: `Nigar Əliyeva. Bağ evinin açarı
 * (hekayə)`, `Jan Novák: Stará studna (povídka)`.
 */
export const AUTHOR_TITLE_GENRE = caselessRegExp(`^(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,3})[.:]\\s+(\\S.{0,100}?)\\s*\\((?:${words((l) => l.genres)})\\)$`, 'iu');

/**
 * A show's or magazine's line naming the piece, quoted, and its writer: `Episode 47 — “The Ferry” by Lorna Feeney`,
 * `Folge 12: „Die Fähre“ von Jana Roth`, `“The Ferry” by Lorna Feeney`. What stands before the quotes (the episode's
 * label and number, the issue's) is the show's, the quoted words are the title.
 */
// (Or what the piece is between the quotes and the by-word: `«Το ψιλικατζίδικο», ένα διήγημα της NAME`, `“Low Tide”, a story by NAME`.)
const QUOTED_TITLE_BY = caselessRegExp(`^(?:[^"“”„«»]{1,40}?(?:\\s*[:：]|\\s+[—–|-])\\s+)?["“„«]([^"“”„«»]{1,100}?)[,.]?["”“»],?\\s+(?:\\p{L}{1,6}\\s+(?:${words((l) => l.genres)})\\s+)?(?:${words((l) => l.byLines)})\\s+(\\S.{0,40})$`, 'iu');

export function matchQuotedTitleBy(line: string): { title: string; author: string } | null {
  const m = line.length > 200 ? null : QUOTED_TITLE_BY.exec(line);
  // The full stop after an initial is the name's own (`Rina S.`).
  const author = m?.[2]?.trim().replace(/(?<!(?:^|\s)\p{Lu})[.,]$/u, '') ?? '';
  return m && isNameLike(author) && /^\p{Lu}|\d|_/u.test(author) ? { title: m[1]!.trim(), author } : null;
}

/**
 * A Q&A site's stamp beside the answerer's name, its date in the first group: `Answered Mar 3, 2017 · Author has
 * 214 answers`, `answered Mar 3, 2017 at 10:05`, `Updated 2y`, `Beantwortet 3. März 2017`, `编辑于 2017-03-03`; not a
 * field (`Updated: …`).
 */
export const ANSWER_STAMP = caselessRegExp(`^(?:${words((l) => l.answered)})\\s*(?![:：])(\\S.{0,40}?)(?:\\s+(?:${POSTED.at})\\s+\\d{1,2}[:.]\\d{2}.*|\\s+[·•|]\\s+.*)?$`, 'iu');

/**
 * A note naming the work in a sentence, its title set off in quotes or marks, its writer maybe after a by-word:
 * `its called ~*The Girl On The Bus*~ by shannon_xo (me lol)`, `meine Geschichte heißt „Der Bus“`.
 */
const WORK_NAMED = caselessRegExp(`(?:^|\\s)(?:${words((l) => l.titled)})\\s*:?\\s+[~*_"“„«]+\\s*([^~*_"“”„«»\\n]{1,80}?)\\s*[~*_"”“»]+(?:\\s+(?:${words((l) => l.byLines)})\\s+([^\\s()]{1,40}))?`, 'iu');

export function workNamedIn(text: string): { title: string; author: string | null } | null {
  const m = WORK_NAMED.exec(text);
  const title = m?.[1]?.trim() ?? '';
  if (!m || !/^[\p{Lu}\p{N}]/u.test(title) || title.split(/\s+/).length > 12) return null;
  const author = m[2]?.replace(/[.,;:!?]+$/u, '') ?? '';
  return { title, author: author !== '' && isNameLike(author) ? author : null };
}

const BY_WORD_ALONE_PATTERN = new RegExp(`^(?:${words((l) => [...(l.byLines ?? []), ...(l.byWordsAlone ?? [])])})$`, 'iu');
const BY_WORD_STARTS = phraseStarts(LANGUAGES.flatMap((l) => [...(l.byLines ?? []), ...(l.byWordsAlone ?? [])]));
/**
 * A by-word alone on its line, the name on the next (a script's or a manuscript's title page): the languages' by-words.
 * The pattern is tried only on a line that can start with one of them (`mayStartPhrase`).
 */
export const BY_WORD_ALONE = { test: (t: string): boolean => mayStartPhrase(t, BY_WORD_STARTS) && BY_WORD_ALONE_PATTERN.test(t) };

/** A by-phrase of more than one word (`scritto da`, `written by`) closing a line. */
const LONG_BY_PHRASE_END = caselessRegExp(`(?:^|\\s)(?:${alternation(LANGUAGES.flatMap((l) => l.byLines ?? []).filter((p) => /\s/.test(p)))})$`, 'iu');
/**
 * A title page's line whose last words begin the by-phrase a lone by-word ends (`RACCUOTE E SCRITTE` / `DA` /
 * NAME, `Told and written` / `by` / NAME): part of the by-line, never the title.
 */
export const endsByPhrase = (line: string, byWord: string): boolean => LONG_BY_PHRASE_END.test(`${line.trim()} ${byWord.trim()}`);

/** A line opening with a genre word: the cheap test before the motto's pattern. */
const GENRE_START = caselessRegExp(`^(?:${words((l) => l.genres)})[\\s,]`, 'iu');

/** A site's link to the writer's other works, naming them: `More by نسرین فاطمہ`, `Mehr von Anna Berg`. */
export const MORE_BY = caselessRegExp(`^(?:${words((l) => l.moreBy)})\\s*:?\\s+(\\S.{0,50})$`, 'iu');

/** A by-word and a name closing a line (`Seis días más por nieblas_de_agosto`, `Low Tide by kestrel`): the name. */
export const BY_TAIL = caselessRegExp(`\\s(?:${words((l) => l.byLines)})\\s+(\\S.{0,40})$`, 'iu');

export const BY_LINES: readonly ByLineRule[] = [
  { id: 'by', starts: phraseStarts(LANGUAGES.flatMap((l) => l.byLines ?? [])), pattern: caselessRegExp(`^(?:${words((l) => l.byLines)})\\s*:?\\s+${NAME}${NAME_END}`, 'iu') },
  { id: 'by-lower', starts: phraseStarts(LANGUAGES.flatMap((l) => l.lowerByLines ?? [])), pattern: new RegExp(`^(?:${words((l) => l.lowerByLines)})\\s*:?\\s+${NAME}${NAME_END}`, 'u') },
  // A newspaper's by-word before a name set in capitals (Swahili `Na HALIMA MWINYI`): the word capitalised, the name not.
  { id: 'by-capitals', starts: phraseStarts(LANGUAGES.flatMap((l) => l.capitalsByLines ?? [])), pattern: new RegExp(`^(?:${LANGUAGES.flatMap((l) => l.capitalsByLines ?? []).map(escapeRegExp).join('|')})\\s+(\\p{Lu}[\\p{Lu}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}'’.-]+){1,3})$`, 'u') },
  { id: 'by-genre', pattern: caselessRegExp(`^(?:${GENRE_BY})\\s+${NAME}$`, 'iu') },
  // A serial blog's motto under its name: what the work is, then its writer (`opowiadanie w odcinkach, pisze Kalina_W`,
  // `racconti a puntate di gelsomina_rossa`).
  // (Or after a dash, under an author's label too: `povídka — napsala NAME`, `opowiadanie w odcinkach - autorka: NAME`.)
  { id: 'by-genre-motto', needs: GENRE_START, pattern: caselessRegExp(`^(?:${words((l) => l.genres)})(?:\\s+[^,–—]{1,30}?)?(?:,|\\s+[-–—])?\\s+(?:${words((l) => l.byLines)}|(?:${words((l) => l.fields?.author)})\\s*:)\\s+${NAME}$`, 'iu') },
  // A fanzine's or a magazine's line under the title: what the work is, then its author (`povídka - Jana Horáková`).
  { id: 'by-genre-dash', needs: /\s[-–—]\s/, pattern: caselessRegExp(`^(?:${words((l) => l.genres)})\\s+[-–—]\\s+${NAME}$`, 'iu') },
  // The name first and the word after it, as a title page prints it (`한서윤 지음`, `夏目漱石 著`).
  { id: 'by-suffix', pattern: new RegExp(`^(\\S.{0,30}?)\\s+(?:${words((l) => l.bySuffixes)})$`, 'u') },
  { id: 'by-cjk', pattern: new RegExp(`^(?:${words((l) => l.byLabels)})\\s*[:：፦·・]\\s*(\\S.{0,40})$`, 'u') },
  // Or with a space for the colon, as Kakuyomu prints it under the title (`作者 水無月しずく`): a Han or Hangul label of
  // two letters or more and a name of one word.
  { id: 'by-cjk', pattern: new RegExp(`^(?:${words((l) => l.byLabels?.filter((w) => /^[\p{Script=Han}\p{Script=Hangul}]{2,}$/u.test(w)))})[ \u3000]+([^\\s:：]{1,30})$`, 'u') },
  { id: 'posted-by', starts: phraseStarts(LANGUAGES.flatMap((l) => l.posted?.verbs ?? [])), pattern: caselessRegExp(`^(?:${POSTED.verbs})(?: (?:${POSTED.on})[ -].{1,40}?)? (?:${POSTED.by}) ${NAME}(?: (?:${POSTED.at}) .*|\\s+[·•|]\\s.*)?$`, 'iu'), weak: true },
  { id: 'post-by', pattern: caseless(/^post by (\S.{0,40}?) » .*$/iu), weak: true },
  // A forum thread's opening line (XenForo 1): `Discussion in 'Original Fiction' started by NAME, Mar 3, 2017.`
  { id: 'thread-start', pattern: caseless(/^discussion in ['‘"].{1,60}['’"] started by (\S.{0,40}?), .{4,30}$/iu) },
  { id: 'wrote', pattern: caseless(/^(\S{1,40}) \(\S+\) wrote(?: in \S+)?,?$/iu), weak: true },
  // LiveJournal and Dreamwidth user tags as a page prints them: `[personal profile] thornbury`, `posted by [info]name`.
  // (Or posting to a community, the stamp run on: `[personal profile] verba_lypy wrote in [community profile] ukr_fic2022-05-04 09:13 pm`.)
  { id: 'journal-user', pattern: /^(?:posted by\s+)?\[(?:personal profile|info|profile)\]\s*([\w-]{1,40})(?: wrote in \[(?:community profile|info)\]\s*\S.*)?$/iu, weak: true },
  { id: 'follow-card', pattern: caseless(/^(\S.{0,40}?) · follow$/iu) },
  // Reddit's post line, over the post's flair and title: `Posted by u/starboard_mess  3 yr. ago`.
  { id: 'reddit-poster', pattern: /^(?:posted by\s+)?u\/([\w-]{3,20})(?:\s+[·•]?\s*\d.*)?$/iu, weak: true, titleBelow: true },
];

export interface ByLine {
  author: string;
  ruleId: string;
  weak: boolean;
  /** The title stands under the line (see `ByLineRule`). */
  titleBelow?: boolean;
}

/** A line wrapped whole in emphasis marks (`*NA*`, `_Ummu_`, `**by Jo**`), without them. */
export const unemphasised = (t: string): string => t.replace(/^([*_]{1,2})(\S(?:.*\S)?)\1$/u, '$2');

/** The post's date after the name, as a page's by-line runs on (`by Juan Crennell on Thursday, 8 November 2012 at 22:41`). */
const ON_DATE_TAIL = caselessRegExp(`\\s+(?:${POSTED.on})\\s+(?=[^\\d]*\\d)(\\S.{4,60})$`, 'iu');
const withoutOnDate = (line: string): string => {
  const m = ON_DATE_TAIL.exec(line);
  const date = m?.[1]?.replace(/\s+(?:\S{1,3}\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$/iu, '');
  return m && date !== undefined && (matchDateLine(date) !== null || isDateLine(date)) ? line.slice(0, m.index) : line;
};

/** A dash and a date with its year and time closing a by-line. */
const POST_STAMP_TAIL = /\s+[-–—]\s+(?=[^-–—]*\d{4})(?=[^-–—]*\d{1,2}:\d{2})[^-–—]{6,50}$/u;
/** The same in brackets, in any script's digits (`লিখেছেন NAME (তারিখ: শুক্র, ১২/০৩/২০১০ - ১০:১৪অপরাহ্ন)`, Drupal's). */
const BRACKETED_STAMP_TAIL = /\s+[(（](?=[^()（）]*\p{Nd}{1,4}[/.:-]\p{Nd})[^()（）]{6,60}[)）]$/u;

export function matchByLine(line: string): ByLine | null {
  if (line.length > 120) return null;
  // A by-line set in italics or bold (`*Γράφει η Ελένη Μαυρίδου*`, `**by Jo**`), or in brackets as old
  // newspapers set it (`(By ETHEL M. DARNLEY.)`): the marks are not the name's.
  // (A drawn separator after it, as a magazine runs the by-line into the text, `Γράφει η NAME //`, is no part of the name.)
  const whole = unemphasised(line).replace(/^[(\[](\S(?:.*\S)?)[)\]]$/u, '$1').replace(/\s+(?:\/\/|\||¦|—|–|::)$/u, '');
  // A category in brackets before it (`(fiction) by saltmarsh`, Everything2's writeup line) is the site's.
  const bare = whole.replace(/^[(\[]\p{L}[\p{L} -]{0,18}[)\]]\s+(?=\S)/u, '');
  // The post's stamp after the name (`by Amira Haddad - Friday, 3 March 2017, 3:47 PM`, a school forum's) is the site's.
  const stamped = withoutOnDate(whole.replace(POST_STAMP_TAIL, '').replace(BRACKETED_STAMP_TAIL, ''));
  // What the piece is, set before the by-line by a dash, as magazines print it (`Povídka. — Napsal NAME.`), is the subtitle's.
  const genred = whole.replace(GENRE_DASH, '');
  // The article's date before it, after a comma (`الأحد ١٠ آذار (مارس) ٢٠٢٤، بقلم NAME`), is the site's.
  const lead = /^(.{4,60}?)[,،]\s+(\S.*)$/u.exec(whole);
  const undated = lead && matchDateLine(lead[1]!) !== null ? lead[2]! : null;
  return (stamped === whole ? null : byLineOf(stamped)) ?? byLineOf(whole) ?? (bare === whole ? null : byLineOf(bare)) ?? (genred === whole ? null : byLineOf(genred)) ?? (undated === null ? null : byLineOf(undated));
}

const GENRE_DASH = caselessRegExp(`^(?:${words((l) => l.genres)})[.,:]?\\s*[—–-]\\s+(?=\\S)`, 'iu');

function byLineOf(trimmed: string): ByLine | null {
  for (const rule of BY_LINES) {
    if (rule.id === 'follow-card' && !trimmed.includes('·')) continue;
    if (rule.id === 'by-genre' && !GENRE_BY_WORD.test(trimmed)) continue;
    // A motto is written in lower case: in capitals the line is a heading (`CERPEN : PAYUNG MERAH DI TEPI SUNGAI`, Malay `di` "at").
    if (rule.id === 'by-genre-motto' && !/\p{Ll}/u.test(trimmed)) continue;
    if ((rule.needs && !rule.needs.test(trimmed)) || (rule.starts && !mayStartPhrase(trimmed, rule.starts))) continue;
    const m = rule.pattern.exec(trimmed);
    // A school's class or a writer's age in brackets after the name (`Por Lucía Ferrer Albiol (4.º ESO B)`) is not the
    // name; an account in brackets has no space (`tidewrack (lanternmoth)`).
    const name = withoutContact(m?.[1]?.trim().replace(/[,.]$/, (p) => (/(?<!\p{L})\p{Lu}\.$/u.test(m?.[1]?.trim() ?? '') ? p : '')) ?? '').replace(/\s+\([^()\s]*\d[^()]*\s[^()]*\)$/u, '');
    // (A label with its colon, `By: luna de argint`, says name however it is cased: pen names are often lower case.)
    const labelled = /^by\s*:/iu.test(trimmed) && isNameLikeAnyCase(name);
    if (m && name && (isNameLike(name) || labelled)) return { author: name, ruleId: rule.id, weak: rule.weak === true, titleBelow: rule.titleBelow === true };
  }
  return null;
}

/** Labels some sites print without a colon before their value (`Thread starter NAME`, `Postado 14/05/2020`). */
export const BARE_LABELS: readonly string[] = LANGUAGES.flatMap((l) => l.bareLabels ?? []);

/** FanFiction.Net's and FictionPress's ratings: `Fiction K+`, `T`, `Fiction M`. */
export const STATS_RATING = /^(?:Fiction\s+)?(?:K\+?|T|M|MA)$/u;

/**
 * FanFiction.Net's stats line writes some values without labels, in a fixed
 * order after `Rated:`: these are their names, each with a test for its shape.
 */
export const STATS_POSITIONAL: readonly { key: string; test: (value: string) => boolean }[] = [
  // The mobile page prints the rating without its `Rated:` label, first on the line.
  { key: 'Rated', test: (v) => STATS_RATING.test(v) },
  { key: 'Language', test: (v) => /^[\p{L}]+$/u.test(v) && v.length <= 20 },
  { key: 'Genre', test: (v) => /^[A-Z][a-z-]+(?:\/[A-Z][a-z-]+)*$/.test(v) && !/,/.test(v) },
  { key: 'Characters', test: () => true },
];

/** Notes in the header block that the note rules may not know yet: box titles of archives, in every language's words. */
export const HEADER_NOTE_LABELS = new RegExp(`^(?:${LANGUAGES.flatMap((l) => l.headerNotes ?? []).join('|')})\\s*[:：]?(?:\\s|$)`, 'iu');

/** `Anonymous asked:`: a reader's question above a ficlet; the question is not the story, the line after it is the title. */
export const ASK_LINE = /^\S{1,40} asked:$/i;

/** A web reader's button under a story's blurb, folded open or not. */
export const READ_MORE = /^(?:read more|show more|see more|more|show less|ver más|leer más|mostrar más|mehr (?:lesen|anzeigen)|weiterlesen|lire la suite|voir plus|mostra di più|leggi tutto|leia mais|ver mais|czytaj więcej|pokaż więcej|подробнее|читать далее|показать полностью|더보기|もっと見る|続きを読む|ネタバレを表示する|ネタバレを見る|show spoilers?|展开|展開|展开全部|全文|selengkapnya|baca selengkapnya|xem thêm)\s*[.…»›>▼⌄]*$/iu;
/** A label over a story's blurb on a reading site's page. */
export const BLURB_LABEL = /^(?:introduction|intro|synopsis|blurb|description|summary|about(?: this (?:story|book|novel))?|sinopsis|sinossi|synopse|résumé|zusammenfassung|klappentext|sinopse|opis|streszczenie|аннотация|описание|简介|作品简介|內容簡介|内容简介|簡介|소개|작품 ?소개|줄거리|あらすじ|紹介|tóm tắt|giới thiệu)\s*[:：]?$/iu;

/** A journal's or blog's name with its owner in it (`栀子的博客`, `Blog của Hạ Vy`, `Дневник Lisa_Podsnezhnik`). */
const BLOG_OWNER = LANGUAGES.flatMap((l) => l.blogOwner ?? []).map(
  (p) => new RegExp(`^${p.replace(/[.*+?^$()[\]\\|]/g, '\\$&').replace('{name}', '(\\S(?:.{0,38}\\S)?)')}$`, 'iu'),
);

/** A creator's tagline, `{name} is creating {work}`: its name (or null where the line has none) when the line is one. */
const CREATING = LANGUAGES.flatMap((l) => l.creating ?? []).map(
  (p) => new RegExp(`^${p.replace(/[.*+?^$()[\]\\|]/g, '\\$&').replace('{name}', '(\\S(?:.{0,38}\\S)?)').replace('{work}', '\\S.{0,80}')}$`, 'iu'),
);

export function creatorTagline(line: string): { name: string | null } | null {
  for (const re of CREATING) {
    const m = re.exec(line);
    if (m) return { name: m[1] ?? null };
  }
  return null;
}

/** The owner a journal's or blog's name gives: a name or a user name, never a phrase (`Diario de una farera`). */
export function blogOwner(line: string): string | null {
  for (const re of BLOG_OWNER) {
    const name = re.exec(line)?.[1];
    if (name !== undefined && name.split(/\s+/).length <= 3 && (/^[\p{L}\p{N}_.-]{2,30}$/u.test(name) || isNameLike(name))) return name;
  }
  return null;
}
