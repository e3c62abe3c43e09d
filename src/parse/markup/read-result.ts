import type { Note, StoryMeta } from '../../model.js';
import type { Footnote } from '../html/footnotes.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { languageTag } from '../rules/fields.js';

/** What one markup's reader gives the sectioning shared with Markdown: its header as metadata, its body as blocks. */
export interface MarkupRead {
  meta: StoryMeta;
  blocks: MdBlock[];
  /** Numbers the markup itself gives chapters whose heading states none (LaTeX's `\chapter` counter), by heading line. */
  numbers?: ReadonlyMap<number, number>;
  /** Notes the markup itself marks as the whole story's closing notes (Zim's trailing `Research` subsection). */
  closing?: Note[];
  /** Footnotes the markup sets apart (PML's `<footnote>`), each placed after the chapter that refers to it. */
  footnotes?: Footnote[];
}

/** Where a header key of any markup goes in the metadata; every key is also kept as a field, as written. */
const META_KEYS: Readonly<Record<string, 'title' | 'subtitle' | 'author' | 'description' | 'language' | 'rights'>> = {
  title: 'title',
  subtitle: 'subtitle',
  author: 'author',
  authors: 'author',
  description: 'description',
  summary: 'description',
  abstract: 'description',
  language: 'language',
  lang: 'language',
  copyright: 'rights',
  rights: 'rights',
  license: 'rights',
};

/** One `key: value` of a markup's header into the metadata (known keys) and the fields (every key). */
export function setHeaderField(meta: StoryMeta, key: string, value: string): void {
  const v = value.trim();
  if (v === '') return;
  meta.fields[key] = v;
  const target = META_KEYS[key.toLowerCase()];
  if (target === 'language') meta.language = languageTag(v) ?? meta.language;
  else if (target && meta[target] === null) meta[target] = v;
}
