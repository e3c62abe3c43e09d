import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: bin/ is plain JavaScript, run before anything is compiled.
import { loadBundle } from '../bin/load-bundle.js';
import { root } from './helpers/inspect.js';

/**
 * bin/load-bundle.js hands V8 the bundle's code cache (lib/bundle/main.cjs.cache). A cache is only ever an
 * aid: a missing, foreign or damaged one must leave the CLI running exactly as without it.
 */
type Loaded = { main: (args: string[]) => Promise<number>; cacheUsed: boolean; cacheData: () => Buffer };
const load = loadBundle as (file: string) => Loaded;

function bundle(source: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'quire-load-')), 'main.cjs');
  writeFileSync(file, source);
  return file;
}

// As scripts/bundle-cli.mjs writes it: one function expression, called as Node calls a CommonJS module's wrapper.
const SOURCE = `(function (exports, require, module, __filename, __dirname, __quireImport) { const path = require('node:path');
exports.main = async (args) => (path.basename(__filename) === 'main.cjs' ? args.length + 0 : 70);
})`;
// As long as SOURCE, which is all V8 itself compares: its compiled code would return a different number.
const OTHER = SOURCE.replace('+ 0', '+ 5');

describe('loading the bundled CLI', () => {
  it('runs the bundle as a CommonJS module without a cache', async () => {
    const { main, cacheUsed } = load(bundle(SOURCE));
    expect(await main(['a', 'b'])).toBe(2);
    expect(cacheUsed).toBe(false);
  });

  it('runs the same with the cache it made', async () => {
    const file = bundle(SOURCE);
    const first = load(file);
    await first.main(['a']);
    writeFileSync(`${file}.cache`, first.cacheData());
    const second = load(file);
    expect(second.cacheUsed).toBe(true);
    expect(await second.main(['a', 'b', 'c'])).toBe(3);
  });

  it('ignores a cache made from other bytes', async () => {
    const other = bundle(OTHER);
    const made = load(other);
    await made.main(['a']);
    const file = bundle(SOURCE);
    writeFileSync(`${file}.cache`, made.cacheData());
    const loaded = load(file);
    expect(loaded.cacheUsed).toBe(false);
    expect(await loaded.main(['a', 'b'])).toBe(2);
  });

  it('ignores a damaged cache', async () => {
    const file = bundle(SOURCE);
    const hash = createHash('sha256').update(SOURCE).digest();
    writeFileSync(`${file}.cache`, Buffer.concat([hash, Buffer.from('not a code cache at all, just some bytes')]));
    expect(await load(file).main(['a', 'b'])).toBe(2);
    writeFileSync(`${file}.cache`, hash.subarray(0, 7));
    expect(await load(file).main(['a'])).toBe(1);
  });

  // npm run compile made lib/bundle/main.cjs.cache in a process that set bin/v8-flags.js's flags: bin/quire.js sets
  // the same ones, or V8 would drop the cache and every command would compile the whole bundle again.
  it('takes the cache npm run compile made, under the flags bin/quire.js sets', () => {
    const script = `import { setV8Flags } from ${JSON.stringify(join(root, 'bin', 'v8-flags.js'))};
import { loadBundle } from ${JSON.stringify(join(root, 'bin', 'load-bundle.js'))};
setV8Flags();
process.stdout.write(String(loadBundle(${JSON.stringify(join(root, 'lib', 'bundle', 'main.cjs'))}).cacheUsed));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect([run.stderr, run.stdout]).toEqual(['', 'true']);
  });
});

