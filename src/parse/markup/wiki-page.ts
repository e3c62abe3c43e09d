import { META_KEYS, KNOWN_FIELD_KEYS } from '../rules/fields.js';
import type { StoryMeta } from '../../model.js';
import { matchHeading } from '../rules/headings.js';
import { matchNoteLabel } from '../rules/notes.js';
import { setHeaderField } from './read-result.js';

/** A heading of a wiki page's source: its line index, depth (1 the highest) and text. */
export interface PageHeading {
  line: number;
  depth: number;
  text: string;
}

/**
 * Where a wiki page's source states the page's own title, or -1: its only heading of the top level, standing
 * above every other heading. A lone heading that reads as a chapter's (`Chapter 3: The Weir`) heads that chapter,
 * as a page holding one chapter of a serial does.
 */
export function pageTitleLine(headings: readonly PageHeading[]): number {
  const first = headings[0];
  if (!first) return -1;
  const top = headings.reduce((least, h) => Math.min(least, h.depth), Infinity);
  if (first.depth !== top || headings.filter((h) => h.depth === top).length > 1) return -1;
  if (headings.length === 1 && matchHeading(first.text)?.level === 'chapter') return -1;
  return first.line;
}

/**
 * Whether a bold-labelled line (`**Author:** …`) above the story's first words is one of its particulars: always
 * above the first chapter heading; under it, as a page holding one chapter sets them, only for a key particulars
 * use (`Author`, `Summary`, `Rating`), so that a chapter opening on `**Maren:** Run!` keeps its dialogue.
 */
export function isParticular(key: string, underHeading: boolean): boolean {
  const k = key.toLowerCase();
  // (A note's label is the note's, wherever it stands: `**Bilin ti maestra:** …`.)
  if (matchNoteLabel(`${key}:`) !== null && META_KEYS[k] === undefined) return false;
  return !underHeading || KNOWN_FIELD_KEYS.has(k) || META_KEYS[k] !== undefined;
}

/** Labels a line of links leads with (`See also:`, `Next:`), up to three words. */
const LINK_LABEL = /(?:^|(?<=[\s·•|,/–—-]))\p{L}+(?: \p{L}+){0,2}:/gu;

/** Whether a line only links to other pages (`See also: [[a]] · [[b]]`, `Previous: [[c]] | Next: [[d]]`): the wiki's navigation, not the story's. */
export function isNavigation(line: string, link: RegExp): boolean {
  const rest = line.replace(link, '\uE010');
  return rest !== line && /^[\s·•|,/–—\-\uE010]*$/u.test(rest.replace(LINK_LABEL, ''));
}

const SUMMARY_KEYS = /^(?:summary|synopsis|blurb|logline|description)$/i;

/** One of the particulars under a page's title into the fields, a summary (`Synopsis`, `Blurb`) also the description. */
export function setParticular(meta: StoryMeta, key: string, value: string): void {
  setHeaderField(meta, key, value);
  if (SUMMARY_KEYS.test(key) && meta.description === null) meta.description = value;
  // (In any language the tables know: `Dagiti nagsurat:` names the writers.)
  if (META_KEYS[key.toLowerCase()] === 'author' && meta.author === null) meta.author = value;
}
