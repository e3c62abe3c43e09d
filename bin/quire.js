#!/usr/bin/env node
import { statSync } from 'node:fs';

// lib/bundle/ (scripts/bundle-cli.mjs) starts in about half the time of lib/'s ~120 modules. It is used only
// when built after lib/cli/main.js was last written, so a plain `tsc` (which rewrites every file) never leaves
// quire running stale code; `npm run compile` does both. (`tsc --watch` rewrites only changed files: delete
// lib/bundle/ while using it.)
const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? Number.NaN;
const bundled = mtime('../lib/bundle/main.js') >= mtime('../lib/cli/main.js');
const { main } = await import(bundled ? '../lib/bundle/main.js' : '../lib/cli/main.js');

process.exitCode = await main(process.argv.slice(2));
