import { readFileSync } from 'node:fs';

/** quire's own version, from the package.json shipped beside `lib/` (so it is never Node's). */
export const QUIRE_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
