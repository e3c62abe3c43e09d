import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';
import { root } from './helpers/inspect.js';

const quireIn = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/quire.js'), ...args], { cwd, encoding: 'utf8' });


const TALES = `SITE MENU | Home | Stories
Login

Tales of the Wick
by Ada Lane
Summary: Three small tales.

Tale the First: The Shop

The shop on Wick Lane had no sign.

Chapter 2: Her Favourite

She liked that part.

~~~~

It opened at dusk.

Nota: this one is short.

Tale the Second: The Key

She found the key under the mat.
`;

describe('structure levers', () => {
  it('reads a story the parser gets wrong as the user says, line by line', () => {
    const plain = outline(parse(Buffer.from(TALES), 'tales.txt'));
    expect(plain.chapters.map((c) => c.title)).not.toEqual(['The Shop', 'The Key']);
    const fixed = outline(
      parse(Buffer.from(TALES), 'tales.txt', { start: 4, headings: /^Tale the (?<number>\w+): (?<title>.+)$/u, notHeadings: [12], breaks: /^~+$/u, noteLabels: ['Nota:'] }),
    );
    expect(fixed.title).toBe('Tales of the Wick');
    expect(fixed.chapters.map((c) => [c.number, c.title, c.sceneBreaks, c.notesAfter.map((n) => n.text)])).toEqual([
      [1, 'The Shop', 1, ['this one is short.']],
      [2, 'The Key', 0, []],
    ]);
    expect(fixed.chapters[0]!.firstWords).toBe('The shop on Wick Lane');
    expect(fixed.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['lever-start', 'lever-heading', 'lever-not-heading', 'lever-note-label']));
  });

  it('not-notes gives a paragraph read as a note back to the story, from quire.yaml too', () => {
    const text = 'The Shop\n\nChapter 1\n\nThe shop on Wick Lane had no sign, and nobody minded.\n\nA/N: this one the shopkeeper wrote on the door.\n\nChapter 2\n\nShe found the key under the mat.\n';
    const before = outline(parse(Buffer.from(text), 'shop.txt'));
    expect(before.chapters[0]!.notesAfter).toHaveLength(1);
    const after = outline(parse(Buffer.from(text), 'shop.txt', { notNotes: [7] }));
    expect(after.chapters[0]!.notesAfter).toEqual([]);
    expect(after.chapters[0]!.wordCount).toBeGreaterThan(before.chapters[0]!.wordCount);
    expect(after.diagnostics.map((d) => d.ruleId)).toContain('lever-not-note');
    const dir = mkdtempSync(join(tmpdir(), 'quire-levers-'));
    writeFileSync(join(dir, 'shop.txt'), text);
    writeFileSync(join(dir, 'quire.yaml'), 'books:\n  - stories:\n      - file: shop.txt\n        structure:\n          not-notes: [7]\n');
    const r = quireIn(dir, 'inspect', '-c', 'quire.yaml', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).chapters[0].notesAfter).toEqual([]);
  });

  it('quire inspect -c applies a config’s levers, and a bad pattern or key is exit 2 naming the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-levers-'));
    writeFileSync(join(dir, 'tales.txt'), TALES);
    writeFileSync(join(dir, 'quire.yaml'), "books:\n  - stories:\n      - file: tales.txt\n        structure:\n          headings: '^Tale the (?<number>\\w+): (?<title>.+)$'\n");
    const r = quireIn(dir, 'inspect', '-c', 'quire.yaml', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).chapters.map((c: { title: string }) => c.title)).toEqual(expect.arrayContaining(['The Shop', 'The Key']));
    writeFileSync(join(dir, 'bad.yaml'), "books:\n  - stories:\n      - file: tales.txt\n        structure:\n          breaks: '^(~+$'\n          colour: red\n");
    const bad = quireIn(dir, 'inspect', '-c', 'bad.yaml');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('bad.yaml:5: books.0.stories.0.structure.breaks: not a valid regular expression');
    expect(bad.stderr).toContain('bad.yaml:6: books.0.stories.0.structure: unknown key "colour"');
  });
});
