// Deterministic synthetic manuscripts for `npm run bench`, made from the seed stories' paragraphs:
// nothing large is committed, and the same seed always gives the same bytes.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small linear congruential generator: reproducible on every machine. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function seedParagraphs(seedsDir) {
  const paragraphs = [];
  for (const name of readdirSync(seedsDir).sort()) {
    const text = readFileSync(join(seedsDir, name), 'utf8').replace(/\r\n?/g, '\n');
    for (const p of text.split(/\n\s*\n/)) {
      const flat = p.replace(/\s+/g, ' ').trim();
      // Prose only: headings, markers and notes would change the structure being measured.
      if (flat.length > 80 && !/^(chapter|author's note|a\/n|~|\*|\[)/i.test(flat)) paragraphs.push(flat);
    }
  }
  return paragraphs;
}

/** One manuscript of about `bytes`, in `chapters` chapters, as plain text and as the same content in Markdown. */
export function manuscript(seedsDir, bytes, chapters, seed = 1) {
  const paragraphs = seedParagraphs(seedsDir);
  const next = random(seed);
  const perChapter = bytes / chapters;
  const txt = [`Benchmark Manuscript of ${Math.round(bytes / 1e6)} MB - Quire Bench`, ''];
  const md = ['---', `title: "Benchmark Manuscript of ${Math.round(bytes / 1e6)} MB"`, 'author: Quire Bench', '---', ''];
  for (let c = 1; c <= chapters; c++) {
    txt.push(`Chapter ${c}: Part ${c}`, '');
    md.push(`# Chapter ${c}: Part ${c}`, '');
    let size = 0;
    let sinceBreak = 0;
    while (size < perChapter) {
      const p = paragraphs[Math.floor(next() * paragraphs.length)];
      txt.push(p, '');
      md.push(p, '');
      size += p.length + 2;
      if (++sinceBreak > 12 && next() < 0.1) {
        txt.push('* * *', '');
        md.push('* * *', '');
        sinceBreak = 0;
      }
    }
  }
  return { txt: txt.join('\n'), md: md.join('\n') };
}

/** `count` short stories of two chapters each, written into `dir`. */
export function stories(seedsDir, dir, count, seed = 7) {
  mkdirSync(dir, { recursive: true });
  const paragraphs = seedParagraphs(seedsDir);
  const next = random(seed);
  const files = [];
  for (let i = 0; i < count; i++) {
    const body = () => Array.from({ length: 6 }, () => paragraphs[Math.floor(next() * paragraphs.length)]).join('\n\n');
    const file = join(dir, `story-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(file, `Story ${i} - Writer ${i % 17}\n\nChapter 1: Begin\n\n${body()}\n\nChapter 2: End\n\n${body()}\n`);
    files.push(file);
  }
  return files;
}

/** One line of about `bytes` of the seeds' prose, with no line break at all (a pasted or minified export). */
export function singleLine(seedsDir, bytes, seed = 3) {
  const paragraphs = seedParagraphs(seedsDir);
  const next = random(seed);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const p = paragraphs[Math.floor(next() * paragraphs.length)];
    parts.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return `${parts.join(' ')}\n`;
}
