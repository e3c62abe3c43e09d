import { decoded, splitPart, subparts, type Part } from './mime-parts.js';

/**
 * A page a browser saved as one file (Chrome's and Edge's `.mhtml`, Internet Explorer's and Word's `.mht`): a MIME
 * `multipart/related` message whose first part, or the one its `type=` names, is the page's HTML, the style
 * sheets and pictures the parts after it. The page is read as the HTML it is; the rest is the browser's.
 */

/** The head of a saved page: MIME headers with a related multipart, before the first blank line. */
const RELATED = /^Content-Type:\s*multipart\/related\b/im;

export function isWebArchive(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').slice(0, 4000).replace(/\r/g, '').split('\n\n', 1)[0]!;
  return /^MIME-Version:/im.test(head) && RELATED.test(head);
}

/** The page's HTML and the line its part's body starts on, or null when the archive holds no HTML part. */
export function webArchivePage(text: string): { html: string; line: number } | null {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const whole = splitPart(lines);
  const parts = subparts(whole);
  const html = parts.find((p) => /^text\/html\b/i.test(p.headers.get('content-type') ?? ''));
  if (html === undefined) return null;
  return { html: decoded(html).join('\n'), line: bodyLine(lines, html) };
}

/** Where a part's body starts in the file: the line of its first body line, found after the headers. */
function bodyLine(lines: readonly string[], part: Part): number {
  const first = part.body.find((l) => l.trim() !== '');
  const at = first === undefined ? -1 : lines.indexOf(first);
  return at >= 0 ? at + 1 : 1;
}
