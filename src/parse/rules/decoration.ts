/** Characters people draw around headings, markers and ornaments. */
const DECORATION = '~=*#_+<>|•·◇◆❖§†‡°◦○●✦✧★☆♦♥❀✿\\-–—' +
  // Symbols, dingbats and emoji people draw around headings (`✨ Title ✨`, `⋆⋅☆⋅⋆`, `🌙🌙🌙`).
  '\\u2042\\u203B\\u22C5\\u22C6\\u25A0-\\u25FF\\u2600-\\u27BF\\u2B50\\u2B55\\uFE0F\\u200D\\u{1F300}-\\u{1FAFF}';
const EDGES = new RegExp(`^[\\s${DECORATION}]+|[\\s${DECORATION}]+$`, 'gu');
/** Without angle brackets: for text that holds markup, where an edge `>` closes a tag (`</script>`). */
const EDGES_NO_ANGLES = new RegExp(`^[\\s${DECORATION.replace('<>', '')}]+|[\\s${DECORATION.replace('<>', '')}]+$`, 'gu');
const ONLY_DECORATION = new RegExp(`^[\\s${DECORATION}]+$`, 'u');

export interface Undecorated {
  inner: string;
  /** Drawn on both sides with something other than a single `*` or `_` (which is emphasis). */
  decorated: boolean;
}

export function undecorate(trimmed: string): Undecorated {
  let inner = trimmed.replace(EDGES, '');
  if (/[<>]/.test(inner)) inner = trimmed.replace(EDGES_NO_ANGLES, '');
  if (inner === trimmed || inner === '') return { inner, decorated: false };
  const start = trimmed.indexOf(inner);
  const left = trimmed.slice(0, start).trim();
  const right = trimmed.slice(start + inner.length).trim();
  const strong = (side: string): boolean => side.length >= 2 || /[^*_]/.test(side);
  return { inner, decorated: left !== '' && right !== '' && strong(left) && strong(right) };
}

export function isOnlyDecoration(trimmed: string): boolean {
  return ONLY_DECORATION.test(trimmed);
}
