import type { Manuscript } from './model.js';
import { parseText } from './parse/index.js';
import { readSource, sourceFromBytes, type Source } from './read/read-source.js';

function parseSource(source: Source): Manuscript {
  return parseText(source.text, { file: source.file, encoding: source.encoding, sink: source.sink });
}

/**
 * Parses one manuscript from its bytes. `file` names it in diagnostics.
 * Throws `InputError` for input that is not a text manuscript.
 */
export function parse(bytes: Uint8Array, file: string): Manuscript {
  return parseSource(sourceFromBytes(file, bytes));
}

/** Reads and parses one manuscript file. Throws `InputError` when it cannot be read. */
export async function parseFile(file: string): Promise<Manuscript> {
  return parseSource(await readSource(file));
}
