// Makes lib/bundle/main.cjs.cache, the V8 code cache bin/load-bundle.js hands to V8 (BENCHMARKS.md,
// "Start-up"): loads the bundle, runs the commands users start most (help, inspect, a build to every built-in
// format) on a small story in a scratch folder, then saves what V8 compiled. Run by scripts/bundle-cli.mjs in
// a fresh `node` without flags, since V8 accepts a cache only under the flags it was made with: the ones bin/quire.js
// sets (bin/v8-flags.js) and no others.
// Usage: node scripts/warm-code-cache.mjs BUNDLE
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundle } from '../bin/load-bundle.js';
import { setV8Flags } from '../bin/v8-flags.js';

const bundle = process.argv[2];
const scratch = mkdtempSync(join(tmpdir(), 'quire-warm-'));
const story = join(scratch, 'the-lighthouse.txt');
const paragraph = (n) => `"Keep the lamp lit," she said on the ${n} night, and the keeper — who had not slept — nodded... The sea was *very* loud.`;
writeFileSync(story, [
  'The Lighthouse',
  'by A. Keeper',
  '',
  'Summary: A keeper, a storm and a lamp.',
  '',
  'Chapter 1: Arrival',
  '',
  ...Array.from({ length: 12 }, (_, i) => `${paragraph(i + 1)}\n`),
  '* * *',
  '',
  ...Array.from({ length: 12 }, (_, i) => `${paragraph(i + 13)}\n`),
  'Chapter 2: The Storm',
  '',
  "Author's note: thank you for reading.",
  '',
  ...Array.from({ length: 12 }, (_, i) => `${paragraph(i + 25)}\n`),
].join('\n'));

setV8Flags();
const { main, cacheData } = loadBundle(bundle);
// The commands' output is not wanted here; their exit codes are.
const write = process.stdout.write.bind(process.stdout);
const writeErr = process.stderr.write.bind(process.stderr);
process.stdout.write = () => true;
process.stderr.write = () => true;
const codes = [];
try {
  for (const args of [['--help'], ['build', '--help'], ['inspect', story], ['build', story, '--out', join(scratch, 'out'), '--quiet']]) codes.push(await main(args));
} finally {
  process.stdout.write = write;
  process.stderr.write = writeErr;
}
rmSync(scratch, { recursive: true, force: true });
if (codes.some((code) => code !== 0)) {
  process.stderr.write(`warm-code-cache: a command failed (exit codes ${codes.join(', ')}); no code cache\n`);
  process.exit(0);
}
// Written under a name of this process's own and renamed, so a reader never sees half a cache, nor a mix of two
// compiles' caches.
const temporary = `${bundle}.cache.${process.pid}.tmp`;
writeFileSync(temporary, cacheData());
renameSync(temporary, `${bundle}.cache`);
