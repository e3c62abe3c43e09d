import { unzipSync, type UnzipFileInfo } from 'fflate';
import { InputError } from '../../errors.js';

/**
 * Limits on what an EPUB may unpack to. A novel's text is a few MB; these
 * leave room for the largest real books and stop a zip bomb before any
 * memory is spent on it (fflate inflates an entry into a buffer of its
 * declared size, so declared sizes bound what is allocated).
 */
export interface EpubLimits {
  /** Entries in the archive. */
  maxEntries: number;
  /** Uncompressed bytes of one entry that quire reads. */
  maxEntryBytes: number;
  /** Uncompressed bytes of all entries that quire reads. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed size of an entry over 1 MB; text deflates about 3–10 to 1, a bomb about 1000 to 1. */
  maxRatio: number;
}

export const EPUB_LIMITS: Readonly<EpubLimits> = { maxEntries: 10_000, maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024, maxRatio: 100 };

export interface EpubArchive {
  file: string;
  /** Every entry's name, in archive order. */
  names: readonly string[];
  /** An entry's text (UTF-8, BOM dropped), or null when there is no such entry. */
  text(name: string): string | null;
}

/** A name that leaves the archive's root when unpacked: `../x`, `/etc/x`, `C:\x`, `a/../../x`. */
export function escapesArchive(name: string): boolean {
  if (/^[/\\]|^[A-Za-z]:/.test(name) || name.includes('\0')) return true;
  let depth = 0;
  for (const part of name.split(/[/\\]/)) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < 0) return true;
  }
  return false;
}

/** Entries quire reads: the package, the navigation and the text; images, fonts and styles are never unpacked. */
const WANTED = /\.(opf|ncx|xml|xhtml|html?|htm)$/i;

/** EPUB text is UTF-8 (or UTF-16, which no reader in use writes); bad bytes become U+FFFD rather than an error. */
const UTF8 = new TextDecoder('utf-8');

const MB = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * Opens an EPUB's bytes as an archive whose text entries can be read. Throws
 * `InputError` with one line for what cannot be read safely: not a zip, an
 * entry named outside the archive, or sizes past `limits`.
 */
export function openEpub(bytes: Uint8Array, file: string, limits: Readonly<EpubLimits> = EPUB_LIMITS): EpubArchive {
  const infos: UnzipFileInfo[] = [];
  let total = 0;
  const check = (info: UnzipFileInfo): void => {
    infos.push(info);
    if (infos.length > limits.maxEntries) throw new InputError(file, `the EPUB holds more than ${limits.maxEntries} files; quire does not read archives this large.`);
    if (escapesArchive(info.name)) throw new InputError(file, `the EPUB holds an entry named "${info.name}", which points outside the archive; quire does not read such archives.`);
    if (!WANTED.test(info.name)) return;
    if (info.originalSize > limits.maxEntryBytes) throw new InputError(file, `${info.name} would unpack to ${MB(info.originalSize)} (more than ${MB(limits.maxEntryBytes)}); quire does not read archives this large.`);
    if (info.originalSize > 1024 * 1024 && info.originalSize > info.size * limits.maxRatio) throw new InputError(file, `${info.name} unpacks to ${Math.round(info.originalSize / Math.max(1, info.size))} times its packed size, as a zip bomb does; quire does not read it.`);
    total += info.originalSize;
    if (total > limits.maxTotalBytes) throw new InputError(file, `the EPUB's text would unpack to more than ${MB(limits.maxTotalBytes)}; quire does not read archives this large.`);
  };
  let entries: Record<string, Uint8Array>;
  try {
    // First every entry is checked from the central directory alone, then only the text is inflated.
    unzipSync(bytes, { filter: (info) => (check(info), false) });
    entries = unzipSync(bytes, { filter: (info) => WANTED.test(info.name) });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `cannot be read as an EPUB (a zip archive): ${(error as Error).message}; check the file is a whole, unencrypted .epub.`);
  }
  return {
    file,
    names: infos.map((i) => i.name),
    text: (name) => {
      const b = entries[name];
      return b === undefined ? null : UTF8.decode(b);
    },
  };
}
