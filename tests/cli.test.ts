import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers/inspect.js';

const quire = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/quire.js'), ...args], { cwd: root, encoding: 'utf8' });

beforeAll(() => {
  // The binary runs the compiled library: build it from the sources under test.
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')]);
});

describe('quire inspect', () => {
  it('prints an outline with line numbers and diagnostics as file:line:col severity reason rule-id', () => {
    const r = quire('inspect', 'seeds/003_36173a1dff41368f.txt');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  138  chapter #3 The Great City of Viodashi');
    expect(r.stdout).toMatch(/^seeds\/003_36173a1dff41368f\.txt:141:1 warning .+ note-empty$/m);
  });

  it('prints one JSON object for one file and an array for several', () => {
    const one = JSON.parse(quire('inspect', '--json', 'seeds/002_05467c72a081d6c6.txt').stdout);
    expect(one).toMatchObject({ file: 'seeds/002_05467c72a081d6c6.txt', encoding: 'utf-8', title: 'Finding Friendship', author: 'Kamen-Zero', wordCount: 6260 });
    expect(Object.keys(one.chapters[0])).toEqual(
      expect.arrayContaining(['number', 'title', 'part', 'line', 'notesBefore', 'notesAfter', 'sceneBreaks', 'softBreaks', 'povMarkers', 'ornaments', 'firstWords', 'wordCount']),
    );
    const many = JSON.parse(quire('inspect', '--json', 'seeds/000_7ff2c08bf60faf30.txt', 'seeds/001_58e74c88fd9e2e85.txt').stdout);
    expect(many.map((o: { file: string }) => o.file)).toEqual(['seeds/000_7ff2c08bf60faf30.txt', 'seeds/001_58e74c88fd9e2e85.txt']);
  });

  it('refuses a binary file with one line on stderr and exit 1, and still inspects the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-'));
    const png = join(dir, 'cover.txt');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = quire('inspect', png, 'seeds/000_7ff2c08bf60faf30.txt');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`quire: ${png}: this looks like a PNG image, not a text manuscript; export the story as plain text (.txt) or Markdown (.md).`]);
    expect(r.stdout).toContain('Making something from nothing');
  });

  it('names a missing file and exits 1 without a stack trace', () => {
    const r = quire('inspect', 'no/such/story.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('quire: no/such/story.txt: no such file; check the path.\n');
  });

  it('treats a missing argument or unknown option as a usage error (exit 2)', () => {
    expect(quire('inspect').status).toBe(2);
    expect(quire('inspect', '--frobnicate', 'seeds/000_7ff2c08bf60faf30.txt').status).toBe(2);
  });
});
