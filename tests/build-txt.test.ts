import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build/build.js';
import { bodyText } from '../src/model-text.js';
import { parseAt, root } from './helpers/inspect.js';
import { firstMissingInOrder, words } from './helpers/words.js';

const seeds = readdirSync(join(root, 'seeds')).sort().map((f) => join(root, 'seeds', f));
const bodyWords = (file: string): string[] => {
  const m = parseAt(file, '');
  return words([...m.front, ...m.chapters].map((c) => bodyText(c.children)).join('\n'));
};

async function buildTxt(dir: string, inputs: string[], extra: Record<string, unknown> = {}, anthology?: string): Promise<void> {
  const result = await build({ books: [{ inputs, anthology: anthology ?? null }], formats: ['txt'], outDir: dir, ...extra });
  expect(result.failures).toEqual([]);
}

describe('plain text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quire-txt-'));
  const anthology = join(dir, 'wrapped', 'seed-stories.txt');
  beforeAll(async () => {
    await buildTxt(join(dir, 'wrapped'), seeds, {}, 'Seed Stories');
    await buildTxt(join(dir, 'again'), seeds, {}, 'Seed Stories');
    await buildTxt(join(dir, 'unwrapped'), [seeds[2]!], { width: 0, typography: false });
    await buildTxt(join(dir, 'crlf'), [seeds[0]!], { crlf: true });
    await buildTxt(join(dir, 'ffnet'), [join(root, 'tests/fixtures/ffnet/story.txt')]);
  });

  it("holds every word of the seeds in order in the anthology's text", () => {
    const text = readFileSync(anthology, 'utf8');
    expect(firstMissingInOrder(seeds.flatMap(bodyWords), words(text))).toBeNull();
  });

  it('wraps at 72 columns on word boundaries, with LF line endings', () => {
    const text = readFileSync(anthology, 'utf8');
    expect(text).not.toContain('\r');
    const lines = text.split('\n');
    expect(lines.filter((l) => stringWidth(l) > 72)).toEqual([]);
    expect(lines.length).toBeGreaterThan(2000);
  });

  it('with width 0 keeps each paragraph on one line', () => {
    const text = readFileSync(join(dir, 'unwrapped', 'finding-friendship.txt'), 'utf8');
    const m = parseAt(seeds[2]!, '');
    const first = m.chapters[0]!.children.find((b) => b.type === 'paragraph' && bodyText([b]).length > 200)!;
    expect(text.split('\n')).toContain(bodyText([first]));
  });

  it('writes CRLF with --crlf', () => {
    const text = readFileSync(join(dir, 'crlf', 'making-something-from-nothing.txt'), 'utf8');
    expect(text.split('\r\n').length).toBeGreaterThan(20);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('sets a title block, contents, centred headings, labelled notes and centred scene breaks', () => {
    const text = readFileSync(join(dir, 'ffnet', 'the-lantern-keeper.txt'), 'utf8');
    const centred = (s: string): string => `${' '.repeat(Math.floor((72 - s.length) / 2))}${s}`;
    expect(text.startsWith(`${'='.repeat(72)}\n\n${centred('The Lantern Keeper')}\n\n${centred('by MossAndEmber')}\n\n${'='.repeat(72)}\n`)).toBe(true);
    expect(text).toContain('Contents\n\n  Chapter 1: The Harbour Light\n  Chapter 2: Salt and Smoke\n');
    expect(text).toContain(`\n\n\n${centred('Chapter 1: The Harbour Light')}\n\n\n`);
    expect(text).toContain('\n    A/N:\n    First story here, be gentle!\n');
    expect(text).toContain(`\n\n${centred('* * *')}\n\n`);
  });

  it('is the same bytes when built again', () => {
    expect(readFileSync(join(dir, 'again', 'seed-stories.txt')).equals(readFileSync(anthology))).toBe(true);
  });
});
