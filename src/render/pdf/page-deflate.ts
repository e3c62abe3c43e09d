/// <reference types="pdfkit" />
import { deflateSync } from 'node:zlib';

/** pdfkit's (0.20) content stream of a page: the chunks written so far, deflated by its `finalize` at the end. */
interface ContentStream {
  buffer: Uint8Array[];
  compress: boolean;
  write(chunk: unknown): void;
  data: { Filter?: string };
}

/**
 * Deflates a finished page's content stream at once, instead of pdfkit
 * holding every page's text until the document ends: a long book's peak
 * memory drops by the text of its pages (about 55 MB for 5,000 pages). The
 * bytes are those pdfkit would write: zlib at its default level over the same
 * chunks, marked FlateDecode as pdfkit marks them. (Deflating on a thread of
 * its own was tried: more CPU and more memory, and on two busy cores no
 * steady gain in wall time; BENCHMARKS.md.)
 */
export function deflatePage(doc: PDFKit.PDFDocument): void {
  const content = (doc as unknown as { page: { content: ContentStream } }).page.content;
  if (!content.compress || content.buffer.length === 0) return;
  content.buffer = [deflateSync(Buffer.concat(content.buffer))];
  content.compress = false;
  content.data.Filter = 'FlateDecode';
  // Anything drawn on the page after it was deflated would be lost: a bug, stopped where it happens.
  content.write = () => {
    throw new Error('PDF page content written after the page was finished');
  };
}
