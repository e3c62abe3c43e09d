import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bodyText } from '../src/model-text.js';
import { parse } from '../src/parse.js';
import { EPUB_LIMITS, openEpub } from '../src/read/epub/open-epub.js';
import { chapter, declareSize, makeEpub, opf } from './helpers/make-epub.js';
import { root } from './helpers/inspect.js';

/** `quire build FILE` on bytes written to a fresh folder: its exit status, its report, and what it wrote. */
function buildBytes(name: string, bytes: Uint8Array): { status: number | null; lines: string[]; written: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'quire-epub-hostile-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const out = join(dir, 'out');
  const r = spawnSync(process.execPath, [join(root, 'bin/quire.js'), 'build', file, '--format', 'txt', '--quiet', '--out', out], { encoding: 'utf8' });
  const lines = r.stderr.split('\n').filter((l) => l.includes(name));
  return { status: r.status, lines, written: existsSync(out) ? readdirSync(out) : [] };
}

const ENCRYPTION = `<?xml version="1.0" encoding="UTF-8"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/><ds:KeyInfo><ds:RetrievalMethod URI="license.lcpl#/encryption/content_key"/></ds:KeyInfo>
<enc:CipherData><enc:CipherReference URI="OEBPS/ch1.xhtml"/></enc:CipherData></enc:EncryptedData>
</encryption>`;

describe('hostile EPUBs: refused with one line naming the file, nothing written, no stack', () => {
  const refused: [string, Uint8Array, RegExp][] = [
    ['an entry named outside the archive (../)', makeEpub({ '../../evil.xhtml': '<p>escape</p>' }), /entry named "\.\.\/\.\.\/evil\.xhtml", which points outside the archive/],
    ['an absolute entry name', makeEpub({ '/etc/cron.d/x': 'x' }), /points outside the archive/],
    ['a zip bomb (an entry declaring 10 GB)', declareSize(makeEpub({}), 'OEBPS/ch1.xhtml', 0xfffffff0), /would unpack to \d+ MB \(more than 64 MB\)/],
    ['a zip bomb (1000 to 1)', makeEpub({ 'OEBPS/bomb.xhtml': new Uint8Array(4 * 1024 * 1024).fill(0x20) }), /times its packed size, as a zip bomb does/],
    ['DRM (content encryption)', makeEpub({ 'META-INF/encryption.xml': ENCRYPTION }), /encrypted \(DRM-protected\) EPUB; quire cannot read encrypted books/],
    ['not a zip at all', strToU8('<html><body><p>I am not an EPUB.</p></body></html>'), /cannot be read as an EPUB \(a zip archive\)/],
    ['a zip without a package document', makeEpub({ 'readme.txt': 'hello' }, false), /has no EPUB package document/],
  ];

  it.each(refused)('%s', (_, bytes, message) => {
    const r = buildBytes('book.epub', bytes);
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(message);
    expect(r.lines.join('\n')).not.toMatch(/\n\s+at /);
    expect(r.written).toEqual([]);
  });

  it('caps the total the text entries may unpack to', () => {
    const names = ['a', 'b', 'c', 'd', 'e'].map((n) => `OEBPS/${n}.xhtml`);
    let zip = makeEpub(Object.fromEntries(names.map((n) => [n, 'x'])));
    for (const n of names) zip = declareSize(zip, n, 60 * 1024 * 1024);
    expect(() => openEpub(zip, 'big.epub', { ...EPUB_LIMITS, maxRatio: Infinity })).toThrow(/text would unpack to more than 256 MB/);
  });

  it('never unpacks images or fonts, however large they say they are', () => {
    const zip = declareSize(makeEpub({ 'OEBPS/cover.jpg': new Uint8Array(16) }), 'OEBPS/cover.jpg', 0xfffffff0);
    expect(parse(zip, 'book.epub').chapters).toHaveLength(2);
  });

  it('obfuscated fonts alone are not DRM', () => {
    const fonts = ENCRYPTION.replace('http://www.w3.org/2001/04/xmlenc#aes128-cbc', 'http://www.idpf.org/2008/embedding').replace('OEBPS/ch1.xhtml', 'OEBPS/font.otf');
    expect(parse(makeEpub({ 'META-INF/encryption.xml': fonts }), 'book.epub').chapters).toHaveLength(2);
  });
});

describe('damaged EPUBs are read as far as they go, with a warning', () => {
  it('a spine file missing from the archive: the rest is read, the gap named', () => {
    const m = parse(makeEpub({ 'OEBPS/content.opf': opf(['ch1.xhtml', 'lost.xhtml', 'ch2.xhtml']) }), 'book.epub');
    expect(m.chapters.map((c) => c.title)).toEqual(['Seed', 'Harvest']);
    expect(m.diagnostics.filter((d) => d.ruleId === 'epub-missing').map((d) => d.reason)).toEqual([
      'the spine names OEBPS/lost.xhtml, which is not in the archive; that part of the book is missing',
    ]);
  });

  it('malformed XHTML: read leniently as HTML, every word kept, the entry and line named', () => {
    const broken = chapter('Chapter 2: Harvest', '<p>By autumn every branch <em>rang</p>\n<p>like a bell & the wind <b>sang</i>.</p>');
    const m = parse(makeEpub({ 'OEBPS/ch2.xhtml': broken }), 'book.epub');
    const d = m.diagnostics.find((x) => x.ruleId === 'epub-xml');
    expect(d?.file).toBe('book.epub/OEBPS/ch2.xhtml');
    expect(d?.severity).toBe('warning');
    expect(bodyText(m.chapters[1]!.children)).toBe('By autumn every branch rang\n\nlike a bell & the wind sang.');
  });

  it('a malformed package document: still read, with a warning naming it', () => {
    const damaged = opf(['ch1.xhtml', 'ch2.xhtml']).replace('<dc:creator>R. Vale</dc:creator>', '<dc:creator>R. Vale & Sons');
    const m = parse(makeEpub({ 'OEBPS/content.opf': damaged }), 'book.epub');
    expect(m.chapters.map((c) => c.title)).toEqual(['Seed', 'Harvest']);
    expect(m.diagnostics.some((d) => d.ruleId === 'epub-xml' && d.reason.startsWith('OEBPS/content.opf is not well-formed XML'))).toBe(true);
  });
});
