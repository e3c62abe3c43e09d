import { unzipSync } from 'fflate';
import type { DiagnosticSink } from '../../diagnostics.js';
import { InputError } from '../../errors.js';
import { cleanText } from '../../read/clean-text.js';
import { iconv } from '../../read/codecs.js';
import { EPUB_LIMITS, escapesArchive } from '../../read/epub/open-epub.js';

const FB2_NAME = /\.fb2(?:\.zip)?$/i;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const LATIN1 = new TextDecoder('latin1');

/** The start of the bytes as text, UTF-16 read by its BOM: enough to find the root element. */
function head(bytes: Uint8Array): string {
  const start = bytes.subarray(0, 1024);
  if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff)) return new TextDecoder(start[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(start);
  return LATIN1.decode(start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf ? start.subarray(3) : start);
}

const isZip = (bytes: Uint8Array): boolean => ZIP.every((b, k) => bytes[k] === b);

/**
 * Whether a file is a FictionBook: named `.fb2` or `.fb2.zip`, or, whatever
 * its name (an `.fb2` renamed `.txt`), XML whose root element is
 * `<FictionBook>` within its first kilobyte.
 */
export function isFb2(bytes: Uint8Array, file: string): boolean {
  if (FB2_NAME.test(file)) return true;
  if (isZip(bytes)) return false;
  return /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:\w+:)?FictionBook[\s>]/.test(head(bytes));
}

/**
 * An FB2's text: unpacked from its zip first when it is one (`.fb2.zip`, as
 * LibRusEc and Flibusta serve books), then decoded in the encoding its XML
 * declaration names (`windows-1251`, `koi8-r`, UTF-8 by default, UTF-16 by
 * its BOM), line ends normalised and characters XML forbids replaced.
 */
export function fb2Text(bytes: Uint8Array, file: string, sink: DiagnosticSink): { text: string; encoding: string } {
  const xml = isZip(bytes) ? unzipFb2(bytes, file) : bytes;
  const { text: raw, encoding } = decodeXml(xml, file);
  const text = cleanText(raw, sink);
  if (!/\S/.test(text)) throw new InputError(file, 'the file holds only white space; there is no text to bind.');
  return { text, encoding };
}

function decodeXml(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(encoding).decode(bytes.subarray(2)), encoding };
  }
  const declared = (/^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(LATIN1.decode(bytes.subarray(0, 200)))?.[1] ?? 'utf-8').toLowerCase();
  if (!iconv().encodingExists(declared)) throw new InputError(file, `its XML declaration names the encoding "${declared}", which quire does not know; save the book as UTF-8.`);
  return { text: iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), declared), encoding: declared };
}

/** The one `.fb2` in a zip, its declared size checked before it is inflated. */
function unzipFb2(bytes: Uint8Array, file: string): Uint8Array {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        if (escapesArchive(info.name)) throw new InputError(file, `the zip holds an entry named "${info.name}", which points outside the archive; quire does not read such archives.`);
        if (/\.fb2$/i.test(info.name)) {
          if (info.originalSize > EPUB_LIMITS.maxEntryBytes || (info.originalSize > 1024 * 1024 && info.originalSize > info.size * EPUB_LIMITS.maxRatio)) throw new InputError(file, `${info.name} would unpack to ${info.originalSize} bytes, far more than a book; quire does not read it.`);
          names.push(info.name);
        }
        return false;
      },
    });
    const name = names[0];
    if (name === undefined) throw new InputError(file, 'the zip holds no .fb2 file; name the book itself.');
    return unzipSync(bytes, { filter: (info) => info.name === name })[name]!;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `cannot be read as a zipped FB2: ${(error as Error).message}; check the file is whole.`);
  }
}
