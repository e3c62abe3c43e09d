import { describe, expect, it } from 'vitest';
import { inspectText as read, prose } from './helpers/inspect.js';

describe("a reading site's chapter pages: the work's title, the chapter's label, its title, and its stamp, one block", () => {
  const page = (n: string, title: string, first: string): string[] => ['Dusk at Tugu Station', `CHAPTER ${n}`, title, 'Nadira Putri · 2 Mar 2019 · 3 min read', '', prose(first), prose('Then she'), ''];
  const text = [
    'Dusk at Tugu Station',
    'Author: Nadira Putri',
    'Status: Complete',
    '',
    'Synopsis',
    'Every Friday Rara sits on platform two and never takes a train.',
    '',
    ...page('I', 'The Last Train', 'Rara'),
    ...page('II', 'The Unused Ticket', 'Bima'),
    ...page('III', 'Platform Two', 'Ibu'),
  ].join('\n');

  it("takes each chapter's title from the line under its label, not the work's title over it", () => {
    const o = read(text);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'The Last Train'], [2, 'The Unused Ticket'], [3, 'Platform Two']]);
  });

  it("leaves the stamp under the title out of the chapter's text", () => {
    const o = read(text);
    expect(o.chapters.map((c) => c.firstWords)).toEqual(['Rara went down to the', 'Bima went down to the', 'Ibu went down to the']);
    expect(o.wordCount).toBe(87);
  });
});
