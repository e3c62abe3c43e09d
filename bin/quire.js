#!/usr/bin/env node
import { statSync } from 'node:fs';

// lib/bundle/ (scripts/bundle-cli.mjs) starts several times faster than lib/'s ~120 modules. It is used only
// when built after lib/ was last compiled, so a `tsc` on its own never leaves quire running stale code.
const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? Number.NaN;
const bundled = mtime('../lib/bundle/main.js') >= mtime('../lib/cli/main.js');
const { main } = await import(bundled ? '../lib/bundle/main.js' : '../lib/cli/main.js');

process.exitCode = await main(process.argv.slice(2));
