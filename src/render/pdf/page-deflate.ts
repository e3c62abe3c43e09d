/// <reference types="pdfkit" />
import { Worker } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';

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
const { parentPort, workerData } = require('node:worker_threads');
const { deflateSync } = require('node:zlib');
const done = new Int32Array(workerData);
parentPort.on('message', (raw) => {
  parentPort.postMessage(deflateSync(raw));
  Atomics.add(done, 0, 1);
});
`;

/**
 * Pages sent to the thread and not yet deflated, at most: past this (the thread's core busy with other work)
 * a page is deflated on the main thread, so undeflated pages never pile up in memory.
 */
const MOST_IN_FLIGHT = 16;

/** A book shorter than this is deflated by pdfkit as before: starting a thread would cost more than it saves. */
const FIRST_PAGE = 64;

/**
 * Deflates each finished page's content stream on a thread of its own while
 * the next pages are set, instead of pdfkit deflating every page in turn on
 * the main thread when the document ends (a tenth of a long book's time), and
 * lets the page's text go as soon as it is deflated; when the thread falls
 * behind, on the main thread at once. The bytes are those pdfkit would write:
 * zlib at its default level over the same chunks, marked FlateDecode as pdfkit
 * marks them.
 */
export class PageDeflate {
  #worker: Worker | null = null;
  /** Streams whose deflated content has not come back yet, in the order sent. */
  readonly #waiting: ContentStream[] = [];
  #failed: Error | null = null;
  /** Pages sent to the thread, and (shared with it) pages it has deflated. */
  #sent = 0;
  readonly #done = new Int32Array(new SharedArrayBuffer(4));
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
    if (this.#sent - Atomics.load(this.#done, 0) >= MOST_IN_FLIGHT) {
      content.buffer = [deflateSync(raw)];
      return;
    }
    this.#waiting.push(content);
    this.#thread().postMessage(raw, [raw.buffer]);
    this.#sent += 1;
  }

  #thread(): Worker {
    if (this.#worker === null) {
      // A small heap: the thread holds one page at a time, and collecting often keeps zlib's spent state from
      // piling up (the book's peak memory stays where it was with pdfkit deflating every page at the end).
      const resourceLimits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 };
      const worker = new Worker(SOURCE, { eval: true, workerData: this.#done.buffer, resourceLimits });
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
