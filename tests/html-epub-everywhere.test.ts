import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configBooks } from '../src/config/config-books.js';
import { parseConfig } from '../src/config/load-config.js';
import { epubcheck, EPUBCHECK_TIMEOUT, readEpub, RUN_EPUBCHECK, xhtmlText } from './helpers/epub.js';
import { root } from './helpers/inspect.js';

const ingest = (name: string): string => join(root, 'tests/fixtures/ingest', name);
const quire = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/quire.js'), ...args], { cwd, encoding: 'utf8' });

/** A folder with one manuscript of each kind quire reads. */
function mixedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quire-mixed-'));
  mkdirSync(join(dir, 'stories'));
  copyFileSync(join(root, 'seeds/002_05467c72a081d6c6.txt'), join(dir, 'stories/1-friendship.txt'));
  copyFileSync(join(root, 'tests/fixtures/markdown/story.md'), join(dir, 'stories/2-markdown.md'));
  copyFileSync(ingest('ao3-oneshot.html'), join(dir, 'stories/3-salt-ledger.html'));
  copyFileSync(ingest('pandoc.epub'), join(dir, 'stories/4-orchard.epub'));
  writeFileSync(join(dir, 'stories/cover.jpg'), '');
  return dir;
}

describe('HTML and EPUB wherever other manuscripts go', () => {
  it('quire inspect --json: the outline, and diagnostics naming the EPUB entry', () => {
    const r = quire(root, 'inspect', '--json', ingest('fanficfare-ao3.epub'), ingest('ao3-oneshot.html'));
    expect(r.status).toBe(0);
    const [epub, html] = JSON.parse(r.stdout) as { title: string; chapters: unknown[]; diagnostics: { ruleId: string; reason: string }[] }[];
    expect([epub!.title, epub!.chapters.length, html!.title, html!.chapters.length]).toEqual(['Weights and Measures', 2, 'The Salt Ledger', 1]);
    const text = quire(root, 'inspect', ingest('fanficfare-ao3.epub')).stdout;
    expect(text).toContain('tests/fixtures/ingest/fanficfare-ao3.epub/OEBPS/log_page.xhtml:1:1 info log page, not a chapter epub-page');
  });

  it('quire normalize writes Markdown beside an HTML or EPUB input that reads back the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-normalize-html-'));
    copyFileSync(ingest('ao3-multichapter.html'), join(dir, 'work.html'));
    copyFileSync(ingest('fanficfare-ao3.epub'), join(dir, 'book.epub'));
    expect(quire(dir, 'normalize', 'work.html', 'book.epub').status).toBe(0);
    for (const [from, md] of [['work.html', 'work.md'], ['book.epub', 'book.md']] as const) {
      const a = JSON.parse(quire(dir, 'inspect', '--json', from).stdout) as { chapters: { title: string; wordCount: number; notesBefore: unknown[] }[]; wordCount: number };
      const b = JSON.parse(quire(dir, 'inspect', '--json', md).stdout) as typeof a;
      expect(b.chapters.map((c) => [c.title, c.wordCount, c.notesBefore.length])).toEqual(a.chapters.map((c) => [c.title, c.wordCount, c.notesBefore.length]));
      expect(b.wordCount).toBe(a.wordCount);
    }
    expect(readFileSync(join(dir, 'work.md'), 'utf8')).toMatch(/^---\ntitle: Lanterns for the Drowned Quarter\n/);
  });

  it('quire.yaml globs and folders take .html and .epub files, in name order', async () => {
    const dir = mixedFolder();
    const config = parseConfig('books:\n  - title: Mixed\n    stories: [stories]\n  - title: Two\n    stories: ["stories/*.{html,epub}"]\n', join(dir, 'quire.yaml'));
    const books = await configBooks(config, join(dir, 'quire.yaml'));
    const rel = (p: string): string => relative(dir, resolve(p));
    expect(books[0]!.inputs.map(rel)).toEqual(['stories/1-friendship.txt', 'stories/2-markdown.md', 'stories/3-salt-ledger.html', 'stories/4-orchard.epub']);
    expect(books[1]!.inputs.map(rel)).toEqual(['stories/3-salt-ledger.html', 'stories/4-orchard.epub']);
  });

  it('quire build --anthology binds .txt, .md, .html and .epub into one valid EPUB', async () => {
    const dir = mixedFolder();
    const files = ['1-friendship.txt', '2-markdown.md', '3-salt-ledger.html', '4-orchard.epub'].map((f) => join('stories', f));
    const r = quire(dir, 'build', ...files, '--anthology', 'Four Ways In', '--format', 'epub,txt', '--quiet', '--out', 'out');
    expect(r.status, r.stderr).toBe(0);
    const epub = readEpub(join(dir, 'out/four-ways-in.epub'));
    const text = epub.spine().map((f) => xhtmlText(epub.text(f))).join('\n');
    for (const words of ['Finding Friendship', 'The Salt Ledger', 'The Orchard Keeper', 'Forty sacks, grey', 'Grafting is an act of faith']) expect(text).toContain(words);
    if (RUN_EPUBCHECK) {
      const check = await epubcheck(join(dir, 'out/four-ways-in.epub'));
      expect([check.fatals, check.errors, check.warnings], check.report).toEqual([0, 0, 0]);
    }
  }, EPUBCHECK_TIMEOUT);

  it('quire build makes one book per HTML or EPUB file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-one-each-'));
    const r = quire(dir, 'build', ingest('ffn-chapter.html'), ingest('pandoc.epub'), '--format', 'txt', '--quiet', '--out', 'out');
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['the-cartographers-fee.txt', 'the-orchard-keepers-almanac.txt']);
    expect(readFileSync(join(dir, 'out/the-cartographers-fee.txt'), 'utf8')).toContain('Anyone could see a hill.');
    expect(readFileSync(join(dir, 'out/the-orchard-keepers-almanac.txt'), 'utf8')).toContain('Grafting is an act of faith');
  });
});
