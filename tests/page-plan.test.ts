import { describe, expect, it } from 'vitest';
import type { Line } from '../src/render/pdf/line-breaker.js';
import { linesPerPage, planBlock } from '../src/render/pdf/page-plan.js';

const leading = 10;
/** A page holds ten body lines. */
const full = 100;
const line = (hyphenated = false): Line => ({ pieces: [], offset: 0, scale: 1, hyphenated });
const lines = (n: number): Line[] => Array.from({ length: n }, () => line());

describe('planning the lines of a block on pages', () => {
  it('moves a lone first line to the next page, and makes that recto as short as the verso it faces', () => {
    // Page 2 (a verso) has room for one line: the paragraph starts on page 3, one line short like page 2.
    expect(linesPerPage(lines(25), { first: 1.5 * leading, full, leading, page: 2, bodyLeading: leading })).toEqual([0, 9, 10, 6]);
  });

  it('keeps a recto after a full verso full', () => {
    expect(linesPerPage(lines(25), { first: 3 * leading, full, leading, page: 2, bodyLeading: leading })).toEqual([3, 10, 10, 2]);
  });

  it('does not carry a short recto over to the next verso', () => {
    // Page 3 (a recto) has room for one line: page 4 starts a new spread and is full.
    expect(linesPerPage(lines(25), { first: 1.5 * leading, full, leading, page: 3, bodyLeading: leading })).toEqual([0, 10, 10, 5]);
  });

  it('breaks a paragraph again rather than end a page in a hyphen or leave the page a line short', () => {
    // Line 4 ends the first page; it is hyphenated unless the paragraph is broken with it kept from a hyphen.
    const rebreak = (noHyphenAt: ReadonlySet<number>): Line[] => Array.from({ length: 8 }, (_, i) => line(i === 3 && !noHyphenAt.has(4)));
    const { lines: set, takes } = planBlock(rebreak, { first: 4 * leading, full, leading, page: 5, bodyLeading: leading });
    expect(takes).toEqual([4, 4]);
    expect(set[3]!.hyphenated).toBe(false);
  });

  it('ends the page a line early when breaking again cannot take the hyphen away', () => {
    const rebreak = (): Line[] => Array.from({ length: 8 }, (_, i) => line(i === 3));
    expect(planBlock(rebreak, { first: 4 * leading, full, leading, page: 5, bodyLeading: leading }).takes).toEqual([3, 5]);
  });
});
