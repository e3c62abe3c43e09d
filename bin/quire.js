#!/usr/bin/env node
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setV8Flags } from './v8-flags.js';

setV8Flags();

// lib/bundle/main.cjs (scripts/bundle-cli.mjs) starts in a fraction of the time of lib/'s ~120 modules, the more
// so with its code cache (bin/load-bundle.js). It is used only when built after lib/cli/main.js was last
// written, so a plain `tsc` (which rewrites every file) never leaves quire running stale code; `npm run compile`
// does both. (`tsc --watch` rewrites only changed files: delete lib/bundle/ while using it.)
const bundle = fileURLToPath(new URL('../lib/bundle/main.cjs', import.meta.url));
const mtime = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Number.NaN;
const { main } = mtime(bundle) >= mtime(fileURLToPath(new URL('../lib/cli/main.js', import.meta.url)))
  ? (await import('./load-bundle.js')).loadBundle(bundle)
  : await import('../lib/cli/main.js');

process.exitCode = await main(process.argv.slice(2));
