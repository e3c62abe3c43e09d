import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/build/build.js';
import { outline, type ManuscriptOutline } from '../src/inspect/outline.js';
import { parseFile } from '../src/parse.js';
import { typography } from '../src/transform/typography.js';
import { root } from './helpers/inspect.js';

/** The seeds, the plain-text fixtures and the HTML fixtures: quire's EPUB of each, read back by quire. */
const inputs = [
  ...readdirSync(join(root, 'seeds')).sort().map((f) => join(root, 'seeds', f)),
  ...['ao3', 'ffnet', 'fimfiction', 'markup', 'traps', 'wattpad', 'word-export'].map((d) => join(root, 'tests/fixtures', d, 'story.txt')),
  join(root, 'tests/fixtures/markdown/story.md'),
  ...readdirSync(join(root, 'tests/fixtures/ingest')).filter((f) => f.endsWith('.html')).sort().map((f) => join(root, 'tests/fixtures/ingest', f)),
];

/** What must survive the round trip: titles, chapters, notes, breaks, POV headings, word counts. */
function shape(o: ManuscriptOutline, titleFromFile: boolean) {
  return {
    title: titleFromFile ? null : o.title,
    author: o.author,
    description: o.description?.replace(/\s+/g, ' ') ?? null,
    fields: o.fields,
    status: o.status,
    notesBefore: o.notesBefore.map((n) => [n.label, n.text.replace(/\s+/g, ' ')]),
    notesAfter: o.notesAfter.map((n) => [n.label, n.text.replace(/\s+/g, ' ')]),
    front: o.front.map((f) => f.wordCount),
    chapters: o.chapters.map((c) => ({
      number: c.number, title: c.title, part: c.part, notesBefore: c.notesBefore.map((n) => n.label), notesAfter: c.notesAfter.map((n) => n.label),
      sceneBreaks: c.sceneBreaks, softBreaks: c.softBreaks, povMarkers: c.povMarkers, ornaments: c.ornaments, firstWords: c.firstWords, wordCount: c.wordCount,
    })),
    wordCount: o.wordCount,
  };
}

describe("quire's own EPUB read back by quire", () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await build({ books: inputs.map((f) => ({ inputs: [f] })), outDir: mkdtempSync(join(tmpdir(), 'quire-round-trip-')), formats: ['epub'] });
    expect(result.failures).toEqual([]);
  }, 240_000);

  it.each(inputs.map((f) => [f.slice(root.length)]))('%s: same outline as the manuscript it was made from', async (name) => {
    const input = join(root, name);
    const source = outline(typography(await parseFile(input)).manuscript);
    const epub = result.outputs.filter((o) => o.format === 'epub')[inputs.indexOf(input)]!.path;
    const back = outline(await parseFile(epub));
    // A story without a title is bound under its file name; that name is the EPUB's title.
    expect(shape(back, source.title === null)).toEqual(shape(source, source.title === null));
    expect(source.chapters.length).toBeGreaterThan(0);
  });
});
