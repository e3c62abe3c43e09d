import { describe, expect, it } from 'vitest';
import { bookSlug } from '../src/build/slug.js';

describe('book file names', () => {
  it.each([
    ['Finding Friendship', 'finding-friendship'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a/b\\c', 'a-b-c'],
    ['CON', 'con-book'],
    ['lpt1', 'lpt1-book'],
    ['Ça va: l’été — “Déjà vu”', 'ca-va-l-ete-deja-vu'],
    ['Жизнь', 'zhizn'],
    ['Mr. & Mrs. Smith', 'mr-and-mrs-smith'],
  ])('%s → %s', (title, slug) => {
    expect(bookSlug(title, 'story', new Set())).toBe(slug);
  });

  it('falls back to the file name, then to "book", when the title leaves nothing', () => {
    expect(bookSlug('日本語', '001_story', new Set())).toBe('001-story');
    expect(bookSlug('***', '…', new Set())).toBe('book');
  });

  it('cuts a long title at a word boundary within 60 characters', () => {
    const slug = bookSlug('word '.repeat(100), 'x', new Set());
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^word(-word)+$/);
  });

  it('numbers a name already used in the same build', () => {
    expect(bookSlug('Same', 'a', new Set(['same']))).toBe('same-2');
    expect(bookSlug('Same', 'a', new Set(['same', 'same-2']))).toBe('same-3');
  });
});
