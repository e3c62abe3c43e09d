#!/usr/bin/env node
// Scores the parser against hand-written ground truth (../shared/STRUCTURE-TRUTH.md):
// every NAME.json beside its manuscript (.txt, .md, .html, .epub) in the folders given (default
// tests/fixtures/conventions, the plain-text and Markdown convention corpus, and tests/fixtures/ingest,
// the HTML and EPUB layouts). Prints per-check accuracy, each folder's macro score (mean over its
// manuscripts, so one corpus cannot hide another) and, with --verbose, each miss.
// --json prints the result as JSON; --min N exits 1 when any folder's macro score is below N percent.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreManuscript } from './score-lib.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const minAt = args.indexOf('--min');
const min = minAt >= 0 ? Number(args[minAt + 1]) : null;
const dirs = args.filter((a, i) => !a.startsWith('--') && (minAt < 0 || i !== minAt + 1));
const folders = dirs.length > 0 ? dirs.map((d) => resolve(d)) : [join(root, 'tests/fixtures/conventions'), join(root, 'tests/fixtures/ingest')];

const { parse } = await import(join(root, 'lib/parse.js'));
const { outline } = await import(join(root, 'lib/inspect/outline.js'));

const results = [];
for (const folder of folders) {
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
    const truth = JSON.parse(readFileSync(join(folder, name), 'utf8'));
    const file = join(folder, truth.file);
    let got = null;
    let error = null;
    try {
      got = outline(parse(readFileSync(file), truth.file));
    } catch (e) {
      error = e;
    }
    results.push({ folder, file: truth.file, ...scoreManuscript(truth, got, error) });
  }
}

const byCheck = new Map();
for (const r of results) for (const c of r.checks) {
  const s = byCheck.get(c.check) ?? { right: 0, total: 0 };
  s.total++;
  if (c.ok) s.right++;
  byCheck.set(c.check, s);
}
const macroOf = (list) => list.reduce((n, r) => n + r.score, 0) / Math.max(1, list.length);
const macros = folders.map((folder) => ({ folder, list: results.filter((r) => r.folder === folder) })).map(({ folder, list }) => ({ folder, macro: macroOf(list), count: list.length, right: list.filter((r) => r.score === 1).length }));
if (asJson) {
  console.log(JSON.stringify({ macro: macros[0]?.macro ?? 0, folders: macros.map(({ folder, macro }) => ({ folder: folder.replace(root, ''), macro })), files: results.map(({ file, score, checks }) => ({ file, score, misses: checks.filter((c) => !c.ok) })) }, null, 2));
} else {
  for (const r of results) {
    const misses = r.checks.filter((c) => !c.ok);
    console.log(`${(r.score * 100).toFixed(1).padStart(6)}%  ${r.file}${misses.length ? `  (${misses.length} wrong)` : ''}`);
    if (verbose) for (const m of misses) console.log(`          ${m.check}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`);
  }
  console.log('');
  for (const [check, s] of [...byCheck].sort()) console.log(`${check.padEnd(18)} ${((s.right / s.total) * 100).toFixed(1).padStart(6)}%  (${s.right}/${s.total})`);
  console.log('');
  for (const m of macros) console.log(`macro score: ${(m.macro * 100).toFixed(2)}% over ${m.count} manuscripts in ${m.folder.replace(root, '')}; ${m.right} entirely right`);
}
if (min !== null && macros.some((m) => m.macro * 100 < min)) process.exit(1);
