import { EPub, type Chapter, type Options } from 'epub-gen-memory';
import { zipSync, type Zippable } from 'fflate';

/** Entries kept as they are: the `mimetype` marker (EPUB requires it), and JPEG and GIF, compressed already. */
const STORED = /^mimetype$|\.(jpe?g|gif)$/i;

const ZIP_FIRST = Date.UTC(1980, 0, 1);
const ZIP_LAST = Date.UTC(2099, 11, 31, 23, 59, 58);

/**
 * fflate writes zip times from a Date's local-time fields; this Date's local
 * fields are `utc`'s UTC fields, so the bytes do not depend on the time zone.
 */
function asLocal(date: Date): Date {
  // Zip times run from 1980 to 2099; SOURCE_DATE_EPOCH=0 (1970) is common in reproducible builds.
  const utc = new Date(Math.min(Math.max(date.getTime(), ZIP_FIRST), ZIP_LAST));
  let shifted = new Date(utc.getTime() + utc.getTimezoneOffset() * 60_000);
  // Near a daylight-saving change the offset at the shifted instant can differ: shift once more.
  if (shifted.getHours() !== utc.getUTCHours()) shifted = new Date(utc.getTime() + shifted.getTimezoneOffset() * 60_000);
  return shifted;
}

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

  /**
   * The library lays out the package; fflate writes the zip, several times
   * faster than jszip at level 9: `mimetype` first and stored, as EPUB
   * requires, the rest deflated, every entry dated `modified`.
   */
  override async genEpub(): Promise<Buffer> {
    await this.render();
    const entries: Zippable = {};
    const mtime = asLocal(this.#modified);
    for (const [name, file] of Object.entries(this.zip.files)) {
      if (file.dir) continue;
      const data = await file.async('uint8array');
      entries[name] = [data, { level: STORED.test(name) ? 0 : 6, mtime }];
    }
    return Buffer.from(zipSync(entries));
  }
}
