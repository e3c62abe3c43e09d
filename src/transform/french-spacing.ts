/** U+202F NARROW NO-BREAK SPACE: French "espace fine insécable". */
export const NNBSP = '\u202F';

/** Spaces a writer may have typed where a narrow no-break space belongs. */
const SPACE = '[ \\u00A0\\u202F]';
const AFTER_OPENING = new RegExp(`«${SPACE}*`, 'gu');
const BEFORE_CLOSING = new RegExp(`(?<=[^\\s])${SPACE}*»`, 'gu');
/**
 * `; : ! ?` after a word, a number or a closing mark, and followed by a space,
 * the end or more punctuation: `12:30`, `http://` and `:)` are left alone.
 */
const BEFORE_HIGH_PUNCTUATION = new RegExp(`(?<=[\\p{L}\\p{N}»”’)\\]…*])${SPACE}?([;:!?])(?=$|[\\s»”’"'.,…;:!?])`, 'gu');

/**
 * French spacing in one piece of text: a narrow no-break space inside
 * guillemets and before `; : ! ?`, replacing whatever space the writer
 * typed (or none). `before` is the character just before the text (the end
 * of the previous inline node), so a mark at the start of a node is spaced
 * by what precedes it.
 */
export function frenchSpacing(text: string, before = ''): string {
  if (!/[«»;:!?]/u.test(text)) return text;
  const context = before.slice(-1);
  const spaced = (context + text)
    .replace(AFTER_OPENING, `«${NNBSP}`)
    .replace(BEFORE_CLOSING, `${NNBSP}»`)
    .replace(BEFORE_HIGH_PUNCTUATION, `${NNBSP}$1`);
  return spaced.slice(context.length);
}
