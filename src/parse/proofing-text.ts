import type { DiagnosticSink } from '../diagnostics.js';

/**
 * Distributed Proofreaders' concatenated text (pgdp.net, the file a post-processor downloads after the
 * formatting rounds): page separator lines naming the scan and its proofers, `[Blank Page]`, `/* … *\/` and
 * `/# … #/` no-wrap and block-quote markers, `<tb>` for a thought break, `[**…]` proofers' notes, a word split
 * over two pages as `treach-*` / `*ery`, and `<i>`, `<b>`, `<sc>`, `<f>`, `<g>` markup. Read back into the plain
 * text the book prints, which the plain-text reader then reads.
 */

const SEPARATOR = /^-----File: [^-\s]+\.(?:png|jpe?g|gif|tiff?)-+(?:\\.*)?$/i;
/** The block markers, each alone on its line. */
const BLOCK_MARKER = /^(?:\/\*|\*\/|\/#|#\/|\/[PFCRX]|[PFCRX]\/)\s*(?:\[[^\]]*\])?\s*$/;
const TAG = /<\/?(?:i|b|sc|f|g|u|em|strong)>/gi;

export function isProofingText(text: string): boolean {
  return (text.slice(0, 200_000).match(/^-----File: [^-\s]+\.(?:png|jpe?g|gif|tiff?)-/gim) ?? []).length >= 2;
}

export function proofingText(text: string, sink: DiagnosticSink): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let pages = 0;
  let notes = 0;
  for (const raw of lines) {
    if (SEPARATOR.test(raw.trim())) {
      pages++;
      continue;
    }
    const line = raw.trim();
    if (/^\[Blank Page\]$/i.test(line) || BLOCK_MARKER.test(line)) continue;
    if (line === '<tb>') {
      out.push('* * *');
      continue;
    }
    // `*ery` on a page's first line finishes the word `treach-*` left on the page before.
    const last = out.length - 1;
    if (/^\*\S/.test(line) && last >= 0 && /-\*$/.test(out[last]!)) {
      const [first = '', ...rest] = line.slice(1).split(/\s+/);
      out[last] = out[last]!.replace(/-\*$/, first);
      if (rest.length > 0) out.push(rest.join(' '));
      continue;
    }
    const cleaned = raw
      .replace(/\s*\[\*\*[^\]]*\]/g, () => {
        notes++;
        return '';
      })
      .replace(TAG, '');
    out.push(cleaned);
  }
  sink.info('proofing-text', 1, `read as Distributed Proofreaders' concatenated text: ${pages} page separator(s) and the proofing markup left out`);
  if (notes > 0) sink.info('proofing-notes', 1, `${notes} proofer's note(s) [** …] left out of the text`);
  return out.join('\n');
}
