import { describe, expect, it } from 'vitest';
import { inspectText as read } from './helpers/inspect.js';

/** A diary app's month file (RedNotebook's YAML of day entries in txt2tags), src/parse/structured/diary-month.ts. */
describe("a diary's month file", () => {
  const month = [
    "3: {text: '**Title:** The Mail Boat",
    '',
    '    **Author:** Sólveig Hjalta',
    '',
    "    **Note:** Drafted for the reading society''s contest.'}",
    "9: {text: '= Chapter One: The Pier =",
    '',
    '    Every Thursday Jonas walked down to the pier to wait for the mail boat. He',
    '    was ten years old.',
    '',
    "    The boat did not come.'}",
    '14:',
    '  Weather: {storm: null}',
    "  text: '= Chapter Two: The Letter =",
    '',
    "    The boat came on a Friday, //one day late//.'",
    '',
  ].join('\n');

  it('reads the entries in day order as txt2tags: the header fields, the chapters, a note; the categories are no text', () => {
    const o = read(month, '2023-11.txt');
    expect([o.title, o.author]).toEqual(['The Mail Boat', 'Sólveig Hjalta']);
    expect(o.notesBefore).toHaveLength(1);
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords, c.wordCount])).toEqual([
      [1, 'The Pier', 'Every Thursday Jonas walked down', 19 + 5],
      [2, 'The Letter', 'The boat came on a', 9],
    ]);
    expect(o.diagnostics.map((d) => d.ruleId)).toContain('diary-month');
  });

  it('leaves a story whose first line merely starts with a number and a colon to the plain-text reader', () => {
    const o = read('12: The Long Night\n\nThe wind came at midnight, and by morning the pier was gone.\n');
    expect(o.diagnostics.map((d) => d.ruleId)).not.toContain('diary-month');
    expect(o.wordCount).toBeGreaterThanOrEqual(12);
  });
});
