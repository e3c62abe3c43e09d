/**
 * 7-bit encodings that switch character sets with escape sequences (ISO 2022):
 * Japanese mail and netnews were written in ISO-2022-JP for decades. Their
 * bytes are all ASCII, so they pass as valid UTF-8 and read as ESC-laden
 * garbage. Data, not code: a row names an encoding TextDecoder reads and the
 * escape sequences that switch into its multibyte sets.
 */
export interface EscapeEncoding {
  name: string;
  shifts: readonly string[];
}

export const ESCAPE_ENCODINGS: readonly EscapeEncoding[] = [
  // JIS X 0208-1983 and -1978, and JIS X 0201 katakana.
  { name: 'iso-2022-jp', shifts: ['\x1b$B', '\x1b$@', '\x1b(I'] },
];

const ESC = 0x1b;

/** The escape encoding `bytes` are written in, read, or null: every byte 7-bit, a shift into a multibyte set, and a clean decoding. */
export function decodeEscaped(bytes: Uint8Array): { text: string; encoding: string; firstShift: number } | null {
  if (!bytes.includes(ESC) || bytes.some((b) => b >= 0x80)) return null;
  const ascii = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  for (const { name, shifts } of ESCAPE_ENCODINGS) {
    const at = Math.min(...shifts.map((s) => ascii.indexOf(s)).filter((i) => i !== -1));
    if (!Number.isFinite(at)) continue;
    try {
      return { text: new TextDecoder(name, { fatal: true }).decode(bytes), encoding: name, firstShift: at };
    } catch {
      // An escape sequence the encoding does not know: not this encoding.
    }
  }
  return null;
}
