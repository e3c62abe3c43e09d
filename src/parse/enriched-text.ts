import type { DiagnosticSink } from '../diagnostics.js';

/**
 * text/enriched (RFC 1896), as Emacs's enriched mode saves a styled file: a `Content-Type: text/enriched` header,
 * then text whose formatting is in tags (`<bold>`, `<italic>`, `<center>`, `<x-color><param>…</param>`), a `<<` a
 * literal `<`, and whose line breaks follow the format's own rule: one newline is a space (the text is filled), and
 * n newlines in a row are n−1 line breaks. Read back into the plain text it shows, the tags and their parameters left
 * out, for the plain-text reader.
 */

const HEADER = /^Content-Type:\s*text\/(?:enriched|richtext)\b/i;

export const isEnrichedText = (text: string): boolean => HEADER.test(text.replace(/^\uFEFF/, ''));

export function enrichedText(text: string, sink: DiagnosticSink): string {
  const all = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // (The header runs to the first blank line: `Content-Type:`, `Text-Width:`.)
  const blank = all.indexOf('\n\n');
  const body = blank < 0 ? '' : all.slice(blank + 2);
  let out = '';
  let tags = 0;
  for (let i = 0; i < body.length; ) {
    const c = body[i]!;
    if (c !== '<') {
      out += c;
      i++;
      continue;
    }
    if (body[i + 1] === '<') {
      out += '<';
      i += 2;
      continue;
    }
    const end = body.indexOf('>', i);
    if (end < 0) {
      out += body.slice(i);
      break;
    }
    const tag = body.slice(i + 1, end).trim().toLowerCase();
    tags++;
    // A command's parameter (`<param>dark slate blue</param>`) is no text.
    if (tag === 'param') {
      const close = body.toLowerCase().indexOf('</param>', end);
      i = close < 0 ? body.length : close + '</param>'.length;
      continue;
    }
    i = end + 1;
  }
  sink.info('enriched-text', 1, `read as text/enriched: ${tags} formatting tag(s) left out, its filled lines joined (one newline a space, n newlines n−1 line breaks)`);
  const lines = blank < 0 ? 0 : all.slice(0, blank).split('\n').length + 1;
  // (Blank lines in place of the header keep the text's first lines near their places in the file.)
  return '\n'.repeat(lines) + out.replace(/\n+/g, (run) => (run.length === 1 ? ' ' : '\n'.repeat(run.length - 1)));
}
