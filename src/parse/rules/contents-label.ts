import { undecorate } from './decoration.js';
import { CONTENTS_WORDS, LANGUAGES } from './languages/index.js';
import { mayStartPhrase, phraseStarts } from './phrase-start.js';

// A count may follow (`Chapters (3)`, `目次 [12]`), with its word (`สารบัญ (4 ตอน)`, `Índice (12 capítulos)`).
const CONTENTS_LABEL = new RegExp(`^(?:${CONTENTS_WORDS})(?:\\s*[(（[]\\d{1,4}(?:\\s\\p{L}{1,12})?[)）\\]])?[.:：]?$`, 'iu');
/** The label's first words: a line that starts with none of them is not tried against the pattern (see phrase-start.ts). */
const CONTENTS_STARTS = phraseStarts(LANGUAGES.flatMap((l) => l.contents ?? []));

/** `Chapters:` with its colon is a work's count (AO3's stats `Chapters: 2/2`, `Chapitres: 3`), `Chapters` alone a contents list's label. */
export const COUNT_FIELD = /^(?:chapters|chapitres|cap[ií]tulos|capitoli|kapitel|главы|hoofdstukken|rozdziały|bölümler|розділи)\s*[:：]$/iu;

/** `Contents`, `Inhaltsverzeichnis`, `~ 目次 ~` alone on a line: a contents list follows. */
export const isContentsLabel = (text: string): boolean => {
  const inner = undecorate(text).inner.trim();
  return text.length <= 60 && mayStartPhrase(inner, CONTENTS_STARTS) && CONTENTS_LABEL.test(inner) && !COUNT_FIELD.test(inner);
};
