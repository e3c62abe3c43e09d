import { readFile } from 'node:fs/promises';
import { DiagnosticSink } from '../diagnostics.js';
import { InputError } from '../errors.js';
import { cleanText } from './clean-text.js';
import { decode } from './decode.js';
import { decodeHeaderWords } from './mime-words.js';

export interface Source {
  file: string;
  text: string;
  encoding: string;
  sink: DiagnosticSink;
}

/** Bytes of one manuscript to clean text, with the diagnostics reading produced. */
export function sourceFromBytes(file: string, bytes: Uint8Array): Source {
  const sink = new DiagnosticSink(file);
  const { text: raw, encoding } = decode(bytes, sink);
  const text = cleanText(decodeHeaderWords(raw, sink), sink);
  if (!/\S/.test(text)) throw new InputError(file, 'the file holds only white space; there is no text to bind.');
  return { file, text, encoding, sink };
}

/** Reads a manuscript file from disk; file-system failures become `InputError`s. */
export async function readSource(file: string): Promise<Source> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InputError(file, describeFsError(error));
  }
  return sourceFromBytes(file, bytes);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file; check the path.';
    case 'EISDIR':
      return 'this is a directory; name the manuscript files in it.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; make the file readable.';
    default:
      return `cannot be read (${code ?? String(error)}).`;
  }
}
