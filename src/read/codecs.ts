import { createRequire } from 'node:module';
import { CODE_PAGES, decodeCodePage } from './code-pages.js';

/**
 * iconv-lite and chardet, loaded on the first file that is neither UTF-8 nor
 * UTF-16 with a byte order mark. Most manuscripts never need them, and
 * importing them cost every start-up, `quire --help` included.
 */
const require = createRequire(import.meta.url);

let iconvLite: typeof import('iconv-lite') | undefined;
let chardetLib: typeof import('chardet') | undefined;

export const iconv = (): typeof import('iconv-lite') => (iconvLite ??= require('iconv-lite') as typeof import('iconv-lite'));
export const chardet = (): typeof import('chardet') => (chardetLib ??= require('chardet') as typeof import('chardet'));

/** Whether `decodeAs` can read `name`: iconv-lite's encodings and our own code pages. */
export const encodingKnown = (name: string): boolean => name in CODE_PAGES || iconv().encodingExists(name);

/** `bytes` read in the encoding `name` (one `encodingKnown` accepts). */
export function decodeAs(bytes: Uint8Array, name: string): string {
  if (name in CODE_PAGES) return decodeCodePage(bytes, name);
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}
