import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import type { Book } from '../book.js';

/** quire's own namespace for name-based (v5) book identifiers. */
const QUIRE_NAMESPACE = '9b0c8f1e-4e0a-5d6b-8f3c-7a1e2d4c6b58';
/** When neither SOURCE_DATE_EPOCH nor a date in the story fields is known. */
const FALLBACK_DATE = Date.UTC(2000, 0, 1);
/** Keys that say where a manuscript came from rather than what it says. */
const NOT_CONTENT = new Set(['file', 'encoding', 'diagnostics', 'position']);

/**
 * `urn:uuid:` v5 derived from the book's content, so the same book always
 * gets the same identifier and calibre matches rebuilt copies, while file
 * names, folders and encodings do not change it.
 */
export function bookIdentifier(book: Book): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(book.meta));
  for (const story of book.stories) hash.update(JSON.stringify(story, (key, value: unknown) => (NOT_CONTENT.has(key) ? undefined : value)));
  return `urn:uuid:${uuidv5(hash.digest('hex'), QUIRE_NAMESPACE)}`;
}

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const US_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;

/** Dates written in header fields (`Published: 2021-04-02`, `Updated: 3/14/2019`), as UTC milliseconds. */
function fieldDates(book: Book): number[] {
  const dates: number[] = [];
  for (const story of book.stories) {
    for (const value of Object.values(story.meta.fields)) {
      for (const m of value.matchAll(ISO_DATE)) dates.push(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      for (const m of value.matchAll(US_DATE)) dates.push(Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])));
    }
  }
  return dates.filter((d) => Number.isFinite(d));
}

/**
 * The book's modification time: `SOURCE_DATE_EPOCH` when given, else the
 * latest date in the stories' header fields, else a fixed date. Never the clock.
 */
export function bookDate(book: Book, sourceDateEpoch: number | null): Date {
  if (sourceDateEpoch !== null) return new Date(sourceDateEpoch * 1000);
  const dates = fieldDates(book);
  return new Date(dates.length > 0 ? Math.max(...dates) : FALLBACK_DATE);
}
