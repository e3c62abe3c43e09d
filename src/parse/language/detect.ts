import { createRequire } from 'node:module';
import { latinLanguageByLetters } from './latin-letters.js';
import { languageByScript } from './script.js';

/**
 * The language of a story's text as a BCP 47 tag, or null when the text is
 * too short to tell. The script decides CJK, Cyrillic, Greek, Hebrew, Thai,
 * Devanagari and the Arabic script; Latin-script languages franc-min does
 * not know are told by their letters (latin-letters.ts); the rest go to
 * franc-min (see the README's dependency table for why), loaded on first
 * use only, so a story that names its language never pays for it.
 */

/** franc's ISO 639-3 codes for the Latin-script languages it knows, to BCP 47. */
const ISO_639_3: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', swe: 'sv', ces: 'cs', tur: 'tr',
  ind: 'id', vie: 'vi', hun: 'hu', ron: 'ro', hrv: 'hr', bos: 'bs', srp: 'sr', tgl: 'tl', zlm: 'ms', swh: 'sw', jav: 'jv', ceb: 'ceb',
  azj: 'az', uzn: 'uz', som: 'so', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu',
};
const ONLY = Object.keys(ISO_639_3);

/** How much text franc reads: its accuracy stops growing long before a novel's length, its time does not. */
export const SAMPLE = 3000;
/** Fewer letters than this and the trigrams of a few names decide; the caller keeps its default. */
const MIN_LETTERS = 120;

type Franc = (text: string, options: { only: string[]; minLength: number }) => string;
let franc: Franc | null = null;

function loadFranc(): Franc {
  // franc-min is ESM; Node ≥ 20.19 requires it synchronously, so the parser stays synchronous.
  franc ??= (createRequire(import.meta.url)('franc-min') as { franc: Franc }).franc;
  return franc;
}

export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const script = languageByScript(sample);
  if (script !== 'latin') return script;
  if ((sample.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return null;
  return latinLanguageByLetters(sample) ?? ISO_639_3[loadFranc()(sample, { only: ONLY, minLength: 10 })] ?? null;
}
