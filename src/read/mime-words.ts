import type { DiagnosticSink } from '../diagnostics.js';
import { decodeAs, encodingKnown } from './codecs.js';
import { ESCAPE_ENCODINGS } from './escape-encodings.js';

/**
 * MIME encoded-words (RFC 2047, `=?ISO-2022-JP?B?GyRC...?=`), the form a
 * mail's or a netnews article's header carries text that is not ASCII in.
 * A story saved from a mail or news reader keeps its `Subject:` that way;
 * decoded here, once, the header reads as its writer typed it.
 */

/** A header field (`Subject: `) or the folded continuation of one. */
const HEADER_FIELD = /^[!-9;-~]+:[ \t]/;
const CONTINUATION = /^[ \t]+\S/;

const WORD = /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([BbQq])\?([^?\s]*)\?=/;
const WORDS = new RegExp(WORD.source, 'g');
/** White space between two encoded-words is not text (RFC 2047, 6.2). */
const BETWEEN_WORDS = new RegExp(`(?<=\\?=)[ \\t]+(?=${WORD.source})`, 'g');

/** `raw` with the encoded-words of its header lines decoded; one info names how many and where the first was. */
export function decodeHeaderWords(raw: string, sink: DiagnosticSink): string {
  if (!raw.includes('=?')) return raw;
  const lines = raw.split('\n');
  let inHeader = false;
  let count = 0;
  let first = 0;
  const decoders = new Map<string, Decoder | null>();
  const decoderFor = (charset: string): Decoder | null => {
    if (!decoders.has(charset)) decoders.set(charset, charsetDecoder(charset));
    return decoders.get(charset) ?? null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    inHeader = HEADER_FIELD.test(line) || (inHeader && CONTINUATION.test(line));
    if (!inHeader || !WORD.test(line)) continue;
    lines[i] = line.replace(BETWEEN_WORDS, '').replace(WORDS, (word, charset: string, kind: string, data: string) => {
      const decoder = decoderFor(charset.toLowerCase());
      const bytes = kind.toUpperCase() === 'B' ? fromBase64(data) : fromQuoted(data);
      const text = decoder && bytes ? decoder(bytes) : null;
      if (text === null) return word;
      count++;
      first ||= i + 1;
      return text.replace(/[\r\n\t]+/g, ' ');
    });
  }
  if (count === 0) return raw;
  sink.info('mime-encoded-words', first, `${count === 1 ? 'a MIME encoded-word' : `${count} MIME encoded-words`} in mail or news headers decoded (first on this line).`);
  return lines.join('\n');
}

function fromBase64(data: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return null;
  return Buffer.from(data, 'base64');
}

function fromQuoted(data: string): Uint8Array | null {
  if (/=(?![0-9A-Fa-f]{2})/.test(data)) return null;
  const latin1 = data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(latin1, 'latin1');
}

/** Reads the bytes of one word, or says it cannot (null). */
type Decoder = (bytes: Uint8Array) => string | null;

/** The escape encodings through TextDecoder (iconv-lite has none), the rest through iconv-lite; an unknown charset stays encoded. */
function charsetDecoder(charset: string): Decoder | null {
  if (charset === 'utf-8' || ESCAPE_ENCODINGS.some((e) => e.name === charset)) {
    const decoder = new TextDecoder(charset, { fatal: true });
    return (bytes) => {
      try {
        return decoder.decode(bytes);
      } catch {
        return null;
      }
    };
  }
  return encodingKnown(charset) ? (bytes) => decodeAs(bytes, charset) : null;
}
