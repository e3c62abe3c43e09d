import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build/build.js';
import { png } from './helpers/images.js';
import { root } from './helpers/inspect.js';

const quireIn = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/quire.js'), ...args], { cwd, encoding: 'utf8' });
const seed = join(root, 'seeds/000_7ff2c08bf60faf30.txt');


/** A folder holding the seed under the name its book's slug would take. */
function clashingFolder(): { dir: string; manuscript: string; original: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'quire-clash-'));
  const manuscript = join(dir, 'making-something-from-nothing.txt');
  copyFileSync(seed, manuscript);
  return { dir, manuscript, original: readFileSync(manuscript) };
}

describe('outputs never replace an input', () => {
  it('keeps a manuscript whose name is its book’s slug, fails that output with one line, and writes the others', () => {
    const { dir, manuscript, original } = clashingFolder();
    const r = quireIn(dir, 'build', 'making-something-from-nothing.txt', '--format', 'txt,epub', '--out', '.', '--quiet');
    expect(r.status).toBe(1);
    expect(readFileSync(manuscript).equals(original)).toBe(true);
    expect(existsSync(join(dir, 'making-something-from-nothing.epub'))).toBe(true);
    expect(r.stderr).toContain('quire: making-something-from-nothing.txt: not written, because it is the input making-something-from-nothing.txt; build into another folder (--out, or out: in quire.yaml) or give the book another title.\n');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('sees ./a.txt, a.txt, an absolute path and a symlink as the same file', async () => {
    const { dir, manuscript, original } = clashingFolder();
    symlinkSync(manuscript, join(dir, 'link.txt'));
    // Relative paths are read from the working directory, which is the repository root under vitest.
    for (const input of [`./${relative(process.cwd(), manuscript)}`, relative(process.cwd(), manuscript), manuscript, join(dir, 'link.txt')]) {
      const result = await build({ books: [{ inputs: [input] }], formats: ['txt'], outDir: dir });
      expect(result.outputs).toEqual([]);
      expect(result.failures.map((f) => [f.format, f.internal])).toEqual([['txt', false]]);
      expect(result.failures[0]!.message).toContain(`because it is the input ${input};`);
    }
    expect(readFileSync(manuscript).equals(original)).toBe(true);
  });

  it('never replaces the config, the cover or a template, and still replaces its own earlier output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-clash-'));
    copyFileSync(seed, join(dir, 'story.txt'));
    // A config named as its book's text output would be: seed.txt for the book "Seed".
    writeFileSync(join(dir, 'seed.txt'), 'out: .\nformats: [txt]\nbooks:\n  - title: Seed\n    stories: [story.txt]\n');
    const config = readFileSync(join(dir, 'seed.txt'));
    const r = quireIn(dir, 'build', '-c', 'seed.txt', '--quiet');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('seed.txt: not written, because it is the input seed.txt;');
    expect(readFileSync(join(dir, 'seed.txt')).equals(config)).toBe(true);
    // A cover named as the EPUB would be.
    const cover = join(dir, 'cover-book.epub');
    writeFileSync(cover, png(4, 6));
    const withCover = await build({ books: [{ inputs: [join(dir, 'story.txt')], overrides: { [join(dir, 'story.txt')]: { title: 'Cover Book' } } }], formats: ['epub', 'txt'], outDir: dir, cover });
    expect(withCover.failures.map((f) => f.format)).toEqual(['epub']);
    expect(readFileSync(cover).equals(png(4, 6))).toBe(true);
    // A template file named as the text output would be.
    mkdirSync(join(dir, 'tpl'));
    writeFileSync(join(dir, 'tpl', 'x.txt'), 'template');
    const templated = await build({ books: [{ inputs: [join(dir, 'story.txt')], overrides: { [join(dir, 'story.txt')]: { title: 'x' } } }], formats: ['txt'], outDir: join(dir, 'tpl'), templatesDir: join(dir, 'tpl') });
    expect(templated.failures.map((f) => f.message)).toEqual([`${join(dir, 'tpl', 'x.txt')}: not written, because it is the input ${join(dir, 'tpl', 'x.txt')}; build into another folder (--out, or out: in quire.yaml) or give the book another title.`]);
    expect(readFileSync(join(dir, 'tpl', 'x.txt'), 'utf8')).toBe('template');
    // quire's own earlier output is simply replaced.
    const again = () => build({ books: [{ inputs: [join(dir, 'story.txt')] }], formats: ['txt'], outDir: join(dir, 'out') });
    expect((await again()).failures).toEqual([]);
    expect((await again()).failures).toEqual([]);
  });

  it('normalize never writes over an input, nor over existing Markdown without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-normalize-clash-'));
    copyFileSync(seed, join(dir, 'story.txt'));
    writeFileSync(join(dir, 'story.md'), '# My own draft\n');
    const kept = quireIn(dir, 'normalize', 'story.txt');
    expect(kept.status).toBe(1);
    expect(kept.stderr).toContain('quire: story.md: not written, because it already exists; pass --force to replace it, or use --stdout.');
    expect(readFileSync(join(dir, 'story.md'), 'utf8')).toBe('# My own draft\n');
    // story.md is also being read: even --force leaves it alone.
    const input = quireIn(dir, 'normalize', '--force', 'story.txt', 'story.md');
    expect(input.stderr).toContain('quire: story.md: not written, because it is the input story.md');
    expect(readFileSync(join(dir, 'story.md'), 'utf8')).toBe('# My own draft\n');
    expect(quireIn(dir, 'normalize', '--force', 'story.txt').status).toBe(0);
    expect(readFileSync(join(dir, 'story.md'), 'utf8')).toMatch(/^---\n/);
  });

  it('init never writes quire.yaml over a manuscript, even with --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-init-clash-'));
    copyFileSync(seed, join(dir, 'story.txt'));
    symlinkSync(join(dir, 'story.txt'), join(dir, 'quire.yaml'));
    const r = quireIn(dir, 'init', '--force');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`quire: quire.yaml is the manuscript ${join('.', 'story.txt').replace(/^\.\//, '')}; move one of them, then run quire init again`);
    expect(readFileSync(join(dir, 'story.txt')).equals(readFileSync(seed))).toBe(true);
  });
});
