/**
 * A language's heading vocabulary, as data. Adding a language is adding one
 * module beside this file and listing it in `index.ts`; nothing else changes.
 */
export interface HeadingLanguage {
  /** BCP 47 tag, for diagnostics. */
  tag: string;
  /** Words that label a numbered chapter: `Chapter 3`, `Kapitel Eins`. */
  chapter: string[];
  /** Words that label a numbered part above chapters: `Part One`, `Première partie`. */
  part: string[];
  /**
   * Labels believed only when several follow each other and no stronger
   * chapter heading structures the file (`Tag 3 – Montag`, `Day 4`): diary
   * entries are chapters, a word-count log line in a draft with chapters is not.
   */
  weakChapter?: string[];
  /** Chapters that carry a name instead of a number: `Prologue`, `Epílogo`. */
  named: string[];
  /** Number words, cardinal and ordinal, lower case: `eins`, `premier`, `третья`. */
  numbers: Record<string, number>;
  /** Words that add (`dix-sept`) or join (`vingt et un`, `treinta y uno`) number words. */
  joiners?: string[];
  /** Words that multiply what stands before (`hundred`, `cent`). */
  hundreds?: string[];
}
