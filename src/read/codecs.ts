import { createRequire } from 'node:module';

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
