/** A `hyphen` (1.14) patterns file: levels, the trie of patterns pointing into them, and exception words' break points. */
export type Patterns = [number[][], Trie, Record<string, number[]>?];
type Trie = { [letter: string]: TrieNode };
type TrieNode = Trie | number | [Trie, number];

/**
 * Whether `hyphen` counts a UTF-16 code unit as outside a word: white space, ASCII digits and punctuation but
 * the apostrophe, and U+2013–U+203C (dashes, curly quotes, ellipsis). Its own test is the regular expression
 * `/\s|(?![\'])[\!-\@\[-\`\{-\~\u2013-\u203C]/`, run on every character of the text; this is the same set
 * (tests/hyphenate.test.ts checks every code unit).
 */
function outsideWord(c: number): boolean {
  if (c <= 0x7e) return (c >= 0x21 && c <= 0x40 && c !== 0x27) || (c >= 0x5b && c <= 0x60) || c >= 0x7b || (c >= 0x09 && c <= 0x0d) || c === 0x20;
  if (c >= 0x2013 && c <= 0x203c) return true;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The break points of one word by Liang's algorithm, as `hyphen`'s `hyphenateWord` finds them (the same
 * walk of the same trie, so the same points, quirks included), written as loops instead of its closures.
 */
function breakPoints(length: number, lowered: string, levelsTable: number[][], trie: Trie): number[] {
  const chars = `.${lowered}.`.split('');
  const levels: number[] = new Array<number>(length + 1).fill(0);
  let entity = -1;
  for (let start = 0; chars.length - start >= 3; start++) {
    entity++;
    if (start === 1) entity--;
    let node: Trie = trie;
    for (let k = start; k < chars.length; k++) {
      const found = node[chars[k]!];
      if (found === undefined) break;
      let index = -1;
      if (Array.isArray(found)) [node, index] = found;
      else if (typeof found === 'number') {
        node = {};
        index = found;
      } else node = found;
      if (index < 0) continue;
      const pattern = levelsTable[index]!;
      for (let m = 0; m < pattern.length; m++) levels[entity + m] = Math.max(pattern[m]!, levels[entity + m]!);
    }
  }
  const n = levels.length;
  levels[0] = levels[1] = levels[n - 1] = levels[n - 2] = 0;
  const markers: number[] = [];
  for (let i = 0; i < n; i++) if ((levels[i]! & 1) === 1) markers.push(i);
  return markers;
}

function insert(text: string, mark: string, markers: readonly number[]): string {
  if (markers.length === 0) return text;
  let out = text.slice(0, markers[0]);
  for (let i = 1; i < markers.length; i++) out += mark + text.slice(markers[i - 1], markers[i]);
  return out + mark + text.slice(markers[markers.length - 1]);
}

/**
 * `hyphen`'s hyphenator for text with no white space, no `<` and no soft hyphen (its HTML and hyphen-character
 * rules then never apply): each run of word characters of `minWordLength` or more gets `mark` at its break
 * points, the rest is kept. Exception words come from the patterns file, matched as `hyphen` matches them (the
 * word in lower case). Why not `hyphen` itself: it reads text a character at a time through closures and a
 * regular expression, about a tenth of a one-story PDF build.
 */
export function liangHyphenator(patterns: Patterns, mark: string, minWordLength = 5): (text: string) => string {
  const [levelsTable, trie] = patterns;
  const exceptions = patterns[2] ?? {};
  const computed = new Map<string, number[]>();
  const word = (run: string): string => {
    const lowered = run.toLocaleLowerCase();
    let markers = Object.hasOwn(exceptions, lowered) ? exceptions[lowered]! : computed.get(lowered);
    if (markers === undefined) {
      markers = breakPoints(run.length, lowered, levelsTable, trie);
      computed.set(lowered, markers);
    }
    return insert(run, mark, markers);
  };
  return (text) => {
    let out = '';
    let from = 0;
    while (from < text.length) {
      let to = from;
      const outside = outsideWord(text.charCodeAt(from));
      while (to < text.length && outsideWord(text.charCodeAt(to)) === outside) to++;
      const run = text.slice(from, to);
      out += outside || run.length < minWordLength ? run : word(run);
      from = to;
    }
    return out;
  };
}
