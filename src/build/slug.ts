import slugify from '@sindresorhus/slugify';

const MAX_LENGTH = 60;
/** Names Windows reserves in every folder, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

function trim(slug: string): string {
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH);
  const hyphen = cut.lastIndexOf('-');
  return hyphen > MAX_LENGTH / 2 ? cut.slice(0, hyphen) : cut;
}

/**
 * A file name stem for a book, safe on every file system: lower-case ASCII
 * letters, digits and hyphens (transliterated by `@sindresorhus/slugify`),
 * never a reserved name, at most 60 characters, and not one of `taken`
 * (a number is added). Falls back to the file name, then to `book`.
 */
export function bookSlug(title: string, fallback: string, taken: ReadonlySet<string>): string {
  let base = trim(slugify(title)) || trim(slugify(fallback)) || 'book';
  if (RESERVED.test(base)) base = `${base}-book`;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
