/**
 * Magic numbers of the binary files people most often rename to `.txt` by
 * mistake. Data, not code: add a row to recognise another kind.
 */
export interface Signature {
  name: string;
  bytes: readonly number[];
  offset?: number;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export const BINARY_SIGNATURES: readonly Signature[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: ascii('GIF8') },
  { name: 'a WebP image', bytes: ascii('WEBP'), offset: 8 },
  { name: 'a PDF document', bytes: ascii('%PDF-') },
  { name: 'a ZIP archive (or an EPUB, DOCX or ODT file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an empty ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'a bzip2 archive', bytes: ascii('BZh') },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', bytes: ascii('Rar!') },
  { name: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a Windows executable', bytes: ascii('MZ') },
  { name: 'a Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'a Word 97-2003 document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'an SQLite database', bytes: ascii('SQLite format 3') },
  { name: 'an MP3 file', bytes: ascii('ID3') },
  { name: 'an Ogg media file', bytes: ascii('OggS') },
];

/** The kind of binary file `bytes` starts like, or null. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const sig of BINARY_SIGNATURES) {
    const offset = sig.offset ?? 0;
    if (bytes.length < offset + sig.bytes.length) continue;
    if (sig.bytes.every((b, i) => bytes[offset + i] === b)) return sig.name;
  }
  return null;
}
