import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

const read = (text: string) => outline(parse(Buffer.from(text), 'page.txt'));
const sections =
  'I. The Orchard\n\nThe trees were tin, and they rang when the wind came over the hill from the quarry.\n\nNobody picked the fruit.\n\n' +
  'II. The Harvest\n\nIn October the fruit fell on its own, and the whole valley heard it land.\n\nWe gathered it in baskets.\n\n';

describe("a show's episode line that names the piece and its writer", () => {
  it('is the title and the author, not chapter 12', () => {
    const o = read(`Lamp Hour: Stories Read Aloud\n\nEp. 12 — “The Tin Orchard” by Odile Marsh\n\n${sections}`);
    expect([o.title, o.author]).toEqual(['The Tin Orchard', 'Odile Marsh']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'The Orchard'], [2, 'The Harvest']]);
  });
  it('reads the by-word of other languages', () => {
    const o = read(`Folge 3: „Die Blechbäume“ von Jana Roth\n\n${sections}`);
    expect([o.title, o.author]).toEqual(['Die Blechbäume', 'Jana Roth']);
  });
  it("leaves the show's credits after the story out", () => {
    const o = read(`Ep. 12 — “The Tin Orchard” by Odile Marsh\n\n${sections}Credits\nRead by Tom Ash. Music by Kell.\nSupport the show on Patreon.\n`);
    expect(o.wordCount).toBe(41);
  });
  it("reads the host's introduction that names the writer as the story's note, not its summary", () => {
    const o = read(`Ep. 12 — “The Tin Orchard” by Odile Marsh\n\nTonight Tom reads a story Odile Marsh sent us last spring, about a valley where the trees are tin.\n\n${sections}`);
    expect(o.description).toBeNull();
    expect(o.notesBefore.length).toBe(1);
    expect(o.wordCount).toBe(41);
  });
});
