import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/inspect.js';

/**
 * bin/quire.js runs the bundled CLI (lib/bundle/main.cjs, scripts/bundle-cli.mjs); the unbundled lib/ is what the
 * bundle is made from. Both must say and write the same: the bundle defers string-width's Unicode set-up,
 * rewrites every module's import.meta.url and requires Node's built-ins, each of which could change output.
 */
const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };
const bundled = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/quire.js'), ...args], { cwd, encoding: 'utf8', env });
// The arguments travel in the environment: after `node -e`, an argument `inspect` would start Node's debugger.
const unbundled = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', `import { main } from ${JSON.stringify(join(root, 'lib/cli/main.js'))}; process.exitCode = await main(JSON.parse(process.env.QUIRE_ARGS));`], {
    cwd,
    encoding: 'utf8',
    env: { ...env, QUIRE_ARGS: JSON.stringify(args) },
    timeout: 60_000,
  });

const seed = join(root, 'seeds', '002_05467c72a081d6c6.txt');
const fixture = (name: string) => join(root, 'tests', 'fixtures', 'encodings', name);

describe('the bundled command line', () => {
  it('is what bin/quire.js runs after a compile', () => {
    expect(existsSync(join(root, 'lib', 'bundle', 'main.cjs'))).toBe(true);
  });

  it.each([
    [['--help']],
    [['build', '--help']],
    [['inspect', '--help']],
    [['frobnicate']],
    [['build', '--pagesize', 'A4', 'story.txt']],
    [['inspect', '--json', seed]],
    [['inspect', fixture('ja-shift_jis.txt')]],
    [['inspect', fixture('ru-koi8-r.txt')]],
  ])('says the same as lib/ for %j', (args) => {
    const a = bundled(root, ...args);
    const b = unbundled(root, ...args);
    expect([a.status, a.stdout, a.stderr]).toEqual([b.status, b.stdout, b.stderr]);
  });

  it('writes the same EPUB and wide-character plain text as lib/', () => {
    const [one, two] = [mkdtempSync(join(tmpdir(), 'quire-bundle-')), mkdtempSync(join(tmpdir(), 'quire-lib-'))];
    const args = ['build', seed, fixture('ja.utf8'), '--format', 'epub,txt', '--jobs', '1', '--quiet'];
    expect(bundled(root, ...args, '--out', one).status).toBe(0);
    expect(unbundled(root, ...args, '--out', two).status).toBe(0);
    const names = readdirSync(one).sort();
    expect(names.filter((n) => n.endsWith('.txt'))).toHaveLength(2);
    expect(readdirSync(two).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(one, name)).equals(readFileSync(join(two, name))), name).toBe(true);
  });

  // The bundle gives epub-gen-memory stand-ins for its HTML round trip and remote fetching
  // (scripts/bundle-stand-ins/); embedded fonts still go through the library's file:// reading.
  it('writes the same EPUB with embedded fonts as lib/', () => {
    const [one, two] = [mkdtempSync(join(tmpdir(), 'quire-bundle-')), mkdtempSync(join(tmpdir(), 'quire-lib-'))];
    const args = ['build', seed, '--format', 'epub', '--embed-fonts', '--quiet'];
    expect(bundled(root, ...args, '--out', one).status).toBe(0);
    expect(unbundled(root, ...args, '--out', two).status).toBe(0);
    const [name] = readdirSync(one);
    expect(readdirSync(two)).toEqual([name]);
    const book = readFileSync(join(one, name!));
    expect(book.includes('OEBPS/fonts/EBGaramond-Italic.ttf')).toBe(true);
    expect(book.equals(readFileSync(join(two, name!)))).toBe(true);
  });
});
