/**
 * Labelled header fields of story front matter. Keys are kept as written in
 * `fields`; the ones listed in META_KEYS fill the story's metadata instead.
 */
export type MetaKey = 'title' | 'author' | 'description' | 'language' | 'subtitle';

export const META_KEYS: Readonly<Record<string, MetaKey>> = {
  title: 'title',
  'story title': 'title',
  subtitle: 'subtitle',
  author: 'author',
  authors: 'author',
  'written by': 'author',
  writer: 'author',
  by: 'author',
  penname: 'author',
  'pen name': 'author',
  summary: 'description',
  description: 'description',
  blurb: 'description',
  synopsis: 'description',
  language: 'language',
};

/** Keys believed even alone; any other `Key: value` needs a neighbour field to count. */
export const KNOWN_FIELD_KEYS = new Set([
  'rating', 'rated', 'fandom', 'fandoms', 'category', 'categories', 'genre', 'genres', 'character', 'characters',
  'pairing', 'pairings', 'relationship', 'relationships', 'warning', 'warnings', 'archive warning', 'archive warnings',
  'tags', 'additional tags', 'series', 'status', 'stats', 'published', 'updated', 'completed', 'words', 'word count',
  'chapters', 'kudos', 'bookmarks', 'hits', 'comments', 'beta', 'beta reader', 'beta reader(s)', 'spoilers', 'timeline',
  'setting', 'crossover', 'source', 'url', 'link', 'story link', 'posted', 'date', 'collections', 'release date',
  'posting date', 'produced by', 'credits', 'cover art', 'universe', 'prompt', 'length', 'content warnings',
]);

const FIELD_LINE = /^([\p{Lu}][\p{L}'’()/ -]{0,28}?)\s*:\s*(.*)$/u;

export interface FieldLine {
  key: string;
  value: string;
  known: boolean;
  meta: MetaKey | null;
}

/** `Rating: Teen` → key and value; `Rating:` alone gives an empty value (AO3 puts it on the next line). */
export function matchFieldLine(trimmed: string): FieldLine | null {
  if (trimmed.length > 400) return null;
  const m = FIELD_LINE.exec(trimmed);
  if (!m) return null;
  const key = (m[1] ?? '').trim();
  const lower = key.toLowerCase();
  if (key.split(/\s+/).length > 4 || /^https?$/i.test(key)) return null;
  const meta = META_KEYS[lower] ?? null;
  return { key, value: (m[2] ?? '').trim(), known: meta !== null || KNOWN_FIELD_KEYS.has(lower), meta };
}

/** Names of languages as header fields write them, to BCP 47. */
export const LANGUAGE_TAGS: Readonly<Record<string, string>> = {
  english: 'en', french: 'fr', français: 'fr', german: 'de', deutsch: 'de', spanish: 'es', español: 'es',
  italian: 'it', italiano: 'it', portuguese: 'pt', português: 'pt', dutch: 'nl', nederlands: 'nl', russian: 'ru',
  polish: 'pl', swedish: 'sv', danish: 'da', norwegian: 'no', finnish: 'fi', czech: 'cs', hungarian: 'hu',
  latin: 'la', greek: 'el', japanese: 'ja', chinese: 'zh', korean: 'ko', indonesian: 'id', turkish: 'tr',
};

export function languageTag(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(v)) return v;
  return LANGUAGE_TAGS[v] ?? null;
}

/** Whole-line status notes: `(Now considered "Alternate Universe")`, `[COMPLETE]`, `Complete`. */
const STATUS_WORDS = /^(?:complete[d]?|in progress|on hiatus|hiatus|discontinued|abandoned|wip|ongoing|unfinished|incomplete)[.!]?$/i;

export function matchStatus(trimmed: string): string | null {
  if (trimmed.length > 120) return null;
  const wrapped = /^[([]\s*([^()[\]]+?)\s*[)\]]$/.exec(trimmed);
  if (wrapped && !/^illustration/i.test(wrapped[1] ?? '')) return trimmed;
  return STATUS_WORDS.test(trimmed) ? trimmed : null;
}

/** A licence or copyright statement (kept as `rights`, not body). */
export function isRightsStatement(text: string): boolean {
  return /\b(?:licen[cs]ed under|creative commons|all rights reserved|copyright\s*(?:©|\(c\)|\d{4})|©\s*\d{4})/i.test(text);
}

/** `by Author`, `Written by Author`: an author line under a title. */
export const BY_LINE = /^(?:by|written by|a story by|author:)\s+(.{1,60})$/i;

/** A summary label standing alone on its line. */
export const DESCRIPTION_LABEL = /^(?:summary|description|blurb|synopsis)\s*[:.]?$/i;

/** A front-matter line that never continues the line above it: a by-line, a field, a label. */
export function isFrontLabelLine(trimmed: string): boolean {
  return BY_LINE.test(trimmed) || DESCRIPTION_LABEL.test(trimmed) || /^(?:(?:table of )?contents)$/i.test(trimmed) || matchFieldLine(trimmed) !== null;
}
