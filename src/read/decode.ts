import { InputError } from '../errors.js';
import { decodeAs, iconv } from './codecs.js';
import type { DiagnosticSink } from '../diagnostics.js';
import { sniffBinary } from './binary-signatures.js';
import { decodeEscaped } from './escape-encodings.js';
import { chooseLegacyEncoding } from './legacy-encoding.js';
import { rtfToText } from './rtf-text.js';
import { isWordStar, wordStarToText } from './wordstar-text.js';

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding the bytes were read in. */
  encoding: string;
}

const SAMPLE = 64 * 1024;

/**
 * Bytes to text: BOM, RTF, UTF-16 without BOM, ISO-2022 escapes, valid UTF-8,
 * a WordStar document, else a legacy encoding chosen by how well each decoding
 * reads (legacy-encoding.ts). Throws `InputError` for binary or empty input.
 */
export function decode(input: Uint8Array, sink: DiagnosticSink): Decoded {
  const file = sink.file;
  const empty = (): InputError => new InputError(file, 'the file is empty; there is no text to bind.');
  if (input.length === 0) throw empty();
  const bom = decodeWithBom(input);
  if (bom) return bom;
  if (startsWith(input, RTF)) return decodeRtf(input, sink);
  const kind = sniffBinary(input);
  if (kind) throw new InputError(file, `this looks like ${kind}, not a text manuscript; export the story as plain text (.txt) or Markdown (.md).`);
  const bytes = withoutEndOfFile(input);
  if (bytes.length === 0) throw empty();
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const utf16 = guessUtf16(bytes);
    if (utf16) {
      sink.warn('encoding-utf16-no-bom', 1, `no byte order mark, but the bytes look like ${utf16.toUpperCase()}; read as such. Save the file as UTF-8 to be sure.`);
      return { text: iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), utf16), encoding: utf16 };
    }
    throw new InputError(file, `line ${lineOfByte(bytes, nul)} contains a NUL byte, so this is a binary file, not a text manuscript; export the story as plain text (.txt).`);
  }
  const escaped = decodeEscaped(bytes);
  if (escaped) {
    sink.info('encoding-legacy', lineOfByte(bytes, escaped.firstShift), `the file is 7-bit text with escape sequences (first on this line); read as ${escaped.encoding}. Save it as UTF-8 if the text looks wrong.`);
    return { text: escaped.text, encoding: escaped.encoding };
  }
  const utf8 = decodeUtf8(bytes);
  // A WordStar document with no high bits set is ASCII, so valid UTF-8; one with them never is.
  if ((utf8 === null || !/[^\0-\x7f]/.test(utf8)) && isWordStar(bytes)) return decodeWordStar(bytes, sink);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return decodeLegacy(bytes, sink);
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const CTRL_Z = 0x1a;

/** CP/M and DOS end a text file at Ctrl-Z, padding the last record with more of them (or NULs): none of it is text. */
function withoutEndOfFile(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === CTRL_Z || bytes[end - 1] === 0)) end--;
  return bytes[end] === CTRL_Z ? bytes.subarray(0, end) : bytes;
}

/** A WordStar document (wordstar-text.ts): its text, its print controls and dot commands left out. */
function decodeWordStar(bytes: Uint8Array, sink: DiagnosticSink): Decoded {
  const { text, dotCommands } = wordStarToText(bytes, (code) => decodeAs(Uint8Array.of(code), 'cp437'));
  const dots = dotCommands === 0 ? '' : ` and ${dotCommands === 1 ? 'one dot command' : `${dotCommands} dot commands`}`;
  sink.info('encoding-wordstar', 1, `a WordStar document: its wrapped lines joined, its print controls${dots} left out. Save it as plain text (ASCII) to choose what is kept.`);
  return { text, encoding: 'us-ascii' };
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
  return { text: decodeAs(bytes, encoding), encoding };
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
