// `npm run bench`: quire side by side with the floor (gzip -6, cat) and pandoc, as medians of several runs.
// Usage: node bench/run.mjs [--quick] [--runs N] [--startup]. Writes bench/results.json; BENCHMARKS.md explains it.
// --startup measures only the start-up rows (help, inspect, one seed to EPUB against pandoc).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manuscript, singleLine, stories } from './generate.mjs';
import { gapStats } from '../scripts/gap-stats-lib.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const startupOnly = args.includes('--startup');
const runs = Number(args[args.indexOf('--runs') + 1] || 3) || 3;
const work = join(tmpdir(), 'quire-bench');
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const timeTool = existsSync('/usr/bin/time');
const pandoc = has('pandoc');
// pandoc's PDF goes through pdflatex (Debian: texlive-latex-recommended, lmodern): measured only where installed.
const pdflatex = pandoc && has('pdflatex');
// The same text block as quire's A5 (theme.json), so line breaking is compared on one measure.
const latexA5 = '-V papersize=a5 -V fontsize=11pt -V geometry:inner=56bp,outer=42bp,top=50bp,bottom=58bp';

/**
 * One run: wall seconds, and from /usr/bin/time when present peak RSS in MB and CPU seconds (user + system,
 * children included): on a machine shared with other work, CPU time is what compares between runs.
 */
function once(command) {
  const started = process.hrtime.bigint();
  const r = timeTool ? spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', 'sh', '-c', command], { encoding: 'utf8' }) : spawnSync('sh', ['-c', command], { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`failed: ${command}\n${r.stderr}`);
  const last = timeTool ? r.stderr.trim().split('\n').at(-1).split(' ') : null;
  return { seconds: wall, rssMB: last ? Number(last[1]) / 1024 : null, cpu: last ? Number(last[2]) + Number(last[3]) : null };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(label, command) {
  const samples = Array.from({ length: runs }, () => once(command));
  const result = { label, seconds: median(samples.map((s) => s.seconds)), rssMB: samples[0].rssMB === null ? null : median(samples.map((s) => s.rssMB)), cpu: samples[0].cpu === null ? null : median(samples.map((s) => s.cpu)), runs };
  process.stderr.write(`  ${label.padEnd(38)} ${result.seconds.toFixed(2)} s${result.rssMB === null ? '' : `  ${Math.round(result.rssMB)} MB  ${result.cpu.toFixed(2)} s CPU`}\n`);
  return result;
}

/**
 * Several commands run in turn, `n` rounds, so each sees the same load: medians of wall seconds and of CPU
 * seconds (user + system, from /usr/bin/time), which a busy machine inflates less than wall time.
 */
function measureTogether(commands, n) {
  const samples = commands.map(() => []);
  for (let round = 0; round < n; round++) {
    for (const [k, [, command]] of commands.entries()) {
      const started = process.hrtime.bigint();
      const r = timeTool ? spawnSync('/usr/bin/time', ['-f', '%U %S', 'sh', '-c', command], { encoding: 'utf8' }) : spawnSync('sh', ['-c', command], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`failed: ${command}\n${r.stderr}`);
      const cpu = timeTool ? r.stderr.trim().split('\n').at(-1).split(' ').reduce((a, b) => a + Number(b), 0) : null;
      samples[k].push({ seconds: Number(process.hrtime.bigint() - started) / 1e9, cpu });
    }
  }
  return Object.fromEntries(commands.map(([label], k) => {
    const result = { label, seconds: median(samples[k].map((s) => s.seconds)), cpu: timeTool ? median(samples[k].map((s) => s.cpu)) : null, runs: n };
    process.stderr.write(`  ${label.padEnd(38)} ${result.seconds.toFixed(3)} s${result.cpu === null ? '' : `  cpu ${result.cpu.toFixed(2)} s`}\n`);
    return [label, result];
  }));
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const quire = `node ${join(root, 'bin/quire.js')}`;
const seeds = join(root, 'seeds');
const sizes = quick ? [1, 10] : [1, 10, 50];
const report = { machine: { node: process.version, cpus: (await import('node:os')).availableParallelism(), pandoc: pandoc ? spawnSync('pandoc', ['--version']).stdout.toString().split('\n')[0] : null }, runs, results: [] };

// Start-up: what a user waits for on small inputs, beside Node's own start (`node -e 0`) and pandoc.
process.stderr.write('start-up\n');
const seed = join(seeds, '002_05467c72a081d6c6.txt');
const oneLine = join(work, 'one-line.txt');
writeFileSync(oneLine, 'A story of one line.\n');
const longLine = join(work, 'single-line-2mb.txt');
writeFileSync(longLine, singleLine(seeds, 2e6));
const moby = join(root, '..', 'shared', 'corpus', 'pg-moby-dick.txt');
const startupCommands = [
  ['node -e 0', 'node -e 0'],
  ['quire --help', `${quire} --help > /dev/null`],
  ['quire inspect, one line', `${quire} inspect ${oneLine} > /dev/null`],
  ...(existsSync(moby) ? [['quire inspect, Moby-Dick', `${quire} inspect ${moby} > /dev/null`]] : []),
  ['quire inspect, 2 MB single line', `${quire} inspect ${longLine} > /dev/null`],
  ['quire one seed → EPUB', `${quire} build ${seed} --format epub --quiet --out ${join(work, 'startup')} 2>/dev/null`],
  ...(pandoc ? [['pandoc one seed → EPUB', `pandoc -f markdown ${seed} -o ${join(work, 'startup-pandoc.epub')}`]] : []),
];
report.startup = measureTogether(startupCommands, Math.max(runs, quick ? 5 : 11));

/** The start-up rows: medians, each over Node's own start and against its target (pandoc's time for the seed). */
function startupTable(s) {
  const node = s['node -e 0'];
  const pandocSeed = s['pandoc one seed → EPUB'];
  const targets = { 'quire --help': 0.15, 'quire inspect, one line': 0.15, 'quire inspect, Moby-Dick': 0.3, 'quire inspect, 2 MB single line': 0.2 };
  const rows = ['| start-up | wall s | cpu s | ÷ node -e 0 (wall) | target |', '|---|---|---|---|---|'];
  for (const r of Object.values(s)) {
    if (r === node || r === pandocSeed) continue;
    const target = r.label in targets ? `≤ ${targets[r.label]} s` : pandocSeed ? `≤ pandoc (${pandocSeed.seconds.toFixed(3)} s): quire ÷ pandoc ${(r.seconds / pandocSeed.seconds).toFixed(2)}× wall, ${pandocSeed.cpu ? (r.cpu / pandocSeed.cpu).toFixed(2) : '-'}× cpu` : 'pandoc not installed';
    rows.push(`| ${r.label} | ${r.seconds.toFixed(3)} | ${r.cpu?.toFixed(2) ?? '-'} | ${(r.seconds / node.seconds).toFixed(1)}× | ${target} |`);
  }
  rows.push('', `node -e 0: ${node.seconds.toFixed(3)} s wall, ${node.cpu?.toFixed(2) ?? '-'} s cpu; medians of ${node.runs} interleaved runs`);
  return rows.join('\n');
}

if (startupOnly) {
  console.log(startupTable(report.startup));
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.exit(0);
}

for (const mb of startupOnly ? [] : sizes) {
  const { txt, md } = manuscript(seeds, mb * 1e6, Math.max(500, mb * 50));
  const file = join(work, `book-${mb}mb.txt`);
  writeFileSync(file, txt);
  writeFileSync(join(work, `book-${mb}mb.md`), md);
  process.stderr.write(`${mb} MB manuscript (${(txt.length / 1e6).toFixed(1)} MB, ${Math.max(500, mb * 50)} chapters)\n`);
  const row = { mb, bytes: Buffer.byteLength(txt) };
  row.read = measure('read (cat)', `cat ${file} > /dev/null`);
  row.gzip = measure('floor: gzip -6', `gzip -6 -c ${file} > /dev/null`);
  for (const format of ['epub', 'txt', ...(mb <= 10 ? ['pdf'] : [])]) row[format] = measure(`quire ${format}`, `${quire} build ${file} --format ${format} --jobs 1 --quiet --out ${join(work, 'out')} 2>/dev/null`);
  if (pandoc && mb <= 10) row.pandoc = measure('pandoc epub (same Markdown)', `pandoc ${join(work, `book-${mb}mb.md`)} -o ${join(work, 'out', 'pandoc.epub')}`);
  report.results.push(row);
}

process.stderr.write('one seed story\n');
const single = {
  quire: measure('quire epub (start-up included)', `${quire} build ${seed} --format epub --quiet --out ${join(work, 'out')} 2>/dev/null`),
  ...(pandoc ? { pandoc: measure('pandoc epub', `pandoc -f markdown ${seed} -o ${join(work, 'out', 'seed.epub')}`) } : {}),
};
report.single = single;
const seedPdf = join(work, 'seed-pdf');
// Word-gap statistics of the justified lines (scripts/gap-stats.mjs), where poppler's pdftotext is installed.
const justification = (pdf) => {
  if (!has('pdftotext')) return null;
  const { cv, loose, worst } = gapStats(pdf);
  return { cv, loose, worst };
};
single.quirePdf = measure('quire pdf (start-up included)', `${quire} build ${seed} --format pdf --quiet --out ${seedPdf} 2>/dev/null`);
single.quirePdf.justification = justification(join(seedPdf, 'finding-friendship.pdf'));
if (pdflatex) {
  single.pdflatex = measure('pandoc + pdflatex, A5', `pandoc -f markdown ${seed} -o ${join(seedPdf, 'pandoc.pdf')} --pdf-engine=pdflatex ${latexA5}`);
  single.pdflatex.justification = justification(join(seedPdf, 'pandoc.pdf'));
}

process.stderr.write('200 small stories, all formats\n');
const files = stories(seeds, join(work, 'stories'), 200);
const list = files.join(' ');
report.batch = {
  one: measure('--jobs 1', `${quire} build ${list} --jobs 1 --quiet --out ${join(work, 'batch')} 2>/dev/null`),
  two: measure('--jobs 2', `${quire} build ${list} --jobs 2 --quiet --out ${join(work, 'batch')} 2>/dev/null`),
};

const ratio = (a, b) => (a && b ? `${(a / b).toFixed(a / b < 1 ? 2 : 1)}×` : '-');
const lines = ['| input | format | quire s | quire CPU s | quire MB | MB/s | × gzip -6 | pandoc s | pandoc MB | pandoc ÷ quire |', '|---|---|---|---|---|---|---|---|---|---|'];
for (const r of report.results) {
  for (const f of ['epub', 'txt', 'pdf']) {
    if (!r[f]) continue;
    const p = f === 'epub' ? r.pandoc : null;
    lines.push(`| ${r.mb} MB | ${f} | ${r[f].seconds.toFixed(2)} | ${r[f].cpu === null ? '-' : r[f].cpu.toFixed(2)} | ${Math.round(r[f].rssMB ?? 0)} | ${(r.bytes / 1e6 / r[f].seconds).toFixed(2)} | ${ratio(r[f].seconds, r.gzip.seconds)} | ${p ? p.seconds.toFixed(2) : '-'} | ${p ? Math.round(p.rssMB ?? 0) : '-'} | ${p ? ratio(p.seconds, r[f].seconds) : '-'} |`);
  }
}
lines.push('', `one seed → EPUB: quire ${single.quire.seconds.toFixed(2)} s${single.pandoc ? `, pandoc ${single.pandoc.seconds.toFixed(2)} s` : ''}`);
const just = (r) => r.justification === null ? 'no pdftotext to measure word gaps' : `word-gap cv ${r.justification.cv.toFixed(3)}, loose lines ${(100 * r.justification.loose).toFixed(1)} %, worst ${r.justification.worst.toFixed(2)}×`;
lines.push(`one seed → PDF (A5): quire ${single.quirePdf.seconds.toFixed(2)} s, ${just(single.quirePdf)}`);
const cpuRatio = (a, b) => (a.cpu !== null && b.cpu !== null ? `, CPU ${ratio(a.cpu, b.cpu)} (${a.cpu.toFixed(2)} s ÷ ${b.cpu.toFixed(2)} s)` : '');
lines.push(single.pdflatex ? `one seed → PDF (A5): pandoc + pdflatex ${single.pdflatex.seconds.toFixed(2)} s, ${just(single.pdflatex)}` : 'one seed → PDF: pandoc + pdflatex not installed, row skipped');
if (single.pdflatex) lines.push(`one seed → PDF, quire ÷ (pandoc + pdflatex): wall ${ratio(single.quirePdf.seconds, single.pdflatex.seconds)}${cpuRatio(single.quirePdf, single.pdflatex)}`);
lines.push(`200 stories, all formats: --jobs 1 ${report.batch.one.seconds.toFixed(1)} s, --jobs 2 ${report.batch.two.seconds.toFixed(1)} s, speed-up ${ratio(report.batch.one.seconds, report.batch.two.seconds)}`);
lines.push('', startupTable(report.startup));
console.log(lines.join('\n'));
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
