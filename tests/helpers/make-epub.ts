import { strToU8, zipSync, type Zippable } from 'fflate';

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`;

/** A small EPUB package whose spine is the chapters given (`OEBPS/ch1.xhtml`, …). */
export function opf(chapters: readonly string[], extra = ''): string {
  const items = chapters.map((c, i) => `<item id="c${i + 1}" href="${c}" media-type="application/xhtml+xml"/>`).join('');
  const refs = chapters.map((_, i) => `<itemref idref="c${i + 1}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:uuid:0</dc:identifier><dc:title>The Glass Orchard</dc:title><dc:creator>R. Vale</dc:creator><dc:language>en</dc:language>${extra}</metadata>
<manifest>${items}</manifest><spine>${refs}</spine></package>`;
}

export const chapter = (title: string, body: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

/** An EPUB's bytes from its entries (text or bytes), `mimetype` first and stored. */
export function makeEpub(entries: Record<string, string | Uint8Array>, base = true): Uint8Array {
  const files: Zippable = { mimetype: [strToU8('application/epub+zip'), { level: 0 }] };
  if (base) {
    files['META-INF/container.xml'] = strToU8(CONTAINER);
    files['OEBPS/content.opf'] = strToU8(opf(['ch1.xhtml', 'ch2.xhtml']));
    files['OEBPS/ch1.xhtml'] = strToU8(chapter('Chapter 1: Seed', '<p>The first tree grew out of a glass seed her mother planted.</p>'));
    files['OEBPS/ch2.xhtml'] = strToU8(chapter('Chapter 2: Harvest', '<p>By autumn every branch rang like a bell in the wind.</p>'));
  }
  for (const [name, value] of Object.entries(entries)) files[name] = typeof value === 'string' ? strToU8(value) : value;
  return zipSync(files, { level: 6 });
}

/** Sets the uncompressed size an archive's central directory declares for `name`, as a zip bomb or a liar does. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const target = strToU8(name);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    const entry = out.subarray(i + 46, i + 46 + length);
    if (entry.length === target.length && entry.every((b, k) => b === target[k])) view.setUint32(i + 24, size, true);
  }
  return out;
}
