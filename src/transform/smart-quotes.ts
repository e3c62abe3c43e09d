/**
 * Straight quotes to curly ones across one paragraph's text, one character
 * for one character (so text can be cut back into its inline nodes). A quote
 * is opening or closing by what stands before and after it; the cases that
 * rule cannot settle are reported with their offset, never guessed silently.
 */

export interface Ambiguity {
  offset: number;
  reason: string;
}

const LETTER = /[\p{L}\p{N}]/u;
/** Before an opening quote: nothing, space, an opening bracket or quote, a dash. */
const OPENS_AFTER = /[\s([{<“‘—–\-/]/u;
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

export function smartQuotes(text: string, report: (a: Ambiguity) => void): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const out = text.split('');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const before = text[i - 1];
    const after = text[i + 1];
    if (c === '"') {
      if (isLetter(before) && isLetter(after)) report({ offset: i, reason: 'a straight double quote between two letters; set as a closing quote' });
      out[i] = opensAfter(before) && after !== undefined && !/\s/.test(after) ? '“' : '”';
    } else if (c === "'") {
      if (isLetter(before)) out[i] = '’';
      else if (!opensAfter(before)) out[i] = '’';
      else if (ELISION.test(text.slice(i + 1))) out[i] = '’';
      else if (after === undefined || /\s/.test(after)) out[i] = '’';
      else if (closingSingleAfter(text, i)) out[i] = '‘';
      else {
        out[i] = '’';
        report({ offset: i, reason: `a single quote opens "${text.slice(i, i + 12).split(/\s/)[0]}" but nothing closes it; set as an apostrophe (an elided letter)` });
      }
    }
  }
  return out.join('');
}
