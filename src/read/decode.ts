import { InputError } from '../errors.js';
import { iconv } from './codecs.js';
import type { DiagnosticSink } from '../diagnostics.js';
import { sniffBinary } from './binary-signatures.js';
import { chooseLegacyEncoding } from './legacy-encoding.js';
import { rtfToText } from './rtf-text.js';

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding the bytes were read in. */
  encoding: string;
}

const SAMPLE = 64 * 1024;

/**
 * Bytes to text: BOM, valid UTF-8, UTF-16 without BOM, else a legacy
 * encoding chosen by how well each decoding reads (legacy-encoding.ts).
 * Throws `InputError` for binary or empty input.
 */
export function decode(bytes: Uint8Array, sink: DiagnosticSink): Decoded {
  const file = sink.file;
  if (bytes.length === 0) throw new InputError(file, 'the file is empty; there is no text to bind.');
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  if (startsWith(bytes, RTF)) return decodeRtf(bytes, sink);
  const kind = sniffBinary(bytes);
  if (kind) throw new InputError(file, `this looks like ${kind}, not a text manuscript; export the story as plain text (.txt) or Markdown (.md).`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const utf16 = guessUtf16(bytes);
    if (utf16) {
      sink.warn('encoding-utf16-no-bom', 1, `no byte order mark, but the bytes look like ${utf16.toUpperCase()}; read as such. Save the file as UTF-8 to be sure.`);
      return { text: iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), utf16), encoding: utf16 };
    }
    throw new InputError(file, `line ${lineOfByte(bytes, nul)} contains a NUL byte, so this is a binary file, not a text manuscript; export the story as plain text (.txt).`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeLegacy(bytes, sink);
  }
}

const RTF = [...'{\\rtf'].map((c) => c.charCodeAt(0));
const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/** RTF's East Asian code pages by the names iconv-lite knows them by. */
const CODE_PAGES: Readonly<Record<string, string>> = { 'windows-932': 'shift_jis', 'windows-936': 'gbk', 'windows-949': 'euc-kr', 'windows-950': 'big5' };

/** An RTF document (a word processor's save, often renamed to .txt): its text, its formatting left out. */
function decodeRtf(bytes: Uint8Array, sink: DiagnosticSink): Decoded {
  const known = (cp: string): string => {
    const name = CODE_PAGES[cp] ?? cp;
    return iconv().encodingExists(name) ? name : 'windows-1252';
  };
  const { text, codepage } = rtfToText(bytes, (b, cp) => iconv().decode(Buffer.from(b), known(cp)));
  sink.info('encoding-rtf', 1, 'an RTF document: its text read, its formatting left out. Save it as plain text (.txt) to choose what is kept.');
  return { text, encoding: known(codepage) };
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return null;
}

/** UTF-16 text of a Latin-script language has a NUL in every other byte. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeLegacy(bytes: Uint8Array, sink: DiagnosticSink): Decoded {
  const badAt = firstInvalidUtf8(bytes);
  const encoding = chooseLegacyEncoding(bytes);
  sink.info(
    'encoding-legacy',
    lineOfByte(bytes, badAt),
    `the file is not valid UTF-8 (first bad byte on this line); read as ${encoding}. Save it as UTF-8 if the text looks wrong.`,
  );
  return { text: iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding), encoding };
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = text.indexOf('\uFFFD');
  if (bad === -1) return 0;
  return Buffer.byteLength(text.slice(0, bad), 'utf8');
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
