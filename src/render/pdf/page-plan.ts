import type { Line } from './line-breaker.js';

export interface PageRoom {
  /** Height left on the current page. */
  first: number;
  /** Height of an empty page's text block. */
  full: number;
  leading: number;
  /** Number of the current page: a verso (even) left one line short makes its recto one line short too. */
  page: number;
  /** The body's leading: what "one line short" means for facing pages. */
  bodyLeading: number;
}

/** Lines for a block, broken again with some lines kept from ending in a hyphen. */
export type Rebreak = (noHyphenAt: ReadonlySet<number>) => Line[];

/**
 * How much shorter than a full page the page after `page` is, when `page` is
 * left with `left` of its height unused: a verso left one body line short
 * (a widow or orphan moved over, a heading kept with its text) makes the
 * facing recto one line short too, so the spread ends on one baseline.
 */
export function shortfallAfter(page: number, left: number, bodyLeading: number): number {
  return page % 2 === 0 && left >= bodyLeading - 0.01 && left < 2 * bodyLeading - 0.01 ? bodyLeading : 0;
}

/**
 * How many of `lines` go on each page, from the current one on: never one
 * first line alone at a page foot (orphan) nor one last line alone at a page
 * head (widow), and, with `shortenForHyphen` (when breaking the paragraph
 * again could not help), no page ending in a hyphenated line.
 */
export function linesPerPage(lines: readonly Line[], room: Readonly<PageRoom>, shortenForHyphen = false): number[] {
  const takes: number[] = [];
  let i = 0;
  let space = room.first;
  let page = room.page;
  while (i < lines.length) {
    const remaining = lines.length - i;
    let take = Math.floor((space + 0.01) / room.leading);
    if (take >= remaining) take = remaining;
    else {
      if (remaining - take === 1 && take > 1) take -= 1;
      if (i === 0 && take < 2) take = 0;
      if (shortenForHyphen && take > (i === 0 ? 2 : 1) && lines[i + take - 1]!.hyphenated) take -= 1;
    }
    // A page taller than nothing always takes a line, whatever the rules say: never loop.
    if (take === 0 && space >= room.full - room.bodyLeading - 0.01) take = 1;
    takes.push(take);
    i += take;
    space = room.full - shortfallAfter(page, space - take * room.leading, room.bodyLeading);
    page += 1;
  }
  return takes;
}

/** Line numbers (from 1) that end a page without ending the block. */
function pageEnds(takes: readonly number[], count: number): number[] {
  const ends: number[] = [];
  let at = 0;
  for (const take of takes) {
    at += take;
    if (take > 0 && at < count) ends.push(at);
  }
  return ends;
}

/**
 * Breaks a block and plans its pages so that no word is hyphenated across a
 * page turn: a line that would end a page in a hyphen is broken again without
 * it (the paragraph re-fits around that constraint, and the page stays full),
 * a few rounds at most, as page ends move when the line count changes.
 */
export function planBlock(rebreak: Rebreak, room: Readonly<PageRoom>): { lines: Line[]; takes: number[] } {
  const noHyphenAt = new Set<number>();
  let lines = rebreak(noHyphenAt);
  let takes = linesPerPage(lines, room);
  const hyphenatedEnds = (): number[] => pageEnds(takes, lines.length).filter((k) => lines[k - 1]!.hyphenated);
  for (let round = 0; round < 4; round++) {
    const bad = hyphenatedEnds().filter((k) => !noHyphenAt.has(k));
    if (bad.length === 0) break;
    for (const k of bad) noHyphenAt.add(k);
    lines = rebreak(noHyphenAt);
    takes = linesPerPage(lines, room);
  }
  // Where breaking again could not help (a paragraph too short to re-fit), the page ends a line early.
  if (hyphenatedEnds().length > 0) takes = linesPerPage(lines, room, true);
  return { lines, takes };
}
