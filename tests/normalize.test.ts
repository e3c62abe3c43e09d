import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outline, type ManuscriptOutline } from '../src/inspect/outline.js';
import { toMarkdown } from '../src/normalize/to-markdown.js';
import { parse } from '../src/parse.js';
import { corpusDir, parseAt, root } from './helpers/inspect.js';

/** What the round trip must keep: metadata, the chapters with their notes, breaks, POV markers and words. */
function essentials(o: ManuscriptOutline): unknown {
  const notes = (list: { label: string; text: string }[]): string[] => list.map((n) => `${n.label}: ${n.text.replace(/\s+/g, ' ')}`);
  return {
    title: o.title,
    subtitle: o.subtitle,
    author: o.author,
    description: o.description?.replace(/\s+/g, ' ') ?? null,
    status: o.status,
    notesBefore: notes(o.notesBefore),
    notesAfter: notes(o.notesAfter),
    chapters: o.chapters.map((c) => ({
      number: c.number,
      title: c.title,
      part: c.part,
      notesBefore: notes(c.notesBefore),
      notesAfter: notes(c.notesAfter),
      sceneBreaks: c.sceneBreaks,
      softBreaks: c.softBreaks,
      povMarkers: c.povMarkers,
      ornaments: c.ornaments,
      wordCount: c.wordCount,
    })),
    wordCount: o.wordCount,
  };
}

const files: [string, string][] = [
  ...readdirSync(`${root}seeds`).map((f): [string, string] => [`seeds/${f}`, root]),
  ...['ffnet', 'ao3', 'fimfiction', 'wattpad', 'word-export'].map((d): [string, string] => [`tests/fixtures/${d}/story.txt`, root]),
  ...['pg-alice.txt', 'pg-christmas-carol.txt', 'pg-gift-of-the-magi.txt', 'pg-frankenstein-cp1252.txt', 'pg-sherlock-holmes.txt', 'pg-pride-and-prejudice.txt', 'pg-moby-dick.txt'].map((f): [string, string] => [f, corpusDir]),
];

describe('quire normalize', () => {
  it.each(files)('%s → Markdown → the same outline', (file, base) => {
    const original = parseAt(file, base);
    const markdown = toMarkdown(original);
    const again = parse(Buffer.from(markdown), file.replace(/\.txt$/, '.md'));
    expect(essentials(outline(again))).toEqual(essentials(outline(original)));
  });
});
