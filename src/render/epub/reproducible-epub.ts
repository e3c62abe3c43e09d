import { EPub, type Chapter, type Options } from 'epub-gen-memory';

/** A page for the library: its options plus extra keys our templates read (`id`, `pageLang`, `matter`). */
export type EpubPage = Omit<Chapter, 'content'> & Record<string, unknown> & {
  /** Our XHTML for the page body, put back after the library's constructor. */
  xhtml: string;
};

/**
 * epub-gen-memory with its two sources of non-determinism pinned: the
 * random book identifier and the zip entry times (deps.md §1). It also
 * skips the library's HTML round trip: each page is given as an empty
 * placeholder and our already-escaped XHTML is put back afterwards, which
 * keeps UTF-8 text readable and saves parsing every page twice.
 */
export class ReproducibleEPub extends EPub {
  readonly #modified: Date;

  constructor(options: Options & Record<string, unknown>, pages: readonly EpubPage[], identifier: string, modified: Date) {
    super(options, pages.map(({ xhtml: _xhtml, ...page }) => ({ ...page, content: '' })));
    this.uuid = identifier;
    this.#modified = modified;
    pages.forEach((page, i) => {
      const normalized = this.content[i];
      if (normalized !== undefined) normalized.content = page.xhtml;
    });
  }

  override async genEpub(): Promise<Buffer> {
    await this.render();
    for (const file of Object.values(this.zip.files)) file.date = this.#modified;
    return this.generateAsync({ type: 'nodebuffer', mimeType: 'application/epub+zip', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  }
}
