/**
 * Case-insensitive Unicode regexes (`iu`) that are cheap to compile.
 *
 * V8 compiles an `iu` regex by closing every character class over case
 * folding, with ICU, code point by code point: `\S` and `.` (nearly every
 * code point) cost about 0.4 ms each, `[\p{L} -]` about 1 ms, a negated class
 * only the closure of what it leaves out. The rules' patterns, built from
 * every language's words around `\S.{0,40}` and `[\p{L} -]`, paid tens of
 * milliseconds before the first line of a book was read, and again when V8
 * tiered them up to machine code.
 *
 * Written as negated classes they match the same code points
 * (tests/caseless-regexp.test.ts checks every one): outside brackets `\S` is
 * `[^\s]`, `\D` `[^\d]` and (without the `s` flag) `.` `[^\n\r\u2028\u2029]`, since no
 * space, digit or line end shares a case fold with another character; a
 * class of letters, marks or numbers `[\p{L}…]` is `(?:[^\P{L}]|[…])`, plus the
 * four iotas whose fold class holds a combining mark (U+0345), which the
 * negated form leaves out. Other patterns and flags are left as they are.
 */
export function caselessRegExp(source: string, flags: string): RegExp {
  return new RegExp(flags.includes('i') && flags.includes('u') ? cheapClasses(source, flags.includes('s')) : source, flags);
}

const CHEAP: Readonly<Record<string, string>> = { S: '[^\\s]', D: '[^\\d]' };
const NOT_LINE_END = '[^\\n\\r\\u2028\\u2029]';
/** Properties whose case closure is their negated form plus these code points (checked by the tests). */
export const PROPERTY_EXTRAS: Readonly<Record<string, string>> = { L: '\\u0345\\u0399\\u03b9\\u1fbe', M: '\\u0345\\u0399\\u03b9\\u1fbe', N: '', Lo: '', Lm: '' };

/** An escape (a property whole), a bracket class or a dot: the only places the rewrite looks at. */
const TOKEN = /\\p\{\w+\}|\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]|\./g;

/** The pattern with its wide escapes and property classes written as negated classes (one native scan: this runs cold, at start-up). */
export function cheapClasses(source: string, dotAll: boolean): string {
  return source.replace(TOKEN, (token) => {
    if (token === '.') return dotAll ? token : NOT_LINE_END;
    if (token.startsWith('[')) return propertyClass(token) ?? token;
    if (token.startsWith('\\p{')) return PROPERTY_EXTRAS[token.slice(3, -1)] === undefined ? token : propertyClass(`[${token}]`) ?? token;
    return CHEAP[token.charAt(1)] ?? token;
  });
}

/**
 * `[\p{L}\p{M} -]` as `(?:[^\P{L}]|[^\P{M}]|[ -]|[ͅΙιι])`, `[^\p{L}\s]` as `(?:(?!(?:[^\P{L}]|[\s]|[ͅΙιι]))[^])`
 * (one code point outside the same set); null when the class holds no property or one whose closure is not known.
 */
function propertyClass(bracket: string): string | null {
  const negated = bracket.startsWith('[^');
  const names: string[] = [];
  let rest = '';
  for (let i = negated ? 2 : 1; i < bracket.length - 1; i++) {
    const ch = bracket[i] as string;
    if (ch !== '\\') {
      rest += ch;
      continue;
    }
    const property = /^\\[pP]\{(\w+)\}/.exec(bracket.slice(i));
    if (property) {
      if (!property[0].startsWith('\\p') || PROPERTY_EXTRAS[property[1] ?? ''] === undefined) return null;
      names.push(property[1] ?? '');
      i += property[0].length - 1;
    } else {
      rest += ch + (bracket[i + 1] ?? '');
      i++;
    }
  }
  if (names.length === 0) return null;
  const extras = [...new Set(names.map((n) => PROPERTY_EXTRAS[n]))].join('');
  const others = [rest.startsWith('^') ? `\\${rest}` : rest, extras].filter((c) => c !== '').map((c) => `[${c}]`);
  const members = `(?:${[...names.map((n) => `[^\\P{${n}}]`), ...others].join('|')})`;
  return negated ? `(?:(?!${members})[^])` : members;
}

/** A regex literal recompiled through caselessRegExp: `caseless(/^(\S+) wrote$/iu)`. */
export const caseless = (re: RegExp): RegExp => caselessRegExp(re.source, re.flags);
