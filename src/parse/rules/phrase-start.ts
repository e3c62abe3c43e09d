/**
 * A test that spares a line the pattern of every language's opening phrases (`by`, `written by`, `Posted`,
 * `Contents`): such a pattern, case-insensitive and Unicode, costs a millisecond or two to compile, and most lines
 * of a book start with none of the phrases.
 *
 * A line can start with a phrase only if its first word (up to a space, colon or stop) is the phrase's first word.
 * That is told exactly without the pattern in two cases: a first word of plain ASCII, which a case-insensitive
 * pattern matches only with ASCII letters (the keys fold the two non-ASCII letters that match ASCII ones, `ſ` and
 * the Kelvin sign); and a line that opens with a mark without case (a curly quote, a dash) that starts no phrase.
 * Any other line is left to the pattern.
 */
export interface PhraseStarts {
  words: ReadonlySet<string>;
  marks: ReadonlySet<string>;
}

const SPLIT = /[\s:.：]/;
const CASELESS_MARKS = new Set(['“', '”', '‘', '’', '„', '«', '»', '‹', '›', '—', '–', '…', '¿', '¡']);

const firstWord = (t: string): string => t.split(SPLIT, 1)[0] ?? '';
const key = (word: string): string => word.toLowerCase().replace(/ſ/g, 's').replace(/\u212a/g, 'k');

/** The first words and opening marks of phrases that a pattern matches at a line's start, followed by a space, colon, stop or the line's end. */
export function phraseStarts(phrases: readonly string[]): PhraseStarts {
  return { words: new Set(phrases.map((p) => key(firstWord(p)))), marks: new Set(phrases.map((p) => p.charAt(0))) };
}

/** False only when `line` cannot start with one of the phrases. */
export function mayStartPhrase(line: string, starts: PhraseStarts): boolean {
  const word = firstWord(line);
  if (/^[\u0000-\u007f]*$/.test(word)) return starts.words.has(key(word));
  const mark = line.charAt(0);
  return !CASELESS_MARKS.has(mark) || starts.marks.has(mark);
}
