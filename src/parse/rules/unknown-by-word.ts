import { ARTICLE_WORDS, DEFINITE_ARTICLES, JOINING_WORDS } from './languages/index.js';

/**
 * A by-word no language table holds (Breton `gant Soazig Kerlann`, Hawaiian `na Kalani Kahananui`, Javanese
 * `Cerbung basa Jawa dening Sekar Ayuningtyas`, Faroese `Skrivað 4. mars 2019 av Rannvá Joensen`): one word in lower
 * case before a name of two to four capitalised words closing the line, after at most five words of what the work
 * is or when it was posted. Words that join a title's words (`The Memoirs of Sherlock Holmes`, `for Mary Ann`) are
 * never such a word, nor is an article or a word after them; where the line stands (under the title, nothing else naming the author) is the caller's test.
 */
const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)`;
/** (A particle of up to three letters may join a name's words: `Kenver an Velin`, `Maria de Souza`.) */
const UNKNOWN_BY = new RegExp(String.raw`^(?:(\S.{0,40}?)\s)?(\p{Ll}[\p{Ll}\p{M}'’]{0,9})\s+(${NAME_WORD}(?:\s(?:\p{Ll}{1,3}\s)?${NAME_WORD}){1,3})$`, 'u');

export function unknownByLine(text: string): string | null {
  const m = text.length <= 80 ? UNKNOWN_BY.exec(text) : null;
  const lead = (m?.[1] ?? '').split(/\s+/);
  // (Nor an article, nor a word after a joining one: `Night Shift at the Button Museum` is a title.)
  const joined = (w: string): boolean => JOINING_WORDS.has(w) || DEFINITE_ARTICLES.has(w) || ARTICLE_WORDS.has(w);
  if (!m || joined(m[2]!) || joined(lead.at(-1)!.toLowerCase()) || lead.length > 5) return null;
  return m[3]!;
}
