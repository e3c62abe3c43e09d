import type { DiagnosticSink } from '../diagnostics.js';

/**
 * Characters XML 1.0 forbids (C0 controls but tab and newline, DEL and C1
 * controls, unpaired surrogates, U+FFFE/U+FFFF). C1 controls are allowed by
 * XML but never meant in a manuscript: they come from mis-decoded bytes.
 */
const FORBIDDEN = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Normalises line ends (CRLF, CR, NEL, LS, PS, and form or vertical feeds as
 * page breaks) to LF and replaces forbidden characters with U+FFFD, with one
 * warning per affected line.
 */
export function cleanText(raw: string, sink: DiagnosticSink): string {
  const text = composed(raw.replace(/\r\n?|[\u0085\u2028\u2029\u000B\u000C]/g, '\n'), sink);
  FORBIDDEN.lastIndex = 0;
  if (!FORBIDDEN.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    FORBIDDEN.lastIndex = 0;
    const first = FORBIDDEN.exec(line);
    if (!first) continue;
    let count = 0;
    lines[i] = line.replace(FORBIDDEN, () => {
      count++;
      return '\uFFFD';
    });
    const code = (first[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    sink.warn(
      'text-control-character',
      i + 1,
      `${count === 1 ? 'a character' : `${count} characters`} that cannot appear in a book (first U+${code}) replaced with U+FFFD; remove ${count === 1 ? 'it' : 'them'} from the source`,
      { column: first.index + 1 },
    );
  }
  return lines.join('\n');
}

/**
 * Letters typed as a base and combining marks (`ẹ̀` as `e` + U+0323 + U+0300, as some keyboards and macOS file
 * names write them) composed to the one character each is (Unicode NFC), so that labels, headings and names
 * compare with the rules' and the book's text is in the form EPUB asks for. The words are the same.
 */
function composed(text: string, sink: DiagnosticSink): string {
  // Only marks that compose with the letter before them matter (Latin, Greek and Cyrillic accents, Indic nuktas and
  // vowel signs, Hangul jamo, kana voicing marks): a text without any is left as it is, without the cost of a pass.
  if (!/[\u0300-\u036F\u0900-\u0DFF\u1100-\u11FF\u1DC0-\u1DFF\u3099\u309A]/.test(text)) return text;
  const nfc = text.normalize('NFC');
  if (nfc === text) return nfc;
  let at = 0;
  while (at < nfc.length && nfc.charCodeAt(at) === text.charCodeAt(at)) at++;
  const line = text.slice(0, at).split('\n').length;
  sink.info('text-composed', line, 'letters written as a base letter and combining marks composed (Unicode NFC); the words are unchanged');
  return nfc;
}
