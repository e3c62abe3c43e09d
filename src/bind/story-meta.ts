import { basename, extname } from 'node:path';
import type { Manuscript } from '../model.js';
import { bodyText } from '../model-text.js';
import { parseSeries } from './series.js';
import type { Series } from '../book.js';

/** Header fields whose values are lists of tags, in the order they should become subjects. */
const SUBJECT_KEYS = ['genre', 'genres', 'category', 'categories', 'fandom', 'fandoms', 'tags', 'additional tags', 'freeform', 'keywords', 'filetags'];
const EXCERPT_WORDS = 40;

/** The file name without folders or extension: the title of last resort. */
export function fileStem(file: string): string {
  return basename(file, extname(file));
}

function field(m: Manuscript, key: string): string | null {
  for (const [k, v] of Object.entries(m.meta.fields)) if (k.toLowerCase() === key) return v;
  return null;
}

export function storySubjects(m: Manuscript): string[] {
  return SUBJECT_KEYS.flatMap((key) => (field(m, key) ?? '').split(/[,;]/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
}

export function storySeries(m: Manuscript): Series | null {
  const value = field(m, 'series');
  return value === null ? null : parseSeries(value);
}

/** The summary, or else the opening words of the story, so a reader's library always has something to show. */
export function storyDescription(m: Manuscript): string {
  if (m.meta.description) return m.meta.description;
  const words: string[] = [];
  for (const part of [...m.front, ...m.chapters]) {
    words.push(...bodyText(part.children).split(/\s+/).filter(Boolean).slice(0, EXCERPT_WORDS - words.length));
    if (words.length >= EXCERPT_WORDS) return `${words.join(' ')}…`;
  }
  return words.length > 0 ? words.join(' ') : (m.meta.title ?? fileStem(m.file));
}
