/**
 * Single-byte code pages that iconv-lite does not ship, as data: the 128
 * characters of bytes 0x80-0xFF (the lower half is ASCII). U+FFFD marks a byte
 * the code page leaves undefined. Add a row to read another one.
 */

/** ARMSCII-8 letters run in pairs from 0xB2, capital then small: Ա ա Բ բ ... Ֆ ֆ. */
const armenianLetters = Array.from({ length: 38 }, (_, i) => String.fromCharCode(0x531 + i, 0x561 + i)).join('');

export const CODE_PAGES: Readonly<Record<string, string>> = {
  // Armenian (ArmSCII, 1997), the encoding of Armenian text files before Unicode; C1 controls kept as glibc keeps them.
  'armscii-8':
    Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i)).join('') +
    '\u00a0\ufffd\u0587\u0589)(\u00bb\u00ab\u2014.\u055d,-\u058a\u2026\u055c\u055b\u055e' +
    armenianLetters +
    '\u055a\ufffd',
};

/** `bytes` read in one of CODE_PAGES. */
export function decodeCodePage(bytes: Uint8Array, name: string): string {
  const high = CODE_PAGES[name];
  if (high === undefined) throw new Error(`no code page ${name}`);
  let out = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u00ff]/g, (c) => high[c.charCodeAt(0) - 0x80] ?? '\ufffd');
  }
  return out;
}
