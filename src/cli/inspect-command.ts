import { InputError } from '../errors.js';
import { formatOutline } from '../inspect/format-outline.js';
import { outline, type ManuscriptOutline } from '../inspect/outline.js';
import type { Manuscript } from '../model.js';
import { parseFile } from '../parse-file.js';
import type { Io } from './io.js';

export interface InspectOptions {
  json: boolean;
}

/** `quire inspect FILE…`: outline and diagnostics per file; exit 1 if any file could not be read. */
export async function inspectCommand(files: readonly string[], options: Readonly<InspectOptions>, io: Io): Promise<number> {
  const parsed: Manuscript[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      parsed.push(await parseFile(file));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.err(`quire: ${error.message}\n`);
      failed++;
    }
  }
  if (options.json) {
    const outlines: ManuscriptOutline[] = parsed.map(outline);
    const value = files.length === 1 ? (outlines[0] ?? null) : outlines;
    if (value !== null) io.out(`${JSON.stringify(value, null, 2)}\n`);
  } else {
    io.out(parsed.map(formatOutline).join('\n\n') + (parsed.length ? '\n' : ''));
  }
  return failed > 0 ? 1 : 0;
}
