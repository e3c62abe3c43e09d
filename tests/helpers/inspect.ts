import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { outline, type ManuscriptOutline } from '../../src/inspect/outline.js';
import { parse } from '../../src/parse.js';
import type { Manuscript } from '../../src/model.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** Parses a file given relative to the repository root (or absolute), as `quire inspect` would name it. */
export function parseAt(relative: string, base: string = root): Manuscript {
  return parse(readFileSync(base + relative), relative);
}

export function inspectAt(relative: string, base: string = root): ManuscriptOutline {
  return outline(parseAt(relative, base));
}

/** Parses text as a `.txt` (or the name given) would be parsed, and outlines it as `quire inspect --json` does. */
export function inspectText(text: string, name = 'story.txt'): ManuscriptOutline {
  return outline(parse(Buffer.from(text), name));
}

/** A sentence of story, fourteen words with the name that opens it. */
export const prose = (first: string): string => `${first} went down to the river before the others were awake, and waited there.`;
