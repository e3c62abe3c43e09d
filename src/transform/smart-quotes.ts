import type { QuoteStyle } from './quote-styles.js';

/**
 * Straight quotes to curly ones across one paragraph's text, one character
 * for one character (so text can be cut back into its inline nodes). A quote
 * is opening or closing by what stands before and after it; the cases that
 * rule cannot settle are reported with their offset, never guessed silently.
 * The marks are the story language's (`„…“` in German, `«…»` in Russian);
 * the apostrophe is `’` in all of them.
 */

export interface Ambiguity {
  offset: number;
  reason: string;
}

const LETTER = /[\p{L}\p{N}]/u;
/** Before an opening quote: nothing, space, an opening bracket or quote, a dash. */
const OPENS_AFTER = /[\s([{<“‘„‚«‹—–\-/]/u;
/** Words that begin with an elided letter, written with a leading apostrophe: 'em, 'tis, 'cause, 'n'. */
const ELISION = /^(?:em|tis|twas|twere|twill|til|till|cause|cos|coz|bout|round|nuff|ello|ere|im|er|ow|ave|kay|sup|fraid|n'|\d\d(?:s|'s)?)(?![\p{L}])/iu;

const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
const opensAfter = (c: string | undefined): boolean => c === undefined || OPENS_AFTER.test(c);

/** Whether a later `'` in the text could close a single quote opened at `from`. */
function closingSingleAfter(text: string, from: number): boolean {
  for (let i = text.indexOf("'", from + 1); i !== -1; i = text.indexOf("'", i + 1)) {
    if (!isLetter(text[i + 1]) && !opensAfter(text[i - 1])) return true;
  }
  return false;
}

const ENGLISH: QuoteStyle = { primary: ['“', '”'], secondary: ['‘', '’'] };
const APOSTROPHE = '’';

export function smartQuotes(text: string, report: (a: Ambiguity) => void, style: QuoteStyle = ENGLISH): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  // Only quote characters change: copy the runs between them as slices.
  let out = '';
  let from = 0;
  // Single quotes opened and not yet closed: a `'` after a word closes one, else it is an apostrophe (`students'`).
  const open = { singles: 0 };
  for (const match of text.matchAll(/["']/g)) {
    const i = match.index;
    out += text.slice(from, i) + curl(text, i, report, style, open);
    from = i + 1;
  }
  return out + text.slice(from);
}

function curl(text: string, i: number, report: (a: Ambiguity) => void, style: QuoteStyle, open: { singles: number }): string {
  const before = text[i - 1];
  const after = text[i + 1];
  if (text[i] === '"') {
    if (isLetter(before) && isLetter(after)) report({ offset: i, reason: 'a straight double quote between two letters; set as a closing quote' });
    return opensAfter(before) && after !== undefined && !/\s/.test(after) ? style.primary[0] : style.primary[1];
  }
  if (isLetter(before) || !opensAfter(before)) {
    if (open.singles === 0 || isLetter(after)) return APOSTROPHE;
    open.singles--;
    return style.secondary[1];
  }
  if (ELISION.test(text.slice(i + 1, i + 8))) return APOSTROPHE;
  if (after === undefined || /\s/.test(after)) return APOSTROPHE;
  if (closingSingleAfter(text, i)) {
    open.singles++;
    return style.secondary[0];
  }
  report({ offset: i, reason: `a single quote opens "${text.slice(i, i + 12).split(/\s/)[0]}" but nothing closes it; set as an apostrophe (an elided letter)` });
  return APOSTROPHE;
}
