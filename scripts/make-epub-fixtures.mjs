#!/usr/bin/env node
// Zips each folder under tests/fixtures/ingest/epub-src/ into tests/fixtures/ingest/NAME.epub, the way
// EPUB writers do: `mimetype` first and stored, everything else deflated, fixed times, entries sorted,
// so the committed bytes are reproducible. Run after editing a fixture's source files.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('../tests/fixtures/ingest/', import.meta.url));
const mtime = new Date(Date.UTC(2024, 0, 1));

function files(dir) {
  return readdirSync(dir).sort().flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

for (const name of readdirSync(join(root, 'epub-src')).sort()) {
  const dir = join(root, 'epub-src', name);
  const entries = { mimetype: [readFileSync(join(dir, 'mimetype')), { level: 0, mtime }] };
  for (const f of files(dir)) {
    const entry = relative(dir, f).split('\\').join('/');
    if (entry !== 'mimetype') entries[entry] = [readFileSync(f), { level: 9, mtime }];
  }
  writeFileSync(join(root, `${name}.epub`), zipSync(entries));
  console.log(`wrote tests/fixtures/ingest/${name}.epub`);
}
