import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build/build.js';
import { configBooks } from '../src/config/config-books.js';
import { ConfigError, parseConfig } from '../src/config/load-config.js';
import { root } from './helpers/inspect.js';

const error = (text: string): string => {
  try {
    parseConfig(text, 'quire.yaml');
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  return 'no error';
};

describe('quire.yaml', () => {
  it('names the line of an unknown key, a wrong type, a missing list and bad YAML', () => {
    expect(error('books:\n  - stories: [a.txt]\n    formatz: [epub]\n')).toBe('quire.yaml:3: books.0: unknown key "formatz"; check the spelling (see the README for the keys quire.yaml takes)');
    expect(error('out: dist\nbooks:\n  - stories: [a.txt]\n    series-index: second\n')).toMatch(/^quire\.yaml:4: books\.0\.series-index: Invalid input: expected number/);
    expect(error('out: dist\n')).toMatch(/^quire\.yaml:1: books: Invalid input: expected array/);
    expect(error('books: [\n')).toMatch(/^quire\.yaml:\d: /);
  });

  it('takes the print settings of a book, as the flags do, and names the line of a wrong one', async () => {
    const yaml = 'books:\n  - stories: [a.txt]\n    page-size: 140x216mm\n    impose: quarto\n    sheet: A4\n    signature: 3\n    duplex: manual\n    flyleaves: 1\n    creep: 0.1mm\n    bleed: 3mm\n    crop-marks: true\n    paper: cream\n    calibration: true\n';
    const books = await configBooks(parseConfig(yaml, 'quire.yaml'), 'quire.yaml');
    expect(books[0]!.pageSize).toBe('140x216mm');
    expect(books[0]!.print).toEqual({ impose: 'quarto', sheet: 'A4', signature: 3, duplex: 'manual', flyleaves: 1, creep: '0.1mm', calibration: true, bleed: '3mm', cropMarks: true, paper: 'cream' });
    expect(error('books:\n  - stories: [a.txt]\n    impose: duodecimo\n')).toMatch(/^quire\.yaml:3: books\.0\.impose: Invalid option: expected one of "folio"\|"quarto"\|"octavo"\|"sextodecimo"/);
    expect(error('books:\n  - stories: [a.txt]\n    bleed: 3\n')).toMatch(/^quire\.yaml:3: books\.0\.bleed: /);
  });

  it('expands globs and folders in name order and carries per-story overrides', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-cfg-'));
    mkdirSync(join(dir, 'novel'));
    for (const n of ['02', '01', '10']) writeFileSync(join(dir, 'novel', `${n}.txt`), `Part ${n}\n\nText of part ${n}.\n`);
    writeFileSync(join(dir, 'novel', 'notes.pdf'), '');
    const config = parseConfig(`books:\n  - title: Novel\n    stories: [novel]\n  - stories:\n      - file: novel/01.txt\n        title: Fixed Title\n`, join(dir, 'quire.yaml'));
    const books = await configBooks(config, join(dir, 'quire.yaml'));
    const rel = (p: string): string => relative(dir, resolve(p));
    expect(books[0]!.inputs.map(rel)).toEqual(['novel/01.txt', 'novel/02.txt', 'novel/10.txt']);
    expect(books[0]!.anthology).toBe('Novel');
    expect(Object.values(books[1]!.overrides ?? {})).toEqual([{ title: 'Fixed Title' }]);
  });

  it('requires a title for a book of several stories', async () => {
    const config = parseConfig('books:\n  - stories: [seeds/*.txt]\n', join(root, 'quire.yaml'));
    await expect(configBooks(config, join(root, 'quire.yaml'))).rejects.toThrow(/books\.0 has 4 stories and no title; give the anthology a title/);
  });

  it("applies overrides of a story's title, author and chapter titles in the book", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-over-'));
    const yaml = `books:\n  - stories:\n      - file: ${join(root, 'seeds/003_36173a1dff41368f.txt')}\n        title: Connections\n        author: A. Writer\n        chapters: { 2: Across the Dunes }\n`;
    const config = parseConfig(yaml, join(dir, 'quire.yaml'));
    const result = await build({ books: await configBooks(config, join(dir, 'quire.yaml')), formats: ['txt'], outDir: dir });
    expect(result.failures).toEqual([]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'bind-title-from-file')).toEqual([]);
    const text = readFileSync(join(dir, 'connections.txt'), 'utf8');
    expect(text).toContain('Connections\n\n');
    expect(text).toContain('by A. Writer');
    expect(text).toContain('Chapter 2: Across the Dunes');
  });
});
