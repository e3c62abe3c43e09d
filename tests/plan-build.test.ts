import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/build/build.js';
import { planBuild, type BuildPlan } from '../src/build/plan-build.js';
import { planFromArgs } from '../src/cli/build-command.js';
import type { BuildArgs } from '../src/cli/build-options.js';
import { parseCommandLine } from '../src/cli/command-line.js';
import { UsageError } from '../src/errors.js';
import { root } from './helpers/inspect.js';

const seed = join(root, 'seeds/002_05467c72a081d6c6.txt');
const other = join(root, 'seeds/000_7ff2c08bf60faf30.txt');
const renderer = join(root, 'examples/html-renderer.js');
const quiet = { out: () => undefined, err: () => undefined };

/** `quire build ARGV…` as the CLI plans it: through yargs, then the flags, then `planBuild`. */
async function plan(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<BuildPlan> {
  const call = await parseCommandLine(['build', ...argv], quiet);
  return planFromArgs(call!.argv as unknown as BuildArgs, env);
}

/** A quire.yaml in a folder of its own: `top` lines above `books:`, `book` lines in its one book. */
function config(top: string, book: string, stories = [seed]): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'quire-plan-'));
  const file = join(dir, 'quire.yaml');
  const indent = (text: string): string => text.split('\n').filter(Boolean).map((l) => `    ${l}\n`).join('');
  writeFileSync(file, `${top}\nbooks:\n  - stories: [${stories.join(', ')}]\n${indent(book)}`);
  return { file, dir };
}

interface Row {
  option: string;
  argv: string[];
  /** quire.yaml's way of saying the same: lines at the top and in the book. */
  yaml: { top?: string; book?: string; stories?: string[] };
  get(plan: BuildPlan): unknown;
  expected: unknown;
  /** When quire.yaml's value differs from the flag's only by where a path is relative to. */
  fromConfig?: (dir: string) => unknown;
}

const book = (p: BuildPlan) => p.options.books[0]!;

const TWINS: Row[] = [
  { option: '--format', argv: [seed, '--format', 'EPUB,txt'], yaml: { book: 'formats: [EPUB, txt]' }, get: (p) => book(p).formats, expected: ['epub', 'txt'] },
  { option: 'top-level formats', argv: [seed, '-f', 'txt'], yaml: { top: 'formats: [txt]' }, get: (p) => book(p).formats, expected: ['txt'] },
  { option: '--out', argv: [seed, '--out', 'books'], yaml: { top: 'out: books' }, get: (p) => p.options.outDir, expected: 'books', fromConfig: (dir) => join(dir, 'books') },
  { option: '--anthology', argv: [seed, other, '--anthology', 'Both'], yaml: { book: 'title: Both', stories: [seed, other] }, get: (p) => p.options.books.map((b) => [b.anthology, b.inputs.length]), expected: [['Both', 2]] },
  { option: '--editor', argv: [seed, '--editor', 'Jo Bloggs'], yaml: { book: 'editor: Jo Bloggs' }, get: (p) => book(p).editor, expected: 'Jo Bloggs' },
  { option: '--notes', argv: [seed, '--notes', 'end'], yaml: { book: 'notes: end' }, get: (p) => book(p).notes, expected: 'end' },
  { option: '--page-size', argv: [seed, '--page-size', 'Letter'], yaml: { book: 'page-size: Letter' }, get: (p) => book(p).options?.pdf?.['page-size'] ?? book(p).pageSize, expected: 'Letter' },
  { option: '--page-size (pdf: section)', argv: [seed, '--page-size', 'Letter'], yaml: { book: 'pdf:\n  page-size: Letter' }, get: (p) => book(p).options?.pdf?.['page-size'], expected: 'Letter' },
  { option: '--recto', argv: [seed, '--recto'], yaml: { book: 'pdf:\n  recto: true' }, get: (p) => book(p).options?.pdf?.recto, expected: true },
  { option: '--width', argv: [seed, '--width', '60'], yaml: { top: 'txt:\n  width: 60' }, get: (p) => book(p).options?.txt?.width, expected: 60 },
  { option: '--crlf', argv: [seed, '--crlf'], yaml: { book: 'txt:\n  crlf: true' }, get: (p) => book(p).options?.txt?.crlf, expected: true },
  { option: '--ascii', argv: [seed, '--ascii'], yaml: { top: 'txt:\n  ascii: true' }, get: (p) => book(p).options?.txt?.ascii, expected: true },
  { option: '--embed-fonts', argv: [seed, '--embed-fonts'], yaml: { book: 'epub:\n  embed-fonts: true' }, get: (p) => book(p).options?.epub?.['embed-fonts'], expected: true },
  { option: '--cover', argv: [seed, '--cover', 'art.png'], yaml: { book: 'cover: art.png' }, get: (p) => p.options.cover ?? book(p).cover, expected: 'art.png', fromConfig: (dir) => join(dir, 'art.png') },
  { option: '--series, --series-index', argv: [seed, '--series', 'The Saga', '--series-index', '2'], yaml: { book: 'series: The Saga\nseries-index: 2' }, get: (p) => book(p).series, expected: { name: 'The Saga', position: 2 } },
  { option: '--renderer', argv: [seed, '--renderer', renderer], yaml: { top: `renderers: [${renderer}]` }, get: (p) => [p.options.registry.defaults(), p.options.registry.modules()?.length], expected: [['epub', 'pdf', 'txt', 'html'], 1] },
];

/** Options of the command line alone: how a build runs, not what a book is. */
const FLAGS_ONLY: Row[] = [
  { option: '--no-typography', argv: [seed, '--no-typography'], yaml: {}, get: (p) => p.options.typography, expected: false },
  { option: '--templates', argv: [seed, '--templates', 'mine'], yaml: {}, get: (p) => [p.options.templatesDir, p.watched.includes('mine')], expected: ['mine', true] },
  { option: '--jobs', argv: [seed, '-j', '3'], yaml: {}, get: (p) => p.options.workers, expected: 3 },
  { option: '--shard', argv: [seed, other, '--shard', '2/2'], yaml: {}, get: (p) => [p.options.shard, p.options.books.length, p.outputs, p.watched.includes(seed)], expected: [{ index: 2, count: 2 }, 2, 3, false] },
];

describe('quire build ARGV → plan', () => {
  it.each(TWINS)('$option on the command line', async (row) => {
    expect(row.get(await plan(row.argv))).toEqual(row.expected);
  });

  it.each(TWINS)('$option in quire.yaml', async (row) => {
    const { file, dir } = config(row.yaml.top ?? '', row.yaml.book ?? '', row.yaml.stories);
    expect(row.get(await plan(['--config', file]))).toEqual(row.fromConfig?.(dir) ?? row.expected);
  });

  it.each(FLAGS_ONLY)('$option (command line only)', async (row) => {
    expect(row.get(await plan(row.argv))).toEqual(row.expected);
  });

  it('takes SOURCE_DATE_EPOCH from the environment, and leaves every other value at its default', async () => {
    const p = await plan([seed], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(p.options).toMatchObject({ outDir: 'dist', sourceDateEpoch: 1700000000, typography: true, cover: null, shard: null, templatesDir: null });
    expect(p.options.books).toEqual([{ inputs: [seed] }]);
    expect(p.outputs).toBe(3);
  });

  it('lets a flag win over the book in quire.yaml', async () => {
    const { file } = config('formats: [epub]', 'notes: omit\npage-size: A4\ncover: art.png');
    const p = await plan(['--config', file, '--notes', 'end', '--page-size', '6x9', '--format', 'txt', '--cover', 'mine.png']);
    expect(book(p)).toMatchObject({ notes: 'end', formats: ['txt'], options: { pdf: { 'page-size': '6x9' } } });
    expect(book(p).cover).toBeUndefined();
    expect(p.options.cover).toBe('mine.png');
  });
});

describe('wrong names are usage errors wherever they are found', () => {
  const usage = async (promise: Promise<unknown>): Promise<string> => {
    const error = await promise.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  };
  const formats = 'format "docx" is not available in this version of quire; it can make: epub, pdf, txt, imposed, cover, calibration';
  const sizes = 'unknown page size "B5"; use one of A5, A4, Letter, 6x9, 5x8, 5.25x8, 5.5x8.5, B-format, A6, pocket, or a custom size with its unit such as 140x216mm or 5.5x8.5in';

  it('an unknown format: on the command line, in quire.yaml (with its line), in the library', async () => {
    expect(await usage(plan([seed, '--format', 'epub,docx']))).toBe(formats);
    const { file } = config('', 'formats: [epub, docx]');
    expect(await usage(plan(['--config', file]))).toBe(`${file}:4: books.0.formats: ${formats}`);
    const top = config('formats: [docx]', '');
    expect(await usage(plan(['--config', top.file]))).toBe(`${top.file}:1: formats: ${formats}`);
    expect(await usage(planBuild({ files: [seed] }, { formats: ['docx'] }))).toBe(formats);
    expect(await usage(build({ books: [{ inputs: [seed] }], outDir: tmpdir(), formats: ['docx'] }))).toBe(formats);
  });

  it('an unknown page size: on the command line, in quire.yaml (with its line), in the library', async () => {
    expect(await usage(plan([seed, '--page-size', 'B5']))).toBe(`--page-size: ${sizes}`);
    const { file } = config('', 'page-size: B5');
    expect(await usage(plan(['--config', file]))).toBe(`${file}:4: books.0.page-size: ${sizes}`);
    expect(await usage(planBuild({ files: [seed] }, { pageSize: 'B5' }))).toBe(`--page-size: ${sizes}`);
  });

  it('a bad value of another flag, from the library too', async () => {
    expect(await usage(planBuild({ files: [seed] }, { notes: 'nowhere' as 'end' }))).toBe('--notes must be one of inline, end, omit, not "nowhere"');
    expect(await usage(planBuild({ files: [seed] }, { width: -1 }))).toBe('--width must be a whole number of columns (0 for no wrapping), not "-1"');
    expect(await usage(planBuild({ files: [seed] }, { shard: { index: 3, count: 2 } }))).toMatch(/^--shard must be i\/n/);
    expect(await usage(plan([seed, '--width', 'wide']))).toBe('--width must be a whole number of columns (0 for no wrapping), not "wide"');
    expect(await usage(plan([seed, '--series-index', 'second']))).toBe('--series-index must be a number, not "second"');
    expect(await usage(plan([seed, '--jobs', '0']))).toBe('--jobs must be a whole number of worker threads, not "0"');
  });
});

describe("renderers' own options: quire.yaml sections checked by each renderer's schema", () => {
  const usage = async (promise: Promise<unknown>): Promise<string> => {
    const error = await promise.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  };
  const sizes = 'unknown page size "B5"; use one of A5, A4, Letter, 6x9, 5x8, 5.25x8, 5.5x8.5, B-format, A6, pocket, or a custom size with its unit such as 140x216mm or 5.5x8.5in';

  it('takes a third-party renderer its section from quire.yaml, the book level over the top level', async () => {
    const { file } = config(`renderers: [${renderer}]\nhtml:\n  theme: dark`, 'formats: [html]');
    expect(book(await plan(['--config', file])).options).toEqual({ html: { theme: 'dark' } });
    const over = config(`renderers: [${renderer}]\nhtml:\n  theme: dark`, 'formats: [html]\nhtml:\n  theme: none');
    expect(book(await plan(['--config', over.file])).options).toEqual({ html: { theme: 'none' } });
  });

  it("names the line of a value the renderer's schema refuses, at either level", async () => {
    const { file } = config(`renderers: [${renderer}]`, 'formats: [html]\nhtml:\n  theme: purple');
    expect(await usage(plan(['--config', file]))).toBe(`${file}:6: books.0.html.theme: Invalid option: expected one of "light"|"dark"|"none"`);
    const top = config(`renderers: [${renderer}]\nhtml:\n  colour: red`, '');
    expect(await usage(plan(['--config', top.file]))).toBe(`${top.file}:3: html.colour: unknown key "colour"; check the spelling (see the README for the options of html)`);
  });

  it("checks the built-in renderers' sections too, and the page size of pdf:", async () => {
    const width = config('txt:\n  width: wide', '');
    expect(await usage(plan(['--config', width.file]))).toBe(`${width.file}:2: txt.width: Invalid input: expected number, received string`);
    const size = config('', 'pdf:\n  page-size: B5');
    expect(await usage(plan(['--config', size.file]))).toBe(`${size.file}:5: books.0.pdf.page-size: ${sizes}`);
  });

  it('refuses a section no renderer reads, with its line; a misspelt plain key is still an unknown key', async () => {
    const { file } = config('', 'htm:\n  theme: dark');
    expect(await usage(plan(['--config', file]))).toBe(`${file}:4: books.0.htm: no renderer reads options under "htm"; check the spelling, or list the renderer's module under renderers: (renderers: epub, pdf, txt, imposed, cover, calibration)`);
  });

  it('gives the library the same sections, and checks them without a config', async () => {
    const p = await planBuild({ files: [seed] }, { renderers: [renderer], options: { html: { theme: 'none' } } });
    expect(book(p).options).toEqual({ html: { theme: 'none' } });
    expect(await usage(planBuild({ files: [seed] }, { renderers: [renderer], options: { html: { theme: 7 } } }))).toMatch(/^html\.theme: /);
  });
});
