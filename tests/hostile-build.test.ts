import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build/build.js';
import { readEpub } from './helpers/epub.js';
import { corpusDir, root } from './helpers/inspect.js';

const write = (dir: string, name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const story = (title: string): string => `${title}\n\nChapter 1: Start\n\nShe opened the door and walked into the rain.\n\nChapter 2: End\n\nThe rain stopped at last.\n`;

describe('hostile titles and names', () => {
  it('names books safely on every file system, uniquely within a build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-names-'));
    // Titles as a config could set them, which the parser would never take from a first line.
    const titles = ['../../etc/passwd', 'CON', 'a/b\\c', `A ${'very '.repeat(60)}long title`, '日本語の物語', 'Same Title', 'Same Title'];
    const books = titles.map((title, i) => {
      const file = write(dir, `${'abcdefg'[i]}.txt`, story('Untitled'));
      return { inputs: [file], overrides: { [file]: { title } } };
    });
    const out = join(dir, 'out');
    const result = await build({ books, outDir: out, formats: ['txt'] });
    expect(result.failures).toEqual([]);
    const names = result.outputs.map((o) => o.path.slice(out.length + 1));
    expect(names).toEqual([
      'etc-passwd.txt',
      'con-book.txt',
      'a-b-c.txt',
      'a-very-very-very-very-very-very-very-very-very-very-very.txt',
      'e.txt',
      'same-title.txt',
      'same-title-2.txt',
    ]);
    expect(readdirSync(out).sort()).toEqual([...names].sort());
  });
});

describe('output that cannot be written', () => {
  it('names the output, says what to do, builds nothing half-way, and goes on with the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-unwritable-'));
    const file = write(dir, 'not-a-folder', 'x');
    const result = await build({ books: [{ inputs: [join(root, 'seeds/000_7ff2c08bf60faf30.txt')] }], outDir: join(file, 'out'), formats: ['txt', 'epub'] });
    expect(result.outputs).toEqual([]);
    expect(result.failures.map((f) => [f.format, f.internal, f.message])).toEqual([
      ['txt', false, `${join(file, 'out', 'making-something-from-nothing.txt')}: cannot be written (ENOTDIR); choose an output folder you can write to with --out.`],
      ['epub', false, `${join(file, 'out', 'making-something-from-nothing.epub')}: cannot be written (ENOTDIR); choose an output folder you can write to with --out.`],
    ]);
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });
});

describe('a story of 5,000 chapters', () => {
  it('builds to text and a valid-looking EPUB with every chapter in the contents', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-5000-'));
    const chapters = Array.from({ length: 5000 }, (_, i) => `Chapter ${i + 1}: Part ${i + 1}\n\nThe ${i + 1}th morning came, and the story went on as it always had.\n`).join('\n');
    const input = write(dir, 'long.txt', `Five Thousand Mornings\n\n${chapters}`);
    const result = await build({ books: [{ inputs: [input] }], outDir: join(dir, 'out'), formats: ['txt', 'epub'] });
    expect(result.failures).toEqual([]);
    const epub = readEpub(join(dir, 'out', 'five-thousand-mornings.epub'));
    expect(epub.spine().filter((f) => /s01-c\d+\.xhtml$/.test(f))).toHaveLength(5000);
    const nav = epub.text('OEBPS/toc.xhtml');
    expect((nav.slice(0, nav.indexOf('epub:type="landmarks"')).match(/<li>/g) ?? []).length).toBe(5000);
    expect(readFileSync(join(dir, 'out', 'five-thousand-mornings.txt'), 'utf8')).toContain('Chapter 5000: Part 5000');
  }, 60_000);
});

describe('Ctrl-C during a build', () => {
  it('stops with status 130 and leaves no unfinished file in the output folder', async () => {
    const out = mkdtempSync(join(tmpdir(), 'quire-sigint-'));
    const child = spawn(process.execPath, [join(root, 'bin/quire.js'), 'build', join(corpusDir, 'pg-moby-dick.txt'), '--format', 'pdf', '--jobs', '1', '--quiet', '--out', out], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    expect(await exit).toBe(130);
    expect(stderr).toContain('quire: interrupted; removing unfinished files');
    expect(readdirSync(out)).toEqual([]);
  }, 30_000);
});
