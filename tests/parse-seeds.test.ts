import { describe, expect, it } from 'vitest';
import { inspectAt } from './helpers/inspect.js';

const near = (actual: number, expected: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.ceil(expected * 0.01));
};

describe('seed 000: title line with subtitle, story notes before and after', () => {
  const o = inspectAt('seeds/000_7ff2c08bf60faf30.txt');
  it('reads title and subtitle, no author', () => {
    expect(o.title).toBe('Making something from nothing');
    expect(o.subtitle).toBe('A story of redemption… And music.');
    expect(o.author).toBeNull();
  });
  it('has one untitled chapter and one story note on each side', () => {
    expect(o.chapters).toHaveLength(1);
    expect(o.chapters[0]).toMatchObject({ number: null, title: null });
    expect(o.notesBefore).toHaveLength(1);
    expect(o.notesBefore[0]?.text).toMatch(/^This story is loosely based/);
    expect(o.notesAfter).toHaveLength(1);
    expect(o.notesAfter[0]?.text).toMatch(/^I hope that you enjoyed it/);
    expect(o.chapters[0]?.notesBefore).toEqual([]);
    expect(o.chapters[0]?.notesAfter).toEqual([]);
  });
  it('counts 424 body words', () => near(o.wordCount, 424));
});

describe('seed 001: no title, one chapter', () => {
  const o = inspectAt('seeds/001_58e74c88fd9e2e85.txt');
  it('has no title, notes or hard breaks', () => {
    expect(o.title).toBeNull();
    expect(o.chapters).toHaveLength(1);
    expect(o.notesBefore).toEqual([]);
    expect(o.notesAfter).toEqual([]);
    expect(o.chapters[0]?.sceneBreaks).toBe(0);
  });
  it('counts 3641 words', () => near(o.wordCount, 3641));
});

describe('seed 002: Title - Author, summary, decorated chapter heading over its title', () => {
  const o = inspectAt('seeds/002_05467c72a081d6c6.txt');
  it('reads title, author and description', () => {
    expect(o.title).toBe('Finding Friendship');
    expect(o.author).toBe('Kamen-Zero');
    expect(o.description).toMatch(/^After an adventure gone wrong, Twilight decides/);
  });
  it('has chapter 35 "The Other Side" with 4 soft breaks and no hard ones', () => {
    expect(o.chapters).toHaveLength(1);
    expect(o.chapters[0]).toMatchObject({ number: 35, title: 'The Other Side', sceneBreaks: 0, softBreaks: 4 });
    expect(o.chapters[0]?.firstWords).toBe('"My name\'s Spike, it\'s... nice');
  });
  it('counts 6260 words', () => near(o.wordCount, 6260));
});

describe('seed 003: labelled description, status note, bracketed chapters, POV markers', () => {
  const o = inspectAt('seeds/003_36173a1dff41368f.txt');
  it('has no title, a description and a status note kept out of the body', () => {
    expect(o.title).toBeNull();
    expect(o.description).toMatch(/^After his birthday party, Spike sets out/);
    expect(o.status).toEqual(['(Now considered "Alternate Universe")']);
    expect(o.chapters[0]?.firstWords).not.toMatch(/Now considered/);
  });
  it('has chapters 1-4 with their titles and word counts', () => {
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([
      [1, 'Connections'],
      [2, 'Dunes'],
      [3, 'The Great City of Viodashi'],
      [4, 'What they saw that day'],
    ]);
    [1190, 729, 1042, 3126].forEach((n, i) => near(o.chapters[i]?.wordCount ?? 0, n));
  });
  it('absorbs the stray "Chapter 2" line and drops the empty note with a warning on line 141', () => {
    expect(o.chapters[1]?.firstWords).not.toMatch(/^Chapter/);
    const warning = o.diagnostics.find((d) => d.ruleId === 'note-empty');
    expect(warning).toMatchObject({ severity: 'warning', line: 141 });
    expect(o.chapters[2]?.notesBefore).toEqual([]);
  });
  it('reads POV markers in both spellings, and the ornament apart from them', () => {
    expect(o.chapters.map((c) => c.povMarkers.length)).toEqual([7, 5, 3, 9]);
    expect(o.chapters[3]?.povMarkers).toEqual(['Spike', 'Twilight', 'Twilight', 'Spike', 'Twilight', 'Luna', 'Twilight', 'Spike', 'Luna']);
    expect(o.chapters[3]?.ornaments).toEqual(['To be continued?']);
  });
});
