/**
 * What a reading app adds to a passage copied out of a book: a citation under each selection (Kindle's
 * `Bergmann, Anna. Salzwiesen: Novelle (German Edition) (S. 7). Kindle-Version.`, Apple Books' block
 * `Excerpt From` / TITLE / AUTHOR / `This material may be protected by copyright.`), and with some apps quotes around
 * the selection itself. One row per app, in the languages its stores speak.
 */
export interface CopyCitation {
  id: string;
  /** The citation's first line. */
  lead: RegExp;
  /** A word every lead holds (the app's or the store's name): the cheap test before `lead`, which each line would try. */
  hint?: RegExp;
  /** Lines that follow the lead without a blank line between them belong to it, up to this many (title, author, notice). */
  follow: number;
  /** A line that closes the block and makes it certain even once (the app's copyright notice); without it the block must come back. */
  close?: RegExp;
  /** The lead alone is certain even once: it names the app. */
  alone?: boolean;
  /** Which lines of the block (0 = the lead) give the book's title and author, as the app's library knows them. */
  names?: { title: number; author: number };
  /** The app wraps each selection in quotation marks glued to its first and last lines. */
  quotes?: boolean;
}

/** A page or location in brackets: `(p. 7)`, `(S. 7)`, `(Kindle Locations 120-131)`, `(posiciones 120-131)`. */
const LOCATION = String.raw`\((?:[^()]{0,40}?\s)?\d+(?:\s*[-–]\s*\d+)?\)\.?`;
/** Kindle's edition words as its stores write them. */
const KINDLE_EDITION = String.raw`(?:Kindle[- ](?:Edition|Version|Ausgabe|editie|utgåva)|Édition (?:du )?Kindle|Edición (?:de )?Kindle|Edição (?:do )?Kindle|Edizione Kindle|Wydanie Kindle|Издание Kindle)`;

export const COPY_CITATIONS: readonly CopyCitation[] = [
  {
    id: 'kindle',
    hint: /Kindle/,
    lead: new RegExp(String.raw`^\S.{0,300}\s${LOCATION}\s(?:.{0,120}\s)?${KINDLE_EDITION}\.?$`, 'u'),
    follow: 0,
    alone: true,
  },
  {
    // Apple Books since 2018: the block, and the store link under it when sharing was on.
    id: 'apple-books',
    lead: /^(?:Excerpt From|Auszug aus|Extrait de|Fragmento de|Estratto da|Trecho de|Excerto de|Fragment uit|Utdrag ur|Uddrag fra|Utdrag fra|Fragment z|Отрывок из)$/iu,
    follow: 3,
    names: { title: 1, author: 2 },
    close: /^(?:This material may be protected by copyright|Dieses Material ist möglicherweise urheberrechtlich geschützt|Ce contenu est peut-être protégé par des droits d['’]auteur|Es posible que este material esté protegido por copyright|Questo materiale potrebbe essere protetto da copyright|Este material pode estar protegido por direitos autorais|Dit materiaal is mogelijk auteursrechtelijk beschermd)\.?$/iu,
    quotes: true,
  },
  {
    // Apple Books and iBooks before 2018: one line naming the author, the title in quotes and the app.
    id: 'apple-books-line',
    lead: /^(?:Excerpt From|Auszug aus|Extrait de|Fragmento de|Estratto da|Trecho de|Excerto de|Fragment uit)\s*:?\s.{1,300}\b(?:Apple Books|iBooks)\.?$/iu,
    follow: 0,
    alone: true,
    quotes: true,
  },
  {
    id: 'apple-books-link',
    lead: /^(?:Check out this book on (?:Apple Books|the iBooks Store)|Dieses Buch (?:in|bei) Apple Books)\b.{0,20}:?\s*https?:\/\/\S+$/iu,
    follow: 0,
    alone: true,
  },
];
