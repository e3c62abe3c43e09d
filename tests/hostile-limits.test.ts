import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build/build.js';
import { main } from '../src/cli/main.js';
import { parse } from '../src/parse.js';
import { bodyText } from '../src/model-text.js';
import { png, pngHeaderOnly } from './helpers/images.js';
import { root } from './helpers/inspect.js';

const quireIn = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/quire.js'), ...args], { cwd, encoding: 'utf8' });
const seed = join(root, 'seeds/000_7ff2c08bf60faf30.txt');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;


const BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`)].join('\n');

describe('quire.yaml is data, with limits', () => {
  const cases: [string, string, RegExp][] = [
    ['an alias bomb', `${BOMB}\nbooks: *g\n`, /^quire: quire\.yaml:2: aliases \(\*name\) expand too far, as in a "billion laughs" document; write the values out instead of repeating aliases$/],
    ['deep flow nesting', `books: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, /^quire: quire\.yaml:1: the YAML is nested too deeply \(more than 32 levels\); flatten it$/],
    ['deep block nesting', `books:\n${Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- `).join('\n')}\n`, /^quire: quire\.yaml:33: the YAML is nested 61 levels deep; quire reads at most 32$/],
    ['a huge document', `books: []\n# ${'x'.repeat(2 * 1024 * 1024)}\n`, /^quire: quire\.yaml:1: the YAML is 2049 KB; quire reads at most 1024 KB of it here$/],
  ];
  it.each(cases)('refuses %s as a usage error naming the line, with no stack trace', (_name, text, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-yaml-'));
    writeFileSync(join(dir, 'quire.yaml'), text);
    const r = quireIn(dir, 'build');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(message);
    expect(readdirSync(dir)).toEqual(['quire.yaml']);
  });
});

describe('Markdown front matter is data, with limits', () => {
  it('warns with the line of an alias bomb and still builds the story', () => {
    const m = parse(Buffer.from(`---\ntitle: Bombed\n${BOMB}\ntags: *g\n---\n\n# One\n\nThe words after it are kept.\n`), 'bomb.md');
    expect(m.meta.title).not.toBe('Bombed');
    expect(m.diagnostics.filter((d) => d.severity === 'warning').map((d) => [d.ruleId, d.line])).toEqual([['md-front-matter', 4]]);
    expect(bodyText(m.chapters[0]!.children)).toBe('The words after it are kept.');
  });
});

describe('deeply nested Markdown', () => {
  const cases: [string, string, number][] = [
    ['5,000 nested quotes', `${'>'.repeat(5000)} deep words\n\nafter the quotes\n`, 1],
    ['lists nested 1,000 deep', `${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item${i}`).join('\n')}\n\nafter the lists\n`, 66],
    ['a paragraph of 100,000 brackets', `${'['.repeat(50_000)}middle${']'.repeat(50_000)}\n\nafter the brackets\n`, 1],
    ['20,000 nested emphasis marks', `${'*_'.repeat(10_000)}core${'_*'.repeat(10_000)}\n\nafter the marks\n`, 1],
  ];
  it.each(cases)('reads %s without a throw, keeps the words after them, and warns with the line', (_name, text, line) => {
    const m = parse(Buffer.from(text), 'deep.md');
    const body = m.chapters.map((c) => bodyText(c.children)).join('\n');
    expect(body).toMatch(/after the \w+$/);
    expect(body).toMatch(/deep words|item999|middle|core/);
    expect(m.diagnostics.some((d) => d.severity === 'warning' && /^md-(nesting|markup-limit)$/.test(d.ruleId) && d.line === line)).toBe(true);
  });

  it('builds a deeply nested Markdown file from the command line (exit 0, no stack trace)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-deep-md-'));
    writeFileSync(join(dir, 'deep.md'), `# Deep\n\n${'>'.repeat(5000)} deep words\n\nafter the quotes\n`);
    const r = quireIn(dir, 'build', 'deep.md', '--format', 'txt', '--quiet');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('deep.md:3:1 warning quotes or lists nested more than 16 deep');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('cover images are checked before use', () => {
  const whole = png(30, 45);
  const damaged = Buffer.from(whole);
  damaged[whole.length - 20] = damaged[whole.length - 20]! ^ 0xff;
  const jpegTruncated = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x10, 0x00, 0x10, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xda, 0x00, 0x0c, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3f, 0x00, 0x12, 0x34]);
  const gifTruncated = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([10, 0, 10, 0, 0, 0, 0]), Buffer.from([0x2c, 0, 0, 0, 0, 10, 0, 10, 0, 0, 2, 2])]);
  const cases: [string, Buffer, string][] = [
    ['a PNG signature with garbage after it', Buffer.concat([whole.subarray(0, 8), Buffer.from('this is not image data at all, only garbage bytes')]), 'is not a PNG, JPEG or GIF image'],
    ['a truncated PNG', whole.subarray(0, whole.length - 30), 'is damaged: '],
    ['a PNG with a damaged chunk', damaged, 'is damaged: '],
    ['a PNG of 20,000 px a side', pngHeaderOnly(20_000, 300), 'is 20000 × 300 px'],
    ['a truncated JPEG', jpegTruncated, 'is damaged: it ends before its end-of-image marker (truncated)'],
    ['a truncated GIF', gifTruncated, 'is damaged: it ends before its trailer (truncated)'],
    ['text named .png', Buffer.from('hello'), 'is not a PNG, JPEG or GIF image'],
  ];
  it.each(cases)('refuses %s with one line naming the file, and writes no EPUB', async (_name, bytes, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-cover-'));
    const cover = join(dir, 'broken.png');
    writeFileSync(cover, bytes);
    const r = quireIn(dir, 'build', seed, '--cover', 'broken.png', '--format', 'epub', '--out', 'out', '--quiet');
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`quire: broken.png: "broken.png" ${message}`);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('accepts a whole PNG', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-cover-'));
    writeFileSync(join(dir, 'cover.png'), whole);
    const result = await build({ books: [{ inputs: [seed] }], formats: ['epub'], outDir: dir, cover: join(dir, 'cover.png') });
    expect(result.failures).toEqual([]);
  });

  it('names the line of cover: in quire.yaml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-cover-'));
    writeFileSync(join(dir, 'broken.png'), whole.subarray(0, 40));
    writeFileSync(join(dir, 'quire.yaml'), `out: out\nformats: [epub]\nbooks:\n  - stories: [${JSON.stringify(seed)}]\n    cover: broken.png\n`);
    const r = quireIn(dir, 'build', '--quiet');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^quire: quire\.yaml:5: cover broken\.png: "broken\.png" is damaged: /m);
  });
});

describe('an internal error', () => {
  it("names quire's version and Node's separately", async () => {
    const err: string[] = [];
    const code = await main(['formats'], { out: () => { throw new Error('stdout went away'); }, err: (t) => void err.push(t) });
    expect(code).toBe(70);
    expect(err.join('')).toContain(`quire: internal error (a bug in quire ${version}, on Node.js ${process.version}); please report it with this text:\nError: stdout went away`);
  });
});
