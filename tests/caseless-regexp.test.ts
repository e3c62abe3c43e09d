import { describe, expect, it } from 'vitest';
import { caselessRegExp, cheapClasses } from '../src/parse/rules/caseless-regexp.js';

/** Every code point, lone surrogates included, as a string. */
function* everyCodePoint(): Generator<string> {
  for (let cp = 0; cp <= 0x10ffff; cp++) yield String.fromCodePoint(cp);
}

describe('caselessRegExp', () => {
  // The rewrite is only sound if each cheap form matches exactly the code points the wide escape matches.
  it.each([
    ['\\S', 'iu'],
    ['\\D', 'iu'],
    ['.', 'iu'],
    ['.', 'isu'],
    ['\\S', 'u'],
    ['[\\p{L} -]', 'iu'],
    ['[\\p{L}\\p{M}\'’./ -]', 'iu'],
    ['\\p{L}', 'iu'],
    ['[\\p{M}]', 'iu'],
    ['[\\p{N}x]', 'iu'],
    ['[^\\p{L}\\p{N}\\s]', 'iu'],
    ['[\\p{Lo}\\p{Lm}\\p{Lu}]', 'iu'],
    ['[\\p{Lo}\\p{Lm}^]', 'iu'],
    ['[^\\p{L}]', 'iu'],
    ['[^^\\p{M}-]', 'iu'],
  ])('%s under %s matches the same code points', (atom, flags) => {
    const wide = new RegExp(`^${atom}$`, flags);
    const cheap = caselessRegExp(`^${atom}$`, flags);
    const differ: number[] = [];
    for (const ch of everyCodePoint()) if (wide.test(ch) !== cheap.test(ch)) differ.push(ch.codePointAt(0) ?? -1);
    expect(differ).toEqual([]);
  });

  it('rewrites only outside brackets and only unescaped', () => {
    expect(cheapClasses(String.raw`^\S+ [.\S\]] \. \\S .{0,40}\w$`, false)).toBe(String.raw`^[^\s]+ [.\S\]] \. \\S [^\n\r\u2028\u2029]{0,40}\w$`);
    expect(cheapClasses('a.b', true)).toBe('a.b');
    expect(cheapClasses(String.raw`^[\p{L} -]{1,40}?\p{L}`, false)).toBe(String.raw`^(?:[^\P{L}]|[ -]|[\u0345\u0399\u03b9\u1fbe]){1,40}?(?:[^\P{L}]|[\u0345\u0399\u03b9\u1fbe])`);
    // Negated classes and properties whose case closure is not known stay as written.
    expect(cheapClasses(String.raw`[^\p{Lu}\s][\p{Lu}\p{L}]\p{Lu}[^\P{L}]`, false)).toBe(String.raw`[^\p{Lu}\s][\p{Lu}\p{L}]\p{Lu}[^\P{L}]`);
    expect(cheapClasses(String.raw`[^\p{N}\s]{1,3}`, false)).toBe(String.raw`(?:(?!(?:[^\P{N}]|[\s]))[^]){1,3}`);
  });

  it('leaves patterns without both flags as they are', () => {
    expect(caselessRegExp(String.raw`^\S.$`, 'i').source).toBe(String.raw`^\S.$`);
    expect(caselessRegExp(String.raw`^\S.$`, 'u').source).toBe(String.raw`^\S.$`);
  });

  it('gives the same matches and captures as the plain pattern', () => {
    const source = String.raw`^(?:by|von|ΣΟΦΙΑ)\s*:?\s+(\S.{0,20}?)(?:\s{3,}.*|\s+[·•|].*)?(?<![^\p{L}\s]{2})$`;
    const plain = new RegExp(source, 'iu');
    const cheap = caselessRegExp(source, 'iu');
    for (const text of ['By: Jane Doe', 'VON Ännchen • 2011', 'σοφια  Ωmega 🐝 x', 'by\nJane', 'by 🐝🐝', 'by Ǆemal Ǳ   rest', 'by', 'by Jane!!', 'by Jane ι!']) {
      expect(cheap.exec(text)).toEqual(plain.exec(text));
    }
  });
});
