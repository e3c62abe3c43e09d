import type { Manuscript } from './model.js';

/** A series a book belongs to (`belongs-to-collection` in EPUB, `calibre:series`). */
export interface Series {
  name: string;
  /** Position in the series, when known. */
  position: number | null;
}

export interface BookMeta {
  /** `story`: one manuscript bound on its own; `anthology`: several under one title. */
  kind: 'story' | 'anthology';
  title: string;
  subtitle: string | null;
  /** One entry per distinct story author, in story order. */
  authors: string[];
  /** The anthology's editor, when one is named. */
  editor: string | null;
  /** BCP 47 tag. */
  language: string;
  /** Never empty: readers and validators need a description. */
  description: string;
  subjects: string[];
  series: Series | null;
  rights: string | null;
}

/** What renderers receive: one story, or an anthology of many. */
export interface Book {
  type: 'book';
  meta: BookMeta;
  stories: Manuscript[];
}
