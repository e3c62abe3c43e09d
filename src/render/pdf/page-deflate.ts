/// <reference types="pdfkit" />
import { Worker } from 'node:worker_threads';

/** pdfkit's (0.20) content stream of a page: the chunks written so far, deflated by its `finalize` at the end. */
interface ContentStream {
  buffer: Uint8Array[];
  compress: boolean;
  write(chunk: unknown): void;
  data: { Filter?: string };
}

/**
 * The thread's code: each page's content in, deflated out, in order. zlib's
 * own asynchronous calls would not do: they go on only when the main thread's
 * event loop turns, and setting a book never yields, so every page would wait,
 * undeflated, for the end.
 */
const SOURCE = `
const { parentPort } = require('node:worker_threads');
const { deflateSync } = require('node:zlib');
parentPort.on('message', (raw) => parentPort.postMessage(deflateSync(raw)));
`;

/** A book shorter than this is deflated by pdfkit as before: starting a thread would cost more than it saves. */
const FIRST_PAGE = 64;

/**
 * Deflates each finished page's content stream on a thread of its own while
 * the next pages are set, instead of pdfkit deflating every page in turn on
 * the main thread when the document ends (a tenth of a long book's time), and
 * lets the page's text go as soon as it is deflated. The bytes are those
 * pdfkit would write: zlib at its default level over the same chunks, marked
 * FlateDecode as pdfkit marks them.
 */
export class PageDeflate {
  #worker: Worker | null = null;
  /** Streams whose deflated content has not come back yet, in the order sent. */
  readonly #waiting: ContentStream[] = [];
  #failed: Error | null = null;
  #drained: (() => void) | null = null;

  /** Takes the content of the current page, page `page` (from 1), which nothing may write to afterwards. */
  page(doc: PDFKit.PDFDocument, page: number): void {
    if (page < FIRST_PAGE) return;
    const content = (doc as unknown as { page: { content: ContentStream } }).page.content;
    if (!content.compress || content.buffer.length === 0) return;
    // A fresh buffer, not Buffer.concat's: a small one may share Node's pool, which must not move to the thread.
    const raw = new Uint8Array(content.buffer.reduce((n, chunk) => n + chunk.length, 0));
    let at = 0;
    for (const chunk of content.buffer) {
      raw.set(chunk, at);
      at += chunk.length;
    }
    content.buffer = [];
    content.compress = false;
    content.data.Filter = 'FlateDecode';
    // Anything drawn on the page after it was taken would be lost: a bug, stopped where it happens.
    content.write = () => {
      throw new Error('PDF page content written after the page was finished');
    };
    this.#waiting.push(content);
    this.#thread().postMessage(raw, [raw.buffer]);
  }

  #thread(): Worker {
    if (this.#worker === null) {
      const worker = new Worker(SOURCE, { eval: true });
      worker.on('message', (deflated: Uint8Array) => {
        this.#waiting.shift()!.buffer = [deflated];
        if (this.#waiting.length === 0) this.#drained?.();
      });
      worker.on('error', (error) => {
        this.#failed = error;
        this.#drained?.();
      });
      this.#worker = worker;
    }
    return this.#worker;
  }

  /** Waits for every page taken, then ends the thread: call before the document ends. */
  async done(): Promise<void> {
    const worker = this.#worker;
    if (worker === null) return;
    if (this.#waiting.length > 0 && this.#failed === null) await new Promise<void>((resolve) => (this.#drained = resolve));
    await worker.terminate();
    if (this.#failed !== null) throw this.#failed;
  }
}
