import type { Manuscript } from '../model.js';
import type { StructureLevers } from '../parse/levers.js';

/** Corrections a person made (in quire.yaml) to what the parser found in a story. */
export interface StoryOverrides {
  title?: string;
  subtitle?: string;
  author?: string;
  description?: string;
  language?: string;
  /** Chapter titles by 1-based chapter position. */
  chapters?: Record<string, string>;
  /** How to read the story's structure; used when it is parsed, not here. */
  structure?: StructureLevers;
}

/** A copy of the manuscript with the overrides applied; the parsed tree itself is left as it was. */
export function applyOverrides(m: Manuscript, o: Readonly<StoryOverrides>): Manuscript {
  const meta = { ...m.meta };
  if (o.title !== undefined) meta.title = o.title;
  if (o.subtitle !== undefined) meta.subtitle = o.subtitle;
  if (o.author !== undefined) meta.author = o.author;
  if (o.description !== undefined) meta.description = o.description;
  if (o.language !== undefined) meta.language = o.language;
  const titles = o.chapters ?? {};
  const chapters = m.chapters.map((c, i) => (titles[String(i + 1)] === undefined ? c : { ...c, title: titles[String(i + 1)]! }));
  return { ...m, meta, chapters };
}
